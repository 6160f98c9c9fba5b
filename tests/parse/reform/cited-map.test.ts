import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.js';
import { successorAnswer2025, successorPlan2026 } from './successor-docs.js';

const parse = (text: string) => parseDocument(text, { path: 'reform.txt' });
const citations = (text: string) => parse(text).citations.map((c) => [c.relation, c.key, c.issuer?.key ?? null]);

describe('a citation is read on the map of its own date', () => {
  it('resolves the Quận ủy Liên Chiểu of a May 2025 letter cited by a new phường in August 2025', () => {
    const r = parse(successorAnswer2025);
    expect([r.key, r.issuer?.key]).toEqual(['doc:08-CV/DDU|org:dang-uy@2025.w20194|2025', 'org:dang-uy@2025.w20194']);
    expect(citations(successorAnswer2025)).toEqual([['implements', 'doc:512-CV/QU|org:quan-uy@d490|2025', 'org:quan-uy@d490']]);
    expect(r.warnings.map((w) => w.code)).toEqual([]);
  });

  it('keeps the map of the citing document when the cited one is of the same period', () => {
    expect(citations(successorPlan2026)).toEqual([['implements', 'doc:215/UBND-VX|org:ubnd@2025.p48|2026', 'org:ubnd@2025.p48']]);
  });
});
