import { tokenize } from '../tokens.js';
import { mayStartUnit, parseUnitAt, type UnitMention } from './units.js';

/**
 * "(PC06)", "(TKV)": an abbreviation in brackets, capitals and digits; "(CDC tỉnh)" after "Trung tâm Kiểm soát bệnh
 * tật tỉnh": with the area word of the name it shortens, which the document writes after it again.
 */
const DEFINED = /\(([A-ZĐ][A-ZĐ0-9]{1,7})(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))?\)/gu;

/**
 * The units the text names in full and then by an abbreviation in brackets right after the name
 * ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06)"), by the abbreviation: the first
 * definition of each. An abbreviation the unit grammar reads already ("(UBND)") is left to it.
 */
export function definedUnits(text: string): Map<string, UnitMention> {
  const table = new Map<string, UnitMention>();
  for (const match of text.matchAll(DEFINED)) {
    const abbr = match[1]!;
    const at = match.index;
    if (table.has(abbr)) continue;
    const own = tokenize(abbr);
    if (own.length !== 1 || mayStartUnit(own, 0, 1)) continue;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (at - lineStart < 4) continue;
    const tokens = tokenize(text, lineStart, at);
    // The longest unit that ends right at the bracket.
    for (let i = 0; i < tokens.length; i++) {
      if (!mayStartUnit(tokens, i, tokens.length)) continue;
      const m = parseUnitAt(tokens, i, tokens.length);
      if (m && m.to === tokens.length) { table.set(abbr, m); break; }
    }
  }
  return table;
}
