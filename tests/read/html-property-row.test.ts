import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { readDocumentFile } from '../../src/read/index.js';

/*
 * A portal's property table beside a document that has its own header (src/read/html.ts puts the table back
 * above the header; src/parse/resolve/property-row.ts weighs its `Cơ quan ban hành` row against the header).
 * The pages are written for these tests: real bodies and places, made-up documents.
 */

const page = (name: string) => fileURLToPath(new URL(`../fixtures/html/${name}`, import.meta.url));

async function parsed(name: string) {
  const f = await readDocumentFile(page(name));
  return { text: f.text, record: parseDocument(f.text, { path: f.path, encoding: f.encoding }) };
}

describe('a portal property table beside the document header', () => {
  it('names the issuer where the header names none the map knows ("BCH ĐOÀN TP ĐÀ NẴNG")', async () => {
    const { text, record } = await parsed('ke-hoach-thanh-doan-bang-thuoc-tinh.html');
    // The table stands above the header, the header still read as the header.
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Số hiệu: 97-KH/TĐTN-PT', 'Ngày ban hành: 15/04/2025', 'Cơ quan ban hành: Ban Thường vụ Thành đoàn Đà Nẵng', 'Thể loại: Kế hoạch',
      'Văn bản liên quan: Kế hoạch số 41-KH/TĐTN-PT ngày 02/3/2025', '', 'BCH ĐOÀN TP ĐÀ NẴNG',
    ]);
    expect(record).toMatchObject({ number: '97-KH/TĐTN-PT', docType: 'Kế hoạch', issuedOn: '2025-04-15' });
    expect(record.issuer).toMatchObject({ name: 'Ban Thường vụ Thành đoàn Đà Nẵng', key: 'org:thanh-doan@p48' });
    // The span points at the row, in the reader's text.
    const span = record.issuer!.spans[0]!;
    expect(text.slice(span[0], span[1])).toBe('Ban Thường vụ Thành đoàn Đà Nẵng');
    expect(record.warnings.find((w) => w.code === 'IDENTITY_FROM_TEXT')?.details).toEqual({ source: 'properties', fields: ['issuer'] });
    // The table's rows are no citations ("Văn bản liên quan"), and its own number row none either.
    expect(record.citations.map((c) => c.number ?? c.name)).toEqual(['Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2025']);
    // Nor tasks: every task stands below the header.
    const header = text.indexOf('BCH ĐOÀN TP ĐÀ NẴNG');
    expect(record.assignments.length).toBeGreaterThan(0);
    for (const a of record.assignments) expect(a.span[0]).toBeGreaterThan(header);
  });

  it('names a department of the body a one-line header gives ("TỈNH ỦY QUẢNG TRỊ", "Ban Tuyên giáo Tỉnh ủy")', async () => {
    const { record } = await parsed('huong-dan-tinh-uy-mot-dong-bang-thuoc-tinh-ban.html');
    expect(record).toMatchObject({ number: '52-HD/BTG', docType: 'Hướng dẫn', issuedOn: '2025-02-10' });
    expect(record.issuer).toMatchObject({ name: 'Ban Tuyên giáo Tỉnh ủy Quảng Trị', key: 'org:ban-tuyen-giao-tinh-uy@p45' });
  });

  it('places the body a header names without its place ("BAN CHỈ HUY QUÂN SỰ XÃ") where the row names it', async () => {
    const { record } = await parsed('ke-hoach-ban-chqs-xa-khong-ten-bang-thuoc-tinh.html');
    expect(record).toMatchObject({ number: '12/KH-BCH', docType: 'Kế hoạch', issuedOn: '2024-03-05' });
    expect(record.issuer).toMatchObject({ name: 'Ban Chỉ huy Quân sự xã Phước Vĩnh An', key: 'org:ban-chi-huy-quan-su@w27535' });
    expect(record.warnings.map((w) => w.code)).not.toContain('ISSUER_AREA_UNKNOWN');
  });

  it('leaves a clear header be where the portal files the document under its parent body', async () => {
    const { record } = await parsed('thong-bao-dang-uy-phuong-bang-thuoc-tinh-cap-tren.html');
    expect(record).toMatchObject({ number: '41-TB/ĐU', docType: 'Thông báo', issuedOn: '2024-06-03' });
    expect(record.issuer).toMatchObject({ name: 'Đảng ủy phường Hưng Dũng', key: 'org:dang-uy@w16675' });
    expect(record.warnings.map((w) => w.code)).not.toContain('IDENTITY_FROM_TEXT');
  });

  it('stands in for a header the page lacks, as before', async () => {
    const { record } = await parsed('ke-hoach-ubnd-huyen-chi-bang-thuoc-tinh.html');
    expect(record).toMatchObject({ number: '26/KH-UBND', docType: 'Kế hoạch', issuedOn: '2025-02-12' });
    expect(record.issuer).toMatchObject({ name: 'UBND huyện Hải Hậu', key: 'org:ubnd@d366' });
  });
});
