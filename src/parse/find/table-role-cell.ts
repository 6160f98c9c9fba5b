import { phraseSet } from '../phrases.js';
import { tokenize, type Token } from '../tokens.js';
import { LEAD_WORDS, SUPPORT_WORDS } from '../vocabulary/assignment.js';
import { parseUnitAt, type UnitMention } from './units.js';

const SUPPORT = phraseSet(SUPPORT_WORDS);
const LEAD = phraseSet(LEAD_WORDS);

/**
 * A table with one column of units and no column of partners says the roles inside its cells, as a sentence does:
 * "Cục Bảo vệ thực vật chủ trì, phối hợp với Viện …" in the unit cell, or the content opening "Phối hợp với Đài Truyền
 * hình … xây dựng …" under the unit that leads. Before, every unit of such a row was assigned and the content's partner
 * lost.
 */

/** The unit cell's units split at its support word: those before it lead, those after support; null without both. */
export function splitRoleCell(text: string, start: number, end: number, units: readonly UnitMention[]): { lead: UnitMention[]; support: UnitMention[] } | null {
  const tokens = tokenize(text, start, end);
  for (let i = 1; i < tokens.length; i++) {
    const s = SUPPORT.match(tokens, i, tokens.length);
    if (!s) continue;
    const at = tokens[i]!.start;
    const lead = units.filter((u) => u.end <= at);
    const support = units.filter((u) => u.start >= at);
    if (lead.length > 0 && support.length > 0) return { lead, support };
    return support.length === 0 ? roleAfterEach(tokens, units) : null;
  }
  return null;
}

/**
 * "Sở Nông nghiệp chủ trì; Chi cục Thủy lợi phối hợp": each role said after its units, the lead word closing the first
 * ones and the support word the rest. Split at the end of the lead word; the cell must close on the support word.
 */
function roleAfterEach(tokens: readonly Token[], units: readonly UnitMention[]): { lead: UnitMention[]; support: UnitMention[] } | null {
  for (let i = 1; i < tokens.length; i++) {
    const l = LEAD.match(tokens, i, tokens.length);
    if (!l) continue;
    const at = tokens[i]!.start;
    const lead = units.filter((u) => u.end <= at);
    const support = units.filter((u) => u.start >= tokens[l.end - 1]!.end);
    const lastSupport = support.at(-1);
    if (lead.length === 0 || !lastSupport) return null;
    let k = l.end;
    while (k < tokens.length && tokens[k]!.start < lastSupport.end) k++;
    return SUPPORT.match(tokens, k, tokens.length) ? { lead, support } : null;
  }
  return null;
}

/** Where a content cell's words go on after its opening lead word ("Chủ trì, phối hợp với …", "Chủ trì tổ chức …"), or 0. */
function afterLeadWord(tokens: readonly Token[]): number {
  const l = LEAD.match(tokens, 0, tokens.length);
  if (!l) return 0;
  return tokens[l.end]?.text === ',' ? l.end + 1 : l.end;
}

/**
 * The partner a content cell opens with ("Phối hợp với Đài Truyền hình Việt Nam …"), also after the lead word ("Chủ trì,
 * phối hợp với Viện Quy hoạch Thủy lợi theo dõi …", h206), or null.
 */
export function contentPartner(text: string, start: number, end: number): UnitMention | null {
  const tokens = tokenize(text, start, end);
  const s = SUPPORT.match(tokens, afterLeadWord(tokens), tokens.length);
  return s ? parseUnitAt(tokens, s.end, tokens.length) : null;
}

/** The content cell opens with the lead word ("Chủ trì …"): the row's unit leads, as a "chủ trì" column's does. */
export function contentLeads(text: string, start: number, end: number): boolean {
  return afterLeadWord(tokenize(text, start, end)) > 0;
}
