import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { directiveKey, fold, orgKey } from '../../src/model/keys.js';
import type { Area } from '../../src/model/record.js';

/**
 * A hand-built miniature of the seeds' lineage, written with plain parameterised CREATEs in the
 * names of docs/graph-model.md, for read-query tests that must not depend on the parser:
 *
 *   308-TB/QU (Quận ủy Hai Bà Trưng) -IMPLEMENTS-> 17/CT-UBND (UBND Thành phố Hà Nội) and 500-CV/QU
 *   500-CV/QU -IMPLEMENTS-> 177-CV/TU (Thành ủy Hà Nội)         [stated in 308-TB/QU: a nested citation]
 *   308-TB/QU -CITES-> 3642/QĐ-UBND (UBND Thành phố Hà Nội), 68/NQ-CP (Chính phủ)
 *   924-CV/QU (Quận ủy Hai Bà Trưng) -IMPLEMENTS-> 739-TB/TU (Thành ủy Hà Nội)
 *   100-CV/ĐU (Đảng ủy phường Hòa Minh) -IMPLEMENTS-> 180-CV/QU (Quận ủy Liên Chiểu, Đà Nẵng)
 *   ASSIGNS of 308-TB/QU: clause 1 UBND quận + the wards, 2 Công an quận + the wards, 3 UBND quận,
 *     the second "3." the Đảng ủy and UBND of the wards; of 100-CV/ĐU: 2 UBND phường, 3 Công an phường.
 *
 * Evidence sentences and their spans are taken from the seed texts, so `text.slice(...span)` holds.
 */

const SEEDS = new URL('../../corpus/seeds/', import.meta.url);
const seed = (file: string) => readFileSync(new URL(file, SEEDS), 'utf8');
const SEED_308 = '001_6e391b9519626a64.txt';
const SEED_100 = '002_78fb6ff3a99b7859.txt';
const SEED_924 = '004_d8026a3a8832f7a7.txt';

const HN: Area = { province: 'Thành phố Hà Nội', provinceCode: '01', district: null, districtCode: null, ward: null, wardCode: null };
const HBT: Area = { ...HN, district: 'Quận Hai Bà Trưng', districtCode: '007' };
const DN: Area = { province: 'Thành phố Đà Nẵng', provinceCode: '48', district: null, districtCode: null, ward: null, wardCode: null };
const LC: Area = { ...DN, district: 'Quận Liên Chiểu', districtCode: '490' };
const HM: Area = { ...LC, ward: 'Phường Hòa Minh', wardCode: '20200' };


function org(kind: string, name: string, level: string, area: Area | null, roles: { issuer?: boolean; unit?: boolean; collective?: boolean }) {
  return {
    key: area ? orgKey(kind, area) : `org:${kind}`,
    name,
    kind,
    level,
    area: area ? [area.ward, area.district, area.province].filter(Boolean).join(', ') : null,
    provinceCode: area?.provinceCode ?? null,
    districtCode: area?.districtCode ?? null,
    wardCode: area?.wardCode ?? null,
    collective: roles.collective ?? false,
    issuer: roles.issuer ?? false,
    unit: roles.unit ?? false,
  };
}

export const ORGS = {
  ubndHN: org('ubnd', 'UBND Thành phố Hà Nội', 'province', HN, { issuer: true }),
  thanhUyHN: org('thanh-uy', 'Thành ủy Hà Nội', 'province', HN, { issuer: true }),
  chinhPhu: org('chinh-phu', 'Chính phủ', 'central', null, { issuer: true }),
  quanUyHBT: org('quan-uy', 'Quận ủy Hai Bà Trưng', 'district', HBT, { issuer: true, unit: true }),
  ubndHBT: org('ubnd', 'UBND quận Hai Bà Trưng', 'district', HBT, { unit: true }),
  congAnHBT: org('cong-an', 'Công an quận Hai Bà Trưng', 'district', HBT, { unit: true }),
  ubndPhuongHBT: org('ubnd-phuong', 'UBND các phường quận Hai Bà Trưng', 'ward', HBT, { unit: true, collective: true }),
  dangUyPhuongHBT: org('dang-uy-phuong', 'Đảng ủy các phường quận Hai Bà Trưng', 'ward', HBT, { unit: true, collective: true }),
  quanUyLC: org('quan-uy', 'Quận ủy Liên Chiểu', 'district', LC, { issuer: true }),
  dangUyHM: org('dang-uy', 'Đảng ủy phường Hòa Minh', 'ward', HM, { issuer: true }),
  ubndHM: org('ubnd', 'UBND phường Hòa Minh', 'ward', HM, { unit: true }),
  congAnHM: org('cong-an', 'Công an phường Hòa Minh', 'ward', HM, { unit: true }),
} as const;

