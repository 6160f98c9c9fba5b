import type { DocType, Relation, Span } from '../../model/record.js';
import type { CitationBlock } from '../find/citation-blocks.js';
import type { NamedMention } from '../find/named-citations.js';
import { squash } from '../text.js';
import { RULE_TYPES } from '../vocabulary/relations.js';
import { inContext, onlyListGlue, opensAfterSemicolon, triggerBefore, type CitationDraft } from './citations.js';

/**
 * Citations of kind `named`: a document cited by its name alone. A name is a citation only where
 * the text cites it: under a "Căn cứ:" / "Thực hiện:" heading, right after a trigger ("Căn cứ
 * Luật …", "cụ thể hóa Nghị quyết Đại hội …"), or next in a list after another citation ("…;
 * Luật sửa đổi, bổ sung …"). "Ban hành kèm theo Quyết định này Quy chế …" names the document's
 * own annex, and is none. A named citation has no number and no key: nothing links it to a node
 * by guess (docs/graph-model.md).
 */
export interface NamedDraft {
  name: string;
  docType: DocType;
  relation: Relation;
  rule: string;
  confidence: number;
  evidence: string;
  spans: Span[];
}

/** How far (characters) a trigger may start before a name it cites (a bound for the check below). */
const NEAR = 40;
const STRENGTH: Record<Relation, number> = { implements: 3, basis: 2, cites: 1 };

/**
 * The trigger stands right before the name ("Căn cứ Luật", "Thực hiện “Quy chế"), or a few words in
 * lower case between ("tổ chức thực hiện thắng lợi Nghị quyết Đại hội …", "quán triệt sâu sắc …",
 * "theo tinh thần …"): "kèm theo Chỉ thị này Quy chế" is no citation of it.
 */
const FILLERS = /^(?:[ ]{1,2}\p{Ll}+){0,4}[\s“"«]*$/u;
function adjacent(text: string, at: number, rule: string, start: number): boolean {
  const phrase = rule.replace(/^[a-z]+:/u, '').replace(/ /g, String.raw`\s{1,2}`);
  const between = text.slice(at, start);
  const lead = new RegExp(String.raw`^${phrase}`, 'iu').exec(between);
  // Case matters in what follows the phrase: a capital opens another name ("kèm theo Chỉ thị này Quy chế").
  return lead !== null && FILLERS.test(between.slice(lead[0].length));
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function resolveNamedCitations(named: readonly NamedMention[], numbered: readonly CitationDraft[], text: string, blocks: readonly CitationBlock[]): NamedDraft[] {
  const out: NamedDraft[] = [];
  const byName = new Map<string, NamedDraft>();
  // Ends of citations already read, for "…; Luật …" lists: numbered ones and named ones before.
  const ends: Array<{ end: number; relation: Relation; rule: string }> = numbered.flatMap((d) =>
    d.citedBy === null ? d.spans.map(([, e]) => ({ end: e, relation: d.relation, rule: d.rule })) : []);
  for (const m of named) {
    const trigger = triggerBefore(text, m.sentenceStart, m.start, m.docType);
    const near = trigger && trigger.at !== undefined && m.start - trigger.at <= NEAR && adjacent(text, trigger.at, trigger.rule, m.start) ? trigger : null;
    let d = inContext(text, near, m.start, m.sentenceStart, blocks);
    if (d && !d.rule.startsWith('block:') && d.relation === 'implements' && RULE_TYPES.has(m.docType)
      && /:(?:thực hiện|theo)$/u.test(d.rule)) {
      // "Thực hiện Quy chế làm việc …", "theo Luật …": the rules it acts under, its basis.
      d = { ...d, relation: 'basis', rule: `${d.rule}:rules` };
    }
    if (!d) {
      const prev = ends.filter((e) => e.end <= m.start).sort((a, b) => b.end - a.end)[0];
      if (prev && (onlyListGlue(text, prev.end, m.start) || (prev.end >= m.sentenceStart - 400 && opensAfterSemicolon(text, m.sentenceStart, m.start)))) {
        d = { relation: prev.relation, rule: prev.rule.replace(/^[a-z]+:/u, 'list:'), weight: 0.9 };
      }
    }
    if (!d) continue;
    ends.push({ end: m.end, relation: d.relation, rule: d.rule });
    const key = fold(m.name);
    const same = byName.get(key);
    if (same) {
      same.spans.push([m.start, m.end]);
      if (STRENGTH[d.relation] > STRENGTH[same.relation]) { same.relation = d.relation; same.rule = d.rule; }
      continue;
    }
    const draft: NamedDraft = {
      name: m.name, docType: m.docType, relation: d.relation, rule: `named:${d.rule}`,
      // A name is weaker evidence than a number: no issuer, no date to check it against.
      confidence: Math.round(0.8 * d.weight * 100) / 100,
      evidence: squash(text.slice(m.sentenceStart, m.sentenceEnd)), spans: [[m.start, m.end]],
    };
    byName.set(key, draft);
    out.push(draft);
  }
  return out;
}
