import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { levelRank, type NodeKind, type View, type ViewEdge } from './model.js';
import { edgeColor, nodeFill, nodeStroke } from './colours.js';

/**
 * The drawing: Cytoscape.js with the dagre layered layout, then each row snapped into the band of
 * its administrative level, so that central sits above province above district above ward however
 * the links run. Styling by level (colour), kind and family (shape: directives rounded for the
 * Party, square for the State; organisations as ellipses), status (referenced: dashed, pale) and
 * edge type (colour and line); inferences dashed and labelled with their confidence.
 *
 * An ASSIGNS edge goes from a directive down to the organisation it assigns a task to, while the
 * citation edges go up (from the implementing document to the implemented one). Dagre is told the
 * reverse of ASSIGNS (unit -> directive, its arrow drawn at the unit end) so that one rank
 * direction puts what is implemented above and who carries it out below.
 */
cytoscape.use(dagre);

export const FONT = '"Noto Sans", sans-serif';
const NODE_W = 170;
const NODE_H = 46;
const UNIT_W = 170;
const UNIT_H = 40;
/** Pictures up to this many nodes are fitted whole into the drawing area; larger ones are panned instead. */
const FIT_UP_TO = 60;
/** Below this zoom the 12 px labels cannot be read: a wider picture is panned instead of shrunk. */
const READABLE_ZOOM = 0.6;

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

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({
      container, style: STYLE, minZoom: 0.05, maxZoom: 3, boxSelectionEnabled: false,
      autoungrabify: false, selectionType: 'single',
    });
    this.cy.on('tap', 'node', (ev) => {
      const n = ev.target as cytoscape.NodeSingular;
      handlers.onSelect(n.id(), n.data('kind') as NodeKind);
    });
  }

  /** Replaces what is drawn; resolves once the frame with the new picture is rendered, with the time spent laying out and painting. */
  draw(view: View, selected: string | null): Promise<{ layout: number; paint: number }> {
    const cy = this.cy;
    const t0 = performance.now();
    cy.startBatch();
    cy.elements().remove();
    cy.add([
      ...view.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, kind: n.kind, label: n.label, level: n.level ?? 'UNKNOWN', family: n.directive?.family ?? 'NONE', fill: nodeFill(n), stroke: nodeStroke(n) },
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
    cy.endBatch();
    this.layout(view);
    if (selected && cy.getElementById(selected).nonempty()) cy.getElementById(selected).select();
    const t1 = performance.now();
    return new Promise((resolve) => {
      cy.one('render', () => resolve({ layout: t1 - t0, paint: performance.now() - t1 }));
      cy.forceRender();
    });
  }

  private layout(view: View): void {
    const cy = this.cy;
    if (view.nodes.length === 0) return;
    const rank = new Map(view.nodes.map((n) => [n.id, levelRank(n.level)]));
    // Edges point from the implementing document up to what it implements: 'BT' puts targets on top.
    cy.layout({
      name: 'dagre', rankDir: 'BT', nodeSep: 24, rankSep: 70, fit: false, animate: false,
      minLen: (edge: cytoscape.EdgeSingular) => Math.max(1, (rank.get(edge.source().id()) ?? 0) - (rank.get(edge.target().id()) ?? 0)),
    } as cytoscape.LayoutOptions).run();
    // Rows of the layered drawing, ordered by level first: a level's band holds only its own rows.
    const rows = new Map<string, number[]>();
    cy.nodes().forEach((n) => {
      const id = `${rank.get(n.id()) ?? 9}|${Math.round(n.position('y'))}`;
      rows.set(id, [rank.get(n.id()) ?? 9, n.position('y')]);
    });
    const order = [...rows.entries()].sort((a, b) => a[1][0]! - b[1][0]! || a[1][1]! - b[1][1]!).map(([id]) => id);
    const rowIndex = new Map(order.map((id, i) => [id, i]));
    cy.nodes().positions((n) => {
      const id = `${rank.get(n.id()) ?? 9}|${Math.round(n.position('y'))}`;
      return { x: n.position('x'), y: (rowIndex.get(id) ?? 0) * (NODE_H + 60) };
    });
    cy.fit(undefined, 30);
    if (cy.zoom() < READABLE_ZOOM && view.nodes.length > 1) {
      // A very wide picture: start readable around the order drawn instead of unreadably small.
      cy.zoom(READABLE_ZOOM);
      const top = cy.nodes().filter((n) => n.hasClass('root'));
      cy.center(top.nonempty() ? top : undefined);
    }
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

  /** Selects a node after the panel opened (the drawing area just got narrower): a small picture is fitted again, a large one centred on the node. */
  focus(id: string): void {
    const cy = this.cy;
    cy.resize();
    const n = cy.getElementById(id);
    cy.nodes().unselect();
    if (n.nonempty()) n.select();
    if (cy.nodes().length <= FIT_UP_TO) cy.fit(undefined, 30);
    else if (n.nonempty()) cy.center(n);
  }

  resize(): void {
    this.cy.resize();
  }
}
