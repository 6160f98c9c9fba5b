import { describe, expect, it } from 'vitest';
import { COLUMN, MAX_FIT_ZOOM, PADDING, READABLE_ZOOM, layered, type LayoutEdge, type LayoutNode } from '../../src/explorer/layered.js';
import type { Level } from '../../src/explorer/types.js';

/** The explorer's own layered placement (no browser): bands by level, wide rows wrapped to the drawing area. */

const NODE_W = 170;
const directive = (id: string, level: Level | null): LayoutNode => ({ id, kind: 'directive', level, height: 46 });
const unit = (id: string, level: Level | null): LayoutNode => ({ id, kind: 'unit', level, height: 40 });
const implementsEdge = (source: string, target: string): LayoutEdge => ({ source, target, type: 'IMPLEMENTS' });
const assigns = (source: string, target: string): LayoutEdge => ({ source, target, type: 'ASSIGNS' });

/** The drawing area of the explorer at 1280×800 without the panel, and on a 390×844 phone (70vh). */
const DESKTOP = { width: 1055, height: 505 };
const PHONE = { width: 390, height: 589 };

/** Where each node's box lands on screen when the picture is fitted at `zoom` and centred in `box`. */
function onScreen(nodes: LayoutNode[], positions: Map<string, { x: number; y: number }>, zoom: number, box: { width: number; height: number }) {
  const boxes = nodes.map((n) => {
    const p = positions.get(n.id)!;
    return { id: n.id, x1: p.x - NODE_W / 2, x2: p.x + NODE_W / 2, y1: p.y - n.height / 2, y2: p.y + n.height / 2 };
  });
  const x1 = Math.min(...boxes.map((b) => b.x1));
  const x2 = Math.max(...boxes.map((b) => b.x2));
  const y1 = Math.min(...boxes.map((b) => b.y1));
  const y2 = Math.max(...boxes.map((b) => b.y2));
  const dx = (box.width - (x2 - x1) * zoom) / 2 - x1 * zoom;
  const dy = (box.height - (y2 - y1) * zoom) / 2 - y1 * zoom;
  return boxes.map((b) => ({ id: b.id, x1: b.x1 * zoom + dx, x2: b.x2 * zoom + dx, y1: b.y1 * zoom + dy, y2: b.y2 * zoom + dy }));
}

/** 100-CV/ĐU's view: one ward directive assigning tasks to sixteen ward units and one residential (internal) one. */
function wardOrder(): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const nodes = [directive('100', 'WARD')];
  const edges: LayoutEdge[] = [];
  for (let i = 0; i < 17; i++) {
    nodes.push(unit(`u${String(i).padStart(2, '0')}`, i === 16 ? 'INTERNAL' : 'WARD'));
    edges.push(assigns('100', nodes.at(-1)!.id));
  }
  return { nodes, edges };
}

