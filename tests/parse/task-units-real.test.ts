import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units as documents really assign work (issue 9, third round): a fragment copied from the
 * middle of a plan, a headless text whose district is never named, units of a table cell written
 * on separate lines, the Youth Union's committee in a list, and supporting units named later in the
 * sentence. Documents written for the test.
 */
const units = unitsOf;

const huyen = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN HOẰNG HÓA
Số: 96/KH-UBND
Hoằng Hóa, ngày 08 tháng 4 năm 2024

KẾ HOẠCH
Tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới năm 2024

${body}
`;

describe('task units as documents really assign work', () => {
  it('reads the numbered items of a fragment that start right under its title, with no blank line', () => {
    expect(units(`ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN
Số: 402/KH-UBND
KẾ HOẠCH
Ra quân làm giao thông nông thôn
3. Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Tài nguyên và Môi
trường hướng dẫn các xã lập hồ sơ.
4. Ủy ban nhân dân các xã, thị trấn huy động nhân lực tham gia ra quân.
5. Ban Quản lý dự án đầu tư xây dựng huyện giám sát chất lượng công trình.
`)).toEqual([
      ['Phòng Kinh tế và Hạ tầng huyện Cẩm Xuyên [lead]', 'Phòng Tài nguyên và Môi trường huyện Cẩm Xuyên [support]'],
      ['UBND các xã, thị trấn huyện Cẩm Xuyên [assigned]'],
      ['Ban Quản lý dự án đầu tư xây dựng huyện Cẩm Xuyên [assigned]'],
    ]);
  });

  it('names the units of a headless text after the kind of district it speaks of, not a guessed quận', () => {
    expect(units(`Để triển khai có hiệu quả công tác chuyển đổi số năm 2024, yêu cầu các cơ quan, đơn vị thực hiện tốt một số nội dung sau:
1. Phòng Nội vụ phối hợp với Phòng Tài chính - Kế hoạch tham mưu bố trí biên chế, kinh phí cho công tác chuyển đổi số.
2. Giao Công an huyện chủ trì, phối hợp với UBND các xã, thị trấn đẩy mạnh cấp tài khoản định danh điện tử.
`)).toEqual([
      ['Phòng Nội vụ huyện [lead]', 'Phòng Tài chính - Kế hoạch huyện [support]'],
      ['Công an huyện [lead]', 'UBND các xã, thị trấn [support]'],
    ]);
  });

  it('splits a table cell whose units were written on separate lines and joined by the reader', () => {
    expect(units(huyen(`II. NHIỆM VỤ VÀ PHÂN CÔNG

TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian
1 | Kiểm tra việc thu gom, xử lý rác thải tại các cụm công nghiệp | Phòng Tài nguyên và Môi trường | Công an huyện Phòng Kinh tế và Hạ tầng | Tháng 6/2024
2 | Tuyên truyền trên hệ thống truyền thanh cơ sở | Trung tâm Văn hóa, Thông tin và Thể thao huyện | Phòng Văn hóa và Thông tin; UBND các xã, thị trấn | Thường xuyên`))).toEqual([
      ['Phòng Tài nguyên và Môi trường huyện Hoằng Hóa [lead]', 'Công an huyện Hoằng Hóa [support]', 'Phòng Kinh tế và Hạ tầng huyện Hoằng Hóa [support]'],
      ['Trung tâm Văn hóa, Thông tin và Thể thao huyện Hoằng Hóa [lead]', 'Phòng Văn hóa và Thông tin huyện Hoằng Hóa [support]', 'UBND các xã, thị trấn huyện Hoằng Hóa [support]'],
    ]);
  });

  it('reads "Huyện đoàn" in a list of mass organisations as a unit, not as the area word of the unit before it', () => {
    expect(units(huyen(`1. Đề nghị Ủy ban MTTQ huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện và Hội Cựu chiến binh huyện vận động đoàn viên, hội viên tham gia.`))).toEqual([
      ['Ủy ban MTTQ huyện Hoằng Hóa [assigned]', 'Huyện đoàn Hoằng Hóa [assigned]', 'Hội Liên hiệp Phụ nữ huyện Hoằng Hóa [assigned]',
        'Hội Nông dân huyện Hoằng Hóa [assigned]', 'Hội Cựu chiến binh huyện Hoằng Hóa [assigned]'],
    ]);
  });

  it('reads the supporting units named later in the sentence: "X chủ trì …, phối hợp với Y …"', () => {
    expect(units(huyen(`1. Phòng Y tế chủ trì tổ chức kiểm tra các cơ sở kinh doanh thực phẩm, phối hợp với Công an huyện xử lý vi phạm.
