import cytoscape from 'cytoscape';
import type { NodeKind, View, ViewEdge } from './model.js';
import { edgeColor, nodeFill, nodeStroke } from './colours.js';
import { MAX_FIT_ZOOM, PADDING, READABLE_ZOOM, layered, type Placement } from './layered.js';

/**
 * The drawing: Cytoscape.js, with the explorer's own layered placement (layered.ts: one band per
 * administrative level, so that central sits above province above district above ward however the
 * links run, wide rows wrapped to the drawing area's shape). Styling by level (colour), kind and family (shape: directives rounded for the
 * Party, square for the State; organisations as ellipses), status (referenced: dashed, pale) and
 * edge type (colour and line); inferences dashed and labelled with their confidence.
 *
 * An ASSIGNS edge goes from a directive down to the organisation it assigns a task to, while the
 * citation edges go up (from the implementing document to the implemented one). Cytoscape is given
 * the reverse of ASSIGNS (unit -> directive, its arrow drawn at the unit end), so that every arrow
 * of the picture points up, as it did when dagre placed the nodes.
 */

export const FONT = '"Noto Sans", sans-serif';
const NODE_W = 170;
const NODE_H = 46;
const UNIT_W = 170;
const UNIT_H = 40;

function edgeLabel(e: ViewEdge): string {
  const parts: string[] = [];
  // To a folded group the count is of assignments (one task to five units is five), not of tasks.
  if (e.type === 'ASSIGNS') return e.count > 1 ? (e.target.startsWith('units:') ? `×${e.count}` : `${e.count} tasks`) : '';
  if (e.count > 1) parts.push(`×${e.count}`);
  if (e.inferred && e.confidence !== null) parts.push(`≈${e.confidence.toFixed(2)}`);
  return parts.join(' ');
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'round-rectangle', width: NODE_W, height: NODE_H, label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': `${NODE_W - 10}px`,
      'text-valign': 'center', 'text-halign': 'center', 'font-family': FONT, 'font-size': 12, color: '#111827',
      'background-color': 'data(fill)', 'border-color': 'data(stroke)', 'border-width': 1.5,
    },
  },
  { selector: 'node[family = "STATE"]', style: { shape: 'rectangle' } },
  { selector: 'node.referenced', style: { 'border-style': 'dashed', color: '#4b5563', 'font-style': 'italic' } },
  { selector: 'node.root', style: { 'border-width': 4 } },
  { selector: 'node.group', style: { shape: 'barrel', 'border-style': 'double', 'border-width': 5, 'font-weight': 'bold' } },
  { selector: 'node.unit, node.units', style: { shape: 'ellipse', width: UNIT_W, height: UNIT_H, 'text-max-width': `${UNIT_W - 26}px`, 'font-size': 11 } },
  { selector: 'node.units', style: { 'border-style': 'double', 'border-width': 5, 'font-weight': 'bold' } },
  { selector: 'node.context, edge.context', style: { opacity: 0.45 } },
  { selector: 'node:selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 1.8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
      label: 'data(label)', 'font-family': FONT, 'font-size': 10, 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px',
    },
  },
  { selector: 'edge[type = "CITES"]', style: { 'line-style': 'dotted', width: 1.2 } },
  {
    selector: 'edge[type = "ASSIGNS"]',
    style: { width: 1.2, 'target-arrow-shape': 'none', 'source-arrow-shape': 'triangle', 'source-arrow-color': 'data(colour)', 'arrow-scale': 0.8 },
  },
  { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
];

export interface GraphHandlers {
  onSelect(id: string, kind: NodeKind): void;
}

