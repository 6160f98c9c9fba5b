import { describe, expect, it } from 'vitest';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Which sentences are tasks, second round (issue 9): the mechanisms behind the misses of sixteen documents written
 * blind, each in a document written for the test in the same pattern, not in the words of the one that missed.
 */

// A district Chỉ thị; the body under test goes between its header and its Nơi nhận.
const directive = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN KỲ ANH
-------
Số: 07/CT-UBND
Kỳ Anh, ngày 11 tháng 3 năm 2024

CHỈ THỊ
Về tăng cường quản lý hoạt động khai thác cát trên sông

${body}

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH
Nguyễn Hữu Lộc
`;

// A commune plan with its tasks in numbered items.
const communePlan = (items: string) => `ỦY BAN NHÂN DÂN
XÃ CẨM BÌNH
-------
Số: 19/KH-UBND
Cẩm Bình, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Phòng, chống bệnh dại trên đàn chó, mèo năm 2024

Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

I. NHIỆM VỤ
${items}

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phan Văn Hòa
`;

describe('which sentences are tasks, second round', () => {
  it('reads the duty a closing paragraph hands on after its formula ("… thực hiện Chỉ thị này. Giao Phòng … theo dõi …")', () => {
    const text = directive(`1. Công an huyện tăng cường tuần tra các bến bãi tập kết cát dọc sông Trí.

Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã nghiêm túc thực hiện Chỉ thị này. Giao Phòng Tài nguyên và Môi trường theo dõi, đôn đốc việc thực hiện, định kỳ hằng quý báo cáo Chủ tịch UBND huyện./.`);
    expect(taskTexts(text)).toEqual([
      'Công an huyện tăng cường tuần tra các bến bãi tập kết cát dọc sông Trí.',
      'Giao Phòng Tài nguyên và Môi trường theo dõi, đôn đốc việc thực hiện, định kỳ hằng quý báo cáo Chủ tịch UBND huyện.',
    ]);
    expect(unitsOf(text)[1]).toEqual(['Phòng Tài nguyên và Môi trường huyện Kỳ Anh [assigned]']);
  });

  it('makes no task of the formula "đề nghị các … nghiêm túc thực hiện nội dung Thông báo này./."', () => {
    const text = directive(`1. Công an huyện tăng cường tuần tra các bến bãi tập kết cát dọc sông Trí.

Đề nghị Ủy ban nhân dân các xã, thị trấn và các tổ chức đoàn thể nghiêm túc thực hiện nội dung Chỉ thị này./.`);
    expect(taskTexts(text)).toEqual(['Công an huyện tăng cường tuần tra các bến bãi tập kết cát dọc sông Trí.']);
  });

  it('makes no task of a closing formula whose "where to turn" is a sentence of its own', () => {
    const text = directive(`1. Công an huyện tăng cường tuần tra các bến bãi tập kết cát dọc sông Trí.

Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo về Ủy ban nhân dân huyện (qua Phòng Tài nguyên và Môi trường) để xem xét./.`);
    expect(taskTexts(text)).toEqual(['Công an huyện tăng cường tuần tra các bến bãi tập kết cát dọc sông Trí.']);
  });

  it('makes no task of a paragraph whose only unit approved a document ("được Giám đốc Sở … phê duyệt")', () => {
    const text = directive(`Ủy ban nhân dân huyện có ý kiến như sau:

Theo Phương án quản lý cát năm 2024 được Giám đốc Sở Tài nguyên và Môi trường phê duyệt tại Quyết định số 88/QĐ-STNMT ngày 02/02/2024, trữ lượng được khai thác dự kiến khoảng 120.000 m3.

Để bảo đảm an toàn đê điều, Ủy ban nhân dân huyện yêu cầu:

1. Công an huyện tăng cường tuần tra các bến bãi tập kết cát dọc sông Trí.`);
    expect(taskTexts(text)).toEqual(['Công an huyện tăng cường tuần tra các bến bãi tập kết cát dọc sông Trí.']);
  });

  it('reads a subject whose verb comes after a note in brackets ("(sau đây gọi tắt là Ban Chỉ đạo)")', () => {
    const text = communePlan(`1. Ban Chỉ đạo phòng, chống bệnh dại xã (sau đây gọi tắt là Ban Chỉ đạo) phân công cán bộ phụ trách từng điểm tiêm.
2. Trạm Y tế xã tiếp nhận, sơ cứu người bị chó cắn.`);
    expect(taskTexts(text)).toEqual([
      'Ban Chỉ đạo phòng, chống bệnh dại xã (sau đây gọi tắt là Ban Chỉ đạo) phân công cán bộ phụ trách từng điểm tiêm.',
      'Trạm Y tế xã tiếp nhận, sơ cứu người bị chó cắn.',
    ]);
  });

  it('reads a meeting held on a schedule as a duty, and a meeting reported as none', () => {
    const text = communePlan(`1. Ban Chỉ đạo phòng, chống bệnh dại xã họp giao ban hằng tháng, kịp thời xử lý ổ dịch mới.
