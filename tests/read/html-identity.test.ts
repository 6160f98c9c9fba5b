import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROPERTY_LABELS } from '../../src/model/property-labels.js';
import { isPropertyLine } from '../../src/parse/find/property-lines.js';
import { parseDocument } from '../../src/parse/index.js';
import { isPropertyLabel } from '../../src/read/html-properties.js';
import { readDocumentFile } from '../../src/read/index.js';

/**
 * How a portal page gives a document's identity outside its header (issue 9): a property table of
 * label/value rows, a page heading that Readability keeps apart from the content, the <title>.
 * Pages written for these tests.
 */
const scratch = mkdtempSync(join(tmpdir(), 'dg-html-identity-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function read(name: string, html: string) {
  const path = join(scratch, name);
  writeFileSync(path, html);
  return readDocumentFile(path);
}

const BODY = [
  '<p>Thực hiện Kế hoạch số 41/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân quận Hà Đông về quản lý chất thải rắn sinh hoạt, Ủy ban nhân dân phường triển khai như sau:</p>',
  '<p>1. Các tổ dân phố tuyên truyền đến từng hộ gia đình về lợi ích của việc phân loại rác tại nguồn, hướng dẫn cách phân loại.</p>',
  '<p>2. Công chức Địa chính - Xây dựng phường hướng dẫn các điểm tập kết rác đúng quy định, kiểm tra việc thu gom hằng tuần.</p>',
].join('\n');

describe('a property table', () => {
  const page = (rows: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title></head><body><div class="content">
<table class="thuoc-tinh">${rows}</table>
${BODY}
</div></body></html>`;

  it('is read row by row, each label beside its value', async () => {
    const f = await read('two-columns.html', page([
      '<tr><td>Số ký hiệu</td><td>96/KH-UBND</td></tr>',
      '<tr><td>Ngày ban hành</td><td>14/03/2024</td></tr>',
      '<tr><td>Loại văn bản</td><td>Kế hoạch</td></tr>',
      '<tr><td>Cơ quan ban hành</td><td>UBND phường Quang Trung</td></tr>',
      '<tr><td>Người ký</td><td>Trần Văn Hòa</td></tr>',
    ].join('')));
    expect(f.text.split('\n').slice(0, 5)).toEqual([
      'Số ký hiệu: 96/KH-UBND', 'Ngày ban hành: 14/03/2024', 'Loại văn bản: Kế hoạch', 'Cơ quan ban hành: UBND phường Quang Trung', 'Người ký: Trần Văn Hòa',
    ]);
    const r = parseDocument(f.text);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual(['96/KH-UBND', 'Kế hoạch', '2024-03-14', 'UBND phường Quang Trung']);
    expect(r.citations.map((c) => c.number)).toEqual(['41/KH-UBND']);
  });

  it('is read pair by pair when two pairs share a row (four columns, labels with colons)', async () => {
    const f = await read('four-columns.html', page([
      '<tr><td>Số ký hiệu:</td><td>287/KH-CAT-PC08</td><td>Ngày ban hành:</td><td>08/05/2024</td></tr>',
      '<tr><td>Loại văn bản:</td><td>Kế hoạch</td><td>Cơ quan ban hành:</td><td>Công an tỉnh Hà Tĩnh</td></tr>',
    ].join('')));
    expect(f.text.split('\n').slice(0, 4)).toEqual([
      'Số ký hiệu: 287/KH-CAT-PC08', 'Ngày ban hành: 08/05/2024', 'Loại văn bản: Kế hoạch', 'Cơ quan ban hành: Công an tỉnh Hà Tĩnh',
    ]);
    const r = parseDocument(f.text);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual(['287/KH-CAT-PC08', 'Kế hoạch', '2024-05-08', 'Công an tỉnh Hà Tĩnh']);
  });

  it('keeps a "Văn bản liên quan" row as the portal\'s: the documents it lists are not cited', async () => {
    const f = await read('related.html', page([
      '<tr><td>Số ký hiệu</td><td>96/KH-UBND</td></tr>',
      '<tr><td>Ngày ban hành</td><td>14/03/2024</td></tr>',
      '<tr><td>Văn bản liên quan</td><td>112/KH-UBND</td></tr>',
    ].join('')));
    expect(f.text.split('\n').slice(0, 3)).toEqual(['Số ký hiệu: 96/KH-UBND', 'Ngày ban hành: 14/03/2024', 'Văn bản liên quan: 112/KH-UBND']);
    const r = parseDocument(f.text);
    expect([r.number, r.issuedOn]).toEqual(['96/KH-UBND', '2024-03-14']);
    expect(r.citations.map((c) => c.number)).toEqual(['41/KH-UBND']);
  });

  it('knows every label the parser reads as a property row, and no other (one table for both)', () => {
    for (const label of PROPERTY_LABELS) {
      expect([label, isPropertyLabel(label)]).toEqual([label, true]);
      expect([label, isPropertyLine(`${label}: 96/KH-UBND`)]).toEqual([label, true]);
    }
    expect([isPropertyLabel('Nơi nhận'), isPropertyLine('Nơi nhận: các phòng')]).toEqual([false, false]);
  });

  it('leaves a two-column header table as it was, column by column, with no page heading above it', async () => {
    const f = await read('header.html', `<!DOCTYPE html><html><head><title>Kế hoạch 96/KH-UBND năm 2024 - Cổng thông tin</title></head><body><div>
<table><tr><td>ỦY BAN NHÂN DÂN<br>PHƯỜNG QUANG TRUNG</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>
<tr><td>Số: 96/KH-UBND</td><td>Hà Đông, ngày 14 tháng 3 năm 2024</td></tr></table>
<p><b>KẾ HOẠCH</b></p>${BODY}</div></body></html>`);
    expect(f.text.split('\n').filter((l) => l).slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN', 'PHƯỜNG QUANG TRUNG', 'Số: 96/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Đông, ngày 14 tháng 3 năm 2024',
    ]);
  });
});

describe('the page heading', () => {
  it('comes first when the page has no header table: the <h1> Readability set apart', async () => {
    const f = await read('h1.html', `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cổng thông tin huyện Thạch Hà</title></head><body>
<div class="breadcrumb">Trang chủ &gt; Văn bản Đảng</div>
<article><h1>Công văn 412-CV/HU ngày 05/6/2024 của Huyện ủy Thạch Hà về tăng cường phòng, chống đuối nước cho trẻ em dịp hè</h1>
<p>Thời gian gần đây trên địa bàn huyện đã xảy ra một số vụ đuối nước thương tâm ở trẻ em. Để chủ động phòng ngừa, Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ trực thuộc thực hiện tốt các nội dung sau:</p>
<p>1. Lãnh đạo chính quyền, đoàn thể tăng cường tuyên truyền kỹ năng an toàn khi bơi lội cho học sinh trong dịp nghỉ hè.</p>
<p>Nhận được Công văn này, đề nghị các chi bộ, đảng bộ nghiêm túc triển khai thực hiện.</p></article></body></html>`);
    expect(f.text.split('\n')[0]).toBe('Công văn 412-CV/HU ngày 05/6/2024 của Huyện ủy Thạch Hà về tăng cường phòng, chống đuối nước cho trẻ em dịp hè');
    const r = parseDocument(f.text);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.body]).toEqual(['412-CV/HU', 'Công văn', '2024-06-05', 'Huyện ủy Thạch Hà']);
    expect(r.citations).toEqual([]);
  });

  it('falls back on the <title>, cut before the site name', async () => {
    const f = await read('title.html', `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kế hoạch số 96/KH-UBND năm 2024 về phân loại rác tại nguồn - Cổng thông tin phường Quang Trung</title></head><body>
<div class="content">${BODY}</div></body></html>`);
    expect(f.text.split('\n')[0]).toBe('Kế hoạch số 96/KH-UBND năm 2024 về phân loại rác tại nguồn');
    expect([parseDocument(f.text).number, parseDocument(f.text).docType]).toEqual(['96/KH-UBND', 'Kế hoạch']);
  });

  it('is not added when it names no document', async () => {
    const f = await read('no-number.html', `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin tức - Cổng thông tin phường</title></head><body>
<div class="content"><h1>Phường ra quân làm sạch môi trường</h1>${BODY}</div></body></html>`);
    expect(f.text.startsWith('Thực hiện Kế hoạch số 41/KH-UBND')).toBe(true);
  });
});
