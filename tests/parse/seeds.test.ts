/**
 * Golden tests: the complete hand-read record of each of the five seed documents.
 *
 * Conventions (the choices a reader could make otherwise; the parser follows them everywhere):
 * - Title: the trích yếu as printed, lines joined with one space, its first letter in capitals.
 *   For a Thông báo kết luận the line "KẾT LUẬN CỦA <issuer>" belongs to the heading (it makes
 *   the type and names the issuer), so the title is the "Về ..." subject after it. A công văn's
 *   "V/v ..." is kept as printed.
 * - Issuer: `name` is who signs (the capacity line "T/L BAN THƯỜNG VỤ", else the heading's "KẾT
 *   LUẬN CỦA BAN THƯỜNG VỤ ...", else the organ that "yêu cầu"/"đề nghị" in the body), `body`
 *   the organisation; the key is the organisation's, so all its documents meet on one node.
 * - Unit names: canonical head + area, "UBND quận Thanh Xuân", "Quận ủy Hai Bà Trưng",
 *   "Đảng ủy phường Hòa Minh", "UBND Thành phố Hà Nội"; an organ is named with its owner
 *   ("Văn phòng Quận ủy Thanh Xuân"). A collective starts with "Các"; the wards of a district
 *   written together ("UBND 11 phường", "Đảng ủy, UBND 18 phường") are one collective unit
 *   "<head> các phường <district>". "Mặt trận Tổ quốc", "UBMTTQVN", "UB MTTQ" are all "Ủy ban
 *   MTTQ"; "đoàn thể chính trị - xã hội", "đoàn thể CT-XH" are "tổ chức chính trị - xã hội".
 * - Offices stand for their organisation: "Chủ tịch UBND phường" -> UBND, "Các đồng chí Ủy
 *   viên Ban Thường vụ Quận ủy" -> Ban Thường vụ Quận ủy, "Tổ trưởng TDP" -> the tổ dân phố.
 * - Levels: a unit has the level of its area; an organ (Văn phòng, Ban Thường vụ, Ban Tuyên
 *   giáo of a committee) has its owner's; the organisations directly under a committee ("các
 *   TCCS đảng trực thuộc") are one level below it; units below the ward (chi bộ, tổ dân phố,
 *   khu dân cư) are `internal`.
 * - "quận và các phường" / "Quận, phường" after a unit gives one unit per area; "từ Quận đến cơ
 *   sở" is read as the district.
 * - Clause: labels joined by "."; the N-th bullet is "-N" ("II.1.-2"); a repeated number gets
 *   "(2)" (seed 001's second "3." is "3(2)"); a paragraph without a marker continues the item
 *   above it (same clause).
 * - Tasks: one per clause (sentence or semicolon clause) that names its own subject; a clause
 *   without one continues the task before it, or, opening an item, takes the nearest lead-in's
 *   units. Units directed with "chỉ đạo (cho) X <verb>" join the task. Role is `lead`/`support`
 *   only with "chủ trì"/"phối hợp với"; none of the seeds has it.
 * - Recipients: one per unit of each Kính gửi / Nơi nhận item; "Như kính gửi (purpose)" gives
 *   the addressees that purpose; "Lưu ..." is not a recipient.
 * - Citations: numbered documents only (the quoted "Quy chế làm việc ..." is none); one entry
 *   per cited document and citing document, with every mention's span: a document quoted inside
 *   another's title is `citedBy` that one; named directly too, it has a second entry (citedBy
 *   null), so the graph gets both links (seed 001: 177-CV/TU).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentRecord } from '../../src/model/record.js';
import { parseDocument } from '../../src/parse/index.js';
import { squash } from '../../src/parse/text.js';
import { projectCitation, projectRecipient, projectTask } from './factories.js';
import { seed000 } from './seeds/seed-000.js';
import { seed001 } from './seeds/seed-001.js';
import { seed002 } from './seeds/seed-002.js';
import { seed003 } from './seeds/seed-003.js';
import { seed004 } from './seeds/seed-004.js';
import type { SeedExpectation } from './seeds/types.js';

const SEEDS = join(import.meta.dirname, '../../corpus/seeds');

function load(file: string) {
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { text, sha256, record: parseDocument(text, { path: `corpus/seeds/${file}`, sha256 }) };
}

const scope003 = `doc-${createHash('sha256').update(readFileSync(join(SEEDS, '003_c09e61e9c2e10806.txt'), 'utf8')).digest('hex').slice(0, 16)}`;
const CASES: SeedExpectation[] = [seed000, seed001, seed002, seed003(scope003), seed004];

const show = (text: string, span: readonly [number, number]) => squash(text.slice(span[0], span[1]));

describe.each(CASES)('seed $file', (exp) => {
  const { text, record } = load(exp.file);

  it('is a valid DocumentRecord', () => {
    expect(DocumentRecord.safeParse(record).success).toBe(true);
  });

  it('reads key, number, type and family', () => {
    expect(record.key).toBe(exp.key);
    expect(record.number).toBe(exp.number);
    expect(record.spans.number?.map((s) => text.slice(s[0], s[1]))).toEqual(exp.numberText === null ? undefined : [exp.numberText]);
    expect(record.docType).toBe(exp.docType);
    expect(record.family).toBe(exp.family);
  });

  it('reads the issuer', () => {
    const i = record.issuer!;
    const { evidence, ...fields } = exp.issuer;
    expect({ name: i.name, body: i.body, key: i.key, kind: i.kind, level: i.level, area: i.area, resolvedBy: i.resolvedBy }).toEqual(fields);
    expect(i.spans.map((s) => show(text, s))).toEqual(evidence);
  });

  it('reads dates, place and title', () => {
    expect(record.issuedOn).toBe(exp.issuedOn);
    expect(record.spans.issuedOn?.map((s) => show(text, s))).toEqual(exp.issuedOnText === null ? undefined : [exp.issuedOnText]);
    expect(record.place).toBe(exp.place);
    if (exp.place) expect(record.spans.place?.map((s) => show(text, s))).toEqual([exp.place]);
    expect(record.meetingOn).toBe(exp.meetingOn);
    expect(record.spans.meetingOn?.map((s) => show(text, s))).toEqual(exp.meetingOnText === null ? undefined : [exp.meetingOnText]);
    expect(record.title).toBe(exp.title);
    // The title's span shows the same words (markdown stars aside).
    if (exp.title) expect(show(text, record.spans.title![0]!).replace(/\*/g, '').toLowerCase()).toBe(exp.title.toLowerCase());
  });

  it('reads the signer', () => {
    const s = record.signer!;
    expect({ name: s.name, capacity: s.capacity, position: s.position }).toEqual(exp.signer);
    expect(show(text, s.span)).toContain(exp.signer.name);
  });

  it('reads every recipient', () => {
    expect(record.recipients.map(projectRecipient)).toEqual(exp.recipients);
    // Each recipient's span shows the words it was read from.
    for (const r of record.recipients) expect(show(text, r.spans[0]!)).toBe(r.surface);
  });

  it('reads every citation with its relation, issuer and date', () => {
    expect(record.citations.map(projectCitation)).toEqual(exp.citations);
    for (const c of record.citations) {
      const serial = c.number?.split(/[-/]/)[0] ?? c.name!.split(' ')[0]!;
      for (const s of c.spans) expect(text.slice(s[0], s[1])).toContain(serial);
      expect(c.evidence).toContain(serial);
      expect(c.confidence).toBeGreaterThan(0.5);
    }
  });

  it('reads every assignment with its units and clause', () => {
    expect(record.assignments.map(projectTask)).toEqual(exp.assignments.map(({ opens: _o, closes: _c, ...t }) => t));
    record.assignments.forEach((a, k) => {
      const e = exp.assignments[k]!;
      expect(a.taskId).toBe(`t${k + 1}`);
      expect(a.text.startsWith(e.opens), `${a.taskId} opens with "${e.opens}": ${a.text.slice(0, 80)}`).toBe(true);
      expect(a.text.endsWith(e.closes), `${a.taskId} closes with "${e.closes}": ${a.text.slice(-80)}`).toBe(true);
      expect(show(text, a.span)).toBe(a.text);
      for (const u of a.units) expect(show(text, u.spans[0]!)).toBe(u.surface);
    });
  });

  it('warns about what it could not resolve, and only that', () => {
    expect(record.warnings.map((w) => w.code).sort()).toEqual([...exp.warnings].sort());
  });
});