2. Trạm Y tế xã họp định kỳ với các thôn để rà soát số chó chưa tiêm.
3. Ban Chỉ đạo phòng, chống bệnh dại xã họp, nghe báo cáo tình hình dịch quý I.
4. Ban Chỉ đạo phòng, chống bệnh dại xã họp xem xét, đề nghị khen thưởng các thôn làm tốt trước ngày 20/12/2024.`);
    expect(taskTexts(text)).toEqual([
      'Ban Chỉ đạo phòng, chống bệnh dại xã họp giao ban hằng tháng, kịp thời xử lý ổ dịch mới.',
      'Trạm Y tế xã họp định kỳ với các thôn để rà soát số chó chưa tiêm.',
      'Ban Chỉ đạo phòng, chống bệnh dại xã họp xem xét, đề nghị khen thưởng các thôn làm tốt trước ngày 20/12/2024.',
    ]);
  });

  it('makes no task of a span of years gone by, of the clauses of a past year\'s sentence after its semicolon, nor of a count', () => {
    const text = communePlan(`1. Giai đoạn 2021 - 2023, Trạm Y tế xã tiêm phòng dại cho 2.300 con chó, mèo.
2. Năm 2023, Trạm Y tế xã tiêm được 86% tổng đàn; tuy vậy vẫn còn 4 thôn chưa tổ chức tiêm đủ hai đợt.
3. Tổng quân số ra quân tiêm phòng 46 người, trong đó dân quân 30 người, tự vệ các cơ quan 16 người.
4. Trạm Y tế xã tổ chức tiêm phòng dại đợt 1 trước ngày 30/4/2024.`);
    expect(taskTexts(text)).toEqual(['Trạm Y tế xã tổ chức tiêm phòng dại đợt 1 trước ngày 30/4/2024.']);
  });

  it('makes no task of what units "đã" done, where a word still qualifying the subject comes before "đã" (a page with no date)', () => {
    const text = `HỘI NÔNG DÂN TỈNH HÀ TĨNH
CHƯƠNG TRÌNH
Hỗ trợ nông dân chuyển đổi số

Ban Thường vụ Hội Nông dân tỉnh ban hành Chương trình như sau:
I. MỤC ĐÍCH, YÊU CẦU
Góp phần đưa nông sản của hội viên lên sàn thương mại điện tử.
Hội Nông dân các huyện trong tỉnh đã hướng dẫn 1.200 hội viên bán hàng trên sàn thương mại điện tử.
II. NHIỆM VỤ
1. Ban Kinh tế Hội Nông dân tỉnh tổ chức 04 lớp tập huấn bán hàng trực tuyến.`;
    expect(taskTexts(text)).toEqual(['Ban Kinh tế Hội Nông dân tỉnh tổ chức 04 lớp tập huấn bán hàng trực tuyến.']);
  });

  it('keeps a sentence of its own whose subject works "với" a partner, rather than giving it to the task before', () => {
    const text = communePlan(`1. Công chức Tài chính - Kế toán được giao bố trí kinh phí mua vắc xin. Trạm Y tế xã phối hợp với người nuôi chó tổ chức tiêm phòng tại nhà văn hóa thôn.`);
    expect(taskTexts(text)).toEqual([
      'Công chức Tài chính - Kế toán được giao bố trí kinh phí mua vắc xin.',
      'Trạm Y tế xã phối hợp với người nuôi chó tổ chức tiêm phòng tại nhà văn hóa thôn.',
    ]);
    expect(unitsOf(text)).toEqual([
      ['Công chức Tài chính - Kế toán xã Cẩm Bình [assigned]'],
      ['Trạm y tế xã Cẩm Bình [assigned]'],
    ]);
  });

  it('reads a lead-in over a task table as no task, and its unit as the lead of the rows that give its short form', () => {
    const text = `CÔNG AN TỈNH QUẢNG TRỊ
-------
Số: 42/KH-CAT
Quảng Trị, ngày 04 tháng 1 năm 2024

KẾ HOẠCH
Bảo đảm an ninh, trật tự dịp Tết Nguyên đán

II. NHIỆM VỤ
1. Phòng Cảnh sát giao thông (PC08) tăng cường tuần tra, kiểm soát trên Quốc lộ 9.
2. Phòng Cảnh sát hình sự (PC02) thực hiện các nội dung theo bảng dưới đây:
TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian
1 | Tấn công trấn áp tội phạm cướp giật | PC02 | Công an các huyện | 10/01 - 10/02/2024
2 | Truy bắt đối tượng truy nã | Phòng Cảnh sát cơ động |  | Trước 05/02/2024
3. Công an các huyện nắm chắc tình hình địa bàn.

Nơi nhận:
- Lưu: VT.

