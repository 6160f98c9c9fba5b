import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/graph/write/index.js';
import { RESOLVED_BY, resolveBatch } from '../../src/ingest/resolve.js';

/** Identity rules, one row per situation: graph before, keys of the batch, expected keys. */
const node = (key: string, status: Candidate['status'] = 'referenced', issuedOn: string | null = null): Candidate => {
  const [numberKey, issuer] = key.slice(4).split('|') as [string, string];
  return { key, status, series: `doc:${numberKey}|${issuer}`, numberKey, issuerKey: issuer === 'org:?' ? null : issuer, issuedOn, sourcePath: null, sha256: null };
};
const QU = 'org:quan-uy@d007';
const UB = 'org:ubnd@p01';

describe('documents', () => {
  it('a new key stays as it is', () => {
    const r = resolveBatch([`doc:308-TB/QU|${QU}`], [], []);
    expect(r.documents).toEqual([{ key: `doc:308-TB/QU|${QU}`, resolvedBy: null }]);
    expect(r.rekeys).toEqual([]);
  });

  it('a dated document takes over the node a citation without date made: its citations record the match', () => {
    const r = resolveBatch([`doc:17/CT-UBND|${UB}|2021`], [], [node(`doc:17/CT-UBND|${UB}`)]);
    expect(r.documents).toEqual([{ key: `doc:17/CT-UBND|${UB}|2021`, resolvedBy: null }]);
    expect(r.rekeys).toEqual([{ from: `doc:17/CT-UBND|${UB}`, to: `doc:17/CT-UBND|${UB}|2021`, resolvedBy: RESOLVED_BY.citationWithoutDate, inferences: Object.values(RESOLVED_BY) }]);
  });

  it('a document without date joins the one cited-only node of its number and issuer', () => {
    const r = resolveBatch([`doc:308-TB/QU|${QU}`], [], [node(`doc:308-TB/QU|${QU}|2021`)]);
    expect(r.documents).toEqual([{ key: `doc:308-TB/QU|${QU}|2021`, resolvedBy: RESOLVED_BY.docWithoutDate }]);
  });

  it('a document without date never takes over another file\'s document', () => {
    const r = resolveBatch([`doc:308-TB/QU|${QU}`], [], [node(`doc:308-TB/QU|${QU}|2021`, 'ingested')]);
    expect(r.documents).toEqual([{ key: `doc:308-TB/QU|${QU}`, resolvedBy: null }]);
  });
});

describe('citations', () => {
  it.each([
    ['an exact key is used as is', `doc:17/CT-UBND|${UB}|2021`, [node(`doc:17/CT-UBND|${UB}|2021`, 'ingested')], { key: `doc:17/CT-UBND|${UB}|2021`, resolvedBy: null }],
    ['no date: the one dated node of number + issuer', `doc:17/CT-UBND|${UB}`, [node(`doc:17/CT-UBND|${UB}|2021`, 'ingested')], { key: `doc:17/CT-UBND|${UB}|2021`, resolvedBy: RESOLVED_BY.citationWithoutDate }],
    ['no date, two dated nodes: no guess', `doc:01-TB/QU|${QU}`, [node(`doc:01-TB/QU|${QU}|2020`), node(`doc:01-TB/QU|${QU}|2025`)], { key: `doc:01-TB/QU|${QU}`, resolvedBy: null }],
    ['dated: the document printed without date', `doc:308-TB/QU|${QU}|2021`, [node(`doc:308-TB/QU|${QU}`, 'ingested')], { key: `doc:308-TB/QU|${QU}`, resolvedBy: RESOLVED_BY.citationToUndatedDoc }],
    ['no issuer: the one node of that number and year', 'doc:428-TB/TU|org:?|2021', [node(`doc:428-TB/TU|org:thanh-uy@p01|2021`)], { key: 'doc:428-TB/TU|org:thanh-uy@p01|2021', resolvedBy: RESOLVED_BY.citationWithoutIssuer }],
    ['no issuer, another year: no match', 'doc:428-TB/TU|org:?|2021', [node(`doc:428-TB/TU|org:thanh-uy@p01|2019`)], { key: 'doc:428-TB/TU|org:?|2021', resolvedBy: null }],
    ['no issuer, two issuers: no guess', 'doc:180-CV/QU|org:?|2021', [node(`doc:180-CV/QU|org:quan-uy@d490|2021`), node(`doc:180-CV/QU|${QU}|2021`)], { key: 'doc:180-CV/QU|org:?|2021', resolvedBy: null }],
    ['same number, other issuer: never merged', `doc:180-CV/QU|org:quan-uy@d490|2021`, [node(`doc:180-CV/QU|${QU}|2021`, 'ingested')], { key: `doc:180-CV/QU|org:quan-uy@d490|2021`, resolvedBy: null }],
    ['unnumbered keys pass through', 'doc:seed-003', [], { key: 'doc:seed-003', resolvedBy: null }],
  ] as const)('%s', (_what, raw, graph, expected) => {
    expect(resolveBatch([], [raw], [...graph]).citation(raw)).toEqual(expected);
  });

  it('a dated citation rekeys the node an earlier citation without date made', () => {
    const r = resolveBatch([], [`doc:500-CV/QU|${QU}|2021`], [node(`doc:500-CV/QU|${QU}`)]);
    expect(r.citation(`doc:500-CV/QU|${QU}|2021`)).toEqual({ key: `doc:500-CV/QU|${QU}|2021`, resolvedBy: null });
    expect(r.rekeys).toEqual([{ from: `doc:500-CV/QU|${QU}`, to: `doc:500-CV/QU|${QU}|2021`, resolvedBy: RESOLVED_BY.citationWithoutDate, inferences: Object.values(RESOLVED_BY) }]);
  });

  it('inside one batch, a citation without date and the dated document end on the same node', () => {
    const r = resolveBatch([`doc:500-CV/QU|${QU}|2021`], [`doc:500-CV/QU|${QU}`], []);
    expect(r.citation(`doc:500-CV/QU|${QU}`)).toEqual({ key: `doc:500-CV/QU|${QU}|2021`, resolvedBy: RESOLVED_BY.citationWithoutDate });
    expect(r.rekeys).toEqual([]);
  });

  it('inside one batch, a citation without date made before a dated one follows it (no rekey in the graph)', () => {
    const r = resolveBatch([], [`doc:500-CV/QU|${QU}`, `doc:500-CV/QU|${QU}|2021`], []);
    expect(r.citation(`doc:500-CV/QU|${QU}`)).toEqual({ key: `doc:500-CV/QU|${QU}|2021`, resolvedBy: RESOLVED_BY.citationWithoutDate });
    expect(r.citation(`doc:500-CV/QU|${QU}|2021`)).toEqual({ key: `doc:500-CV/QU|${QU}|2021`, resolvedBy: null });
    expect(r.rekeys).toEqual([]);
  });
});