describe('layered placement', () => {
  it('wraps the seventeen units of one ward directive into a grid under it that fits 1280×800 and a phone legibly', () => {
    const { nodes, edges } = wardOrder();
    for (const box of [DESKTOP, PHONE]) {
      const p = layered(nodes, edges, box);
      expect(p.fitZoom, `${box.width}×${box.height}`).toBeGreaterThanOrEqual(READABLE_ZOOM);
      expect(p.fitZoom).toBeLessThanOrEqual(MAX_FIT_ZOOM);
      // fewer columns than units: the row is wrapped, every line at most `columns` wide
      expect(p.columns).toBeLessThan(16);
      for (const b of onScreen(nodes, p.positions, p.fitZoom, box)) {
        expect(b.x1, b.id).toBeGreaterThanOrEqual(PADDING - 0.01);
        expect(b.x2, b.id).toBeLessThanOrEqual(box.width - PADDING + 0.01);
        expect(b.y1, b.id).toBeGreaterThanOrEqual(PADDING - 0.01);
        expect(b.y2, b.id).toBeLessThanOrEqual(box.height - PADDING + 0.01);
      }
      const y = (id: string) => p.positions.get(id)!.y;
      for (let i = 0; i < 16; i++) expect(y(`u${String(i).padStart(2, '0')}`)).toBeGreaterThan(y('100'));
      // the internal unit below every ward unit
      for (let i = 0; i < 16; i++) expect(y('u16')).toBeGreaterThan(y(`u${String(i).padStart(2, '0')}`));
      // the grid is centred under the directive
      expect(p.positions.get('100')!.x).toBe(0);
    }
    // at 1280×800: 4 columns (W = 3·194 + 170 = 752, H = 46 + 56 + 4 lines of 40 with 3 gaps of 22 + 56 + 40 = 424)
    const desktop = layered(nodes, edges, DESKTOP);
    expect(desktop.columns).toBe(4);
    expect(desktop.fitZoom).toBeCloseTo(Math.min((505 - 48) / 424, (1055 - 48) / 752), 6);
    expect(new Set(nodes.slice(1, 17).map((n) => desktop.positions.get(n.id)!.y)).size).toBe(4);
  });

  it('puts central above province above district above ward, and a same-level implementer a row below what it implements', () => {
    const nodes = [directive('ward', 'WARD'), directive('district-plan', 'DISTRICT'), directive('district', 'DISTRICT'), directive('city', 'PROVINCE'), directive('decree', 'CENTRAL'), directive('unknown', null)];
    // the citations run every way: the bands do not depend on them
    const edges = [implementsEdge('ward', 'district-plan'), implementsEdge('district-plan', 'district'), implementsEdge('district', 'city'), implementsEdge('city', 'decree'), implementsEdge('decree', 'ward'), implementsEdge('unknown', 'city')];
    const p = layered(nodes, edges, DESKTOP);
    const y = (id: string) => p.positions.get(id)!.y;
    expect(['decree', 'city', 'district', 'district-plan', 'ward', 'unknown'].map(y)).toEqual([...['decree', 'city', 'district', 'district-plan', 'ward', 'unknown'].map(y)].sort((a, b) => a - b));
    expect(new Set(nodes.map((n) => y(n.id))).size).toBe(6);
  });

  it('a citation cycle inside a level does not hang nor stack the two in one row', () => {
    const nodes = [directive('a', 'DISTRICT'), directive('b', 'DISTRICT')];
    const p = layered(nodes, [implementsEdge('a', 'b'), implementsEdge('b', 'a')], DESKTOP);
    expect(p.positions.get('a')!.y).not.toBe(p.positions.get('b')!.y);
  });

  it('keeps each directive\'s units on its own side (fewer crossings)', () => {
    const nodes = [directive('p', 'PROVINCE'), directive('left', 'DISTRICT'), directive('right', 'DISTRICT')];
    const edges = [implementsEdge('left', 'p'), implementsEdge('right', 'p')];
    // units named so that their id order interleaves the two directives'
    for (const [i, owner] of ['right', 'left', 'right', 'left'].entries()) {
      nodes.push(unit(`unit${i}`, 'DISTRICT'));
      edges.push(assigns(owner, `unit${i}`));
    }
    const p = layered(nodes, edges, DESKTOP);
    const x = (id: string) => p.positions.get(id)!.x;
    const side = Math.sign(x('left') - x('right'));
    expect(side).not.toBe(0);
    for (const u of ['unit1', 'unit3']) expect(Math.sign(x(u) - x('unit0'))).toBe(side);
    for (const u of ['unit1', 'unit3']) expect(Math.sign(x(u) - x('unit2'))).toBe(side);
  });

  it('a cascade too large to fit legibly is wrapped to the area\'s width at a readable zoom (read by scrolling down)', () => {
    const nodes = [directive('city', 'PROVINCE')];
    const edges: LayoutEdge[] = [];
    for (let d = 0; d < 8; d++) {
      nodes.push(directive(`d${d}`, 'DISTRICT'));
      edges.push(implementsEdge(`d${d}`, 'city'));
      for (let w = 0; w < 70; w++) {
        nodes.push(directive(`d${d}w${w}`, 'WARD'));
        edges.push(implementsEdge(`d${d}w${w}`, `d${d}`));
      }
    }
    const p = layered(nodes, edges, DESKTOP);
    expect(p.fitZoom).toBeLessThan(READABLE_ZOOM);
    expect(p.columns).toBe(Math.floor((DESKTOP.width - 2 * PADDING) / READABLE_ZOOM / COLUMN));
    const xs = [...p.positions.values()].map((q) => q.x);
    expect((Math.max(...xs) - Math.min(...xs) + NODE_W) * READABLE_ZOOM).toBeLessThanOrEqual(DESKTOP.width - 2 * PADDING);
    expect(p.positions.size).toBe(1 + 8 + 8 * 70);
  });
});
