import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { MANNER_BEFORE_ROLE, ROLE_APPOSITIONS } from '../vocabulary/assignment.js';
import { DIRECT, DUTY, LEAD, SUPPORT_AFTER_LEAD_WORDS, SUPPORT_BARE, SUPPORT_WITH } from './assignment-words.js';
import { forcePartnerAt } from './force-partner.js';
import { scanSubject } from './subject-scan.js';
import { type UnitMention, mayStartUnit, parseUnitAt } from './units.js';

/*
 * The roles of a clause's units: "X chủ trì, phối hợp với Y" (X leads, Y supports), read at the
 * predicate, and the document's mention groups the roles point into. Apart from the clause reader
 * (assignments.ts), which asks it for the subject, the directed units and a clause opening with a role.
 */

/**
 * Units as find reads them, before any of them is resolved: a group of unit mentions read
 * together (resolve turns a group into organisations merged by key), with the role they take.
 * "X chủ trì, phối hợp với Y": the group X leads and the group Y supports (a unit of Y that is
 * also in X keeps X's role); without a lead word, X is `assigned`.
 */
export interface RoledGroup {
  /** Index into the mention groups of the document (`FoundTasks.groups`); null when there is none. */
  main: number | null;
  lead: boolean;
  support: number | null;
}

/** Collects the mention groups of a document in reading order. */
export class Groups {
  readonly list: UnitMention[][] = [];
  add(mentions: readonly UnitMention[]): number {
    this.list.push([...mentions]);
    return this.list.length - 1;
  }
}

type Roles = { lead: boolean; support: number | null };

/**
 * Roles at a predicate: "chủ trì, phối hợp với Y" (lead, Y supports), "chủ trì, Y phối hợp",
 * and "phối hợp với Y" (the subject leads, Y supports: "Giao A phối hợp với B", docs/domain.md §8.2).
 */
export function rolesAt(tokens: readonly Token[], p: number, groups: Groups): Roles | null {
  if (p < 0) return null;
  p = pastApposition(tokens, p);
  // "Ban Quản lý …: Chủ trì tham mưu …", "Phòng Y tế: phối hợp với …": the unit named before the colon takes the roles after it.
  // "Ban Phong trào Thành Đoàn: là thường trực Chiến dịch, chủ trì phối hợp …": what it is may follow the colon too.
  if (tokens[p]?.text === ':') p = pastApposition(tokens, p + 1);
  const duty = DUTY.match(tokens, p);
  if (duty) p = duty.end;
  // "Chủ động phối hợp với …": the manner said before the role word.
  const manner = MANNER.match(tokens, p);
  if (manner && (SUPPORT_WITH.has(tokens, manner.end) || LEAD.has(tokens, manner.end))) p = manner.end;
  const lead = LEAD.match(tokens, p);
  if (lead) {
    let k = lead.end;
    while (tokens[k]?.text === ',') k++;
    const sup = supportAt(tokens, k) ?? bareAt(SUPPORT_AFTER_LEAD_WORDS, tokens, k);
    if (sup !== null) return { lead: true, support: groups.add(scanSubject(tokens, sup, tokens.length).units) };
    const after = scanSubject(tokens, k, tokens.length);
    if (after.units.length > 0 && after.predicateWord?.startsWith('phối hợp')) return { lead: true, support: groups.add(after.units) };
    return { lead: true, support: laterSupport(tokens, k, groups) };
  }
  const sup = supportAt(tokens, p);
  if (sup !== null) {
    const mentions = scanSubject(tokens, sup, tokens.length).units;
    const support = groups.add(mentions);
    if (mentions.length > 0) return { lead: true, support };
  }
  const later = laterSupport(tokens, p, groups);
  return later !== null ? { lead: true, support: later } : null;
}

export const APPOSITION = phraseSet(ROLE_APPOSITIONS);
const MANNER = phraseSet(MANNER_BEFORE_ROLE);

/**
 * Where the role words start when what the subject is stands before them: "X - cơ quan thường
 * trực, chủ trì …", "X là cơ quan thường trực của Hội đồng, chủ trì …" (the scan may have stopped
 * inside those words). The owner after them runs to a comma; with no role word after, p itself.
 */
