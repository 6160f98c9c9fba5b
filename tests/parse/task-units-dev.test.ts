import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Task units from the misses of documents written blind (issue 9): the mechanisms behind them, each
 * in a document written for the test in the same pattern, not in the words of the one that missed.
 */
const bo = (body: string) => `BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2201/BNN-TT
V/v đôn đốc gieo cấy vụ Đông Xuân
Hà Nội, ngày 03 tháng 9 năm 2024

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

${body}

Nơi nhận:
- Như trên;
- Lưu: VT, TT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn An
`;

const huyen = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN YÊN DŨNG
-------
Số: 77/KH-UBND
Yên Dũng, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Phát triển sản phẩm nông nghiệp chủ lực năm 2024

${body}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hòa
`;

const huyenUy = (body: string) => `ĐẢNG BỘ TỈNH NAM ĐỊNH
HUYỆN ỦY GIAO THỦY
*
Số 140-CV/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Giao Thủy, ngày 02 tháng 7 năm 2024

CÔNG VĂN
về việc phòng, chống lụt bão năm 2024

${body}

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
`;

const tinhUy = (body: string) => `TỈNH ỦY NGHỆ AN
BAN TỔ CHỨC
*
Số 21-HD/BTCTU
ĐẢNG CỘNG SẢN VIỆT NAM
Nghệ An, ngày 12 tháng 4 năm 2025

HƯỚNG DẪN
về công tác phát triển đảng viên năm 2025

${body}

T/M BAN TỔ CHỨC
TRƯỞNG BAN
Nguyễn Văn Bình
`;

const xa = (body: string) => `ỦY BAN NHÂN DÂN
XÃ HƯƠNG TRÀ
-------
Số: 52/QĐ-UBND
Hương Trà, ngày 08 tháng 4 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ kiểm tra phòng cháy, chữa cháy rừng

${body}
`;

describe('task units from the misses of blind documents', () => {
  it('names the provinces "trực thuộc Trung ương" whole, and reads "Trung ương" as no unit of its own', () => {
    expect(unitsOf(bo(`Bộ Nông nghiệp và Phát triển nông thôn đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện các việc sau:

1. Rà soát diện tích gieo cấy, báo cáo về Bộ trước ngày 20/9/2024.`))).toEqual([
      ['UBND các tỉnh, thành phố trực thuộc Trung ương [assigned]'],
    ]);
  });

  it('reads a ministry\'s Vụ as the supporting unit after "chủ trì, phối hợp với", but not the season "vụ Đông Xuân"', () => {
    expect(unitsOf(bo(`Bộ Nông nghiệp và Phát triển nông thôn giao Cục Trồng trọt chủ trì, phối hợp với Vụ Kế hoạch tổng hợp số liệu gieo cấy vụ Đông Xuân; báo cáo Bộ trưởng trước ngày 30/9/2024.`))).toEqual([
      ['Cục Trồng trọt [lead]', 'Vụ Kế hoạch [support]'],
    ]);
  });

  it('reads the border posts of a district as units', () => {
    expect(unitsOf(huyen(`III. TỔ CHỨC THỰC HIỆN
1. Công an huyện chủ trì, phối hợp với các Đồn Biên phòng trên địa bàn huyện kiểm soát người qua lại đường mòn, lối mở.`))).toEqual([
      ['Công an huyện Yên Dũng [lead]', 'Các Đồn Biên phòng huyện Yên Dũng [support]'],
    ]);
  });

  it('makes no task of "đề nghị <unit> các … quan tâm, chỉ đạo thực hiện./." nor of "Quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về …"', () => {
    expect(taskTexts(bo(`Bộ Nông nghiệp và Phát triển nông thôn đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện các việc sau:

1. Rà soát diện tích gieo cấy, báo cáo về Bộ trước ngày 20/9/2024.

Quá trình thực hiện, nếu có khó khăn, đề nghị phản ánh về Bộ (qua Cục Trồng trọt) để được hướng dẫn.

Bộ Nông nghiệp và Phát triển nông thôn đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương quan tâm, chỉ đạo thực hiện./.`))).toEqual([
      'Rà soát diện tích gieo cấy, báo cáo về Bộ trước ngày 20/9/2024.',
    ]);
  });

  it('reads "Theo đề nghị của X tại Tờ trình …" as a proposal, not as handing the items below to the issuer', () => {
    const doc = huyen(`Căn cứ Kế hoạch số 30/KH-UBND ngày 01/3/2024 của UBND tỉnh Bắc Giang;