const PART_OF: [keyof typeof ORGS, keyof typeof ORGS][] = [
  ['quanUyHBT', 'thanhUyHN'], ['ubndHBT', 'ubndHN'], ['congAnHBT', 'ubndHBT'],
  ['ubndPhuongHBT', 'ubndHBT'], ['dangUyPhuongHBT', 'quanUyHBT'], ['dangUyHM', 'quanUyLC'],
];

function directive(number: string, issuer: keyof typeof ORGS, year: number | null, fields: {
  docType: string; title: string | null; issuedOn: string | null; status: 'ingested' | 'referenced'; meetingOn?: string;
  family: 'party' | 'state'; source?: string; place?: string; issuedBy?: string;
}) {
  const o = ORGS[issuer];
  const text = fields.source ? seed(fields.source) : null;
  return {
    key: directiveKey(number, o.key, year),
    number,
    issuer,
    issuedBy: fields.issuedBy ?? o.name,
    props: {
      key: directiveKey(number, o.key, year),
      number,
      numberKey: number.replace(/\s+/g, '').replace(/[đĐ]/g, 'DD').toUpperCase(),
      series: `doc:${number.replace(/[đĐ]/g, 'DD').toUpperCase()}|${o.key}`,
      docType: fields.docType,
      title: fields.title,
      place: fields.place ?? null,
      level: o.level,
      status: fields.status,
      family: fields.family,
      issuerKey: o.key,
      sourcePath: fields.source ? `corpus/seeds/${fields.source}` : null,
      sourceSha256: text ? createHash('sha256').update(text).digest('hex') : null,
      encoding: text ? 'utf-8' : null,
      searchText: fields.title ? fold(fields.title) : null,
    },
    issuedOn: fields.issuedOn,
    meetingOn: fields.meetingOn ?? null,
  };
}

