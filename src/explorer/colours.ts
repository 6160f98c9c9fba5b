import type { ViewEdge, ViewNode } from './model.js';
import type { EdgeType, Level } from './types.js';

/**
 * The explorer's colours: level (node border and fill) and edge type. Apart from the drawing so
 * that the legend and the SVG export use them without loading Cytoscape, which the page fetches
 * while it asks for the cascade.
 */
export const LEVEL_COLOURS: Record<Level | 'UNKNOWN', { stroke: string; fill: string }> = {
  CENTRAL: { stroke: '#9b1c1c', fill: '#fde8e8' },
  PROVINCE: { stroke: '#b45309', fill: '#fef3c7' },
  DISTRICT: { stroke: '#1d4ed8', fill: '#dbeafe' },
  WARD: { stroke: '#047857', fill: '#d1fae5' },
  INTERNAL: { stroke: '#6b21a8', fill: '#f3e8ff' },
  UNKNOWN: { stroke: '#4b5563', fill: '#f3f4f6' },
};

export const EDGE_COLOURS: Record<EdgeType, string> = {
  IMPLEMENTS: '#111827',
  BASED_ON: '#2563eb',
  CITES: '#6b7280',
  ASSIGNS: '#c2410c',
};

export function nodeStroke(n: ViewNode): string {
  return LEVEL_COLOURS[n.level ?? 'UNKNOWN'].stroke;
}

export function nodeFill(n: ViewNode): string {
  if (n.directive?.status === 'REFERENCED' || n.kind === 'unit') return '#ffffff';
  return LEVEL_COLOURS[n.level ?? 'UNKNOWN'].fill;
}

export function edgeColor(e: ViewEdge): string {
  return EDGE_COLOURS[e.type];
}
