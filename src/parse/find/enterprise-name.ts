import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { ENTERPRISE_FORMS, ENTERPRISE_HEADS, ENTERPRISE_NAME_STOPS } from '../vocabulary/enterprise.js';
import { INSTITUTION_OWNER_HEADS, NAME_STOPWORDS } from '../vocabulary/units.js';
import { capsTail, properCloses } from './name-shape.js';
import { AREAS, HEADS, NAME_STOPS, PREDICATE_STOPS, glueAt, isLowerWord } from './unit-words.js';

/*
 * An enterprise's or cooperative's name after its head: legal forms ("cổ phần", "TNHH MTV"), the kind of
 * business in lower case, and where the name ends before a clause's verb. Apart from the other names
 * (name-shape.ts): an enterprise's name is read with its own forms and stops.
 */

export const ENTERPRISE = new Set(ENTERPRISE_HEADS);
const INSTITUTION_OWNERS = new Set(INSTITUTION_OWNER_HEADS);
const ENTERPRISE_FORM = phraseSet(ENTERPRISE_FORMS);
const ENTERPRISE_STOPS = phraseSet(ENTERPRISE_NAME_STOPS);
const PLAIN_STOPS = phraseSet(NAME_STOPWORDS);

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

/**
 * "Hợp tác xã Dịch vụ tổng hợp Kiên Thành", "Hợp tác xã Nông nghiệp dịch vụ Ea Kênh": after the capitalised start of a
 * cooperative's kind of business (ending at e), more of it in lower case, then its own name; where that name ends, else
 * e. The lower-case words may be verbs ("tổng hợp" is a kind of service there), so the name must then be closed as a
 * subject is, by a colon, list glue or a verb: "… Tân Mỹ thực hiện Kế hoạch của huyện" is the clause's verb and object.
 */
export function cooperativeNameEnd(tokens: readonly Token[], e: number, limit: number): number {
  let k = e;
  let verb = false;
  while (k < limit && k - e < 4 && isLowerWord(tokens[k]) && !PLAIN_STOPS.has(tokens, k, limit) && !AREAS.has(tokens, k, limit) && !glueAt(tokens, k, limit)) {
    verb ||= PREDICATE_STOPS.has(tokens, k, limit);
    k++;
  }
  // "Hợp tác xã Nông nghiệp Phù Đổng đăng ký ít nhất 01 mô hình": a count after the lower-case words opens no name, they
  // were the clause's verb and its object.
  if (k === e || !properCloses(tokens, k, limit) || /^\d/.test(tokens[k]!.text)) return e;
  const end = capsTail(tokens, k, limit);
  if (end <= k) return e;
  const closed = end >= limit || tokens[end]!.text === ':' || !!glueAt(tokens, end, limit) || PREDICATE_STOPS.has(tokens, end, limit);
  return !verb || closed ? end : e;
}
