import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ingest, type Progress, type SourceDocument, type Stages } from '../../src/ingest/pipeline.js';
import type { DocumentRecord } from '../../src/model/record.js';
import { cleanDatabase, useGraph } from '../helpers/graph.js';
import { graphTools } from '../ingest/graph-helpers.js';
import { ORGS, asIssuer, citation, record, task, unit } from '../ingest/factories.js';

/**
 * The streaming pipeline (walk -> read -> parse -> write) on the real Neo4j, with stages that hand
 * out factory records: what is skipped, what fails alone, and that batching does not change the graph.
 */
const graph = useGraph();
const { target, q, counts, edgeLines } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));

beforeEach(async () => {
  await cleanDatabase(graph.driver);
});

/** Files as a map path -> record (or an error to throw); sha256 is the record's own unless given. */
function stagesFor(files: Record<string, (() => DocumentRecord) | { readError: string } | { parseError: string }>, shas: Record<string, string> = {}): Stages {
  return {
    async read(path): Promise<SourceDocument> {
      const f = files[path];
      if (!f) throw new InputError('DG_INPUT_UNREADABLE', `${path} cannot be read: no such file`, { location: { path } });
      if ('readError' in f) throw new InputError('DG_INPUT_BINARY', f.readError, { location: { path } });
      return { path, text: path, encoding: 'utf-8', sha256: shas[path] ?? `sha:${path}` };
    },
    parse(text, meta) {
      const f = files[text]!;
      if ('parseError' in f) throw new InputError('DG_PARSE_FAILED', f.parseError);
      if ('readError' in f) throw new Error('unreachable');
      const r = f();
      return { ...r, source: { path: meta.path, sha256: meta.sha256, encoding: meta.encoding } };
    },
  };
}

const cascade = {
  '/c/1-city.txt': () => record({ number: '17/CT-UBND', docType: 'Chỉ thị', issuer: asIssuer(ORGS.ubndHanoi()), issuedOn: '2021-07-23' }),
  '/c/2-district.txt': () => record({ number: '500-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-07-24', citations: [
    citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ORGS.ubndHanoi() }),
  ], assignments: [task('t1', '1', [unit(ORGS.ubndHBT(), 'lead')], 'UBND Quận chỉ đạo')] }),
  // cites the district letter without a date: resolved to the one dated node
  '/c/3-ward.txt': () => record({ number: '9-CV/ĐU', issuer: asIssuer(ORGS.dangUyHoaMinh()), issuedOn: '2021-07-26', citations: [
    citation({ number: '500-CV/QU', issuer: ORGS.quanUyHBT() }),
  ] }),
  // cites a letter that is never ingested, and the city order without date
  '/c/4-other.txt': () => record({ number: '308-TB/QU', issuer: asIssuer(ORGS.quanUyHBT()), citations: [
    citation({ number: '177-CV/TU', issuedOn: '2021-07-23', issuer: ORGS.thanhUyHanoi() }),
    citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuer: ORGS.ubndHanoi(), relation: 'cites' }),
  ] }),
};