describe('seed warnings in detail', () => {
  it('002: "Liên Chiêu" is quận Liên Chiểu, flagged', () => {
    const w = load(seed002.file).record.warnings.find((x) => x.code === 'NAME_MISSPELLED')!;
    expect(w.details).toMatchObject({ printed: 'Liên Chiêu', resolved: 'Liên Chiểu', code: '490' });
  });

  it('004: "HAI BÀ TRUNG" in the header is Hai Bà Trưng, flagged', () => {
    const { text, record } = load(seed004.file);
    const w = record.warnings.find((x) => x.code === 'NAME_MISSPELLED')!;
    expect(w.details).toMatchObject({ printed: 'HAI BÀ TRUNG', resolved: 'Hai Bà Trưng', code: '007' });
    expect(text.slice(w.span![0], w.span![1])).toBe('HAI BÀ TRUNG');
  });

  it('003: a Quận ủy with 14 phường in Hà Nội gives three candidate districts, none chosen', () => {
    const { text, record } = load('003_c09e61e9c2e10806.txt');
    const w = record.warnings.find((x) => x.code === 'AREA_CANDIDATES')!;
    expect(w.details).toMatchObject({
      province: 'Hà Nội',
      candidates: [{ code: '001', name: 'Ba Đình' }, { code: '004', name: 'Long Biên' }, { code: '008', name: 'Hoàng Mai' }],
    });
    expect(text.slice(w.span![0], w.span![1])).toBe('14 phường');
    expect(record.issuer!.area!.districtCode).toBeNull();
  });
});
