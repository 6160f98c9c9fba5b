import { levelRank, type NodeKind } from './model.js';
import type { EdgeType, Level } from './types.js';

/**
 * The explorer's own layered placement. The administrative level of every node is known, so the
 * ranks need no computing: each level is a band (central above province above district above
 * ward), and inside a band the directives that carry out another one of the same level sit a row
 * below it, with the organisations assigned tasks in a row of their own under the band's
 * directives. Rows are ordered by the barycentre of their neighbours (three sweeps), then wrapped
 * into lines so that the whole picture has the shape of the drawing area: seventeen units of one
 * ward directive become a compact grid under it instead of a row twenty screens wide.
 *
 * Pure and linear in the nodes and edges (plus a sort per row and sweep): a cascade of several
 * hundred nodes is placed in milliseconds, where the general layered layout (dagre) took seconds.
 */

export interface LayoutNode {
  id: string;
  kind: NodeKind;
  level: Level | null;
  height: number;
}

/** An edge as the view holds it: citations from the implementing document to the implemented one, ASSIGNS from the directive to the unit. */
export interface LayoutEdge {
  source: string;
  target: string;
  type: EdgeType;
}

export interface LayoutBox {
  /** The drawing area, in screen pixels. */
  width: number;
  height: number;
}

export interface Placement {
  /** Node centres, in model coordinates. */
  positions: Map<string, { x: number; y: number }>;
  /** The widest line's node count (how the rows were wrapped). */
  columns: number;
  /** The zoom at which the whole picture fits the drawing area with PADDING around it. */
  fitZoom: number;
}

/** Horizontal distance between the centres of neighbours in a line (node width 170 and a gap). */
export const COLUMN = 194;
/** Space between the lines of one wrapped row, and between rows. */
const LINE_GAP = 22;
const ROW_GAP = 56;
/** Space around the picture when it is fitted, in screen pixels. */
export const PADDING = 24;
/** A fitted picture is not blown up beyond this: one node does not fill the screen. */
export const MAX_FIT_ZOOM = 1.25;
/** Below this zoom the 11–12 px labels cannot be read: a larger picture is wrapped to the area's width at this zoom and scrolled down instead. */
export const READABLE_ZOOM = 0.75;

interface Row {
  ids: string[];
  height: number;
}

const isUnit = (kind: NodeKind) => kind === 'unit' || kind === 'units';

