import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The own identity of a fragment without its header (docs/extraction-rounds.md, "Headless fragments of batches
 * 28–29, moved"): each mechanism on short documents written for this test, in two variants (another province,
 * another kind of body), with guards where it must not act.
 */
const parsed = (text: string) => parseDocument(text);
const issuer = (text: string) => parsed(text).issuer?.name ?? null;

describe('the body a closing sends the implementers to with their difficulties, to be guided, is the issuer', () => {
  it('a provincial Party board, named with its place only in the closing', () => {
    expect(
      issuer(`3. Đài Phát thanh - Truyền hình tỉnh mở chuyên mục tuyên truyền về đại hội đảng bộ các cấp.

4. Trường Chính trị tỉnh phối hợp với Ban Dân vận Tỉnh ủy biên soạn tài liệu sinh hoạt chi bộ.

Quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Ban Dân vận Tỉnh ủy
Quảng Trị để được hướng dẫn, bổ sung kịp thời.
`),
    ).toBe('Ban Dân vận Tỉnh ủy Quảng Trị');
  });

  it('a district police, its team to call in brackets, the line wrapped before the purpose', () => {
    expect(
      issuer(`2. Công an các xã, thị trấn lập danh sách cơ sở kinh doanh karaoke, quán bar trên địa bàn.

3. Đội Tham mưu tổng hợp kết quả, báo cáo lãnh đạo trước ngày 25 hằng tháng.

Trong quá trình thực hiện, nếu có vướng mắc các đơn vị báo cáo về Công an huyện Hải Hậu (qua Đội Tham mưu,
số điện thoại 0228.3877.555) để được hướng dẫn./.
`),
    ).toBe('Công an huyện Hải Hậu');
  });

  it('a youth union: the union\'s own department named with its owner stands for the union', () => {
    expect(
      issuer(`- Các chi đoàn đăng ký công trình thanh niên trước ngày 15/6/2025.

Trong quá trình thực hiện có gì vướng mắc, các cơ sở đoàn liên hệ Ban Phong trào Huyện đoàn Đức Thọ để
được hướng dẫn.
`),
    ).toBe('Huyện đoàn Đức Thọ');
  });

  it('guard: a body of its own turning to its superior is not turned to by the implementers', () => {
    expect(
      issuer(`- Các thôn rà soát hộ nghèo, hộ cận nghèo trước ngày 30/9/2025.

Quá trình thực hiện, nếu có khó khăn, Ủy ban nhân dân xã Tân Lập báo cáo về Ủy ban nhân dân huyện Đồng
Phú để được hướng dẫn.
`),
    ).toBeNull();
  });

  it('guard: an agency that gathers the reports for another body, or a department of no owner, names no issuer', () => {
    expect(
      issuer(`- Các huyện, thị xã bố trí kinh phí sửa chữa trường học trước mùa mưa bão.

Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Tài chính tỉnh Bình Phước để tổng hợp,
báo cáo cấp có thẩm quyền.
`),
    ).toBeNull();
    expect(
      issuer(`- Các chi đoàn kết nạp đoàn viên mới trong tháng 3/2025.

Trong quá trình thực hiện có vướng mắc, liên hệ Ban Tổ chức (đồng chí Hà, số điện thoại 0912.000.111) để được
hướng dẫn.
`),
    ).toBeNull();
  });
});

describe('a signature naming its body without its place: the level its own units stand at, the place the one the text names', () => {
  it('"T/M ĐẢNG ỦY" of a commune named only in the situation paragraph', () => {
    expect(
      issuer(`Thời gian qua, tình hình an ninh, trật tự trên địa bàn xã Phước Sơn cơ bản ổn định; tuy nhiên tội phạm
trộm cắp tài sản còn diễn biến phức tạp.

1. Các chi bộ thôn quán triệt nội dung này đến từng đảng viên.
2. Ủy ban nhân dân xã chỉ đạo Công an xã tăng cường tuần tra ban đêm.

T/M ĐẢNG ỦY
BÍ THƯ

Nguyễn Văn Tâm
`),
    ).toBe('Đảng ủy xã Phước Sơn');
  });

  it('"TM. ỦY BAN NHÂN DÂN" with no superior in a Nơi nhận: a district, by its own offices', () => {
    expect(
      issuer(`Năm 2025, mưa lớn kéo dài gây sạt lở nhiều tuyến đường trên địa bàn huyện Bảo Lâm.

1. Phòng Kinh tế và Hạ tầng huyện chủ trì kiểm tra các tuyến đường giao thông.
2. Công an huyện bố trí lực lượng phân luồng tại các điểm sạt lở.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Triệu Văn Lợi
`),
    ).toBe('UBND huyện Bảo Lâm');
  });

  it('guard: a commune\'s Party committee under the units of a district is no commune\'s', () => {
    expect(
      issuer(`Năm 2025, mưa lớn kéo dài gây sạt lở nhiều tuyến đường trên địa bàn huyện Bảo Lâm.

1. Phòng Kinh tế và Hạ tầng huyện chủ trì kiểm tra các tuyến đường giao thông.
2. Công an huyện bố trí lực lượng phân luồng tại các điểm sạt lở.

T/M ĐẢNG ỦY
BÍ THƯ

Triệu Văn Lợi
`),
    ).toBeNull();
  });
});

describe('the closing\'s "Trong quá trình thực hiện <type>, nếu …" names the fragment itself, a document of that type cited above or not', () => {
  it('a district police plan that cites the provincial police\'s numbered plan', () => {
    expect(
      parsed(`3. Đội Tham mưu tổng hợp, báo cáo Công an tỉnh theo Kế hoạch số 88/KH-CAT-PV01 ngày 12/3/2025 của Công an
tỉnh Nam Định.

Trong quá trình thực hiện Kế hoạch, nếu có vướng mắc các đơn vị báo cáo về Đội Tham mưu để tổng hợp./.
`).docType,
    ).toBe('Kế hoạch');
  });

  it('a Party board\'s guidance implementing its superior\'s numbered guidance, the formula wrapped', () => {
    expect(
      parsed(`2. Các chi bộ tổ chức sinh hoạt chuyên đề theo Hướng dẫn số 17-HD/BTGTU ngày 02/4/2024 của Ban Tuyên giáo Tỉnh
ủy về học tập chuyên đề năm 2024. Quá trình triển khai thực hiện
Hướng dẫn nếu có khó khăn, các chi bộ phản ánh kịp thời để tháo gỡ.
`).docType,
    ).toBe('Hướng dẫn');
  });

  it('guard: the formula before a numbered document is about that document', () => {
    expect(
      parsed(`Trong quá trình thực hiện Kế hoạch số 45/KH-UBND ngày 03/4/2025 của UBND huyện, nếu có vướng mắc, các xã
báo cáo về Phòng Nội vụ để tổng hợp./.
`).docType,
    ).toBe('Khác');
  });
});
