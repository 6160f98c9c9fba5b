import type { DocType } from '../../model/record.js';
import { tokenize } from '../tokens.js';
import { REPORTING_VERBS } from '../vocabulary/relations.js';
import type { IssuerTokens } from './citation-issuer.js';
import { parseUnitAt, type UnitMention } from './units.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const ABOUT_BREAK = /[.;:]|\n[ \t]*\n|\d[-/]\p{Lu}/u;

/**
 * The issuer of a cited document written as the subject of the act the document records: "Ban Thường
 * vụ Đảng ủy xã họp nghe Ủy ban nhân dân xã báo cáo tình hình … tại Báo cáo số …", "nghe UBND xã báo
 * cáo tình hình hạn hán (Báo cáo số …)". The verb is the document's own type word (`báo cáo` for a
 * Báo cáo, `trình` for a Tờ trình: REPORTING_VERBS), so the body that reports is the body whose report
 * it is; a verb of another act ("yêu cầu các chi bộ thực hiện … tại Kế hoạch số …") says nothing of
 * whose the document is, and is not read.
 */

/** How far before the citation the verb may stand. */
const REACH = 200;
/** "… tại ", "… (": what joins the act to the document that records it. */
const JOIN = /(?:(?<![\p{L}])tại[ \t\n]{1,2}|\([ \t]{0,2})$/u;
/** The clause that holds the subject opens after one of these. */
const CLAUSE_MARK = /[,;:(\n]/u;

export function issuerOfReport(text: string, sentenceStart: number, start: number, typeWord: DocType | null): IssuerTokens | null {
  if (!typeWord) return null;
  const verbs = REPORTING_VERBS.filter((v) => v.types.includes(typeWord));
  if (verbs.length === 0) return null;
  const from = Math.max(sentenceStart, start - REACH);
  const before = text.slice(from, start);
  const join = JOIN.exec(before);
  if (!join) return null;
  const verbRe = new RegExp(String.raw`(?<![\p{L}])(?:${verbs.map((v) => v.verb.replace(/ /g, '[ \\t]{1,2}')).join('|')})(?![\p{L}])`, 'giu');
  let verb: RegExpExecArray | null = null;
  for (let m = verbRe.exec(before); m; m = verbRe.exec(before)) verb = m;
  if (!verb) return null;
  // What the act is about runs on to the document: no sentence, clause or list break, no other number.
  const about = before.slice(verb.index + verb[0].length, join.index);
  if (ABOUT_BREAK.test(about)) return null;
  const verbAt = from + verb.index;
  let clause = verbAt;
  while (clause > from && !CLAUSE_MARK.test(text[clause - 1]!)) clause--;
  const tokens = tokenize(text, clause, verbAt);
  let mention: UnitMention | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const m = parseUnitAt(tokens, i);
    if (m) { if (m.to === tokens.length) mention = m; i = m.to - 1; }
  }
  return mention ? { mention, tokens } : null;
}
