import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Task units, fifth round (issue 9): ward and commune documents whose units are named by post, by
 * abbreviation or with the body of the level above; "giao" inside a word; the supporting unit of a
 * second clause. Documents written for the test.
 */
const phuong = (body: string) => `ỦY BAN NHÂN DÂN
PHƯỜNG LÁNG HẠ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 77/KH-UBND
Láng Hạ, ngày 09 tháng 5 năm 2024

KẾ HOẠCH
Ra quân lập lại trật tự vỉa hè năm 2024

${body}
`;

const dangUyXa = (body: string) => `ĐẢNG BỘ HUYỆN CẨM XUYÊN
ĐẢNG ỦY XÃ CẨM BÌNH
*
Số 64-TB/ĐU
Cẩm Bình, ngày 03 tháng 9 năm 2024

THÔNG BÁO
kết luận của Ban Thường vụ Đảng ủy xã

${body}
`;

describe('task units, fifth round', () => {
  it('reads "giao" in "an toàn giao thông" as no assigning verb: the plan\'s aims are no task of the ward', () => {
    const doc = phuong(`Thực hiện Kế hoạch số 41/KH-UBND ngày 12/4/2024 của UBND quận Đống Đa về an toàn giao thông, Ủy ban nhân dân phường Láng Hạ xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Giảm ùn tắc tại các nút giao thông; không để tái lấn chiếm sau ra quân.

II. NHIỆM VỤ
1. Giao Công an phường chủ trì xử lý xe đỗ sai quy định.`);
    expect(taskTexts(doc)).toEqual(['Giao Công an phường chủ trì xử lý xe đỗ sai quy định.']);
    expect(unitsOf(doc)).toEqual([['Công an phường Láng Hạ [lead]']]);
  });

  it('names a police team with the police of its area ("Đội … Công an quận"), and "các đơn vị có liên quan" as a supporting collective', () => {
    expect(unitsOf(phuong(`II. NHIỆM VỤ
1. Công an phường chủ trì, phối hợp với Đội Cảnh sát giao thông - Trật tự Công an quận Đống Đa và các đơn vị có liên quan xử lý xe đỗ sai quy định.
2. Đề nghị Phòng Cảnh sát cơ động Công an thành phố Hà Nội hỗ trợ lực lượng trong ngày ra quân.`))).toEqual([
      ['Công an phường Láng Hạ [lead]', 'Đội Cảnh sát giao thông - Trật tự Công an quận Đống Đa [support]', 'Các cơ quan, đơn vị có liên quan phường Láng Hạ [support]'],
      ['Phòng Cảnh sát cơ động Công an Thành phố Hà Nội [assigned]'],
    ]);
  });

  it('keeps a verb inside a short name closed by its area ("Đội Trật tự xây dựng đô thị phường"), and "Văn phòng - Thống kê phường" as the ward\'s post', () => {
    expect(unitsOf(phuong(`II. NHIỆM VỤ
1. Giao Đội Trật tự xây dựng đô thị phường chủ trì, phối hợp với Văn phòng - Thống kê phường và
các tổ dân phố lập biên bản các công trình vi phạm.
2. Đội Trật tự xây dựng đô thị phường kiểm tra các công trình trên tuyến phố Láng Hạ.`))).toEqual([
      ['Đội Trật tự xây dựng đô thị phường Láng Hạ [lead]', 'Văn phòng - Thống kê phường Láng Hạ [support]', 'Các tổ dân phố phường Láng Hạ [support]'],
      ['Đội Trật tự xây dựng đô thị phường Láng Hạ [assigned]'],
    ]);
  });

  it('reads units listed past a semicolon and a line wrap after the supporting units as more of them, one task', () => {
    expect(unitsOf(phuong(`II. NHIỆM VỤ
1. Giao Công chức Địa chính - Xây dựng chủ trì, phối hợp với Công an phường;
Ban Chỉ huy Quân sự phường; các tổ dân phố kiểm tra vệ sinh môi trường.
2. Công an phường xử lý vi phạm; các tổ dân phố báo cáo kết quả.`))).toEqual([
      ['Công chức Địa chính - Xây dựng phường Láng Hạ [lead]', 'Công an phường Láng Hạ [support]', 'Ban Chỉ huy Quân sự phường Láng Hạ [support]', 'Các tổ dân phố phường Láng Hạ [support]'],
      // A clause with a predicate before its semicolon is a task of its own, and so is the next.
      ['Công an phường Láng Hạ [assigned]'],
      ['Các tổ dân phố phường Láng Hạ [assigned]'],
    ]);
  });

  it('gives a body that directs its own force ("Trưởng Công an các xã … chỉ đạo lực lượng công an xã") once, and keeps another body it directs', () => {
    expect(unitsOf(`ỦY BAN NHÂN DÂN
HUYỆN CẨM XUYÊN
Số: 96/KH-UBND
Cẩm Xuyên, ngày 03 tháng 4 năm 2024

KẾ HOẠCH
Bảo đảm an ninh nông thôn năm 2024

III. TỔ CHỨC THỰC HIỆN
1. Trưởng Công an các xã, thị trấn chỉ đạo lực lượng công an xã tuần tra ban đêm.
2. Công an huyện chỉ đạo Công an các xã, thị trấn lập danh sách đối tượng.`)).toEqual([
      ['Công an các xã, thị trấn huyện Cẩm Xuyên [assigned]'],
      ['Công an huyện Cẩm Xuyên [assigned]', 'Công an các xã, thị trấn huyện Cẩm Xuyên [assigned]'],
    ]);
  });

  it('reads "X …; Y phối hợp <verb> …" in one item as one task: X leads, Y supports', () => {
    expect(unitsOf(dangUyXa(`Ban Thường vụ Đảng ủy yêu cầu:
a) Trưởng Công an xã xây dựng phương án bảo vệ lễ hội; BCH Quân sự xã phối hợp bố trí lực lượng dân quân.
b) UBMTTQ xã, Thường trực HĐND xã giám sát việc thu, chi quỹ lễ hội.
c) Chi bộ Công an xã, Chi bộ Quân sự xã lãnh đạo đảng viên gương mẫu thực hiện.`))).toEqual([
      ['Công an xã Cẩm Bình [lead]', 'Ban Chỉ huy Quân sự xã Cẩm Bình [support]'],
      ['Ủy ban MTTQ xã Cẩm Bình [assigned]', 'Thường trực HĐND xã Cẩm Bình [assigned]'],
      ['Chi bộ Công an xã Cẩm Bình [assigned]', 'Chi bộ Quân sự xã Cẩm Bình [assigned]'],
    ]);
  });

  it('reads a clause on part of the units ("một số chi bộ còn chậm …", "Đến nay, …") as the situation, no task', () => {
    const doc = dangUyXa(`Ban Thường vụ Đảng ủy kết luận như sau:
1. Đến nay, các chi bộ đã tổ chức học tập nghị quyết; một số chi bộ còn chậm báo cáo kết quả. Nhiều chi bộ chưa lập sổ theo dõi.
2. Các chi bộ thôn hoàn thành báo cáo kết quả học tập trước ngày 20/9/2024.`);
    expect(taskTexts(doc)).toEqual(['Các chi bộ thôn hoàn thành báo cáo kết quả học tập trước ngày 20/9/2024.']);
  });

  it('reads a Nghệ An city\'s residential groups ("khối phố") by post and as a cell\'s qualifier', () => {
    const record = parse(`ĐẢNG BỘ THÀNH PHỐ VINH
ĐẢNG ỦY PHƯỜNG HƯNG BÌNH
*
Số 30-CV/ĐU
Hưng Bình, ngày 11 tháng 3 năm 2024

V/v ra quân vệ sinh môi trường

Ban Thường vụ Đảng ủy phường yêu cầu:
1. Bí thư các chi bộ khối phố lãnh đạo đảng viên gương mẫu tham gia ra quân.
2. Trưởng các khối phố vận động các hộ gia đình thu gom rác thải.`);
    // The cells keep their qualifier in what was printed; their name is that of the cells under the committee.
    expect(record.assignments.map((a) => a.units.map((u) => `${u.name} <${u.surface}>`))).toEqual([
      ['Các chi bộ trực thuộc Đảng ủy phường Hưng Bình <Bí thư các chi bộ khối phố>'],
      ['Các khối phố phường Hưng Bình <Trưởng các khối phố>'],
    ]);
  });

  // The tune labels (c37, f49, w53) name the members in charge themselves, as printed (third round of blind documents).
  it('reads a committee\'s members in charge ("Các đồng chí Đảng ủy viên phụ trách thôn") as that unit of the committee, and a commune\'s radio in lower case', () => {
    expect(unitsOf(dangUyXa(`Ban Thường vụ Đảng ủy yêu cầu:
1. Các đồng chí Đảng ủy viên phụ trách thôn dự, chỉ đạo hội nghị ở thôn.
2. Đài truyền thanh xã tăng thời lượng phát sóng về lễ hội.`))).toEqual([
      ['Các Đảng ủy viên phụ trách thôn Đảng ủy xã Cẩm Bình [assigned]'],
      ['Đài Truyền thanh xã Cẩm Bình [assigned]'],
    ]);
  });

  it('reads the Youth Union\'s cells of residential groups ("các chi đoàn tổ dân phố") as one supporting unit', () => {
    expect(unitsOf(phuong(`II. NHIỆM VỤ
1. Đoàn Thanh niên phường chủ trì, phối hợp với Hội Liên hiệp Phụ nữ phường và các chi đoàn tổ dân phố ra quân dọn vỉa hè.`))).toEqual([
      ['Đoàn Thanh niên phường Láng Hạ [lead]', 'Hội Liên hiệp Phụ nữ phường Láng Hạ [support]', 'Các chi đoàn tổ dân phố phường Láng Hạ [support]'],
    ]);
  });

  it('reads a committee\'s organs together ("các cơ quan tham mưu, giúp việc Huyện ủy") as one supporting unit', () => {
    expect(unitsOf(`HUYỆN ỦY CẨM XUYÊN
*
Số 71-KH/HU
Cẩm Xuyên, ngày 20 tháng 5 năm 2024

KẾ HOẠCH
Sơ kết Chỉ thị của Ban Thường vụ Huyện ủy

II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan tham mưu, giúp việc Huyện ủy xây dựng báo cáo sơ kết.`)).toEqual([
      ['Ban Tuyên giáo Huyện ủy Cẩm Xuyên [lead]', 'Các cơ quan tham mưu, giúp việc Huyện ủy Cẩm Xuyên [support]'],
    ]);
  });

  it('reads a heading that names the ward\'s mass-mobilisation bloc and the mass organisations over lettered points', () => {
    expect(unitsOf(`ĐẢNG BỘ QUẬN HẢI CHÂU
ĐẢNG ỦY PHƯỜNG THẠCH THANG
*
Số 90-KH/ĐU
Thạch Thang, ngày 10 tháng 6 năm 2024

KẾ HOẠCH
Thực hiện quy chế dân chủ ở cơ sở năm 2024

III. TỔ CHỨC THỰC HIỆN
1. Khối dân vận phường, các đoàn thể chính trị - xã hội:
a) Phối hợp với Công an phường tuyên truyền phòng, chống ma túy;
b) Nắm tình hình nhân dân, báo cáo Đảng ủy hằng quý.`)).toEqual([
      ['Khối dân vận phường Thạch Thang [lead]', 'Các tổ chức chính trị - xã hội phường Thạch Thang [lead]', 'Công an phường Thạch Thang [support]'],
      ['Khối dân vận phường Thạch Thang [assigned]', 'Các tổ chức chính trị - xã hội phường Thạch Thang [assigned]'],
    ]);
  });

  it('reads a news report\'s quote ("Ông …, Trưởng phòng … cho biết, phòng sẽ …") as no task', () => {
    expect(taskTexts(`Huyện Cẩm Xuyên ra quân dọn vệ sinh

Ngày 12/4, UBND huyện Cẩm Xuyên ban hành Kế hoạch số 98/KH-UBND về ra quân tổng vệ sinh môi trường năm 2024.

Theo kế hoạch, Phòng Tài nguyên và Môi trường được giao chủ trì, phối hợp với UBND các xã, thị trấn tổ chức ra quân. Ông Lê Văn Hòa, Trưởng phòng Tài nguyên và Môi trường huyện cho biết, phòng sẽ tăng cường kiểm tra.`)).toEqual([
      'Theo kế hoạch, Phòng Tài nguyên và Môi trường được giao chủ trì, phối hợp với UBND các xã, thị trấn tổ chức ra quân.',
    ]);
  });

  it('reads the disaster-response command whole, capitals inside its name and abbreviated', () => {
    expect(unitsOf(`ỦY BAN NHÂN DÂN
HUYỆN CẨM XUYÊN
Số: 97/KH-UBND
Cẩm Xuyên, ngày 04 tháng 4 năm 2024

KẾ HOẠCH
Phòng, chống thiên tai năm 2024

III. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện chủ trì, phối hợp với Công an huyện kiểm tra các hồ đập.
2. Ban Chỉ huy PCTT&TKCN các xã, thị trấn rà soát các hộ dân vùng trũng.`)).toEqual([
      ['Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện Cẩm Xuyên [lead]', 'Công an huyện Cẩm Xuyên [support]'],
      ['Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các xã, thị trấn huyện Cẩm Xuyên [assigned]'],
    ]);
  });

  it('reads "các Ban HĐND huyện" as the council\'s committees, beside the council', () => {
    expect(unitsOf(`ỦY BAN NHÂN DÂN
HUYỆN CẨM XUYÊN
Số: 95/KH-UBND
Cẩm Xuyên, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Cải cách hành chính năm 2024

III. TỔ CHỨC THỰC HIỆN
1. Đề nghị Thường trực HĐND huyện, các Ban HĐND huyện giám sát việc giải quyết thủ tục hành chính.`)).toEqual([
      ['Thường trực HĐND huyện Cẩm Xuyên [assigned]', 'Các Ban HĐND huyện Cẩm Xuyên [assigned]'],
    ]);
  });
});
