import { describe, expect, it } from 'vitest';
import { serveDataset } from '../../scripts/bench/sections/graph.js';

describe('the bench server section', () => {
  it('runs on the last dataset whose queries are measured, not on a last one without them', () => {
    const seeds = { name: 'seeds', queries: true };
    const corpus = { name: 'corpus', queries: true };
    const oneThread = { name: 'corpus, 1 thread', queries: false };
    expect(serveDataset([seeds, corpus, oneThread])).toBe(corpus);
    expect(serveDataset([seeds, corpus])).toBe(corpus);
    expect(serveDataset([oneThread])).toBeUndefined();
  });
});
