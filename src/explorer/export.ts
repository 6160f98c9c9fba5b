import type { View, ViewEdge, ViewNode } from './model.js';

/**
 * The current view as files: JSON (what is drawn, with the directives' fields), GraphML (for Gephi
 * and Cytoscape desktop) and SVG (from the drawn positions). Pure string builders; the page only
 * turns them into downloads. PNG comes from Cytoscape itself.
 */

export interface Positioned {
  /** Centre and size of each drawn node, by id. */
  positions: Map<string, { x: number; y: number; w: number; h: number }>;
}

function nodeData(n: ViewNode) {
  const d = n.directive;
  return {
    id: n.id, kind: n.kind, label: n.label.replace(/\n/g, ' — '), level: n.level, root: n.root, context: n.context,
    number: d?.number ?? null, docType: d?.docType ?? null, title: d?.title ?? null, issuedOn: d?.issuedOn ?? null,
    status: d?.status ?? null, issuer: d?.issuer?.name ?? d?.issuedBy ?? null, members: n.members ?? null, area: n.area ?? null,
    // An organisation node: its name and kind as the graph holds them.
    name: n.org?.name ?? null, orgKind: n.org?.kind ?? null,
  };
}

function edgeData(e: ViewEdge) {
  return {
    id: e.id, source: e.source, target: e.target, type: e.type, inferred: e.inferred, confidence: e.confidence,
    count: e.count, context: e.context, evidence: e.evidence?.sentence ?? null, statedIn: e.evidence?.statedIn ?? null,
    roles: e.roles ? e.roles.join(',') : null,
  };
}

export function toJson(view: View, meta: Record<string, unknown>): string {
  return JSON.stringify({ ...meta, nodes: view.nodes.map(nodeData), edges: view.edges.map(edgeData) }, null, 2);
}

export function xmlEscape(s: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the five specials are escaped.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const NODE_KEYS = ['label', 'kind', 'level', 'number', 'docType', 'title', 'issuedOn', 'status', 'issuer', 'name', 'orgKind', 'area', 'root', 'context'] as const;
const EDGE_KEYS = ['type', 'roles', 'inferred', 'confidence', 'count', 'context', 'evidence', 'statedIn'] as const;
const TYPES: Record<string, string> = { root: 'boolean', context: 'boolean', inferred: 'boolean', confidence: 'double', count: 'int' };

export function toGraphml(view: View): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of NODE_KEYS) lines.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${TYPES[k] ?? 'string'}"/>`);
  for (const k of EDGE_KEYS) lines.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${TYPES[k] ?? 'string'}"/>`);
  lines.push('  <graph id="directive-graph" edgedefault="directed">');
  const data = (prefix: string, k: string, v: unknown) => (v === null || v === undefined ? '' : `<data key="${prefix}_${k}">${xmlEscape(String(v))}</data>`);
  for (const n of view.nodes) {
    const d = nodeData(n) as Record<string, unknown>;
    lines.push(`    <node id="${xmlEscape(n.id)}">${NODE_KEYS.map((k) => data('n', k, d[k])).join('')}</node>`);
  }
  for (const e of view.edges) {
    const d = edgeData(e) as Record<string, unknown>;
    lines.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${EDGE_KEYS.map((k) => data('e', k, d[k])).join('')}</edge>`);
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

export interface SvgStyle {
  nodeFill(n: ViewNode): string;
  nodeStroke(n: ViewNode): string;
  edgeColor(e: ViewEdge): string;
}

export function toSvg(view: View, at: Positioned, style: SvgStyle): string {
  const boxes = [...at.positions.values()];
  const pad = 24;
  const minX = Math.min(...boxes.map((b) => b.x - b.w / 2)) - pad;
  const minY = Math.min(...boxes.map((b) => b.y - b.h / 2)) - pad;
  const maxX = Math.max(...boxes.map((b) => b.x + b.w / 2)) + pad;
  const maxY = Math.max(...boxes.map((b) => b.y + b.h / 2)) + pad;
  const w = Math.round(maxX - minX);
  const h = Math.round(maxY - minY);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${Math.round(minX)} ${Math.round(minY)} ${w} ${h}" font-family="'Noto Sans', sans-serif" font-size="11">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>',
    `<rect x="${Math.round(minX)}" y="${Math.round(minY)}" width="${w}" height="${h}" fill="#ffffff"/>`,
  ];
  for (const e of view.edges) {
    const s = at.positions.get(e.source);
    const t = at.positions.get(e.target);
    if (!s || !t) continue;
    // End the line at the target box's border, where the arrow head belongs.
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const k = Math.min(Math.abs(dx) > 0 ? (t.w / 2) / Math.abs(dx) : Infinity, Math.abs(dy) > 0 ? (t.h / 2) / Math.abs(dy) : Infinity, 1);
    const ex = t.x - dx * k;
    const ey = t.y - dy * k;
    const dash = e.inferred ? ' stroke-dasharray="6 4"' : e.type === 'CITES' ? ' stroke-dasharray="2 3"' : '';
    out.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="${style.edgeColor(e)}" stroke-width="1.5"${dash} marker-end="url(#arrow)"><title>${xmlEscape(`${e.type}${e.confidence !== null ? ` (confidence ${e.confidence})` : ''}${e.type === 'ASSIGNS' ? ` (${e.count} tasks)` : ''}`)}</title></line>`);
  }
  for (const n of view.nodes) {
    const b = at.positions.get(n.id);
    if (!b) continue;
    const dash = n.directive?.status === 'REFERENCED' ? ' stroke-dasharray="4 3"' : '';
    const paint = `fill="${style.nodeFill(n)}" stroke="${style.nodeStroke(n)}" stroke-width="${n.root ? 3 : 1.5}"${dash}`;
    out.push(n.kind === 'unit' || n.kind === 'units'
      ? `<g><ellipse cx="${b.x.toFixed(1)}" cy="${b.y.toFixed(1)}" rx="${(b.w / 2).toFixed(1)}" ry="${(b.h / 2).toFixed(1)}" ${paint}/>`
      : `<g><rect x="${(b.x - b.w / 2).toFixed(1)}" y="${(b.y - b.h / 2).toFixed(1)}" width="${b.w.toFixed(1)}" height="${b.h.toFixed(1)}" rx="6" ${paint}/>`);
    const lines = n.label.split('\n');
    lines.forEach((line, i) => {
      const y = b.y + (i - (lines.length - 1) / 2) * 14 + 4;
      out.push(`<text x="${b.x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="middle"${i === 0 ? ' font-weight="700"' : ''}>${xmlEscape(line)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