Theo đề nghị của Phòng Nông nghiệp và Phát triển nông thôn huyện tại Tờ trình số 12/TTr-NN ngày 02/4/2024,
UBND huyện Yên Dũng ban hành Kế hoạch thực hiện năm 2024 như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy thế mạnh của các vùng trồng vải; nâng cao thu nhập của người dân.
2. Việc hỗ trợ phải đúng đối tượng, công khai.

II. TỔ CHỨC THỰC HIỆN
1. Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn các hợp tác xã xây dựng vùng nguyên liệu.`);
    expect(unitsOf(doc)).toEqual([['Phòng Nông nghiệp và Phát triển nông thôn huyện Yên Dũng [assigned]']]);
  });

  it('reads every place of "Đảng ủy các xã A, B và thị trấn C", the town after the communes', () => {
    expect(unitsOf(huyenUy(`1. Đảng ủy các xã Giao Thiện, Giao An và thị trấn Quất Lâm lãnh đạo kiểm tra hệ thống đê biển trước mùa mưa bão.`))).toEqual([
      ['Đảng ủy xã Giao Thiện [assigned]', 'Đảng ủy xã Giao An [assigned]', 'Đảng ủy thị trấn Quất Lâm [assigned]'],
    ]);
  });

  it('reads a long list of Party committees alone on an item\'s line as the heading of the bullets under it', () => {
    expect(unitsOf(tinhUy(`Ban Tổ chức Tỉnh ủy hướng dẫn như sau:

I. TỔ CHỨC THỰC HIỆN
1. Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy
- Căn cứ Hướng dẫn này, lập danh sách quần chúng ưu tú, phù hợp với tình hình đơn vị.
- Định kỳ báo cáo kết quả về Ban Tổ chức Tỉnh ủy trước ngày 20 hằng tháng.
2. Đoàn Thanh niên tỉnh giới thiệu đoàn viên ưu tú cho các chi bộ.`))).toEqual([
      ['Các Huyện ủy tỉnh Nghệ An [assigned]', 'Các Thành ủy tỉnh Nghệ An [assigned]', 'Các Thị ủy tỉnh Nghệ An [assigned]', 'Các đảng ủy trực thuộc Tỉnh ủy Nghệ An [assigned]'],
      ['Các Huyện ủy tỉnh Nghệ An [assigned]', 'Các Thành ủy tỉnh Nghệ An [assigned]', 'Các Thị ủy tỉnh Nghệ An [assigned]', 'Các đảng ủy trực thuộc Tỉnh ủy Nghệ An [assigned]'],
      ['Đoàn Thanh niên tỉnh Nghệ An [assigned]'],
    ]);
  });

  it('reads a bullet whose nouns list "đánh giá" after a comma as a task of the heading\'s units, not as a report', () => {
    expect(taskTexts(huyenUy(`1. Các chi bộ trực thuộc Huyện ủy
- Tổ chức học tập chuyên đề năm 2024 trong kỳ sinh hoạt thường kỳ tháng 9.
- Gắn việc học tập chuyên đề với nội dung kiểm điểm, đánh giá, xếp loại đảng viên cuối năm.
- Đã hoàn thành việc học tập chuyên đề năm 2023.`))).toEqual([
      'Tổ chức học tập chuyên đề năm 2024 trong kỳ sinh hoạt thường kỳ tháng 9.',
      'Gắn việc học tập chuyên đề với nội dung kiểm điểm, đánh giá, xếp loại đảng viên cuối năm.',
    ]);
  });

  it('reads the members named in Điều 1 as a unit of the execution article, printed as written', () => {
    const doc = xa(`Điều 1. Thành lập Tổ kiểm tra phòng cháy, chữa cháy rừng xã Hương Trà, gồm các ông (bà) có tên sau:
1. Ông Trần Văn Hải, Phó Chủ tịch UBND xã - Tổ trưởng;
2. Ông Lê Văn Nam, Trưởng Công an xã - Tổ phó.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Văn phòng HĐND và UBND xã, Công an xã và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`);
    const execution = parse(doc).assignments.at(-1)!;
    expect(execution.units.map((u) => [u.name, u.surface])).toEqual([
      ['Văn phòng HĐND và UBND xã Hương Trà', 'Văn phòng HĐND và UBND xã'],
      ['Công an xã Hương Trà', 'Công an xã'],
      ['Các thành viên có tên tại Điều 1 xã Hương Trà', 'các ông (bà) có tên tại Điều 1'],
    ]);
  });
});
