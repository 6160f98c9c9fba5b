import type { DerivedTasksReport } from '../schema.js';
import { html, type SafeHtml } from './html-escape.js';
import { docDate, docLabel } from './text.js';

/**
 * The implementation tree as inline SVG: one column per depth (the order on the left), one box per
 * directive with its number, issuer and date, a solid line to the parent it is drawn under and a
 * dashed one for every other link inside the tree (308-TB/QU implements both 17/CT-UBND and
 * 500-CV/QU). Past MAX_DRAWN boxes the picture stops and says so; the list beside it has them all.
 */
export const MAX_DRAWN = 150;
const BOX_W = 230;
const BOX_H = 46;
const COL_GAP = 60;
const ROW_GAP = 12;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function treeSvg(nodes: DerivedTasksReport['tree']['nodes']): { svg: SafeHtml; drawn: number } {
  const drawn = nodes.slice(0, MAX_DRAWN);
  const columns = new Map<number, typeof drawn>();
  for (const n of drawn) columns.set(n.depth, [...(columns.get(n.depth) ?? []), n]);
  const pos = new Map<string, { x: number; y: number }>();
  for (const [depth, col] of columns) {
    col.forEach((n, i) => pos.set(n.directive.key, { x: 10 + depth * (BOX_W + COL_GAP), y: 10 + i * (BOX_H + ROW_GAP) }));
  }
  const maxRows = Math.max(1, ...[...columns.values()].map((c) => c.length));
  const maxDepth = Math.max(0, ...columns.keys());
  // One gap more on the right for the links that bow out of the last column.
  const width = 20 + (maxDepth + 1) * BOX_W + (maxDepth + 1) * COL_GAP;
  const height = 20 + maxRows * (BOX_H + ROW_GAP);

  const lines: SafeHtml[] = [];
  for (const n of drawn) {
    const from = pos.get(n.directive.key)!;
    for (const l of n.links) {
      const to = pos.get(l.to);
      if (!to) continue;
      const main = l.to === n.parent;
      if (to.x === from.x) {
        // A link inside one column (308-TB/QU -> 500-CV/QU, both at depth 1) bows out to the right.
        const x = from.x + BOX_W;
        const y1 = from.y + BOX_H / 2;
        const y2 = to.y + BOX_H / 2;
        lines.push(html`<path d="M${x},${y1} C${x + COL_GAP * 0.8},${y1} ${x + COL_GAP * 0.8},${y2} ${x},${y2}" class="link other"><title>${l.type} ${l.sentence ?? ''}</title></path>`);
        continue;
      }
      const x1 = from.x;
      const y1 = from.y + BOX_H / 2;
      const x2 = to.x + BOX_W;
      const y2 = to.y + BOX_H / 2;
      const mid = (x1 + x2) / 2;
      lines.push(html`<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" class="${main ? 'link' : 'link other'}"><title>${l.type} ${l.sentence ?? ''}</title></path>`);
    }
  }
  const boxes = drawn.map((n) => {
    const p = pos.get(n.directive.key)!;
    const d = n.directive;
    return html`<g class="node${n.depth === 0 ? ' root' : ''}${d.status === 'referenced' ? ' referenced' : ''}" transform="translate(${p.x},${p.y})">
<rect width="${BOX_W}" height="${BOX_H}" rx="5"/><text x="8" y="18" class="num">${clip(docLabel(d), 30)}</text>
<text x="8" y="36" class="meta">${clip(`${d.issuer?.name ?? d.issuedBy ?? '?'} · ${docDate(d)}`, 40)}</text></g>`;
  });
  const svg = html`<svg xmlns="http://www.w3.org/2000/svg" class="tree" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Cây văn bản triển khai">${lines}${boxes}</svg>`;
  return { svg, drawn: drawn.length };
}