2. Phòng Giáo dục và Đào tạo hướng dẫn các trường tổ chức tổng vệ sinh, phối hợp với Huyện đoàn ra quân tại các điểm trường.
3. Phòng Văn hóa và Thông tin tuyên truyền trên Cổng thông tin điện tử huyện, với sự tham gia của các xã.
4. Công an huyện chủ trì tham mưu Ban Chỉ đạo phòng, chống tội phạm huyện mở đợt cao điểm, phối hợp với Ban Chỉ huy Quân sự huyện kiểm tra địa bàn.`))).toEqual([
      ['Phòng Y tế huyện Hoằng Hóa [lead]', 'Công an huyện Hoằng Hóa [support]'],
      ['Phòng Giáo dục và Đào tạo huyện Hoằng Hóa [lead]', 'Huyện đoàn Hoằng Hóa [support]'],
      ['Phòng Văn hóa và Thông tin huyện Hoằng Hóa [assigned]'],
      ['Công an huyện Hoằng Hóa [lead]', 'Ban Chỉ huy Quân sự huyện Hoằng Hóa [support]'],
    ]);
  });

  it('reads a news report of a plan: "UBND huyện giao X phối hợp với Y", "X được giao chủ trì …, phối hợp với Y"', () => {
    expect(units(`(Báo Hà Tĩnh) - UBND huyện Can Lộc vừa ban hành Kế hoạch số 88/KH-UBND ngày 10/5/2024 về tổ chức các hoạt động hè.
Theo đó, UBND huyện giao Phòng Văn hóa và Thông tin phối hợp với Huyện đoàn xây dựng chương trình sinh hoạt hè tại các khu dân cư.
Huyện đoàn được giao chủ trì tổ chức lớp dạy bơi miễn phí cho trẻ em, phối hợp với Trung tâm Văn hóa - Thể thao huyện.
Kế hoạch cũng yêu cầu UBND các xã, thị trấn bố trí kinh phí, sân chơi cho thiếu nhi.
Năm ngoái, toàn huyện có hơn 12.000 em tham gia sinh hoạt hè.
Thu Hà
`)).toEqual([
      ['Phòng Văn hóa và Thông tin huyện Can Lộc [lead]', 'Huyện đoàn Can Lộc [support]'],
      ['Huyện đoàn Can Lộc [lead]', 'Trung tâm Văn hóa - Thể thao huyện Can Lộc [support]'],
      ['UBND các xã, thị trấn huyện Can Lộc [assigned]'],
    ]);
  });

  it('joins a unit name that ends a line with "và" to its next line', () => {
    expect(units(huyen(`1. Phòng Giáo dục và
Đào tạo rà soát các khoản thu đầu năm học.
2. Ủy ban nhân dân các
xã, thị trấn rà soát nguồn thu.`))).toEqual([
      ['Phòng Giáo dục và Đào tạo huyện Hoằng Hóa [assigned]'],
      ['UBND các xã, thị trấn huyện Hoằng Hóa [assigned]'],
    ]);
  });

  it('reads "Về việc …, Ủy ban nhân dân huyện yêu cầu:" opening a headless text as its lead-in, not a title', () => {
    const r = parse(`Về việc triển khai thu ngân sách những tháng cuối năm, Ủy ban nhân dân huyện yêu cầu:
- Phòng Tài chính - Kế hoạch tham mưu điều hành dự toán.
- Các phòng, ban, ngành, đoàn thể huyện và UBND các xã, thị trấn thực hành tiết kiệm, chống lãng phí.
`);
    expect(r.assignments.map((a) => a.units.map((u) => `${u.name} [${u.role}]`))).toEqual([
      ['Phòng Tài chính - Kế hoạch huyện [assigned]'],
      ['Các phòng, ban, ngành huyện [assigned]', 'Các đoàn thể huyện [assigned]', 'UBND các xã, thị trấn [assigned]'],
    ]);
  });

  it('reads the tasks a news report gives after "Theo đó, …", though no sentence says "giao"', () => {
    expect(units(`(QBĐT) - UBND huyện Lệ Thủy vừa có Công văn số 812/UBND-VX ngày 3/5/2024 chỉ đạo các cơ quan, đơn vị triển khai công tác phòng, chống đuối nước cho trẻ em trong dịp hè.
Theo đó, Phòng Lao động - Thương binh và Xã hội là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc các địa phương.
Phòng Giáo dục và Đào tạo có trách nhiệm chỉ đạo các trường học tăng cường giáo dục kỹ năng an toàn trong môi trường nước.
Trung tâm Văn hóa - Thể thao và Du lịch huyện phối hợp với Huyện đoàn mở các lớp dạy bơi.
Chủ tịch UBND các xã, thị trấn chịu trách nhiệm rà soát, cắm biển cảnh báo tại các ao, hồ nguy hiểm.
Năm 2023, trên địa bàn huyện xảy ra 3 vụ đuối nước.
Hoài Nam
`)).toEqual([
      ['Phòng Lao động - Thương binh và Xã hội huyện Lệ Thủy [assigned]'],
      // "chỉ đạo các trường học tăng cường …": whom the Phòng directs, kept and marked `directedBy` (unitplace35).
      ['Phòng Giáo dục và Đào tạo huyện Lệ Thủy [assigned]', 'Các trường học huyện Lệ Thủy [assigned]'],
      ['Trung tâm Văn hóa - Thể thao và Du lịch huyện Lệ Thủy [lead]', 'Huyện đoàn Lệ Thủy [support]'],
      ['UBND các xã, thị trấn huyện Lệ Thủy [assigned]'],
    ]);
  });

  it('reads "Thành ủy", "UBND thành phố" in a document of a city inside a province as that city, not the province', () => {
    expect(units(`ĐẢNG BỘ TỈNH NGHỆ AN
