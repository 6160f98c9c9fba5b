import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { headed } from './docs.js';

/**
 * Citations and their relations from the misses of batch 29's first 42 documents moved to tune (2026-12-07
 * evening; docs/extraction-quality.md, "Citations of batch 29's moved documents"), on short documents written
 * for this test, each with a variant in another province or another kind of body.
 */
const cited = (text: string) =>
  parseDocument(text).citations.map((c) => [c.number ?? c.name, c.relation, c.issuer?.name ?? null])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

const districtControl = headed({
  issuer: 'HUYỆN ỦY KRÔNG NĂNG\nỦY BAN KIỂM TRA',
  number: '14-KH/UBKTHU',
  placeDate: 'Krông Năng, ngày 20 tháng 2 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Kiểm tra, giám sát việc quản lý, sử dụng đất đai năm 2024',
  rule: '*',
});

const districtPolice = headed({
  issuer: 'CÔNG AN TỈNH HÀ GIANG\nCÔNG AN HUYỆN VỊ XUYÊN',
  number: '36/KH-CAH',
  placeDate: 'Vị Xuyên, ngày 04 tháng 3 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Bảo đảm trật tự an toàn giao thông quý II năm 2024',
});

describe('a clause after a semicolon goes on with its statement: "…; thực hiện theo <document>" names the measure', () => {
  it('"Ủy ban Kiểm tra … kịp thời kiểm tra …; thực hiện theo Quy định số …" cites the rules', () => {
    expect(cited(districtControl(`III. NỘI DUNG
Ủy ban Kiểm tra Huyện ủy chủ động nắm tình hình, kịp thời kiểm tra khi tổ chức đảng, đảng viên có dấu hiệu vi phạm trong quản lý đất đai; thực hiện theo Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát.`))).toEqual([
      ['22-QĐ/TW', 'cites', 'Ban Chấp hành Trung ương'],
    ]);
  });

  it('a police plan\'s own work, wrapped after "theo": "Công an huyện … xử lý vi phạm; thực hiện theo" / "Kế hoạch số …"', () => {
    expect(cited(districtPolice(`II. NHIỆM VỤ
Công an huyện tuần tra trên Quốc lộ 2, xử lý nghiêm vi phạm nồng độ cồn; thực hiện theo
Kế hoạch số 118/KH-CAT ngày 12/02/2024 của Công an tỉnh về cao điểm bảo đảm trật tự an toàn giao thông.`))).toEqual([
      ['118/KH-CAT', 'cites', 'Công an tỉnh Hà Giang'],
    ]);
  });

  it('guard: "Thực hiện Kế hoạch số …; thực hiện theo Hướng dẫn số …, Công an huyện xây dựng …" carries both out', () => {
    expect(cited(districtPolice(`Thực hiện Kế hoạch số 118/KH-CAT ngày 12/02/2024 của Công an tỉnh về cao điểm bảo đảm trật tự an toàn giao thông; thực hiện theo Hướng dẫn số 07/HD-CAT ngày 15/02/2024 của Công an tỉnh, Công an huyện xây dựng Kế hoạch như sau:`))).toEqual([
      ['07/HD-CAT', 'implements', 'Công an tỉnh Hà Giang'],
      ['118/KH-CAT', 'implements', 'Công an tỉnh Hà Giang'],
    ]);
  });
});

const provinceNews = (body: string) => `Cổng Thông tin điện tử tỉnh Bình Phước > Tin tức

UBND tỉnh triển khai kế hoạch số hóa hồ sơ cấp xã

${body}
`;

describe('a semicolon joins a citation to the list of its own statement only', () => {
  it('"Kinh phí thực hiện theo Luật …; Quyết định số … vẫn giữ hiệu lực." in a news report: no list with a plan paragraphs before', () => {
    expect(cited(provinceNews(`Ngày 12/9/2025, UBND tỉnh ban hành Kế hoạch số 215/KH-UBND. Thực hiện Kế hoạch số 40-KH/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy Bình Phước, các xã, phường số hóa hồ sơ đất đai trong năm 2025.

Sở Khoa học và Công nghệ hướng dẫn các xã cài đặt phần mềm dùng chung.

Kinh phí thực hiện theo Luật Ngân sách nhà nước; Quyết định số 980/QĐ-UBND ngày 04/7/2025 của UBND tỉnh Bình Phước về danh mục dịch vụ công trực tuyến vẫn giữ hiệu lực.`))).toEqual([
      ['40-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Bình Phước'],
      ['980/QĐ-UBND', 'cites', 'UBND tỉnh Bình Phước'],
      ['Luật Ngân sách nhà nước', 'cites', null],
    ]);
  });

  it('in a Party control committee\'s plan: "Chi phí thực hiện theo dự toán được duyệt; Quyết định số … đã công khai."', () => {
    expect(cited(districtControl(`Thực hiện Kế hoạch số 05-KH/HU ngày 10/01/2024 của Ban Thường vụ Huyện ủy Krông Năng, Ủy ban Kiểm tra xây dựng kế hoạch kiểm tra năm 2024.

Chi phí thực hiện theo dự toán được duyệt; Quyết định số 120-QĐ/HU ngày 02/01/2024 của Ban Thường vụ Huyện ủy Krông Năng về phân bổ kinh phí đã được công khai.`))).toEqual([
      ['05-KH/HU', 'implements', 'Ban Thường vụ Huyện ủy Krông Năng'],
      ['120-QĐ/HU', 'cites', 'Ban Thường vụ Huyện ủy Krông Năng'],
    ]);
  });

  it('guard: "Căn cứ Nghị định số …; Thông tư số … hướng dẫn …" stays one list of grounds', () => {
    expect(cited(districtPolice(`Căn cứ Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông; Thông tư số 32/2023/TT-BCA ngày 01/8/2023 của Bộ Công an quy định nhiệm vụ tuần tra, kiểm soát, Công an huyện xây dựng Kế hoạch như sau:`))).toEqual([
      ['100/2019/NĐ-CP', 'basis', 'Chính phủ'],
      ['32/2023/TT-BCA', 'basis', 'Bộ Công an'],
    ]);
  });
});
