import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { extractHtmlText } from '../../src/read/html.js';

/**
 * A portal's fields built of rows of elements, no table (issue 9, batch 38): `<div class="prop"><span class="k">Số ký
 * hiệu</span><span class="v">…</span></div>`, one row per field. Beside the content Readability keeps, such a block
 * went with the page's furniture, though on a page without a header it is the only place that gives the number and
 * the date; inside the content, the label's span and the value's ran together ("Số ký hiệu15-HD/BTGHU"). Pages
 * written for these tests: real bodies and places, made-up documents.
 */

function read(html: string) {
  const text = extractHtmlText(new TextEncoder().encode(html), 'page.html').text;
  const r = parseDocument(text);
  return { text, number: r.number ?? null, type: r.docType, date: r.issuedOn ?? null, issuer: r.issuer?.name ?? null };
}

const BODY = `<p style="text-align:center"><b>KẾ HOẠCH</b><br><b>Tổ chức Ngày hội thanh niên năm 2025</b></p>
<p><i>Căn cứ Chương trình số 08-CTr/TĐTN ngày 06/01/2025 của Ban Thường vụ Tỉnh đoàn về công tác Đoàn năm 2025;</i></p>
<p>Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch tổ chức Ngày hội thanh niên năm 2025 với các nội dung sau:</p>
<p>1. Ban Phong trào Tỉnh đoàn chủ trì tổ chức Ngày hội thanh niên tại thành phố Thái Bình vào ngày 26/3/2025.</p>
<p>2. Văn phòng Tỉnh đoàn bảo đảm kinh phí, tổng hợp kết quả trước ngày 05/4/2025.</p>
<p style="text-align:right"><b>TM. BAN THƯỜNG VỤ TỈNH ĐOÀN<br>PHÓ BÍ THƯ</b><br><br>Nguyễn Văn Hùng</p>`;

const ROWS = `<div class="prop"><span class="k">Số ký hiệu</span><span class="v">205-KH/TĐTN-PT</span></div>
<div class="prop"><span class="k">Ngày ban hành</span><span class="v">03/03/2025</span></div>
<div class="prop"><span class="k">Loại văn bản</span><span class="v">Kế hoạch</span></div>
<div class="prop"><span class="k">Cơ quan ban hành</span><span class="v">Tỉnh Đoàn Thái Bình</span></div>
<div class="prop"><span class="k">Người ký</span><span class="v">Nguyễn Văn Hùng</span></div>`;

const LINES = ['Số ký hiệu: 205-KH/TĐTN-PT', 'Ngày ban hành: 03/03/2025', 'Loại văn bản: Kế hoạch', 'Cơ quan ban hành: Tỉnh Đoàn Thái Bình', 'Người ký: Nguyễn Văn Hùng'];

describe('a portal\'s fields as rows of elements', () => {
  it('puts a block of rows beside the content back above it, as label: value lines: the identity of a page with no header', () => {
    const r = read(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kế hoạch Ngày hội thanh niên</title></head><body>
<nav><a href="/">Trang chủ</a></nav><div class="wrap"><section class="content"><div class="doc-body">${BODY}</div>
<div class="doc-props">${ROWS}</div></section>
<aside><ol><li>198-HD/TĐTN-TG: Hướng dẫn sinh hoạt chủ điểm</li><li>187-CV/TĐTN-VP: V/v báo cáo số liệu</li></ol></aside></div></body></html>`);
    expect(r.text.split('\n').slice(0, 6)).toEqual([...LINES, '']);
    // The issuer is the signature's collective body, placed by the row's "Tỉnh Đoàn Thái Bình" (an accepted name of it).
    expect({ ...r, text: undefined }).toEqual({ text: undefined, number: '205-KH/TĐTN-PT', type: 'Kế hoạch', date: '2025-03-03', issuer: 'Ban Thường vụ Tỉnh đoàn Thái Bình' });
  });

  it('keeps a label apart from its value inside the content, a title row among the rows as it is', () => {
    const r = read(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Chi tiết văn bản</title></head><body><div class="content">
${BODY}<div class="props"><div class="props-title">Thuộc tính văn bản</div>${ROWS}</div></div></body></html>`);
    expect(r.text.split('\n').slice(-6)).toEqual(['Thuộc tính văn bản', ...LINES]);
  });

  it('reads a row whose label carries its colon and whose value is bare text (<p><b>Số hiệu:</b> …</p>) the same way', () => {
    // Readability leaves this block out of the content: it is put back above it.
    const r = read(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Chi tiết văn bản</title></head><body><div class="content">
${BODY}<div class="meta"><p><b>Số hiệu:</b> 205-KH/TĐTN-PT</p><p><b>Ngày ban hành:</b> 03/03/2025</p></div></div></body></html>`);
    expect(r.text.split('\n').slice(0, 3)).toEqual(['Số hiệu: 205-KH/TĐTN-PT', 'Ngày ban hành: 03/03/2025', '']);
    expect(r.number).toBe('205-KH/TĐTN-PT');
  });

  it('leaves a block whose rows do not open with a label as it is (a list of other documents)', () => {
    const r = read(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Chi tiết văn bản</title></head><body><div class="content">
${BODY}<div class="others"><div><span>Số 198-HD/TĐTN-TG</span> <span>Hướng dẫn sinh hoạt chủ điểm</span></div><div><span>Số 187-CV/TĐTN-VP</span> <span>V/v báo cáo số liệu</span></div></div></div></body></html>`);
    expect(r.text.split('\n').slice(-3)).toEqual(['Số 198-HD/TĐTN-TG Hướng dẫn sinh hoạt chủ điểm', '', 'Số 187-CV/TĐTN-VP V/v báo cáo số liệu']);
  });
});
