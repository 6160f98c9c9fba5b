import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuerNames, lookupRequest, planBatch } from '../../src/ingest/batch.js';
import { RESOLVED_BY } from '../../src/ingest/resolve.js';
import { parseDocument } from '../../src/parse/index.js';

/** The ward letter 64-CV/ĐU cites 147-CV/HU "của Huyện ủy An Lão", a district two provinces have (tests/fixtures/unknown-area). */
const DIR = resolve('tests/fixtures/unknown-area');
const read = (f: string) => parseDocument(readFileSync(join(DIR, f), 'utf8'), { path: join(DIR, f) });
const WARD = read('du-64-thi-tran-an-lao.txt');
const HAI_PHONG = read('hu-147-hai-phong.txt');
const CITED_ISSUER = WARD.citations[0]!.issuer!.key;
const HP_KEY = 'doc:147-CV/HU|org:huyen-uy@d313|2021';

describe('planning a batch with a citation of an issuer of unknown area', () => {
  it('asks the graph for the nodes of that number whose issuer bears that name', () => {
    expect(CITED_ISSUER).toMatch(/^org:huyen-uy-an-lao@\?doc-[0-9a-f]{16}$/);
    expect(lookupRequest([WARD]).named).toEqual([{ numberKey: '147-CV/HU', nameKey: 'huyen-uy-an-lao' }]);
    expect(lookupRequest([HAI_PHONG]).named).toEqual([]);
  });

  it('names the cited issuer and the district issuer alike (the district signs as its Ban Thường vụ)', () => {
    const names = issuerNames([WARD, HAI_PHONG]);
    expect(HAI_PHONG.issuer?.name).toBe('Ban Thường vụ Huyện ủy An Lão');
    expect(names.get('org:huyen-uy@d313')).toEqual({ kind: 'party-committee', nameKey: 'huyen-uy-an-lao' });
    expect(names.get(CITED_ISSUER)).toEqual({ kind: 'party-committee', nameKey: 'huyen-uy-an-lao' });
  });

  it('links the ward letter to the district letter in the graph, with no issuer stated for it by the ward', () => {
    const lookup = {
      bySha256: new Map(), byPath: new Map(),
      candidates: [{
        key: HP_KEY, status: 'ingested' as const, series: 'doc:147-CV/HU|org:huyen-uy@d313', numberKey: '147-CV/HU',
        issuerKey: 'org:huyen-uy@d313', issuedOn: '2021-03-12', sourcePath: null, sha256: null,
        issuerKind: 'party-committee', issuerNameKey: 'huyen-uy-an-lao',
      }],
    };
    const { batch } = planBatch([WARD], lookup);
    expect(batch.citations.IMPLEMENTS.map((e) => [e.from, e.to, e.props.resolvedBy])).toEqual([[WARD.key, HP_KEY, RESOLVED_BY.citationOfUnknownArea]]);
    expect(batch.issuedBy.map((e) => [e.from, e.to])).toEqual([[WARD.key, WARD.issuer!.key]]);
    expect(batch.referenced.map((r) => r.key)).toEqual([HP_KEY]);
  });
});

describe('documents new to the graph (their ISSUED_BY is created, not merged)', () => {
  const empty = { bySha256: new Map(), byPath: new Map(), candidates: [] };
  const cited = (status: 'ingested' | 'referenced') => ({
    key: HP_KEY, status, series: 'doc:147-CV/HU|org:huyen-uy@d313', numberKey: '147-CV/HU',
    issuerKey: 'org:huyen-uy@d313', issuedOn: '2021-03-12', sourcePath: null, sha256: null,
    issuerKind: 'party-committee', issuerNameKey: 'huyen-uy-an-lao',
  });

  it('are the documents no node of the graph has', () => {
    const { batch } = planBatch([WARD, HAI_PHONG], empty);
    expect(batch.created).toEqual([WARD.key, HP_KEY]);
    expect(batch.fresh).toEqual([WARD.key, HP_KEY]);
  });

  it('leave out a document the graph holds as cited only: it is fresh (no statement of its own) but its node may have an ISSUED_BY', () => {
    const { batch } = planBatch([WARD, HAI_PHONG], { ...empty, candidates: [cited('referenced')] });
    expect(batch.fresh).toEqual([WARD.key, HP_KEY]);
    expect(batch.created).toEqual([WARD.key]);
  });

  it('leave out a document the graph holds as ingested', () => {
    const { batch } = planBatch([WARD, HAI_PHONG], { ...empty, candidates: [cited('ingested')] });
    expect(batch.fresh).toEqual([WARD.key]);
    expect(batch.created).toEqual([WARD.key]);
  });
});
