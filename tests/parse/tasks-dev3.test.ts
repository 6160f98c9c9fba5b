import { describe, expect, it } from 'vitest';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Which sentences are tasks and which units belong to which task, fifth round (issue 9): the mechanisms behind the
 * misses of sixteen documents written blind, each in a document written for the test in the same pattern, not in the
 * words of the one that missed.
 */

// A provincial news item reporting a Chỉ thị in prose.
const newsItem = (body: string) => `Huế: Tăng cường bảo đảm an toàn cho học sinh mùa mưa lũ

Thứ Hai, 07/10/2024 - 09:10

(TTH) - Chủ tịch UBND tỉnh Thừa Thiên Huế vừa ký ban hành Chỉ thị số 15/CT-UBND ngày 04/10/2024 về bảo đảm an toàn cho học sinh trong mùa mưa bão năm 2024.

${body}

Ngọc Ánh
`;

// A provincial decision setting up an inspection team; the articles under test go after "QUYẾT ĐỊNH:".
const decision = (articles: string) => `ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
Số: 512/QĐ-UBND
Lạng Sơn, ngày 02 tháng 4 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Đoàn kiểm tra công tác quản lý khoáng sản

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN

QUYẾT ĐỊNH:

Điều 1. Thành lập Đoàn kiểm tra công tác quản lý khoáng sản, gồm các ông (bà) có tên sau:
1. Ông Hoàng Văn Sơn, Phó Giám đốc Sở Tài nguyên và Môi trường - Trưởng đoàn;
2. Bà Lý Thị Mai, Phó Chánh Thanh tra tỉnh - Thành viên.

${articles}

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH
Hồ Tiến Thiệu
`;

// A Sở's letter whose lead-in is followed by a paragraph of figures before its items.
const letter = (between: string) => `SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẠC LIÊU
Số: 740/STNMT-TNN
V/v ứng phó xâm nhập mặn mùa khô năm 2024
Bạc Liêu, ngày 05 tháng 3 năm 2024

Kính gửi:
- Ủy ban nhân dân các huyện, thị xã, thành phố;
- Các phòng, đơn vị trực thuộc Sở.

Sở Tài nguyên và Môi trường đề nghị các địa phương, đơn vị thực hiện các nội dung sau:

${between}

1. Chi cục Biển và Hải đảo theo dõi chặt chẽ độ mặn tại các trạm quan trắc.
2. Phòng Tài nguyên nước hướng dẫn các hộ dân trữ nước ngọt an toàn.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Minh
`;

// A commune plan for an event: its time and place, then who does what.
const eventPlan = (timePlace: string) => `ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 45/KH-UBND
Hòa Bình, ngày 10 tháng 10 năm 2024

KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024

Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

I. THỜI GIAN, ĐỊA ĐIỂM

${timePlace}

II. PHÂN CÔNG NHIỆM VỤ

1. Công chức Văn hóa - Xã hội xây dựng chương trình Ngày hội tại thôn Đông.
2. Trạm Y tế xã bố trí cán bộ trực sơ cấp cứu trong thời gian tổ chức Ngày hội.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hải
`;