export class GraphView {
  readonly cy: cytoscape.Core;
  private shown: View = { nodes: [], edges: [], hidden: 0, folded: 0, foldedLevels: [], truncated: false, units: 0, unitsPartial: 0 };
  private placement: Placement | null = null;
  /** The drawing area's size when the picture was placed. */
  private placedFor: { width: number; height: number } | null = null;

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container, style: STYLE, minZoom: 0.05, maxZoom: 3, boxSelectionEnabled: false,
      autoungrabify: false, selectionType: 'single',
    });
    this.cy.on('tap', 'node', (ev) => {
      const n = ev.target as cytoscape.NodeSingular;
      handlers.onSelect(n.id(), n.data('kind') as NodeKind);
    });
    // The drawing area changes size with the window, the panel, a phone turned: the picture is
    // wrapped again to its new shape (Cytoscape itself only follows the window).
    new ResizeObserver(() => this.refit(null, false)).observe(container);
  }

  /** After the drawing area may have changed size: placed again and framed if it did (framed anyway if `always`), around the node given. */
  private refit(around: string | null, always: boolean): void {
    const cy = this.cy;
    cy.resize();
    if (cy.nodes().empty()) return;
    const size = { width: cy.width(), height: cy.height() };
    if (this.placedFor?.width === size.width && this.placedFor.height === size.height) {
      if (always) this.frame(this.placement?.fitZoom ?? 1, around);
      return;
    }
    const placement = this.place();
    cy.batch(() => cy.nodes().positions((node) => ({ ...placement.positions.get(node.id())! })));
    this.frame(placement.fitZoom, around);
  }

  /** Replaces what is drawn; resolves once the frame with the new picture is rendered, with the time spent laying out and painting. */
  draw(view: View, selected: string | null): Promise<{ layout: number; paint: number }> {
    const cy = this.cy;
    const t0 = performance.now();
    cy.resize();
    this.shown = view;
    const placement = this.place();
    const placed = performance.now();
    // One batch, positions included: no layout run, no intermediate frame.
    cy.startBatch();
    cy.elements().remove();
    cy.add([
      ...view.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, kind: n.kind, label: n.label, level: n.level ?? 'UNKNOWN', family: n.directive?.family ?? 'NONE', fill: nodeFill(n), stroke: nodeStroke(n) },
        position: { ...placement.positions.get(n.id)! },
        classes: [n.kind === 'directive' ? '' : n.kind, n.root ? 'root' : '', n.context ? 'context' : '', n.directive?.status === 'REFERENCED' ? 'referenced' : ''].filter(Boolean).join(' '),
      })),
      ...view.edges.map((e) => ({
        group: 'edges' as const,
        data: {
          id: e.id, source: e.type === 'ASSIGNS' ? e.target : e.source, target: e.type === 'ASSIGNS' ? e.source : e.target,
          type: e.type, colour: edgeColor(e), label: edgeLabel(e),
        },
        classes: [e.inferred ? 'inferred' : '', e.context ? 'context' : ''].filter(Boolean).join(' '),
      })),
    ]);
    if (selected && cy.getElementById(selected).nonempty()) cy.getElementById(selected).select();
    cy.endBatch();
    const added = performance.now();
    this.frame(placement.fitZoom, null);
    const t1 = performance.now();
    performance.measure('explorer:layout', { start: t0, end: placed });
    performance.measure('explorer:add', { start: placed, end: added });
    performance.measure('explorer:frame', { start: added, end: t1 });
    return new Promise((resolve) => {
      cy.one('render', () => {
        const t2 = performance.now();
        performance.measure('explorer:paint', { start: t1, end: t2 });
        resolve({ layout: t1 - t0, paint: t2 - t1 });
      });
      cy.forceRender();
    });
  }

  /** Positions for the view drawn, wrapped to the drawing area as it is now. */
  private place(): Placement {
    const view = this.shown;
    this.placedFor = { width: this.cy.width(), height: this.cy.height() };
    this.placement = layered(
      view.nodes.map((n) => ({ id: n.id, kind: n.kind, level: n.level, height: n.kind === 'unit' || n.kind === 'units' ? UNIT_H : NODE_H })),
      view.edges,
      this.placedFor,
    );
    return this.placement;
  }

  /**
   * The viewport: a picture that fits legibly is fitted whole with padding (not blown up past
   * MAX_FIT_ZOOM); a larger one, already wrapped to the area's width, is shown at a readable zoom
   * around the order drawn (or the node given), and read by scrolling down.
   */
  private frame(fitZoom: number, around: string | null): void {
    const cy = this.cy;
    const nodes = cy.nodes();
    if (nodes.empty()) return;
    if (fitZoom >= READABLE_ZOOM) {
      cy.fit(nodes, PADDING);
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center(nodes);
      }
      return;
    }
    const asked = around ? cy.getElementById(around) : cy.collection();
    const focus = (asked.nonempty() ? asked : cy.nodes('.root')).first();
    // The extent from the placement, not from Cytoscape: its bounding boxes would compute the style
    // of every node here, half a second for six hundred, before the first frame needs only those in view.
    const bb = this.extent();
    const z = READABLE_ZOOM;
    const h = cy.height();
    const y = focus.nonempty() ? focus.position('y') : bb.y1;
    // The node in the middle, but no empty band above the picture's top or below its bottom.
    const panY = Math.min(PADDING - bb.y1 * z, Math.max(h - PADDING - bb.y2 * z, h / 2 - y * z));
    cy.viewport({ zoom: z, pan: { x: cy.width() / 2 - ((bb.x1 + bb.x2) / 2) * z, y: panY } });
  }

  /** The box around the placed nodes, in model coordinates. */
  private extent(): { x1: number; x2: number; y1: number; y2: number } {
    const bb = { x1: Infinity, x2: -Infinity, y1: Infinity, y2: -Infinity };
    for (const p of this.placement?.positions.values() ?? []) {
      bb.x1 = Math.min(bb.x1, p.x - NODE_W / 2);
      bb.x2 = Math.max(bb.x2, p.x + NODE_W / 2);
      bb.y1 = Math.min(bb.y1, p.y - NODE_H / 2);
      bb.y2 = Math.max(bb.y2, p.y + NODE_H / 2);
    }
    return bb;
  }

  /** Drawn boxes by node id, in model coordinates (for the SVG export). */
  positions(): Map<string, { x: number; y: number; w: number; h: number }> {
    const out = new Map<string, { x: number; y: number; w: number; h: number }>();
    this.cy.nodes().forEach((n) => {
      out.set(n.id(), { x: n.position('x'), y: n.position('y'), w: n.width(), h: n.height() });
    });
    return out;
  }

  png(): Blob {
    return this.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }) as unknown as Blob;
  }

  /** Selects a node after the panel opened (the drawing area just got narrower): the picture is wrapped again to the new width, and framed around the node. */
  focus(id: string): void {
    const cy = this.cy;
    const n = cy.getElementById(id);
    cy.nodes().unselect();
    if (n.nonempty()) n.select();
    this.refit(id, true);
  }
}