describe('the pipeline', () => {
  it('reports each failing file with its path and code, and writes the others', async () => {
    const failures: string[] = [];
    const summary = await ingest(['/c/1-city.txt', '/c/missing.txt', '/c/2-district.txt', '/c/binary.txt', '/c/garbled.txt'], {
      target: target(),
      stages: stagesFor({ ...cascade, '/c/binary.txt': { readError: '/c/binary.txt is binary' }, '/c/garbled.txt': { parseError: 'no record could be built' } }),
      onFailure: (f) => failures.push(f.error.toString()),
    });
    expect(summary.counts).toEqual({ ingested: 2, updated: 0, unchanged: 0, failed: 3 });
    expect(failures).toEqual([
      '/c/missing.txt: /c/missing.txt cannot be read: no such file [DG_INPUT_UNREADABLE]',
      '/c/binary.txt: /c/binary.txt is binary [DG_INPUT_BINARY]',
      '/c/garbled.txt: no record could be built [DG_PARSE_FAILED]',
    ]);
    expect(await q(`MATCH (d:Directive {status: 'ingested'}) RETURN d.number AS n ORDER BY n`)).toEqual([{ n: '17/CT-UBND' }, { n: '500-CV/QU' }]);
  });

  it('skips files whose bytes are already in, and the same bytes twice in one run', async () => {
    const stages = stagesFor(cascade, { '/c/copy-of-city.txt': 'sha:/c/1-city.txt' });
    const files = { ...cascade, '/c/copy-of-city.txt': cascade['/c/1-city.txt'] };
    const first = await ingest(['/c/1-city.txt', '/c/copy-of-city.txt', '/c/2-district.txt'], { target: target(), stages: { ...stagesFor(files, { '/c/copy-of-city.txt': 'sha:/c/1-city.txt' }) } });
    expect(first.counts).toEqual({ ingested: 2, updated: 0, unchanged: 1, failed: 0 });
    const after = await counts();
    const again = await ingest(['/c/1-city.txt', '/c/2-district.txt'], { target: target(), stages });
    expect(again.counts).toEqual({ ingested: 0, updated: 0, unchanged: 2, failed: 0 });
    expect(again.stats).toEqual({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });
    expect(again.batches).toBe(0);
    expect(await counts()).toEqual(after);
  });

  it('the same bytes batches apart: the graph answers for the earlier file once it is committed, so the later is still unchanged', async () => {
    // One file per batch: the copy is looked up two batches after the city order, which the run no longer remembers.
    const files = { ...cascade, '/c/copy-of-city.txt': cascade['/c/1-city.txt'] };
    const documents: string[] = [];
    const summary = await ingest(['/c/1-city.txt', '/c/2-district.txt', '/c/3-ward.txt', '/c/copy-of-city.txt'], {
      target: target(), stages: stagesFor(files, { '/c/copy-of-city.txt': 'sha:/c/1-city.txt' }), batchSize: 1,
      onDocument: (d) => documents.push(`${d.path} ${d.outcome}`),
    });
    expect(summary.counts).toEqual({ ingested: 3, updated: 0, unchanged: 1, failed: 0 });
    expect(documents).toEqual(['/c/1-city.txt ingested', '/c/2-district.txt ingested', '/c/3-ward.txt ingested', '/c/copy-of-city.txt unchanged']);
    expect(summary.batches).toBe(3);
  });

  it('--force writes them again, with the same result', async () => {
    const stages = stagesFor(cascade);
    await ingest(Object.keys(cascade), { target: target(), stages });
    const after = await counts();
    const again = await ingest(Object.keys(cascade), { target: target(), stages, force: true });
    expect(again.counts).toEqual({ ingested: 0, updated: 4, unchanged: 0, failed: 0 });
    expect(await counts()).toEqual(after);
  });

  it('--force writes what an earlier run wrote, and the same bytes batches apart once, without remembering the run', async () => {
    const files = { ...cascade, '/c/copy-of-city.txt': cascade['/c/1-city.txt'] };
    const stages = stagesFor(files, { '/c/copy-of-city.txt': 'sha:/c/1-city.txt' });
    await ingest(['/c/1-city.txt'], { target: target(), stages });
    const documents: string[] = [];
    // One file per batch: the copy is looked up three batches after the city order, beyond the two the run remembers.
    const forced = await ingest(['/c/1-city.txt', '/c/2-district.txt', '/c/3-ward.txt', '/c/copy-of-city.txt'], {
      target: target(), stages, batchSize: 1, force: true, onDocument: (d) => documents.push(`${d.path} ${d.outcome}`),
    });
    expect(documents).toEqual(['/c/1-city.txt updated', '/c/2-district.txt ingested', '/c/3-ward.txt ingested', '/c/copy-of-city.txt unchanged']);
    expect(forced.batches).toBe(3);
    expect(await q(`MATCH (d:Directive {status: 'ingested'}) RETURN d.sourcePath AS path ORDER BY path`))
      .toEqual([{ path: '/c/1-city.txt' }, { path: '/c/2-district.txt' }, { path: '/c/3-ward.txt' }]);
  });

  it('two files of the same document in one batch: the later one wins, nothing of the earlier stays', async () => {
    const v1 = () => record({ number: '500-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-07-24', citations: [citation({ number: '177-CV/TU', issuedOn: '2021-07-23', issuer: ORGS.thanhUyHanoi() })] });
    const v2 = () => record({ number: '500-CV/QU', issuer: asIssuer(ORGS.quanUyHBT()), issuedOn: '2021-07-24', citations: [citation({ number: '17/CT-UBND', docType: 'Chỉ thị', issuedOn: '2021-07-23', issuer: ORGS.ubndHanoi() })] });
    const summary = await ingest(['/x/500.docx', '/x/500.txt'], { target: target(), stages: stagesFor({ '/x/500.docx': v1, '/x/500.txt': v2 }) });
    expect(summary.counts).toEqual({ ingested: 1, updated: 1, unchanged: 0, failed: 0 });
    expect(summary.batches).toBe(2);
    expect(await edgeLines('IMPLEMENTS')).toEqual(['500-CV/QU -IMPLEMENTS-> 17/CT-UBND']);
    expect(await q(`MATCH (d:Directive {number: '500-CV/QU'}) RETURN d.sourcePath AS path`)).toEqual([{ path: '/x/500.txt' }]);
    expect((await counts()).nodes.Directive).toBe(2);
  });

  it('gives the same graph whatever the batch size and whichever file comes first', async () => {
    const paths = Object.keys(cascade);
    const snapshot = async () => ({
      counts: await counts(),
      lines: [...await edgeLines('IMPLEMENTS'), ...await edgeLines('CITES'), ...await edgeLines('ISSUED_BY'), ...await edgeLines('PART_OF')],
      keys: await q(`MATCH (d:Directive) RETURN d.key AS key, d.status AS status ORDER BY key`),
    });
    const progress: Progress[] = [];
    await ingest(paths, { target: target(), stages: stagesFor(cascade), batchSize: 100, onProgress: (p) => progress.push(p) });
    const together = await snapshot();
    expect(progress.map((p) => p.done)).toEqual([4]);
    expect(together.keys).toEqual([
      { key: 'doc:17/CT-UBND|org:ubnd@p01|2021', status: 'ingested' },
      { key: 'doc:177-CV/TU|org:thanh-uy@p01|2021', status: 'referenced' },
      { key: 'doc:308-TB/QU|org:quan-uy@d007', status: 'ingested' },
      { key: 'doc:500-CV/QU|org:quan-uy@d007|2021', status: 'ingested' },
      { key: 'doc:9-CV/DDU|org:dang-uy@w20200|2021', status: 'ingested' },
    ]);
    for (const order of [paths, [...paths].reverse()]) {
      await cleanDatabase(graph.driver);
      const seen: number[] = [];
      await ingest(order, { target: target(), stages: stagesFor(cascade), batchSize: 1, onProgress: (p) => seen.push(p.done) });
      expect(seen).toEqual([1, 2, 3, 4]);
      expect(await snapshot()).toEqual(together);
    }
  });
});
