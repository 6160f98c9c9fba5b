import { tokenize } from '../tokens.js';
import { parseUnitAt, type UnitMention } from './units.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SMALL = /^\p{Ll}/u;

/**
 * "Trên đây là Kế hoạch của Ban Thường vụ Đảng ủy xã X thực hiện Kế hoạch số … của Ban Thường vụ Huyện
 * ủy Y về …": a closing sentence may name its owner right after its type word and then what it carries
 * out, with that document's own "của" later. The owner right after the type word is the document's,
 * when it names its place and a verb in lower case follows it ("Tổ công tác triển khai Đề án 06 huyện X" is
 * one name the unit grammar cuts at its verb); the title-end reading (identity.ts, `closingOwner`) is tried first.
 */
export function ownerAfterType(text: string, typeEnd: number, accept: (m: UnitMention) => boolean): UnitMention | null {
  const of = /^[ ]{1,3}của[ ]{1,3}/u.exec(text.slice(typeEnd, typeEnd + 12));
  if (!of) return null;
  const from = typeEnd + of[0].length;
  const stop = /[.;:,\n]/u.exec(text.slice(from, from + 200));
  const tokens = tokenize(text, from, from + (stop?.index ?? 200));
  const unit = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
  if (!unit || !accept(unit) || unit.to >= tokens.length) return null;
  const next = tokens[unit.to]!;
  return next.word && OPENS_SMALL.test(next.text) ? unit : null;
}
