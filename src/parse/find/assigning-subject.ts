import type { Token } from '../tokens.js';
import { SUBJECT_VERBS } from '../vocabulary/identity.js';
import { parseUnitAt } from './units.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SMALL = /^\p{Ll}/u;

/**
 * "Đảng ủy phường Kon Tum giao Ủy ban nhân dân phường chỉ đạo số hóa …": a named body that hands a
 * unit its work in the body of a fragment speaks as the issuer, though the sentence leads in to
 * nothing. Only the verbs that hand a unit its work (`handsToUnit`: `giao`, `phân công`) followed at
 * once by a unit and then a verb in lower case count; "… giao nhiệm vụ …", "… giao cho các xã" name
 * no unit working.
 */
const HANDING = new Set(SUBJECT_VERBS.filter((v) => v.handsToUnit).map((v) => v.verb));

export function handsWorkTo(tokens: readonly Token[], verb: string, at: number, limit: number): boolean {
  if (!HANDING.has(verb) || at >= limit) return false;
  const unit = parseUnitAt(tokens, at, limit);
  if (!unit || unit.to >= limit) return false;
  const next = tokens[unit.to]!;
  return next.word && OPENS_SMALL.test(next.text);
}
