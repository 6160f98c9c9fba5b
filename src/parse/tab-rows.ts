import type { Rewriter } from './rewrite.js';

type RewriterClass = new (input: string) => Rewriter;
type Pass = { text: string; map: ReturnType<Rewriter['finish']>['map'] } | null;

/**
 * A table of the body copied from a word processor comes out as one line per row, its cells split
 * by tabs ("TT⇥Nội dung công việc⇥Đơn vị chủ trì⇥Đơn vị phối hợp"). Cleaning turns a tab into a
 * space, which would glue the cells into one sentence; this pass, run before, writes the cells of
 * such rows apart with `|` as the HTML reader does for a table (src/parse/find/task-table.ts reads
 * both). A table is two or more lines in a row with three cells or more each; a lone tabbed line
 * (a header's two columns) is left to the header pass.
 */
// One separator per tab, so that an empty cell keeps its column.
const TAB_RUN = /[ ]*\t[ ]*/g;
const MIN_CELLS = 3;

function cellCount(line: string): number {
  return line.split('\t').filter((c) => c.trim()).length;
}

export function tabbedRows(input: string, W: RewriterClass): Pass {
  if (!input.includes('\t')) return null;
  const rows: Array<[number, number]> = [];
  let run: Array<[number, number]> = [];
  const flush = () => { if (run.length >= 2) rows.push(...run); run = []; };
  for (let s = 0; s <= input.length;) {
    let e = input.indexOf('\n', s);
    if (e < 0) e = input.length;
    const line = input.slice(s, e);
    if (line.includes('\t') && cellCount(line) >= MIN_CELLS) run.push([s, e]);
    else if (line.trim()) flush();
    s = e + 1;
  }
  flush();
  if (rows.length === 0) return null;
  const w = new W(input);
  let at = 0;
  for (const [s, e] of rows) {
    const line = input.slice(s, e);
    const lead = /^[\t ]*/.exec(line)![0].length;
    const tail = line.length - line.trimEnd().length;
    TAB_RUN.lastIndex = 0;
    for (const m of line.slice(0, line.length - tail).matchAll(TAB_RUN)) {
      if (m.index < lead) continue;
      w.keep(at, s + m.index);
      w.replace(s + m.index, s + m.index + m[0].length, ' | ');
      at = s + m.index + m[0].length;
    }
  }
  w.keep(at, input.length);
  return w.finish();
}
