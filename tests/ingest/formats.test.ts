import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/pipeline.js';
import { defaultStages } from '../../src/ingest/stages.js';
import type { DocumentRecord } from '../../src/model/record.js';

/**
 * The same document in another container or encoding gives the same record as its .txt: what the
 * graph is built from (keys, numbers, dates, issuer, citations, tasks, recipients, signer). Offsets
 * and the whitespace inside quoted sentences may differ (a PDF rebuilds its lines), so spans are
 * left out and sentences compared with whitespace collapsed.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const seed = (name: string) => join(ROOT, 'corpus/seeds', name);
const fixture = (path: string) => join(ROOT, 'tests/fixtures', path);

const ws = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ' ').trim());

function graphView(r: DocumentRecord) {
  return {
    key: r.key,
    number: r.number,
    docType: r.docType,
    family: r.family,
    issuer: r.issuer && { key: r.issuer.key, name: r.issuer.name, level: r.issuer.level },
    issuedOn: r.issuedOn,
    meetingOn: r.meetingOn,
    title: ws(r.title),
    citations: r.citations.map((c) => ({ number: c.number, relation: c.relation, issuedOn: c.issuedOn, issuer: c.issuer?.key ?? null, citedBy: c.citedBy })),
    assignments: r.assignments.map((a) => ({ clause: a.clause, units: a.units.map((u) => [u.key, u.role]) })),
    recipients: r.recipients.map((x) => [x.key, x.list]),
    signer: r.signer && { name: r.signer.name, capacity: r.signer.capacity, position: r.signer.position },
  };
}

async function recordOf(path: string): Promise<DocumentRecord> {
  const stages = await defaultStages();
  return parseSource(stages, await stages.read(path));
}

describe('one document, several files', () => {
  it.each([
    ['a .docx of seed 001', fixture('files/001.docx'), seed('001_6e391b9519626a64.txt')],
    ['a .pdf of seed 001', fixture('files/001.pdf'), seed('001_6e391b9519626a64.txt')],
    ['seed 002 in TCVN3', fixture('encodings/002.tcvn3.txt'), seed('002_78fb6ff3a99b7859.txt')],
    ['seed 002 in VNI', fixture('encodings/002.vni.txt'), seed('002_78fb6ff3a99b7859.txt')],
  ])('%s gives the record of the .txt', async (_what, other, txt) => {
    const [a, b] = await Promise.all([recordOf(other), recordOf(txt)]);
    expect(graphView(a)).toEqual(graphView(b));
    expect(a.source.path).toBe(other);
    expect(a.source.sha256).not.toBe(b.source.sha256);
  });

  it('records the legacy encoding it was read from', async () => {
    const r = await recordOf(fixture('encodings/002.tcvn3.txt'));
    expect(r.source.encoding).toBe('tcvn3');
    expect(r.warnings.map((w) => w.code)).toContain('LEGACY_ENCODING');
  });
});
