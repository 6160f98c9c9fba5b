import { phraseSet } from '../phrases.js';
import { capitalizeFirst } from '../text.js';
import { type Token, isDash } from '../tokens.js';
import type { UnitHead } from '../vocabulary/units.js';
import { chargedBloc } from './charge.js';
import { startsSomething } from './name-shape.js';
import { type UnitMention, syntheticMention } from './unit-mention.js';
import { FIELD_WORDS, HEADS, NAME_STOPS, OFFICES, PLURALS, SUBWARD, glueAt, isLowerWord, printed } from './unit-words.js';

/*
 * Posts and members "phụ trách" something: "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội" (a post of
 * its own), "Các đồng chí Đảng ủy viên phụ trách chi bộ" (the members, as printed). Apart from the grammar
 * (units.ts): each names a unit as printed, after the mention's head has been read.
 */

export const CELL_MEMBERS = phraseSet(['cấp ủy viên', 'chi ủy viên']);
export const MEMBER_OFFICE = phraseSet(['ủy viên']);
export const DEPUTY = phraseSet(['phó chủ tịch', 'phó giám đốc', 'phó trưởng', 'phó bí thư', 'phó chánh']);
const FIELD_GLUE = phraseSet([',', 'và']);

/** Where the last office before a mention's head starts ("Đồng chí Phó Chủ tịch UBND": at "Phó"). */
export function officeAt(tokens: readonly Token[], i: number, limit: number): number {
  let at = i;
  for (let j = i, n = 0; n < 3; n++) {
    const o = OFFICES.match(tokens, j, limit);
    if (!o) break;
    at = j;
    j = o.end;
  }
  return at;
}

/** "phụ trách văn hóa - xã hội", "phụ trách lĩnh vực nông nghiệp": the field's lower-case words, up to the verb; j when none. */
export function fieldInChargeEnd(tokens: readonly Token[], j: number, limit: number): number {
  const c = IN_CHARGE.match(tokens, j, limit);
  if (!c) return j;
  let k = c.end;
  let words = 0;
  while (k < limit && words < 8) {
    const g = words > 0 ? (isDash(tokens[k]) ? { end: k + 1 } : FIELD_GLUE.match(tokens, k, limit)) : null;
    const at = g ? g.end : k;
    // "văn hóa - xã hội": "xã" is no commune there.
    const social = FIELD_WORDS.match(tokens, at, limit);
    if (social) { k = social.end; words++; continue; }
    if (!isLowerWord(tokens[at]) || NAME_STOPS.has(tokens, at, limit) || startsSomething(tokens, at, limit)) break;
    k = at + 1;
    words++;
  }
  return words > 0 ? k : j;
}

/** A deputy in charge of a field, a unit named as printed (without "Đồng chí"), of the kind of the body named. */
export function postInCharge(tokens: readonly Token[], i: number, end: number, head: UnitHead): UnitMention {
  const name = capitalizeFirst(printed(tokens, i, end).replace(/^(?:đồng chí\s+|đ\/c\s+)/iu, ''));
  const post: UnitHead = { canonical: name, phrases: [], kind: head.kind, shape: 'body' };
  return { ...syntheticMention(post), from: i, to: end, start: tokens[i]!.start, end: tokens[end - 1]!.end };
}
const IN_CHARGE = phraseSet(['phụ trách', 'được phân công phụ trách', 'trực tiếp phụ trách']);

/** After a committee's members: "phụ trách chi bộ", "phụ trách các thôn": where the charge ends, or j when none is written. */
export function inChargeEnd(tokens: readonly Token[], j: number, limit: number): number {
  const c = IN_CHARGE.match(tokens, j, limit);
  if (!c) return j;
  const k = PLURALS.match(tokens, c.end, limit)?.end ?? c.end;
  const what = SUBWARD.match(tokens, k, limit) ?? chargedBloc(tokens, k, limit) ?? HEADS.match(tokens, k, limit) ?? chargedAreas(tokens, k, limit);
  return what ? what.end : j;
}

/** "phụ trách địa bàn", "phụ trách các thôn": places only (an organ's member in charge of a field stands for the organ). */
export function placesInChargeEnd(tokens: readonly Token[], j: number, limit: number): number {
  const c = IN_CHARGE.match(tokens, j, limit);
  if (!c) return j;
  const k = PLURALS.match(tokens, c.end, limit)?.end ?? c.end;
  const what = SUBWARD.match(tokens, k, limit) ?? chargedAreas(tokens, k, limit);
  return what ? what.end : j;
}

const CHARGED_AREAS = phraseSet(['xã', 'phường', 'thị trấn', 'cơ sở', 'địa bàn', 'khu dân cư']);

/** "phụ trách xã, thị trấn": the kinds of places a member is in charge of, listed; where the list ends, or null. */
function chargedAreas(tokens: readonly Token[], k: number, limit: number): { end: number } | null {
  let m = CHARGED_AREAS.match(tokens, k, limit);
  if (!m) return null;
  for (;;) {
    const glue = glueAt(tokens, m.end, limit);
    const next = glue && (glue.word === ',' || glue.word === 'và') ? CHARGED_AREAS.match(tokens, glue.end, limit) : null;
    if (!next) return m;
    m = next;
  }
}

const MEMBERS_HEAD: UnitHead = { canonical: 'ủy viên', phrases: [], kind: 'party-organ', shape: 'part', collective: true };

/**
 * "Các đồng chí Đảng ủy viên phụ trách chi bộ dự …": the members in charge are the unit, named as printed
 * (the labelling convention), an organ of the document's committee; not the committee itself.
 */
export function membersInCharge(tokens: readonly Token[], i: number, end: number): UnitMention {
  const name = capitalizeFirst(printed(tokens, i, end).replace(/^(?:các\s+)?(?:đồng chí\s+|đ\/c\s+)?/iu, ''));
  return { ...syntheticMention({ ...MEMBERS_HEAD, canonical: name }), plural: true, from: i, to: end, start: tokens[i]!.start, end: tokens[end - 1]!.end };
}
