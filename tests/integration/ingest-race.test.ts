import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionDatabase } from '../../src/graph/driver.js';
import { runCli, type Ran } from '../helpers/cli.js';
import { cleanDatabase, testTarget, useGraph } from '../helpers/graph.js';
import { canonicalDump, graphTools } from '../ingest/graph-helpers.js';

/**
 * Two ingests whose identity decisions depend on each other, forced to race. Without the ingest
 * lock (src/graph/write/index.ts) each one's lookup can run before the other commits: the plan
 * made for "17/CT-UBND is not in the graph" is then written next to the one made for "55-KH/QU's
 * citation of 17/CT-UBND (no date) is not in the graph", and the graph keeps two nodes for one
 * directive. With the lock, the second lookup waits for the first write and sees it.
 *
 * The interleaving is forced from the outside, with no hook in the code: an open transaction of
 * the test creates (uncommitted) the organisation node both batches MERGE first, so each ingest
 * stops at its first write, after its lookup if it could run one. Once Neo4j shows both
 * transactions blocked, the test rolls back and lets them go.
 *
 * It opens that session on the driver itself, one of the files allowed to (tests/architecture.test.ts):
 * the executor's transactions are scoped to one function and cannot stay open while the test waits.
 */
const graph = useGraph();
const { q } = graphTools(() => ({ driver: graph.driver, database: graph.target.NEO4J_DATABASE }));

/** Own words, in the style of a city People's Committee directive and a district Party plan. */
const ORDER = `ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI

Số: 17/CT-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 23 tháng 7 năm 2021

CHỈ THỊ
Về việc tăng cường giữ gìn vệ sinh môi trường khu dân cư

Để giữ gìn cảnh quan đô thị trong mùa mưa bão, Chủ tịch Ủy ban nhân dân Thành phố yêu cầu:

1. UBND các quận, huyện, thị xã tổ chức tổng vệ sinh khu dân cư vào sáng thứ Bảy hằng tuần.

2. Sở Xây dựng kiểm tra việc thu gom rác thải tại các tuyến phố chính.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
`;
/** Cites the order without its date: alone it makes the node doc:17/CT-UBND|org:ubnd@p01. */
const PLAN = `ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY HAI BÀ TRƯNG
*
Số 55-KH/QU

ĐẢNG CỘNG SẢN VIỆT NAM

Hai Bà Trưng, ngày 02 tháng 8 năm 2021

KẾ HOẠCH
Thực hiện Chỉ thị số 17/CT-UBND của UBND Thành phố
về giữ gìn vệ sinh môi trường khu dân cư

Thực hiện Chỉ thị số 17/CT-UBND của UBND Thành phố, Ban Thường vụ Quận ủy xây dựng Kế hoạch như sau:

1. Giao UBND quận chỉ đạo các phường ra quân tổng vệ sinh vào sáng thứ Bảy hằng tuần.

2. Giao Ủy ban Mặt trận Tổ quốc quận vận động nhân dân tham gia.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Lê Thị Hoa
`;
/** Both batches write this organisation first (the order's issuer, and the plan's cited issuer). */
const SHARED_ORG = 'org:ubnd@p01';

const ingest = (path: string) => runCli('ingest', [path]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-race-'));
  writeFileSync(join(dir, '17-ct-ubnd.txt'), ORDER);
  writeFileSync(join(dir, '55-kh-qu.txt'), PLAN);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const directives = () => q<{ key: string; status: string }>('MATCH (d:Directive) RETURN d.key AS key, d.status AS status ORDER BY key');
const dump = () => canonicalDump(graph.driver, graph.target.NEO4J_DATABASE);

/** The graph of one clean run, in either order: which ingest takes the lock first is not fixed. */
const serial: Awaited<ReturnType<typeof dump>>[] = [];

describe('two ingests whose identity decisions race', () => {
  it('one after the other, in either order: one node for the order, the plan implementing it (the reference graphs)', async () => {
    for (const files of [['55-kh-qu.txt', '17-ct-ubnd.txt'], ['17-ct-ubnd.txt', '55-kh-qu.txt']]) {
      await cleanDatabase(graph.driver);
      for (const f of files) expect((await ingest(join(dir, f))).code).toBe(0);
      expect(await directives()).toEqual([
        { key: 'doc:17/CT-UBND|org:ubnd@p01|2021', status: 'ingested' },
        { key: 'doc:55-KH/QU|org:quan-uy@d007|2021', status: 'ingested' },
      ]);
      serial.push(await dump());
    }
  }, 300_000); // four CLI runs: two minutes on a loaded machine

  it('at once, each stopped after its lookup until both are waiting: the graph of one of the clean runs', async () => {
    expect(serial).toHaveLength(2);
    await cleanDatabase(graph.driver);
    const session = graph.driver.session(sessionDatabase(testTarget()));
    const blocker = await session.beginTransaction();
    let runs: Promise<[Ran, Ran]> | undefined;
    try {
      await blocker.run('CREATE (:Organization {key: $key})', { key: SHARED_ORG });
      runs = Promise.all([ingest(join(dir, '55-kh-qu.txt')), ingest(join(dir, '17-ct-ubnd.txt'))]);
      // Both ingest transactions waiting on a lock (the test's organisation, or the ingest lock).
      let blocked = 0;
      for (let i = 0; i < 600 && blocked < 2; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const rows = await q<{ n: number }>("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n");
        blocked = Number(rows[0]!.n);
      }
      expect(blocked).toBe(2);
    } finally {
      await blocker.rollback();
      await session.close();
    }
    const [plan, order] = await runs;
    expect([plan.code, order.code, plan.stderr.match(/\[DG_[A-Z_]+\]/g), order.stderr.match(/\[DG_[A-Z_]+\]/g)]).toEqual([0, 0, null, null]);
    // Without the lock: doc:17/CT-UBND|org:ubnd@p01 (referenced) beside ...|2021 (ingested).
    expect(await directives()).toEqual([
      { key: 'doc:17/CT-UBND|org:ubnd@p01|2021', status: 'ingested' },
      { key: 'doc:55-KH/QU|org:quan-uy@d007|2021', status: 'ingested' },
    ]);
    expect(serial).toContainEqual(await dump());
  });
});
