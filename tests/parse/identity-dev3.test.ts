import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ownIdentity } from './docs.js';
import { extractHtmlText } from '../../src/read/html.js';

/**
 * The document's own identity, from the misses of the sixteen blind documents of the third round
 * (issue 9; docs/extraction-rounds.md, "Document identity: what the misses are"): each case is one
 * structure of the text the parser misread, on a short document written for this test.
 */

describe('a headless resolution that opens on its committee\'s meeting', () => {
  const resolution = `NGHỊ QUYẾT
về lãnh đạo phát triển kinh tế vườn trên địa bàn xã năm 2025

Ngày 08/01/2025, Ban Chấp hành Đảng bộ xã Cẩm Quan họp phiên thường kỳ, thảo luận và thống nhất ban hành Nghị quyết chuyên đề về phát triển kinh tế vườn năm 2025.

I. TÌNH HÌNH
Toàn xã có 210 ha vườn tạp cần cải tạo.

II. NHIỆM VỤ
1. Giao Ủy ban nhân dân xã chủ trì rà soát diện tích vườn tạp; phối hợp thực hiện Quyết định số 05/QĐ-UBND ngày 03/01/2025 của UBND xã.

T/M ĐẢNG ỦY
BÍ THƯ

Lê Văn Hùng
`;

  it('takes the committee that met as the issuer ("… họp phiên thường kỳ, thảo luận và thống nhất ban hành Nghị quyết …"); the meeting day is not the document\'s date', () => {
    expect(ownIdentity(resolution)).toEqual({ number: null, docType: 'Nghị quyết', issuedOn: null, issuer: 'Ban Chấp hành Đảng bộ xã Cẩm Quan' });
  });

  it('and so places the "UBND xã" it cites in that commune', () => {
    const c = parseDocument(resolution).citations.find((x) => x.number === '05/QĐ-UBND');
    expect(c?.issuer?.name).toBe('UBND xã Cẩm Quan');
  });
});

describe('a Labour Federation written "LĐLĐ" in the header', () => {
  it('reads "LĐLĐ HUYỆN …" under "LĐLĐ TỈNH …" as the district Labour Federation, which places the "UBND huyện" it cites', () => {
    const letter = `LĐLĐ TỈNH BẮC GIANG

LĐLĐ HUYỆN LỤC NAM

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 44/LĐLĐ

Lục Nam, ngày 15 tháng 4 năm 2024

Kính gửi: Các công đoàn cơ sở trực thuộc.

Ban Thường vụ Liên đoàn Lao động huyện đề nghị các công đoàn cơ sở phối hợp thực hiện Kế hoạch số 51/KH-UBND ngày 02/4/2024 của UBND huyện về Tháng hành động an toàn lao động.
`;
    const r = parseDocument(letter);
    expect(r.issuer?.surface).toBe('LĐLĐ HUYỆN LỤC NAM');
    expect(r.issuer?.area?.district).toBe('Lục Nam');
    expect(r.citations.find((c) => c.number === '51/KH-UBND')?.issuer?.name).toBe('UBND huyện Lục Nam');
  });
});

describe('a portal page whose body names the Youth Union in a sentence', () => {
  it('keeps the header table Readability drops: "Đoàn TNCS Hồ Chí Minh" inside a sentence is no motto line', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kế hoạch tình nguyện | Tuổi trẻ Phú Yên</title></head><body>
<div class="banner">CỔNG THÔNG TIN TUỔI TRẺ PHÚ YÊN</div>
<article>
<h1>Kế hoạch tổ chức Chiến dịch tình nguyện mùa đông năm 2024</h1>
<div class="noi-dung">
<table class="header" width="100%"><tr><td align="center"><b>BCH ĐOÀN TỈNH PHÚ YÊN</b><br>***<br>Số: 72-KH/TĐTN-PT</td><td align="center"><b><u>ĐOÀN TNCS HỒ CHÍ MINH</u></b><br><i>Phú Yên, ngày 05 tháng 11 năm 2024</i></td></tr></table>
<p align="center"><b>KẾ HOẠCH</b><br><b>Tổ chức Chiến dịch tình nguyện mùa đông năm 2024</b></p>
<p>Căn cứ Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Phú Yên lần thứ XIII, nhiệm kỳ 2022 - 2027; Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch tổ chức Chiến dịch tình nguyện mùa đông năm 2024 với nhiều hoạt động thiết thực, hướng về cơ sở, vùng khó khăn và đồng bào dân tộc thiểu số trên địa bàn tỉnh.</p>
<p>I. MỤC ĐÍCH, YÊU CẦU</p>
<p>Huy động đoàn viên, thanh niên tham gia các công trình, phần việc thanh niên tại các xã miền núi; mỗi huyện đoàn thực hiện ít nhất một công trình thanh niên trong chiến dịch.</p>
<p>II. TỔ CHỨC THỰC HIỆN</p>
<p>1. Ban Phong trào Tỉnh đoàn chủ trì, theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh đoàn trước ngày 31/12/2024.</p>
</div>
</article>
<aside><ul><li><a href="/vb/1">Kế hoạch 60-KH/TĐTN-TNTH về Tháng Thanh niên</a></li></ul></aside>
</body></html>`;
    const { text } = extractHtmlText(new TextEncoder().encode(page), 'page.html');
    expect(text).toContain('Số: 72-KH/TĐTN-PT');
    expect(ownIdentity(text)).toMatchObject({ number: '72-KH/TĐTN-PT', docType: 'Kế hoạch', issuedOn: '2024-11-05' });
  });
});