function pastApposition(tokens: readonly Token[], p: number): number {
  for (let a = Math.max(0, p - 3); a <= p; a++) {
    const m = APPOSITION.match(tokens, a);
    if (!m || m.end <= p) continue;
    let k = m.end;
    if (tokens[k]?.text !== ',' && !LEAD.has(tokens, k) && !SUPPORT_WITH.has(tokens, k)) {
      // "… của Hội đồng Thi đua - Khen thưởng huyện, chủ trì": up to the comma before the role words, past the
      // commas of the owner's own name ("… bảo vệ rừng và phòng cháy, chữa cháy rừng huyện, chủ trì").
      return rolesAfterOwner(tokens, k) ?? p;
    }
    while (tokens[k]?.text === ',') k++;
    return LEAD.has(tokens, k) || SUPPORT_WITH.has(tokens, k) || DUTY.has(tokens, k) ? k : p;
  }
  return p;
}

/** After an apposition's owner: where the role words start after one of the next commas (within 30 words), or null. */
function rolesAfterOwner(tokens: readonly Token[], k: number): number | null {
  for (let c = k; c < tokens.length && c - k < 30; c++) {
    const t = tokens[c]!.text;
    if (t === '.' || t === ';' || t === ':') return null;
    if (t !== ',') continue;
    let r = c;
    while (tokens[r]?.text === ',') r++;
    if (LEAD.has(tokens, r) || SUPPORT_WITH.has(tokens, r) || DUTY.has(tokens, r)) return r;
  }
  return null;
}

// Out of the function: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SMALL = /^\p{Ll}/u;

/**
 * "X chủ trì tổ chức kiểm tra …, phối hợp với Y xử lý …", "Giao X … ; phối hợp với Y …": the
 * supporting units named later in the same sentence, after a comma or semicolon. The sentence
 * ends at a full stop; a unit directed ("X chỉ đạo Y …") or leading ("… Y chủ trì") on the way
 * owns what follows, so the search ends there too.
 */
function laterSupport(tokens: readonly Token[], from: number, groups: Groups): number | null {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (t === '.' || t === ':') return null;
    // In lower case only: "Ban Chỉ đạo …" is a unit on the way, not a directing verb. "X lãnh đạo, chỉ đạo xây dựng …,
    // phối hợp với Y": a directing verb with no unit after it directs no one, and X's partner is still to come.
    if (k > from && (directsUnit(tokens, k) || LEAD.has(tokens, k)) && OPENS_SMALL.test(tokens[k]!.text)) return null;
    const force = forcePartnerAt(tokens, from, k);
    if (force !== null) {
      const mentions = scanSubject(tokens, force, tokens.length).units;
      if (mentions.length > 0) return groups.add(mentions);
    }
    if (t !== ',' && t !== ';') continue;
    const w = SUPPORT_WITH.match(tokens, k + 1);
    if (!w) continue;
    const mentions = scanSubject(tokens, w.end, tokens.length).units;
    return mentions.length > 0 ? groups.add(mentions) : null;
  }
  return null;
}

/** Whether a directing verb at k has a unit after it ("chỉ đạo UBND xã …"), the unit then owning what follows. */
function directsUnit(tokens: readonly Token[], k: number): boolean {
  const d = DIRECT.match(tokens, k);
  return !!d && mayStartUnit(tokens, d.end, tokens.length) && parseUnitAt(tokens, d.end, tokens.length) !== null;
}

/** Where the supporting units start after "phối hợp với" (or a bare "phối hợp" right before a unit) at k; null when none opens there. */
function supportAt(tokens: readonly Token[], k: number): number | null {
  const withWord = SUPPORT_WITH.match(tokens, k);
  if (withWord) return withWord.end;
  return bareAt(SUPPORT_BARE, tokens, k);
}

/** Where the units start after a word of `table` at k that opens them only right before a unit; null otherwise. */
function bareAt(table: typeof SUPPORT_BARE, tokens: readonly Token[], k: number): number | null {
  const bare = table.match(tokens, k);
  return bare && mayStartUnit(tokens, bare.end, tokens.length) && parseUnitAt(tokens, bare.end, tokens.length) ? bare.end : null;
}

export function withRoles(main: number | null, roles: Roles | null): RoledGroup {
  return { main, lead: roles?.lead ?? false, support: roles?.support ?? null };
}