export const DOCS = {
  ct17: directive('17/CT-UBND', 'ubndHN', 2021, { docType: 'Chỉ thị', title: 'về thực hiện giãn cách xã hội trên địa bàn Thành phố để phòng chống dịch Covid-19', issuedOn: '2021-07-23', status: 'referenced', family: 'state' }),
  qd3642: directive('3642/QĐ-UBND', 'ubndHN', 2021, { docType: 'Quyết định', title: 'về việc thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19', issuedOn: '2021-02-21', status: 'referenced', family: 'state' }),
  nq68: directive('68/NQ-CP', 'chinhPhu', 2021, { docType: 'Nghị quyết', title: null, issuedOn: '2021-07-01', status: 'referenced', family: 'state' }),
  cv177: directive('177-CV/TU', 'thanhUyHN', 2021, { docType: 'Công văn', title: 'về tiếp tục tăng cường các biện pháp phòng, chống dịch bệnh Covid-19 trên địa bàn Thành phố Hà Nội', issuedOn: '2021-07-23', status: 'referenced', family: 'party', issuedBy: 'Ban Thường vụ Thành ủy Hà Nội' }),
  cv500: directive('500-CV/QU', 'quanUyHBT', 2021, { docType: 'Công văn', title: 'thực hiện Công văn số 177-CV/TU, ngày 23/7/2021 của Ban Thường vụ Thành ủy về tiếp tục tăng cường các biện pháp phòng, chống dịch bệnh Covid-19 trên địa bàn Thành phố Hà Nội', issuedOn: '2021-07-24', status: 'referenced', family: 'party' }),
  tb308: directive('308-TB/QU', 'quanUyHBT', null, { docType: 'Thông báo kết luận', title: 'Kết luận của Ban Thường vụ Quận ủy về công tác phòng, chống dịch Covid-19 trên địa bàn quận Hai Bà Trưng', issuedOn: null, meetingOn: '2021-07-28', status: 'ingested', family: 'party', source: SEED_308, issuedBy: 'Ban Thường vụ Quận ủy Hai Bà Trưng' }),
  tb739: directive('739-TB/TU', 'thanhUyHN', 2022, { docType: 'Thông báo', title: 'về công tác phòng, chống dịch bệnh Covid-19 trên địa bàn thành phố Hà Nội', issuedOn: '2022-04-20', status: 'referenced', family: 'party', issuedBy: 'Thường trực Thành ủy Hà Nội' }),
  cv924: directive('924-CV/QU', 'quanUyHBT', 2022, { docType: 'Công văn', title: 'thực hiện Thông báo số 739-TB/TU, ngày 20/4/2022 của Thường trực Thành ủy về công tác phòng, chống dịch bệnh Covid-19 trên địa bàn thành phố Hà Nội', issuedOn: '2022-04-25', status: 'ingested', family: 'party', source: SEED_924, place: 'Q. Hai Bà Trưng' }),
  cv180: directive('180-CV/QU', 'quanUyLC', 2021, { docType: 'Công văn', title: 'về khẩn trương thực hiện công tác phòng, chống dịch bệnh Covid-19', issuedOn: '2021-07-16', status: 'referenced', family: 'party' }),
  cv100: directive('100-CV/ĐU', 'dangUyHM', 2021, { docType: 'Công văn', title: 'Khẩn trương thực hiện công tác phòng, chống dịch COVID-19', issuedOn: '2021-07-19', status: 'ingested', family: 'party', source: SEED_100, place: 'Hoà Minh', issuedBy: 'Ban Thường vụ Đảng ủy phường Hòa Minh' }),
} as const;

type DocName = keyof typeof DOCS;

