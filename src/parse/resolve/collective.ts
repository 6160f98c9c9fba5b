import { sentenceEnd, sentenceStart } from '../find/sentences.js';
import { mayStartUnit, parseUnitAt } from '../find/units.js';
import { squash } from '../text.js';
import { phraseAlternation } from '../phrase-alternation.js';
import { tokenize } from '../tokens.js';
import { COLLECTIVE_CONFIDENCE, COLLECTIVE_IMPLEMENTATION_PHRASES } from '../vocabulary/relations.js';
import type { CitationDraft } from './citations.js';
import { resolveMention, type DocContext } from './orgs.js';

/**
 * Implementations stated collectively. Seed 001 says "Quận ủy, UBND Quận đã ... ban hành các
 * văn bản triển khai thực hiện Thông báo kết luận số 420-TB/TU, ..., Công văn số 177-CV/TU, ...,
 * Chỉ thị số 17/CT-UBND": the documents those bodies issued carry out every order in the list.
 * A document the text cites that (a) was issued by one of those bodies, (b) is dated no earlier
 * than the orders and (c) is already known to carry out one of them (500-CV/QU "thực hiện Công
 * văn số 177-CV/TU") is one of those documents, so it implements the other orders too. That is
 * an inference, not a citation by name: it gets its own rule, a lower confidence, and the
 * collective sentence as evidence, so a reviewer can see and discard it.
 */
const PHRASE = new RegExp(
  `(?<![\\p{L}])(?:${phraseAlternation(COLLECTIVE_IMPLEMENTATION_PHRASES, { escape: true, gap: '\\s{1,3}' })})(?![\\p{L}])`,
  'giu',
);

/**
 * PHRASE scanned over a whole body cost 7% of a seed parse (a case-insensitive alternation tried at
 * every position). Every phrase opens with "ban hành": a search for that finds the few places where
 * PHRASE is then tried, anchored; the hits are the same, in the same order.
 */
const OPENING = 'ban hành ';
const OPENING_RE = /ban\s{1,3}hành/giu;
const PHRASE_AT = new RegExp(PHRASE.source, 'iuy');
const OPENS_ALL = COLLECTIVE_IMPLEMENTATION_PHRASES.every((p) => p.startsWith(OPENING));

/** PHRASE's hits from `from` on, as PHRASE.exec in a loop gives them. */
function* phraseHits(text: string, from: number): Generator<RegExpExecArray> {
  if (!OPENS_ALL) {
    PHRASE.lastIndex = from;
    for (let hit = PHRASE.exec(text); hit; hit = PHRASE.exec(text)) yield hit;
    return;
  }
  OPENING_RE.lastIndex = from;
  for (let open = OPENING_RE.exec(text); open; open = OPENING_RE.exec(text)) {
    PHRASE_AT.lastIndex = open.index;
    const hit = PHRASE_AT.exec(text);
    OPENING_RE.lastIndex = hit ? hit.index + hit[0].length : open.index + 1;
    if (hit) yield hit;
  }
}

export const COLLECTIVE_RULE = 'collective-statement';

/** Keys of the organisations named in text[from, to): the subjects of the statement. */
function subjectKeys(ctx: DocContext, from: number, to: number): Set<string> {
  const tokens = tokenize(ctx.text, from, to);
  const keys = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const m = mayStartUnit(tokens, i, tokens.length) ? parseUnitAt(tokens, i, tokens.length) : null;
    if (!m) continue;
    for (const org of resolveMention(m, ctx)) keys.add(org.key);
    i = Math.max(i, m.to - 1);
  }
  return keys;
}

export function inferCollective(drafts: readonly CitationDraft[], ctx: DocContext, from: number, to: number): CitationDraft[] {
  const direct = drafts.filter((d) => d.citedBy === null);
  const added: CitationDraft[] = [];
  for (const hit of phraseHits(ctx.text, from)) {
    if (hit.index >= to) break;
    const start = sentenceStart(ctx.text, hit.index, from);
    const end = sentenceEnd(ctx.text, hit.index, to);
    const inSentence = (d: CitationDraft) => d.spans.some(([s]) => s >= hit!.index && s < end);
    const orders = direct.filter((d) => inSentence(d) && d.issuedOn !== null);
    if (orders.length < 2) continue;
    const latest = orders.reduce((m, d) => (d.issuedOn! > m ? d.issuedOn! : m), '');
    const issuers = subjectKeys(ctx, start, hit.index);
    const evidence = squash(ctx.text.slice(start, end));
    for (const doc of direct) {
      if (orders.includes(doc) || !doc.issuer || !issuers.has(doc.issuer.key)) continue;
      if (!doc.issuedOn || doc.issuedOn < latest) continue;
      const implemented = new Set([...drafts, ...added]
        .filter((d) => d.citedBy === doc.number && d.relation === 'implements').map((d) => d.key));
      if (!orders.some((o) => implemented.has(o.key))) continue;
      for (const order of orders) {
        if (implemented.has(order.key)) continue;
        const span = order.spans.find(([s]) => s >= hit.index && s < end)!;
        added.push({
          ...order, issuer: order.issuer ? { ...order.issuer, spans: [...order.issuer.spans] } : null,
          relation: 'implements', citedBy: doc.number, evidence, confidence: COLLECTIVE_CONFIDENCE,
          rule: COLLECTIVE_RULE, spans: [span], badDates: [],
        });
      }
    }
  }
  return [...drafts, ...added];
}