describe('citations of an issuer of unknown area', () => {
  // "Huyện ủy An Lão": a district of Hải Phòng (313) and one of Bình Định (543) bear the name.
  const CITED_BY = 'org:huyen-uy-an-lao@?doc-aad6f9fcc09c6565';
  const HP = 'org:huyen-uy@d313';
  const BD = 'org:huyen-uy@d543';
  const LAO = { kind: 'party-committee', nameKey: 'huyen-uy-an-lao' };
  const named = (key: string, status: Candidate['status'], issuer: { kind: string | null; nameKey: string | null } = LAO): Candidate =>
    ({ ...node(key, status), issuerKind: issuer.kind, issuerNameKey: issuer.nameKey });
  const issuers = new Map([[CITED_BY, LAO]]);
  const raw = `doc:218-CV/HU|${CITED_BY}|2020`;

  it('joins the one document of that number whose issuer has the same kind and name', () => {
    const r = resolveBatch([], [raw], [named(`doc:218-CV/HU|${HP}|2020`, 'ingested')], issuers);
    expect(r.citation(raw)).toEqual({ key: `doc:218-CV/HU|${HP}|2020`, resolvedBy: RESOLVED_BY.citationOfUnknownArea });
    expect(r.rekeys).toEqual([]);
  });

  it('joins a cited-only node of that issuer too, and one of no year when the citation has one', () => {
    const r = resolveBatch([], [raw], [named(`doc:218-CV/HU|${HP}`, 'referenced')], issuers);
    expect(r.citation(raw)).toEqual({ key: `doc:218-CV/HU|${HP}`, resolvedBy: RESOLVED_BY.citationOfUnknownArea });
  });

  it('a citation without date joins the dated document', () => {
    const undated = `doc:218-CV/HU|${CITED_BY}`;
    const r = resolveBatch([], [undated], [named(`doc:218-CV/HU|${HP}|2020`, 'ingested')], issuers);
    expect(r.citation(undated)).toEqual({ key: `doc:218-CV/HU|${HP}|2020`, resolvedBy: RESOLVED_BY.citationOfUnknownArea });
  });

  it('joins the document of the same batch (documents are resolved first)', () => {
    const doc = `doc:218-CV/HU|${HP}|2020`;
    const r = resolveBatch([doc], [raw], [], new Map([...issuers, [HP, LAO]]));
    expect(r.citation(raw)).toEqual({ key: doc, resolvedBy: RESOLVED_BY.citationOfUnknownArea });
  });

  it.each([
    ['two bodies of that name with the number and year: no guess', [named(`doc:218-CV/HU|${HP}|2020`, 'ingested'), named(`doc:218-CV/HU|${BD}|2020`, 'ingested')]],
    ['another year', [named(`doc:218-CV/HU|${HP}|2019`, 'ingested')]],
    ['another name (Huyện ủy An Dương)', [named(`doc:218-CV/HU|org:huyen-uy@d312|2020`, 'ingested', { kind: 'party-committee', nameKey: 'huyen-uy-an-duong' })]],
    ['another kind of the same name', [named(`doc:218-CV/HU|org:huyen-uy@d313|2020`, 'ingested', { kind: 'people-committee', nameKey: 'huyen-uy-an-lao' })]],
    ['an issuer the graph holds without folded name', [named(`doc:218-CV/HU|${HP}|2020`, 'ingested', { kind: 'party-committee', nameKey: null })]],
    ['another citation of that name, of unknown area too', [named(`doc:218-CV/HU|org:huyen-uy-an-lao@?doc-0123456789abcdef|2020`, 'referenced')]],
  ] as const)('%s: no link', (_what, graph) => {
    expect(resolveBatch([], [raw], [...graph], issuers).citation(raw)).toEqual({ key: raw, resolvedBy: null });
  });

  it('a year of the other body does not make the match ambiguous', () => {
    const r = resolveBatch([], [raw], [named(`doc:218-CV/HU|${HP}|2020`, 'ingested'), named(`doc:218-CV/HU|${BD}|2021`, 'ingested')], issuers);
    expect(r.citation(raw)).toEqual({ key: `doc:218-CV/HU|${HP}|2020`, resolvedBy: RESOLVED_BY.citationOfUnknownArea });
  });

  it('without the issuer\'s name (the caller gave none), the key stays', () => {
    expect(resolveBatch([], [raw], [named(`doc:218-CV/HU|${HP}|2020`, 'ingested')]).citation(raw)).toEqual({ key: raw, resolvedBy: null });
  });
});

