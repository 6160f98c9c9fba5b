import { lookup } from '../gazetteer.js';
import { tokenize } from '../tokens.js';
import { personNameAt } from './place-names.js';
import { parseUnitAt, type UnitMention } from './units.js';

/**
 * "Chủ tịch UBND tỉnh Nguyễn Đăng Bình đã ký công điện …": a lead may name the signer right after the level word
 * of an office's committee, the place left to the page. Read as the area's name, the signer's full name would
 * make a province of him; the subject is the office's committee with the place unnamed, for the resolver to
 * complete. (A name after a place's name, "UBND tỉnh Hà Tĩnh Nguyễn Hồng Lĩnh", the unit grammar already ends.) A place
 * the gazetteer knows stays one, though it reads as a name ("thành phố Hồ Chí Minh").
 */
export function withoutSignerName(text: string, m: UnitMention): UnitMention {
  const area = m.areas[m.areas.length - 1];
  if (!area?.nameSpan || area.nameSpan[1] !== m.end) return m;
  const name = tokenize(text, area.nameSpan[0], area.nameSpan[1]);
  if (!personNameAt(name, 0, name.length) || lookup(text.slice(...area.nameSpan), area.level).places.length > 0) return m;
  const before = tokenize(text, m.start, area.nameSpan[0]);
  const cut = before.length > 0 ? parseUnitAt(before, 0) : null;
  return cut && cut.to === before.length ? cut : m;
}
