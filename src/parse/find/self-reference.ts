import type { DocType, Span } from '../../model/record.js';
import { NAMED_TYPE_WORDS } from '../vocabulary/doc-types.js';
import { SELF_REFERENCE_WORD } from '../vocabulary/identity.js';

/** "Kế hoạch này", "Nhận được Công văn này": the text names itself by its type. */
const TYPE_WORDS = NAMED_TYPE_WORDS;
const SELF_TYPE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${TYPE_WORDS.map(([w]) => w).join('|')})[ ]{1,2}${SELF_REFERENCE_WORD}(?![\p{L}\p{N}])`, 'giu');
const TYPE_BY_WORD = new Map(TYPE_WORDS.map(([w, t]) => [w.toLowerCase(), t]));

/** The type of "<type> này" the text uses most (the first on a tie); null when none. */
export function selfReferenceType(text: string, from: number, to: number): { type: DocType; span: Span } | null {
  const counts = new Map<string, { n: number; span: [number, number] }>();
  for (const m of text.slice(from, to).matchAll(SELF_TYPE)) {
    const key = m[1]!.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, { n: 1, span: [from + m.index, from + m.index + m[1]!.length] });
  }
  let best: [string, { n: number; span: [number, number] }] | null = null;
  for (const e of counts) if (!best || e[1].n > best[1].n) best = e;
  const type = best ? TYPE_BY_WORD.get(best[0]) : undefined;
  return best && type ? { type, span: best[1].span } : null;
}