/** Evidence: the sentence as it stands in the stating document, with its span there. */
function evidence(statedIn: DocName, sentence: string, rule: string) {
  const d = DOCS[statedIn];
  const source = d.props.sourcePath ? seed(d.props.sourcePath.replace('corpus/seeds/', '')) : '';
  const start = source.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: the sentence is not in ${d.number}: ${sentence.slice(0, 60)}`);
  return { statedIn: d.key, evidence: sentence, span: [start, start + sentence.length], rule, confidence: 0.95, resolvedBy: null };
}

const S308_IMPL = 'nhất là việc triển khai tổ chức thực hiện Chỉ thị 17/CT-UBND, ngày 23/7/2021 của UBND Thành phố Hà Nội “về thực hiện giãn cách xã hội trên địa bàn Thành phố để phòng chống dịch Covid-19” và Công văn số 500-CV/QU, ngày 24/7/2021 của Quận ủy “thực hiện Công văn số 177-CV/TU, ngày 23/7/2021 của Ban Thường vụ Thành ủy về tiếp tục tăng cường các biện pháp phòng, chống dịch bệnh Covid-19 trên địa bàn Thành phố Hà Nội”';
const S308_CITES = 'UBND Quận tiếp tục chỉ đạo thực hiện nghiêm túc, hiệu quả Nghị quyết 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 3642/QĐ-UBND, ngày 21/2/2021 của UBND Thành phố Hà Nội';
const S924 = 'Thực hiện Thông báo số 739-TB/TU, ngày 20/4/2022 của Thường trực Thành ủy về công tác phòng, chống dịch bệnh Covid-19 trên địa bàn thành phố Hà Nội.';
const S100 = 'Thực hiện Công văn số 180-CV/QU ngày 16/7/2021 của Quận ủy Liên Chiêu về khẩn trương thực hiện công tác phòng, chống dịch bệnh Covid-19.';

export const CITATIONS: { type: 'IMPLEMENTS' | 'BASED_ON' | 'CITES'; from: DocName; to: DocName; ev: ReturnType<typeof evidence> }[] = [
  { type: 'IMPLEMENTS', from: 'tb308', to: 'ct17', ev: evidence('tb308', S308_IMPL, 'implements:trien-khai') },
  { type: 'IMPLEMENTS', from: 'tb308', to: 'cv500', ev: evidence('tb308', S308_IMPL, 'implements:trien-khai') },
  { type: 'IMPLEMENTS', from: 'cv500', to: 'cv177', ev: evidence('tb308', S308_IMPL, 'implements:nested') },
  { type: 'CITES', from: 'tb308', to: 'nq68', ev: evidence('tb308', S308_CITES, 'cites:mention') },
  { type: 'CITES', from: 'tb308', to: 'qd3642', ev: evidence('tb308', S308_CITES, 'cites:mention') },
  { type: 'IMPLEMENTS', from: 'cv924', to: 'tb739', ev: evidence('cv924', S924, 'implements:thuc-hien') },
  { type: 'IMPLEMENTS', from: 'cv100', to: 'cv180', ev: evidence('cv100', S100, 'implements:thuc-hien') },
];

/** The first sentence of each task, as in the seed. */
export const TASKS: { doc: DocName; taskId: string; clause: string; text: string; units: [keyof typeof ORGS, 'lead' | 'support' | 'assigned'][] }[] = [
  { doc: 'tb308', taskId: 't1', clause: '1', text: 'Đề nghị UBND Quận, Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 quận và các phường, Ủy ban MTTQ và các tổ chức chính trị - xã hội, các cơ quan, đơn vị thuộc Quận nghiêm túc triển khai thực hiện Thông báo số 428-TB/TU', units: [['ubndHBT', 'assigned'], ['ubndPhuongHBT', 'assigned']] },
  { doc: 'tb308', taskId: 't2', clause: '2', text: 'Công an Quận và các phường cùng với lập các chốt kiểm tra phòng dịch cần tăng cường hoạt động của các tổ kiểm tra, xử phạt lưu động tuần tra trên toàn địa bàn', units: [['congAnHBT', 'lead'], ['ubndPhuongHBT', 'support']] },
  { doc: 'tb308', taskId: 't3', clause: '3', text: 'Đồng chí Bí thư Đảng ủy, Chủ tịch UBND phường phải bám sát địa bàn, tập trung cao nhất cho công tác phòng, chống dịch', units: [['dangUyPhuongHBT', 'assigned'], ['ubndPhuongHBT', 'assigned']] },
  { doc: 'tb308', taskId: 't4', clause: '3', text: 'UBND Quận chỉ đạo tổ chức thực hiện tốt chiến dịch tiêm vắc xin trên địa bàn Quận', units: [['ubndHBT', 'assigned']] },
  { doc: 'cv100', taskId: 't1', clause: '2', text: 'UBND phường chỉ đạo cho Trạm y tế phường và các lực lượng chức năng khẩn trương tổ chức truy vết thần tốc, khoanh vùng, cách ly, xử lý kịp thời, triệt để các điểm dịch nhằm hạn chế lây lan trong cộng đồng', units: [['ubndHM', 'assigned']] },
  { doc: 'cv100', taskId: 't2', clause: '3', text: 'Đề nghị Công an phường, Ban Chỉ huy Quân sự, và các ngành đoàn thể phường tăng cường việc huy động lực lượng tham gia công tác phòng, chống dịch', units: [['congAnHM', 'assigned']] },
];

/** Key of a fixture directive. */
export const keyOf = (name: DocName): string => DOCS[name].key;
export const taskIdOf = (doc: DocName, taskId: string): string => `${keyOf(doc)}#${taskId}`;

async function run(driver: Driver, cypher: string, params: Record<string, unknown>, database?: string): Promise<void> {
  await driver.executeQuery(cypher, params, database ? { database } : {});
}

/** Writes the miniature into an (empty) database. */
export async function loadFixtureGraph(driver: Driver, database?: string): Promise<void> {
  const orgs = Object.values(ORGS);
  await run(driver, `UNWIND $rows AS row
    CREATE (o:Organization)
    SET o.key = row.key, o.name = row.name, o.kind = row.kind, o.level = row.level, o.area = row.area,
      o.provinceCode = row.provinceCode, o.districtCode = row.districtCode, o.wardCode = row.wardCode, o.collective = row.collective`,
  { rows: orgs }, database);
  await run(driver, 'UNWIND $keys AS k MATCH (o:Organization {key: k}) SET o:Issuer', { keys: orgs.filter((o) => o.issuer).map((o) => o.key) }, database);
  await run(driver, 'UNWIND $keys AS k MATCH (o:Organization {key: k}) SET o:Unit', { keys: orgs.filter((o) => o.unit).map((o) => o.key) }, database);
  await run(driver, `UNWIND $rows AS row
    MATCH (c:Organization {key: row.child}), (p:Organization {key: row.parent})
    CREATE (c)-[:PART_OF {resolvedBy: 'gazetteer'}]->(p)`,
  { rows: PART_OF.map(([c, p]) => ({ child: ORGS[c].key, parent: ORGS[p].key })) }, database);

  const docs = Object.values(DOCS);
  await run(driver, `UNWIND $rows AS row
    CREATE (d:Directive)
    SET d = row.props,
      d.issuedOn = CASE WHEN row.issuedOn IS NULL THEN null ELSE date(row.issuedOn) END,
      d.meetingOn = CASE WHEN row.meetingOn IS NULL THEN null ELSE date(row.meetingOn) END,
      d.ingestedAt = CASE WHEN row.props.status = 'ingested' THEN datetime('2025-01-01T00:00:00Z') ELSE null END
    WITH d, row
    MATCH (o:Organization {key: row.issuerKey})
    CREATE (d)-[:ISSUED_BY {name: row.issuedBy, statedIn: d.key}]->(o)`,
  { rows: docs.map((d) => ({ props: d.props, issuedOn: d.issuedOn, meetingOn: d.meetingOn, issuerKey: d.props.issuerKey, issuedBy: d.issuedBy })) }, database);

  for (const type of ['IMPLEMENTS', 'BASED_ON', 'CITES'] as const) {
    const rows = CITATIONS.filter((c) => c.type === type).map((c) => ({ from: keyOf(c.from), to: keyOf(c.to), props: { ...c.ev, mentions: 1 } }));
    if (rows.length === 0) continue;
    // The relationship type cannot be a parameter; it is one of three constants here.
    await run(driver, `UNWIND $rows AS row
      MATCH (a:Directive {key: row.from}), (b:Directive {key: row.to})
      CREATE (a)-[r:${type}]->(b)
      SET r = row.props`, { rows }, database);
  }

  const assigns = TASKS.flatMap((t) => {
    const source = seed(DOCS[t.doc].props.sourcePath!.replace('corpus/seeds/', ''));
    const start = source.indexOf(t.text);
    if (start < 0) throw new Error(`fixture: task text not in ${t.doc}: ${t.text.slice(0, 50)}`);
    return t.units.map(([unit, role]) => ({
      from: keyOf(t.doc), to: ORGS[unit].key,
      props: { taskId: taskIdOf(t.doc, t.taskId), clause: t.clause, text: t.text, role, deadline: null,
        statedIn: keyOf(t.doc), evidence: t.text, span: [start, start + t.text.length], rule: 'assigns:item', confidence: 0.9, resolvedBy: null },
    }));
  });
  await run(driver, `UNWIND $rows AS row
    MATCH (d:Directive {key: row.from}), (u:Organization {key: row.to})
    CREATE (d)-[r:ASSIGNS]->(u)
    SET r = row.props`, { rows: assigns }, database);

  await run(driver, `UNWIND $rows AS row
    MATCH (d:Directive {key: row.from}), (u:Organization {key: row.to})
    CREATE (d)-[r:SENT_TO]->(u)
    SET r = row.props`, {
    rows: [
      { from: keyOf('cv100'), to: ORGS.ubndHM.key, props: { list: 'kinhGui', purpose: null, statedIn: keyOf('cv100'), evidence: 'Kính gửi: - HĐND, UBND, UBMTTQVN, các Hội đoàn thể phường,', span: null, rule: 'recipients', confidence: 0.9, resolvedBy: null } },
      { from: keyOf('cv924'), to: ORGS.ubndHBT.key, props: { list: 'kinhGui', purpose: null, statedIn: keyOf('cv924'), evidence: 'Lãnh đạo Ủy ban nhân dân Quận,', span: null, rule: 'recipients', confidence: 0.9, resolvedBy: null } },
    ],
  }, database);

  await run(driver, `UNWIND $rows AS row
    MERGE (p:Person {key: row.person})
    ON CREATE SET p.name = row.name
    WITH p, row
    MATCH (d:Directive {key: row.from})
    CREATE (d)-[r:SIGNED_BY]->(p)
    SET r.capacity = row.capacity, r.position = row.position, r.statedIn = row.from`, {
    rows: [
      { from: keyOf('cv924'), person: 'person:trinh-xuan-cuong', name: 'Trịnh Xuân Cường', capacity: 'T/L BAN THƯỜNG VỤ', position: 'CHÁNH VĂN PHÒNG' },
      { from: keyOf('tb308'), person: 'person:trinh-xuan-cuong', name: 'Trịnh Xuân Cường', capacity: null, position: null },
      { from: keyOf('cv100'), person: 'person:dang-cong-chung', name: 'Đặng Công Chúng', capacity: null, position: null },
    ],
  }, database);
}

/**
 * A synthetic order that assigns Quận ủy Hai Bà Trưng a task, which 308-TB/QU then implements:
 * not in the seeds, added only where a test needs a mandate to exist.
 */
export const MANDATE_ORDER = {
  key: 'doc:TEST-1/CT-TU|org:thanh-uy@p01',
  taskId: 'doc:TEST-1/CT-TU|org:thanh-uy@p01#t1',
  text: 'Các quận ủy chỉ đạo thực hiện giãn cách xã hội theo Chỉ thị 17/CT-UBND.',
};

export async function addMandateExample(driver: Driver, database?: string): Promise<void> {
  await run(driver, `MATCH (o:Organization {key: $issuer}), (q:Organization {key: $unit}), (d:Directive {key: $implementer})
    CREATE (t:Directive {key: $key, number: 'TEST-1/CT-TU', numberKey: 'TEST-1/CT-TU', docType: 'Chỉ thị', title: 'chỉ thị thử nghiệm',
      level: 'province', status: 'ingested', family: 'party', issuerKey: $issuer, issuedOn: date('2021-07-24')})
    CREATE (t)-[:ISSUED_BY {name: 'Ban Thường vụ Thành ủy Hà Nội', statedIn: $key}]->(o)
    CREATE (t)-[:ASSIGNS {taskId: $taskId, clause: '1', text: $text, role: 'assigned', statedIn: $key, evidence: $text, span: [0, 10], rule: 'test', confidence: 1.0}]->(q)
    CREATE (d)-[:IMPLEMENTS {statedIn: $implementer, evidence: 'synthetic', span: [0, 1], rule: 'test', confidence: 1.0}]->(t)`,
  { key: MANDATE_ORDER.key, taskId: MANDATE_ORDER.taskId, text: MANDATE_ORDER.text, issuer: ORGS.thanhUyHN.key, unit: ORGS.quanUyHBT.key, implementer: keyOf('tb308') }, database);
}
