import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { ENTERPRISE_FORMS, ENTERPRISE_HEADS, ENTERPRISE_NAME_STOPS } from '../vocabulary/enterprise.js';
import { INSTITUTION_OWNER_HEADS } from '../vocabulary/units.js';
import { properCloses } from './name-shape.js';
import { AREAS, HEADS, NAME_STOPS, glueAt, isLowerWord } from './unit-words.js';

/*
 * An enterprise's or cooperative's name after its head: legal forms ("cổ phần", "TNHH MTV"), the kind of
 * business in lower case, and where the name ends before a clause's verb. Apart from the other names
 * (name-shape.ts): an enterprise's name is read with its own forms and stops.
 */

export const ENTERPRISE = new Set(ENTERPRISE_HEADS);
const INSTITUTION_OWNERS = new Set(INSTITUTION_OWNER_HEADS);
const ENTERPRISE_FORM = phraseSet(ENTERPRISE_FORMS);
const ENTERPRISE_STOPS = phraseSet(ENTERPRISE_NAME_STOPS);

/** After an enterprise's head, its legal forms ("cổ phần", "TNHH MTV"): where its own name starts. */
export function enterpriseForm(tokens: readonly Token[], j: number, limit: number): number {
  let k = j;
  for (let f = ENTERPRISE_FORM.match(tokens, k, limit); f; f = ENTERPRISE_FORM.match(tokens, k, limit)) k = f.end;
  return k;
}

/** An enterprise's name read from `from` to `e` ends before a clause's verb ("… Cao su Krông Buk yêu cầu"). */
export function enterpriseNameEnd(tokens: readonly Token[], from: number, e: number): number {
  for (let k = from + 1; k < e; k++) if (!tokens[k]!.upper && ENTERPRISE_STOPS.has(tokens, k, e)) return k;
  return e;
}

/** An enterprise's head starts at j ("Công ty …", "CÔNG TY …"). */
export function startsEnterprise(tokens: readonly Token[], j: number, limit: number): boolean {
  const h = HEADS.match(tokens, j, limit);
  return !!h && (ENTERPRISE.has(h.values[0]!.canonical) || INSTITUTION_OWNERS.has(h.values[0]!.canonical));
}

/**
 * "Hợp tác xã nông nghiệp Nhơn Hải", "Hợp tác xã dịch vụ nông nghiệp Tống Phan": the kind of business in
 * lower case before the name, when a proper name follows it; where that name starts, else j.
 */
export function lowerKindEnd(tokens: readonly Token[], j: number, limit: number): number {
  let k = j;
  while (k < limit && k - j < 4 && isLowerWord(tokens[k]) && !NAME_STOPS.has(tokens, k, limit) && !AREAS.has(tokens, k, limit) && !glueAt(tokens, k, limit)) k++;
  return k > j && properCloses(tokens, k, limit) ? k : j;
}