describe('which sentences are tasks, fifth round', () => {
  it('ends a task at the full stop after "X được giao <verb> …", and the next sentence is a task of its own', () => {
    const text = newsItem(`Theo Chỉ thị, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế rà soát các điểm trường có nguy cơ ngập sâu, sạt lở.

Sở Tài chính được giao cân đối kinh phí sửa chữa mái tôn các phòng học xuống cấp trước ngày 20/10. Công an tỉnh chỉ đạo lực lượng Cảnh sát đường thủy tăng cường tuần tra các bến đò ngang chở học sinh.`);
    expect(taskTexts(text)).toEqual([
      'Theo Chỉ thị, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế rà soát các điểm trường có nguy cơ ngập sâu, sạt lở.',
      'Sở Tài chính được giao cân đối kinh phí sửa chữa mái tôn các phòng học xuống cấp trước ngày 20/10.',
      'Công an tỉnh chỉ đạo lực lượng Cảnh sát đường thủy tăng cường tuần tra các bến đò ngang chở học sinh.',
    ]);
    expect(unitsOf(text).slice(1)).toEqual([
      ['Sở Tài chính tỉnh Thừa Thiên Huế [assigned]'],
      ['Công an tỉnh Thừa Thiên Huế [assigned]'],
    ]);
  });

  it('gives "Đối với X, <speaker> yêu cầu <verb> …" to X, not to the speaker', () => {
    const text = newsItem(`Đối với UBND các huyện Phong Điền, Quảng Điền, A Lưới, Chủ tịch UBND tỉnh yêu cầu chỉ đạo các trường học bố trí phương án đưa đón học sinh khi nước lên. Sở Xây dựng kiểm tra độ an toàn các công trình trường học đang thi công.`);
    expect(taskTexts(text)).toEqual([
      'Đối với UBND các huyện Phong Điền, Quảng Điền, A Lưới, Chủ tịch UBND tỉnh yêu cầu chỉ đạo các trường học bố trí phương án đưa đón học sinh khi nước lên.',
      'Sở Xây dựng kiểm tra độ an toàn các công trình trường học đang thi công.',
    ]);
    expect(unitsOf(text)[0]).toEqual([
      'UBND huyện Phong Điền [assigned]',
      'UBND huyện Quảng Điền [assigned]',
      'UBND huyện A Lưới [assigned]',
      // "chỉ đạo các trường học bố trí …": whom the districts direct, kept and marked `directedBy` (unitplace35).
      'Các trường học tỉnh Thừa Thiên Huế [assigned]',
    ]);
  });

  it('makes no task of a speaker\'s words quoted after a colon in a news item', () => {
    const text = newsItem(`Theo Chỉ thị, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế rà soát các điểm trường có nguy cơ ngập sâu, sạt lở.

Đồng chí Giám đốc Sở Giáo dục và Đào tạo nhấn mạnh: "Không để học sinh nào phải lội nước đến trường. Các trường phải chủ động cho học sinh nghỉ học khi có cảnh báo".`);
    expect(taskTexts(text)).toEqual([
      'Theo Chỉ thị, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế rà soát các điểm trường có nguy cơ ngập sâu, sạt lở.',
    ]);
  });

  it('makes no task of figures given on a unit\'s word ("Theo Trung tâm Khí tượng Thủy văn tỉnh, …") between a lead-in and its items', () => {
    const text = letter('Theo Trung tâm Khí tượng Thủy văn tỉnh, từ đầu tháng 2 đến nay độ mặn tại các cửa sông cao hơn trung bình nhiều năm, lượng nước ngọt trong các kênh nội đồng gần như không còn.');
    expect(taskTexts(text)).toEqual([
      'Chi cục Biển và Hải đảo theo dõi chặt chẽ độ mặn tại các trạm quan trắc.',
      'Phòng Tài nguyên nước hướng dẫn các hộ dân trữ nước ngọt an toàn.',
    ]);
  });

  it('makes no task of how a team works ("làm việc theo chế độ kiêm nhiệm", "tự giải thể")', () => {
    const text = decision(`Điều 2. Đoàn kiểm tra kiểm tra việc cấp phép, khai thác khoáng sản tại các huyện Lộc Bình, Đình Lập.

Đoàn kiểm tra làm việc theo chế độ kiêm nhiệm, được sử dụng con dấu của Sở Tài nguyên và Môi trường và tự giải thể sau khi hoàn thành nhiệm vụ.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.`);
    expect(taskTexts(text)).toEqual(['Đoàn kiểm tra kiểm tra việc cấp phép, khai thác khoáng sản tại các huyện Lộc Bình, Đình Lập.']);
  });

  it('reads the members named in Điều 1 after "… các huyện có tên tại Điều 2 và" as units of the execution article', () => {
    const text = decision(`Điều 2. Đoàn kiểm tra kiểm tra việc cấp phép, khai thác khoáng sản tại các huyện Lộc Bình, Đình Lập.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các huyện có tên tại Điều 2 và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`);
    expect(unitsOf(text)[1]).toEqual([
      'Văn phòng UBND tỉnh Lạng Sơn [assigned]',
      // units10's reading keeps which districts ("có tên tại Điều 2") in the collective's name, as for the members.
      'UBND các huyện có tên tại Điều 2 tỉnh Lạng Sơn [assigned]',
      'Các thành viên có tên tại Điều 1 tỉnh Lạng Sơn [assigned]',
    ]);
  });

  it('makes no task of when and where the event is held ("I. THỜI GIAN, ĐỊA ĐIỂM"), whoever its sentences name', () => {
    const text = eventPlan('Ngày hội điểm của xã tổ chức tại Nhà văn hóa thôn Đông vào ngày 15/11/2024; các khu dân cư khác tổ chức trong tuần tiếp theo, chậm nhất ngày 18/11/2024.');
    expect(taskTexts(text)).toEqual([
      'Công chức Văn hóa - Xã hội xây dựng chương trình Ngày hội tại thôn Đông.',
      'Trạm Y tế xã bố trí cán bộ trực sơ cấp cứu trong thời gian tổ chức Ngày hội.',
    ]);
  });

  it('ends a paragraph at the closing formula written as its last sentence ("… Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc thực hiện Chỉ thị này./.")', () => {
    const text = `ỦY BAN NHÂN DÂN
HUYỆN HƯƠNG KHÊ
Số: 03/CT-UBND
Hương Khê, ngày 15 tháng 3 năm 2024

CHỈ THỊ
Về tăng cường phòng, chống dịch bệnh trên đàn gia súc

Để chủ động phòng, chống dịch bệnh, Chủ tịch Ủy ban nhân dân huyện chỉ thị:

1. Trạm Chăn nuôi và Thú y huyện hướng dẫn các xã tiêm phòng đợt 1 trước ngày 30/4/2024.

2. Chủ tịch UBND các xã, thị trấn chỉ đạo các thôn thống kê đàn gia súc.

Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả tiêm phòng trên địa bàn. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc thực hiện Chỉ thị này./.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.

CHỦ TỊCH
Trần Văn Đức
`;
    // The sentence of accountability before it stays a task, as the tune labels (c88, f67) read it.
    expect(taskTexts(text)).toEqual([
      'Trạm Chăn nuôi và Thú y huyện hướng dẫn các xã tiêm phòng đợt 1 trước ngày 30/4/2024.',
      'Chủ tịch UBND các xã, thị trấn chỉ đạo các thôn thống kê đàn gia súc.',
      'Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả tiêm phòng trên địa bàn.',
    ]);
  });

  it('makes no task of "… theo chế độ kiêm nhiệm" where the body\'s name ran into "làm việc"', () => {
    const text = `ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 88/QĐ-UBND
Tân Lập, ngày 02 tháng 4 năm 2024

QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP

QUYẾT ĐỊNH:

Điều 1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã Tân Lập, gồm các ông (bà) có tên sau:
1. Ông Lê Văn Tâm, Chủ tịch UBND xã - Trưởng ban;
2. Ông Hà Văn Bình, Chỉ huy trưởng Ban Chỉ huy Quân sự xã - Phó Trưởng ban.

Điều 2. Ban Chỉ huy giúp Ủy ban nhân dân xã chỉ đạo công tác phòng, chống thiên tai trên địa bàn xã.

Ban Chỉ huy làm việc theo chế độ kiêm nhiệm, được dùng con dấu của Ủy ban nhân dân xã trong giao dịch.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH
Lê Văn Tâm
`;
    expect(taskTexts(text)).toEqual(['Ban Chỉ huy giúp Ủy ban nhân dân xã chỉ đạo công tác phòng, chống thiên tai trên địa bàn xã.']);
  });

  it('makes no task of a news item\'s background opened by "Được biết,"', () => {
    const text = newsItem(`Theo Chỉ thị, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế rà soát các điểm trường có nguy cơ ngập sâu, sạt lở.

Được biết, năm học này Sở Giáo dục và Đào tạo sẽ tổ chức diễn tập ứng phó thiên tai tại 12 trường vùng thấp trũng.`);
    expect(taskTexts(text)).toEqual([
      'Theo Chỉ thị, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế rà soát các điểm trường có nguy cơ ngập sâu, sạt lở.',
    ]);
  });

  it('gives "X giao <a thing> cho Y …" to X, who hands it over, not to the lead-in\'s units', () => {
    const text = `ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY ANH SƠN
*
Số 15-CT/HU
Anh Sơn, ngày 20 tháng 10 năm 2024

CHỈ THỊ
về lãnh đạo công tác trồng rừng năm 2025

Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền và các đoàn thể thực hiện tốt các nội dung sau:

1. UBND huyện giao kế hoạch trồng rừng cho các xã, thị trấn sát với diện tích đất trống, bảo đảm đủ cây giống.

2. Huyện đoàn tổ chức ra quân trồng cây đầu xuân.

T/M BAN THƯỜNG VỤ
BÍ THƯ
Nguyễn Văn Hùng
`;
    expect(unitsOf(text)).toEqual([
      ['UBND huyện Anh Sơn [assigned]'],
      ['Huyện đoàn Anh Sơn [assigned]'],
    ]);
  });

  it('reads a unit after "ở" as a place the sentence speaks of, not its subject', () => {
    const text = eventPlan(`Ngày hội điểm của xã tổ chức tại Nhà văn hóa thôn Đông vào ngày 15/11/2024.`).replace('1. Công chức Văn hóa', `1. Năm nay dự báo mưa lớn kéo dài, nguy cơ ngập sâu ở các thôn ven sông, nhất là vào cuối tháng 11.
2. Công chức Văn hóa`).replace('2. Trạm Y tế', '3. Trạm Y tế');
    expect(taskTexts(text)).toEqual([
      'Công chức Văn hóa - Xã hội xây dựng chương trình Ngày hội tại thôn Đông.',
      'Trạm Y tế xã bố trí cán bộ trực sơ cấp cứu trong thời gian tổ chức Ngày hội.',
    ]);
  });
});
