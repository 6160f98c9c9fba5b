import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CorpusDocument } from './corpus.js';

/**
 * Checks of a label against its own document that need no parser: what a blind writer runs before any
 * parser has seen the document (scripts/eval/check-labels.ts), and what the corpus test runs on every
 * label. A number, a cited name or a task anchor the text does not hold can never be scored right.
 */

/** The id letter of each style's file names (`w03-…` is a web copy). */
const STYLE_LETTER: Record<string, string> = { c: 'clean', w: 'web-copy', h: 'html', f: 'headless', n: 'news', s: 'scan' };

/** The words of a document as a reader sees them: tags and entities of a saved page dropped, spaces squashed. */
export function visibleText(path: string): string {
  // a scanned page is checked against the text it was printed from
  const scanSource = /\.(tif|tiff|png|jpe?g)$/i.test(path) ? join(dirname(path), 'sources', basename(path).replace(/\.[^.]+$/, '.txt')) : null;
  const raw = readFileSync(scanSource ?? path, 'utf8');
  const text = path.endsWith('.html') ? raw.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&gt;/g, '>') : raw;
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

/** What is wrong with one label, one line per problem, each naming the document (empty: nothing). */
export function labelProblems(doc: Pick<CorpusDocument, 'id' | 'expectation'>, text: string): string[] {
  const out: string[] = [];
  const e = doc.expectation;
  const [folder, name = ''] = doc.id.split('/');
  if (folder !== e.style) out.push(`${doc.id}: style ${e.style} in the folder ${folder}`);
  if (STYLE_LETTER[name[0] ?? ''] !== e.style) out.push(`${doc.id}: the id's letter ${name[0] ?? '∅'} is not the style ${e.style}'s`);
  const packed = text.replace(/ /g, '');
  const has = (s: string) => text.toLowerCase().includes(s.toLowerCase());
  // numbers are written with blank-fill spaces in web copies (`Số: 187    /KH-UBND`)
  const hasNumber = (n: string) => packed.includes(n.replace(/ /g, ''));
  if (e.document.number && !hasNumber(e.document.number)) out.push(`${doc.id}: number ${e.document.number}`);
  for (const c of e.citations) {
    if ('number' in c ? !hasNumber(c.number) : !has(c.name)) out.push(`${doc.id}: citation ${'number' in c ? c.number : c.name}`);
  }
  for (const t of e.tasks) if (!has(t.anchor)) out.push(`${doc.id}: anchor "${t.anchor}"`);
  const anchors = e.tasks.map((t) => t.anchor);
  for (const a of new Set(anchors)) if (anchors.indexOf(a) !== anchors.lastIndexOf(a)) out.push(`${doc.id}: two tasks share the anchor "${a}"`);
  return out;
}