THÀNH ỦY VINH
*
Số 102-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Vinh, ngày 10 tháng 4 năm 2024

KẾ HOẠCH
tổ chức đại hội đảng bộ các cấp

1. Ban Tổ chức Thành ủy chủ trì, phối hợp với Văn phòng Thành ủy, Ủy ban Kiểm tra Thành ủy hướng dẫn công tác nhân sự.
2. Đảng đoàn HĐND thành phố, Ban cán sự đảng UBND thành phố lãnh đạo chuẩn bị báo cáo kinh tế - xã hội.
3. UBND thành phố phối hợp với Sở Nội vụ tỉnh rà soát địa giới các phường.
`)).toEqual([
      ['Ban Tổ chức Thành ủy Vinh [lead]', 'Văn phòng Thành ủy Vinh [support]', 'Ủy ban Kiểm tra Thành ủy Vinh [support]'],
      ['Đảng đoàn HĐND thành phố Vinh [assigned]', 'Ban cán sự đảng UBND thành phố Vinh [assigned]'],
      ['UBND thành phố Vinh [lead]', 'Sở Nội vụ tỉnh Nghệ An [support]'],
    ]);
  });

  it('reads a commune civil servant named by post ("Công chức Tư pháp - Hộ tịch") as a unit, "cán bộ, công chức" as none', () => {
    expect(units(`ỦY BAN NHÂN DÂN
XÃ THẠCH HÒA
Số: 40/KH-UBND
Thạch Hòa, ngày 08 tháng 4 năm 2024

KẾ HOẠCH
Số hóa sổ hộ tịch năm 2024

1. Công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Công chức Văn phòng - Thống kê xã số hóa sổ hộ tịch.
2. Công chức Địa chính - Xây dựng rà soát hồ sơ đất đai.
3. Cán bộ, công chức xã gương mẫu thực hiện.
4. Công chức Văn hóa - Xã hội tuyên truyền trên loa truyền thanh.
`)).toEqual([
      ['Công chức Tư pháp - Hộ tịch xã Thạch Hoà [lead]', 'Công chức Văn phòng - Thống kê xã Thạch Hoà [support]'],
      ['Công chức Địa chính - Xây dựng xã Thạch Hoà [assigned]'],
      ['Công chức Văn hóa - Xã hội xã Thạch Hoà [assigned]'],
    ]);
  });

  it('reads "các thôn", "các xóm" as the villages that carry out a commune plan, and as the qualifier of the unit before them', () => {
    expect(units(`ĐẢNG BỘ HUYỆN YÊN THÀNH
ĐẢNG ỦY XÃ CÔNG THÀNH
*
Số 48-CV/ĐU
Công Thành, ngày 05 tháng 9 năm 2023

CÔNG VĂN
về việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023

Ban Thường vụ Đảng ủy yêu cầu:
1. Trạm y tế xã chủ trì, phối hợp với các thôn tổ chức phun hóa chất diệt muỗi.
2. Ban công tác Mặt trận các xóm xây dựng kế hoạch tổ chức Ngày hội.
3. Văn phòng Đảng ủy gửi văn bản hướng dẫn đến các chi bộ.
`)).toEqual([
      ['Trạm y tế xã Công Thành [lead]', 'Các thôn xã Công Thành [support]'],
      ['Các Ban Công tác Mặt trận khu dân cư xã Công Thành [assigned]'],
      ['Văn phòng Đảng ủy xã Công Thành [assigned]'],
    ]);
  });

  it('keeps a verb inside a unit name that an area word closes ("Đội Quản lý trật tự xây dựng đô thị huyện"), not a clause verb', () => {
    expect(units(`ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG ANH
Số: 96/UBND-TTXD
Đông Anh, ngày 08 tháng 4 năm 2024

V/v xử lý đổ trộm phế thải

1. Đội Quản lý trật tự xây dựng đô thị huyện lập biên bản các trường hợp đổ trộm.
2. Phòng Kinh tế kiểm tra xây dựng huyện lỵ.
`)).toEqual([
      ['Đội Quản lý trật tự xây dựng đô thị huyện Đông Anh [assigned]'],
      ['Phòng Kinh tế huyện Đông Anh [assigned]'],
    ]);
  });
});