describe('a citation without date when the number recurs over the years', () => {
  // Numbering restarts every year: Quận ủy Tân Bình's 340-CV/QU of 2021, 2023 and 2024 are three letters.
  const TB = 'org:quan-uy@d766';
  const undated = `doc:340-CV/QU|${TB}`;
  const years = [node(`doc:340-CV/QU|${TB}|2021`, 'ingested'), node(`doc:340-CV/QU|${TB}|2023`, 'ingested'), node(`doc:340-CV/QU|${TB}|2024`, 'ingested')];

  it('a ward letter of 2024 means the 2024 letter, and the inference is recorded', () => {
    const r = resolveBatch([], [{ key: undated, citingYear: 2024 }], years);
    expect(r.citation(undated, 2024)).toEqual({ key: `doc:340-CV/QU|${TB}|2024`, resolvedBy: RESOLVED_BY.citationWithoutDateSameYear });
  });

  it('two citers of two years in one batch get each its own year', () => {
    const r = resolveBatch([], [{ key: undated, citingYear: 2024 }, { key: undated, citingYear: 2021 }], years);
    expect(r.citation(undated, 2024).key).toBe(`doc:340-CV/QU|${TB}|2024`);
    expect(r.citation(undated, 2021).key).toBe(`doc:340-CV/QU|${TB}|2021`);
  });

  it.each([
    ['a citer of a year that holds none of them (2022)', 2022],
    ['a citer without date', null],
  ] as const)('%s: no guess', (_what, citingYear) => {
    const r = resolveBatch([], [{ key: undated, citingYear }], years);
    expect(r.citation(undated, citingYear)).toEqual({ key: undated, resolvedBy: null });
  });

  it('an undated node an earlier citation made does not capture a citer whose year picks one', () => {
    const r = resolveBatch([], [{ key: undated, citingYear: 2023 }], [node(undated), ...years]);
    expect(r.citation(undated, 2023)).toEqual({ key: `doc:340-CV/QU|${TB}|2023`, resolvedBy: RESOLVED_BY.citationWithoutDateSameYear });
  });

  it('a citation without issuer picks the one node of the citer\'s year', () => {
    const raw = 'doc:340-CV/QU|org:?';
    const r = resolveBatch([], [{ key: raw, citingYear: 2023 }], years);
    expect(r.citation(raw, 2023)).toEqual({ key: `doc:340-CV/QU|${TB}|2023`, resolvedBy: RESOLVED_BY.citationWithoutDateSameYear });
  });

  it('a citation of "Quận ủy Tân Bình" of unknown area picks the node of the citer\'s year', () => {
    const CITED_BY = 'org:quan-uy-tan-binh@?doc-0123456789abcdef';
    const name = { kind: 'party-committee', nameKey: 'quan-uy-tan-binh' };
    const graph = years.map((c) => ({ ...c, issuerKind: name.kind, issuerNameKey: name.nameKey }));
    const raw = `doc:340-CV/QU|${CITED_BY}`;
    const r = resolveBatch([], [{ key: raw, citingYear: 2024 }], graph, new Map([[CITED_BY, name]]));
    expect(r.citation(raw, 2024)).toEqual({ key: `doc:340-CV/QU|${TB}|2024`, resolvedBy: RESOLVED_BY.citationWithoutDateSameYear });
  });
});