GIÁM ĐỐC
Nguyễn Văn Hùng
`;
    expect(taskTexts(text)).toEqual([
      'Phòng Cảnh sát giao thông (PC08) tăng cường tuần tra, kiểm soát trên Quốc lộ 9.',
      'Tấn công trấn áp tội phạm cướp giật',
      'Truy bắt đối tượng truy nã',
      'Công an các huyện nắm chắc tình hình địa bàn.',
    ]);
    const units = unitsOf(text);
    expect(units[1]).toEqual(['Phòng Cảnh sát hình sự Công an tỉnh Quảng Trị [lead]', 'Công an các huyện tỉnh Quảng Trị [support]']);
    expect(units[2]).toEqual(['Phòng Cảnh sát cơ động Công an tỉnh Quảng Trị [lead]']);
  });

  it('gives the items under a lead-in paragraph to its units, when a list stands above it in the body', () => {
    // A portal page whose property rows come first: the layout reads the whole page as body, Kính gửi list and all.
    const text = `Số/Ký hiệu: 318/SYT-NVY
Ngày ban hành: 04/01/2025
Loại văn bản: Công văn
Cơ quan ban hành: Sở Y tế tỉnh Quảng Bình

SỞ Y TẾ TỈNH QUẢNG BÌNH
Số: 318/SYT-NVY
V/v phòng, chống dịch bệnh mùa đông xuân

Đồng Hới, ngày 04 tháng 01 năm 2025

Kính gửi:

- Ủy ban nhân dân các huyện, thị xã, thành phố;
- Các bệnh viện, trung tâm y tế tuyến tỉnh.

Căn cứ tình hình dịch bệnh trên địa bàn, Sở Y tế đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố quan tâm chỉ đạo thực hiện một số nội dung sau:

1. Chỉ đạo các xã, phường rà soát số trẻ chưa tiêm đủ mũi sởi.

2. Bố trí kinh phí mua hóa chất khử khuẩn cho các trường học.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC
Trần Văn Minh
`;
    expect(taskTexts(text)).toEqual([
      'Chỉ đạo các xã, phường rà soát số trẻ chưa tiêm đủ mũi sởi.',
      'Bố trí kinh phí mua hóa chất khử khuẩn cho các trường học.',
    ]);
    expect(unitsOf(text)[1]).toEqual(['UBND các huyện, thị xã, thành phố tỉnh Quảng Bình [assigned]']);
  });

  it('makes no task of the lines that name a body\'s members and their places in it', () => {
    const text = `ỦY BAN NHÂN DÂN
XÃ CẨM BÌNH
-------
Số: 21/QĐ-UBND
Cẩm Bình, ngày 06 tháng 3 năm 2024

QUYẾT ĐỊNH
Thành lập Tổ kiểm tra tiêm phòng dại

Điều 1. Thành lập Tổ kiểm tra tiêm phòng dại, gồm các ông (bà) có tên sau:
1. Ông Nguyễn Văn An, Phó Chủ tịch UBND xã - Tổ trưởng;
2. Bà Lê Thị Bình, công chức Văn hóa - Xã hội - Tổ phó thường trực;
3. Ông Trần Văn Cường, Trưởng Trạm Y tế xã - Thành viên.
Điều 2. Công chức Văn phòng - Thống kê và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phan Văn Hòa
`;
    expect(taskTexts(text)).toEqual(['Công chức Văn phòng - Thống kê và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.']);
  });

  it('reads the lead-in written on the line after the last item of a "Thực hiện:" list, over the numbered items below it', () => {
    const text = `ĐẢNG BỘ TỈNH HÀ TĨNH
HUYỆN ỦY CAN LỘC
Số 208-CV/HU
Can Lộc, ngày 09 tháng 9 năm 2024
V/v phòng, chống đuối nước cho trẻ em
Kính gửi: Các chi bộ, đảng bộ cơ sở.

Thực hiện:
- Chỉ thị số 28-CT/TU ngày 02/3/2024 của Ban Thường vụ Tỉnh ủy về phòng, chống đuối nước;
- Công văn số 918-CV/TU ngày 20/8/2024 của Thường trực Tỉnh ủy,
Ban Thường vụ Huyện ủy đề nghị Ban Thường vụ Huyện đoàn thực hiện tốt một số nội dung sau:
1/ Tuyên truyền đến từng hộ gia đình về nguy cơ đuối nước trong mùa mưa lũ.
2/ Ủy ban Mặt trận Tổ quốc huyện vận động các nhà hảo tâm hỗ trợ lớp dạy bơi miễn phí.
Nơi nhận:
- Lưu VPHU.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Trần Văn Hải
`;
    expect(taskTexts(text)).toEqual([
      'Tuyên truyền đến từng hộ gia đình về nguy cơ đuối nước trong mùa mưa lũ.',
      'Ủy ban Mặt trận Tổ quốc huyện vận động các nhà hảo tâm hỗ trợ lớp dạy bơi miễn phí.',
    ]);
    expect(unitsOf(text)[0]).toEqual(['Ban Thường vụ Huyện đoàn Can Lộc [assigned]']);
  });
});
