import { extractHtmlText } from '../../src/read/html.js';
import { parseDocument } from '../../src/parse/index.js';
import { toPredicted } from '../../scripts/eval/corpus.js';
import { scoreDocument } from '../../scripts/eval/score.js';
import { Expectation } from '../../scripts/eval/expectation.js';

/** A task as a label writes it: its anchor words and its units (a bare name is `assigned`). */
export type Unit = string | { name: string | string[]; role: 'lead' | 'support' | 'assigned' };
export type Task = { anchor: string; units: Unit[] };

export const lead = (name: string | string[]): Unit => ({ name, role: 'lead' });
export const support = (name: string | string[]): Unit => ({ name, role: 'support' });

/**
 * The task disagreements the eval would note for this portal page, read and parsed as `npm run eval` does
 * (scripts/eval/score.ts: a found task's text holds the anchor; its units, by name or surface, are exactly the expected
 * ones, with their roles); [] when every task and unit is right.
 */
export function taskNotes(html: string, tasks: Task[]): string[] {
  const text = extractHtmlText(new TextEncoder().encode(html), 'page.html').text;
  const record = parseDocument(text, { path: 'page.html', sha256: '0'.repeat(64), encoding: 'html', warnings: [] });
  const exp = Expectation.parse({
    style: 'html', split: 'tune', level: 'district', family: 'state', covers: ['portal tasks'],
    document: { number: null, type: null, date: null, issuer: null }, citations: [], tasks,
  });
  return scoreDocument(exp, toPredicted(record)).notes.filter((n) => n.startsWith('task'));
}
