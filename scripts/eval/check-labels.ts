#!/usr/bin/env -S npx tsx
/**
 * Checks the labels of the evaluation corpus against their documents WITHOUT running the parser, so
 * that a writer of blind holdout documents can check their work before any parser has seen it:
 *
 *   npx tsx scripts/eval/check-labels.ts [id-prefix …]     e.g. w155 c154 (all documents when none)
 *
 * Every label must validate (the run stops at the first that does not, naming the file); then, per
 * document: its style matches its folder and its id letter, and its own number, every cited number and
 * name and every task anchor are in its text (label-checks.ts). Exits 1 when anything is wrong.
 */
import { resolve } from 'node:path';
import { loadCorpus } from './corpus.js';
import { labelProblems, visibleText } from './label-checks.js';

const prefixes = process.argv.slice(2);
const dir = resolve(import.meta.dirname, '../../tests/fixtures/eval');
const docs = (await loadCorpus(dir)).filter((d) => prefixes.length === 0 || prefixes.some((p) => d.id.split('/')[1]?.startsWith(`${p}-`)));
const problems = docs.flatMap((d) => labelProblems(d, visibleText(d.path)));
for (const p of problems) process.stdout.write(`${p}\n`);
process.stdout.write(`${docs.length} label(s) checked, ${problems.length} problem(s)\n`);
if (prefixes.length > 0 && docs.length === 0) process.stderr.write(`check-labels: no document's name starts with ${prefixes.map((p) => `${p}-`).join(', ')}\n`);
process.exit(problems.length > 0 || (prefixes.length > 0 && docs.length === 0) ? 1 : 0);