export function layered(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], box: LayoutBox): Placement {
  const positions = new Map<string, { x: number; y: number }>();
  if (nodes.length === 0) return { positions, columns: 0, fitZoom: 1 };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const band = (id: string) => levelRank(byId.get(id)!.level);
  const linked = edges.filter((e) => e.source !== e.target && byId.has(e.source) && byId.has(e.target));

  // Rows within a band: the longest chain of same-level citations above a directive (a district
  // plan carrying out the district's own directive sits below it). Back edges of a cycle are ignored.
  const above = new Map<string, string[]>();
  for (const e of linked) {
    if (e.type === 'ASSIGNS' || band(e.source) !== band(e.target)) continue;
    const list = above.get(e.source) ?? [];
    list.push(e.target);
    above.set(e.source, list);
  }
  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    onPath.add(id);
    let d = 0;
    for (const t of above.get(id) ?? []) if (!onPath.has(t)) d = Math.max(d, depthOf(t) + 1);
    onPath.delete(id);
    depth.set(id, d);
    return d;
  };

  const rowsByKey = new Map<string, { band: number; unit: number; depth: number; row: Row }>();
  for (const n of [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const b = levelRank(n.level);
    const u = isUnit(n.kind) ? 1 : 0;
    const d = u ? 0 : depthOf(n.id);
    const key = `${b}|${u}|${d}`;
    const r = rowsByKey.get(key) ?? { band: b, unit: u, depth: d, row: { ids: [], height: 0 } };
    r.row.ids.push(n.id);
    r.row.height = Math.max(r.row.height, n.height);
    rowsByKey.set(key, r);
  }
  const rows = [...rowsByKey.values()].sort((a, b) => a.band - b.band || a.unit - b.unit || a.depth - b.depth).map((r) => r.row);

  order(rows, linked);

  // Wrapping: the line length that lets the picture fit at the largest zoom; past MAX_FIT_ZOOM
  // every length is as good, and the longest keeps the layers flattest.
  const longest = Math.max(...rows.map((r) => r.ids.length));
  const availW = Math.max(1, box.width - 2 * PADDING);
  const availH = Math.max(1, box.height - 2 * PADDING);
  let best = { columns: longest, zoom: -1 };
  for (let c = longest; c >= 1; c--) {
    const { width, height } = extent(rows, c);
    const zoom = Math.min(MAX_FIT_ZOOM, availW / width, availH / height);
    if (zoom > best.zoom + 1e-9) best = { columns: c, zoom };
  }
  if (best.zoom < READABLE_ZOOM) {
    // Too large to fit legibly: as wide as the area at a readable zoom, read by scrolling down.
    const columns = Math.max(1, Math.min(longest, Math.floor(availW / READABLE_ZOOM / COLUMN)));
    const { width, height } = extent(rows, columns);
    best = { columns, zoom: Math.min(availW / width, availH / height) };
  }

  let y = 0;
  for (const row of rows) {
    for (let start = 0; start < row.ids.length; start += best.columns) {
      const line = row.ids.slice(start, start + best.columns);
      line.forEach((id, i) => positions.set(id, { x: (i - (line.length - 1) / 2) * COLUMN, y: y + row.height / 2 }));
      y += row.height + LINE_GAP;
    }
    y += ROW_GAP - LINE_GAP;
  }
  return { positions, columns: best.columns, fitZoom: best.zoom };
}

/** Width and height of the rows wrapped at `columns` nodes a line, in model coordinates. */
function extent(rows: readonly Row[], columns: number): { width: number; height: number } {
  let width = 0;
  let height = -ROW_GAP;
  for (const row of rows) {
    const lines = Math.ceil(row.ids.length / columns);
    width = Math.max(width, (Math.min(columns, row.ids.length) - 1) * COLUMN + COLUMN - 24);
    height += lines * row.height + (lines - 1) * LINE_GAP + ROW_GAP;
  }
  return { width, height };
}

/**
 * Fewer crossings: each row sorted by the mean position of its neighbours in the rows already
 * placed (down, up, down again). Positions are centred, so rows of different lengths line up.
 */
function order(rows: Row[], edges: readonly LayoutEdge[]): void {
  const rowOf = new Map<string, number>();
  rows.forEach((r, i) => r.ids.forEach((id) => rowOf.set(id, i)));
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    if (rowOf.get(e.source) === rowOf.get(e.target)) continue;
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
      const list = neighbours.get(a) ?? [];
      list.push(b);
      neighbours.set(a, list);
    }
  }
  const x = new Map<string, number>();
  const place = (r: Row) => r.ids.forEach((id, i) => x.set(id, i - (r.ids.length - 1) / 2));
  rows.forEach(place);
  const sweep = (i: number, from: (j: number) => boolean) => {
    const r = rows[i]!;
    const key = new Map<string, number>();
    for (const id of r.ids) {
      const ns = (neighbours.get(id) ?? []).filter((n) => from(rowOf.get(n)!));
      key.set(id, ns.length ? ns.reduce((s, n) => s + x.get(n)!, 0) / ns.length : x.get(id)!);
    }
    // Stable: ties keep their order, so the placement is the same on every run.
    r.ids.sort((a, b) => key.get(a)! - key.get(b)!);
    place(r);
  };
  for (let i = 1; i < rows.length; i++) sweep(i, (j) => j < i);
  for (let i = rows.length - 2; i >= 0; i--) sweep(i, (j) => j > i);
  for (let i = 1; i < rows.length; i++) sweep(i, (j) => j < i);
}
