import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { readDocumentFile } from '../../src/read/index.js';

/**
 * Portal pages that give a document's identity in other layouts (issue 9, fifth identity round): the
 * fields as a definition list, as one row of labels over one row of values, and a document pasted
 * into a <pre>. Pages written for these tests.
 */
const scratch = mkdtempSync(join(tmpdir(), 'dg-html-identity-5-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function identityOf(name: string, html: string) {
  const path = join(scratch, name);
  writeFileSync(path, html);
  const f = await readDocumentFile(path);
  const r = parseDocument(f.text);
  return { text: f.text, number: r.number ?? null, type: r.docType, date: r.issuedOn ?? null, issuer: r.issuer?.name ?? null };
}

const page = (content: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Chi tiết văn bản</title></head><body><div class="content">
${content}
<p>Nhằm nâng cao nhận thức của người dân về an toàn thực phẩm, Ủy ban nhân dân huyện triển khai các hoạt động sau:</p>
<p>1. Phòng Y tế chủ trì kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn.</p>
<p>2. UBND các xã, thị trấn tuyên truyền trên hệ thống loa truyền thanh.</p>
</div></body></html>`;

describe('a portal\'s fields in other layouts', () => {
  it('reads a definition list (<dt>Số ký hiệu</dt><dd>…</dd>) as label: value lines', async () => {
    const r = await identityOf('dl.html', page(`<dl><dt>Số ký hiệu</dt><dd>45/KH-UBND</dd><dt>Ngày ban hành</dt><dd>12/04/2024</dd>
<dt>Loại văn bản</dt><dd>Kế hoạch</dd><dt>Cơ quan ban hành</dt><dd>UBND huyện Krông Pắc</dd></dl>`));
    expect(r.text.split('\n').slice(0, 4)).toEqual(['Số ký hiệu: 45/KH-UBND', 'Ngày ban hành: 12/04/2024', 'Loại văn bản: Kế hoạch', 'Cơ quan ban hành: UBND huyện Krông Pắc']);
    expect({ ...r, text: undefined }).toEqual({ text: undefined, number: '45/KH-UBND', type: 'Kế hoạch', date: '2024-04-12', issuer: 'UBND huyện Krông Pắc' });
  });

  it('reads one row of labels over one row of values column by column', async () => {
    const r = await identityOf('columns.html', page(`<table><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Cơ quan ban hành</th></tr>
<tr><td>18/CT-UBND</td><td>05/08/2024</td><td>Chỉ thị</td><td>UBND tỉnh Quảng Ngãi</td></tr></table>`));
    expect({ ...r, text: undefined }).toEqual({ text: undefined, number: '18/CT-UBND', type: 'Chỉ thị', date: '2024-08-05', issuer: 'UBND tỉnh Quảng Ngãi' });
  });

  it('leaves a table of several documents under such labels a table (another list of documents, not this one\'s fields)', async () => {
    const r = await identityOf('list.html', page(`<table><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th></tr>
<tr><td>18/CT-UBND</td><td>05/08/2024</td><td>Chỉ thị</td></tr><tr><td>19/CT-UBND</td><td>09/08/2024</td><td>Chỉ thị</td></tr></table>`));
    expect(r.text).toContain('18/CT-UBND | 05/08/2024 | Chỉ thị');
    expect(r.number).toBeNull();
  });
});

describe('a document pasted into <pre>', () => {
  it('keeps its lines and the spaces between the header\'s columns', async () => {
    const r = await identityOf('pre.html', `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Thông báo</title></head><body><div class="main"><pre>
UỶ BAN NHÂN DÂN              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN BÌNH SƠN                    Độc lập - Tự do - Hạnh phúc

Số: 94/TB-UBND                 Bình Sơn, ngày 11 tháng 10 năm 2024

                        THÔNG BÁO
      Lịch tiếp công dân của lãnh đạo UBND huyện tháng 10/2024

Chủ tịch UBND huyện tiếp công dân vào ngày 15 và ngày 25 hằng tháng tại Trụ sở Tiếp công dân huyện.
</pre></div></body></html>`);
    expect({ ...r, text: undefined }).toEqual({ text: undefined, number: '94/TB-UBND', type: 'Thông báo', date: '2024-10-11', issuer: 'UBND huyện Bình Sơn' });
  });
});

describe('a document laid out in a table of one column', () => {
  it('reads each row as a block, its header table nested in the first row column by column', async () => {
    const rows = [
      '<table><tr><td>ỦY BAN NHÂN DÂN<br>HUYỆN CẨM XUYÊN<br>Số: 45/KH-UBND</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Cẩm Xuyên, ngày 16 tháng 9 năm 2024</td></tr></table>',
      '<p align="center"><b>KẾ HOẠCH</b></p>', '<p align="center"><b>Tổ chức Tết Trung thu cho thiếu nhi năm 2024</b></p>', '<p>I. MỤC ĐÍCH, YÊU CẦU</p>',
      '<p>Tạo sân chơi bổ ích cho thiếu nhi trên địa bàn huyện.</p>', '<p>II. NỘI DUNG</p>', '<p>1. Huyện đoàn chủ trì tổ chức đêm hội trăng rằm tại quảng trường huyện.</p>',
      '<p>2. UBND các xã, thị trấn tổ chức vui Tết Trung thu tại các thôn.</p>', '<p>3. Phòng Văn hóa và Thông tin phối hợp tuyên truyền.</p>', '<p><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p>',
    ].map((cell) => `<tr><td>${cell}</td></tr>`).join('\n');
    const r = await identityOf('one-column.html', `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title></head><body><div class="content"><table>${rows}</table></div></body></html>`);
    expect({ ...r, text: undefined }).toEqual({ text: undefined, number: '45/KH-UBND', type: 'Kế hoạch', date: '2024-09-16', issuer: 'UBND huyện Cẩm Xuyên' });
  });
});

