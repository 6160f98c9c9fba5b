import type { Relation } from '../../model/record.js';
import { numberKey } from '../../model/keys.js';

/** The fields of a citation entry this step reads and writes (resolve/citations.ts's drafts). */
interface Entry {
  number: string;
  relation: Relation;
  citedBy: string | null;
  rule: string;
  confidence: number;
  spans: Array<[number, number]>;
}

/** What the citing document does with a document it names only inside another's subject: it refers to it. */
const OWN_RELATION: Relation = 'cites';

/**
 * "Thực hiện Kết luận số 15-KL/TU … về tiếp tục thực hiện Chỉ thị số 08-CT/TU …": the Chỉ thị is named only inside
 * the Kết luận's subject. The nested entry (`citedBy` 15-KL/TU) keeps the Kết luận's own act on it, the graph's
 * IMPLEMENTS edge from 15-KL/TU (graph-model.md's nested citation); the citing document itself names the Chỉ thị too,
 * and refers to it whatever it does with the Kết luận (labels38: 12 of 13 labels, docs/extraction-quality.md), as
 * seed 001 cites 177-CV/TU beside 500-CV/QU's nested IMPLEMENTS. So each number named only nested gets an entry of
 * the citing document's own, `cites`, placed right before the first nested one. A number the document also names
 * outside any subject has its own entry already, with the relation its own trigger gives.
 */
export function withOwnOfNested<T extends Entry>(drafts: readonly T[]): T[] {
  const direct = new Set(drafts.filter((d) => d.citedBy === null).map((d) => numberKey(d.number)));
  const out: T[] = [];
  const added = new Set<string>();
  for (const d of drafts) {
    const nk = numberKey(d.number);
    // Named inside another's subject only; a collective statement's entries join documents the text cites itself.
    if (d.citedBy !== null && d.number !== '' && !direct.has(nk) && !added.has(nk) && d.rule.startsWith('nested:')) {
      added.add(nk);
      out.push({ ...d, spans: d.spans.map(([a, b]) => [a, b] as [number, number]), citedBy: null, relation: OWN_RELATION, rule: `own-of-nested:${d.rule.slice('nested:'.length)}` });
    }
    out.push(d);
  }
  return out;
}
