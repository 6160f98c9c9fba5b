import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Task units, sixth round (issue 9): where a task's units are written in a plan (a heading that
 * names them over a paragraph, a lead-in over semicolons, the subject of a clause) and where they
 * are only mentioned. Documents written for the test.
 */
const xa = (body: string) => `ỦY BAN NHÂN DÂN
XÃ HƯƠNG TRÀ
-------
Số: 40/KH-UBND
Hương Trà, ngày 08 tháng 4 năm 2024

KẾ HOẠCH
Phòng cháy, chữa cháy rừng mùa khô năm 2024

III. TỔ CHỨC THỰC HIỆN
${body}
`;

const huyen = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN QUẢNG XƯƠNG
-------
Số: 240/KH-UBND
Quảng Xương, ngày 04 tháng 6 năm 2024

KẾ HOẠCH
Cao điểm phòng, chống đuối nước trẻ em

III. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('task units, sixth round', () => {
  it('keeps a heading that names a unit apart from the paragraph under it, though the name ends with an area word and the paragraph opens with a capital', () => {
    expect(unitsOf(xa(`1. Ban Chỉ huy Quân sự xã
Chủ trì, phối hợp với Công an xã xây dựng phương án huy động lực lượng chữa cháy rừng.
2. Công an xã
Phối hợp với Ban Chỉ huy Quân sự xã tuần tra các khu rừng trọng điểm.
3. Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường
Theo dõi diễn biến thời tiết, tham mưu UBND xã chỉ đạo kịp thời.`))).toEqual([
      ['Ban Chỉ huy Quân sự xã Hương Trà [lead]', 'Công an xã Hương Trà [support]'],
      ['Công an xã Hương Trà [lead]', 'Ban Chỉ huy Quân sự xã Hương Trà [support]'],
      // A heading longer than eight words when it is a unit's name and nothing else; UBND xã is whom it advises.
      ['Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường xã Hương Trà [assigned]'],
    ]);
  });

  it('still joins a place name wrapped after its area word ("… UBND xã" / "Hương Trà …")', () => {
    expect(taskTexts(xa(`1. Giao Công an xã phối hợp với Ủy ban nhân dân xã
Hương Trà tuần tra các khu rừng trọng điểm.`))).toEqual(['Giao Công an xã phối hợp với Ủy ban nhân dân xã Hương Trà tuần tra các khu rừng trọng điểm.']);
  });

  it('reads "Trách nhiệm của X" and "Trách nhiệm cụ thể của X và Y" headings as naming the units of the paragraph under them, roles after "Là cơ quan thường trực,"', () => {
    expect(unitsOf(huyen(`1. Trách nhiệm của Phòng Giáo dục và Đào tạo
Là cơ quan thường trực, chủ trì, phối hợp với Trung tâm Y tế huyện tổ chức dạy bơi cho học sinh.
2. Trách nhiệm cụ thể của Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội
Vận động đoàn viên, hội viên giám sát trẻ em trong dịp hè.`))).toEqual([
      ['Phòng Giáo dục và Đào tạo huyện Quảng Xương [lead]', 'Trung tâm Y tế huyện Quảng Xương [support]'],
      ['Ủy ban MTTQ huyện Quảng Xương [assigned]', 'Các tổ chức chính trị - xã hội huyện Quảng Xương [assigned]'],
    ]);
  });

  it('hands a lead-in\'s items to every unit it names, over a semicolon ("… yêu cầu Thủ trưởng …; Chủ tịch UBND các xã … thực hiện các nội dung sau:")', () => {
    expect(unitsOf(`Ủy ban nhân dân huyện Yên Thành yêu cầu Thủ trưởng các phòng, ban, ngành cấp huyện; Chủ tịch UBND các xã, thị trấn thực hiện tốt các nội dung sau:
1. Quán triệt đến cán bộ, công chức việc chấp hành quy định về văn hóa công sở.
2. Định kỳ hằng quý báo cáo kết quả về UBND huyện (qua Phòng Nội vụ).
3. Giao Phòng Nội vụ theo dõi, kiểm tra, đôn đốc việc thực hiện.
`)).toEqual([
      ['Các phòng, ban, ngành huyện Yên Thành [assigned]', 'UBND các xã, thị trấn huyện Yên Thành [assigned]'],
      ['Các phòng, ban, ngành huyện Yên Thành [assigned]', 'UBND các xã, thị trấn huyện Yên Thành [assigned]'],
      ['Phòng Nội vụ huyện Yên Thành [assigned]'],
    ]);
  });

  it('reads plural areas that open a clause ("Các xã, thị trấn kiểm tra …") as their People\'s Committees, and "các xã" after a verb as no unit', () => {
    const record = unitsOf(huyen(`1. Các xã, thị trấn cắm biển cảnh báo tại các ao, hồ nguy hiểm.
2. Phòng Văn hóa và Thông tin hướng dẫn các xã tuyên truyền kỹ năng phòng, chống đuối nước.`));
    expect(record).toEqual([
      ['UBND các xã, thị trấn huyện Quảng Xương [assigned]'],
      ['Phòng Văn hóa và Thông tin huyện Quảng Xương [assigned]'],
    ]);
  });

  it('assigns after "Giao cho", "Giao trách nhiệm cho" (the units come after "cho")', () => {
    expect(unitsOf(huyen(`1. Giao cho Văn phòng HĐND và UBND huyện theo dõi, tổng hợp kết quả.
2. Giao trách nhiệm cho Phòng Lao động - Thương binh và Xã hội kiểm tra các điểm vui chơi trẻ em.`))).toEqual([
      ['Văn phòng HĐND và UBND huyện Quảng Xương [assigned]'],
      ['Phòng Lao động - Thương binh và Xã hội huyện Quảng Xương [assigned]'],
    ]);
  });

  it('reads roles past "theo chức năng, nhiệm vụ", and a numbered team whole ("Đội Quản lý thị trường số 6")', () => {
    expect(unitsOf(huyen(`1. Công an huyện, Đội Quản lý thị trường số 6 theo chức năng, nhiệm vụ phối hợp với UBND các xã kiểm tra các điểm kinh doanh đồ chơi dưới nước.`))).toEqual([
      ['Công an huyện Quảng Xương [lead]', 'Đội Quản lý thị trường số 6 huyện Quảng Xương [lead]', 'UBND các xã huyện Quảng Xương [support]'],
    ]);
  });

  it('reads "Các phòng chuyên môn thuộc UBND huyện" as the departments, the UBND they belong to as no unit', () => {
    expect(unitsOf(huyen(`1. Các phòng chuyên môn thuộc UBND huyện căn cứ nhiệm vụ được giao chủ động triển khai thực hiện.
2. Các cơ quan, đơn vị thuộc UBND huyện
Cử công chức tham gia tập huấn kỹ năng cứu đuối.`))).toEqual([
      ['Các phòng chuyên môn huyện Quảng Xương [assigned]'],
      ['Các cơ quan, đơn vị huyện Quảng Xương [assigned]'],
    ]);
  });

  it('keeps "thuộc UBND huyện" in what a collective was printed as, and reads roles past "làm đầu mối"', () => {
    const record = parse(huyen(`1. Các cơ quan, đơn vị thuộc UBND huyện cử công chức tham gia tập huấn kỹ năng cứu đuối.
2. Giao Phòng Kinh tế và Hạ tầng làm đầu mối, phối hợp với Liên minh Hợp tác xã tỉnh hỗ trợ các hợp tác xã.`));
    expect(record.assignments.map((a) => a.units.map((u) => `${u.name} <${u.surface}> [${u.role}]`))).toEqual([
      ['Các cơ quan, đơn vị huyện Quảng Xương <Các cơ quan, đơn vị thuộc UBND huyện> [assigned]'],
      ['Phòng Kinh tế và Hạ tầng huyện Quảng Xương <Phòng Kinh tế và Hạ tầng> [lead]', 'Liên minh Hợp tác xã tỉnh Thanh Hóa <Liên minh Hợp tác xã tỉnh> [support]'],
    ]);
  });

  it('reads "UBND các địa phương" as the local committees, not the writer\'s own', () => {
    expect(unitsOf(`Quảng Ninh kiểm soát chặt dịch sốt xuất huyết

UBND tỉnh Quảng Ninh vừa ban hành Công văn số 1200/UBND-VX về tăng cường phòng, chống sốt xuất huyết.

Theo đó, Sở Y tế được giao chủ trì, phối hợp với UBND các địa phương triển khai chiến dịch diệt lăng quăng.
`)).toEqual([['Sở Y tế tỉnh Quảng Ninh [lead]', 'UBND các địa phương tỉnh Quảng Ninh [support]']]);
  });

  it('reads a paragraph that ends with a colon as the lead-in of the paragraphs under it, no task of its own (a page that dropped its bullets)', () => {
    expect(unitsOf(`ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 3300/UBND-KGVX
Hà Tĩnh, ngày 10 tháng 6 năm 2024

V/v tổ chức kỳ thi tốt nghiệp THPT năm 2024

Để tổ chức an toàn kỳ thi, UBND tỉnh giao các đơn vị thực hiện các nhiệm vụ sau:

Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh xây dựng phương án bảo đảm an ninh các điểm thi.

Sở Y tế bố trí cán bộ y tế trực tại các điểm thi.
`)).toEqual([
      ['Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh [lead]', 'Công an tỉnh Hà Tĩnh [support]'],
      ['Sở Y tế tỉnh Hà Tĩnh [assigned]'],
    ]);
  });

  it('goes on with a task in assigning prose when the next clause\'s subject only cooperates ("…; Y phối hợp xử lý")', () => {
    expect(unitsOf(`Quận Hoàng Mai ra quân xử lý lấn chiếm vỉa hè

UBND quận Hoàng Mai vừa có Kế hoạch số 150/KH-UBND về lập lại trật tự đô thị năm 2024.

Kế hoạch yêu cầu UBND các phường chủ động rà soát, lập danh sách các vi phạm; Đội Quản lý trật tự xây dựng đô thị quận phối hợp xử lý dứt điểm.
Công an quận có trách nhiệm bố trí lực lượng hỗ trợ các phường khi ra quân.
`)).toEqual([
      ['UBND các phường quận Hoàng Mai [lead]', 'Đội Quản lý trật tự xây dựng đô thị quận Hoàng Mai [support]'],
      ['Công an quận Hoàng Mai [assigned]'],
    ]);
  });

  it('ends a paper\'s name at its province ("Báo Thanh Hóa tăng thời lượng …")', () => {
    const record = unitsOf(`ỦY BAN NHÂN DÂN TỈNH THANH HÓA
Số: 98/CT-UBND
Thanh Hóa, ngày 14 tháng 8 năm 2024
CHỈ THỊ
Về tăng cường phòng, chống thiên tai mùa mưa bão

Chủ tịch UBND tỉnh yêu cầu:
1. Đài Phát thanh và Truyền hình tỉnh, Báo Thanh Hóa tăng thời lượng đưa tin về thời tiết.`);
    expect(record).toEqual([['Đài Phát thanh và Truyền hình tỉnh Thanh Hóa [assigned]', 'Báo Thanh Hóa [assigned]']]);
  });

  it('reads "<issuer> yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện./." as the closing formula, no task', () => {
    expect(taskTexts(`TỈNH ỦY QUẢNG BÌNH
*
Số 1121-TB/TU
Quảng Bình, ngày 20 tháng 10 năm 2024

THÔNG BÁO
Kết luận của Ban Thường vụ Tỉnh ủy

Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Ban Tổ chức Tỉnh ủy hướng dẫn giải quyết vướng mắc phát sinh.

Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện./.`)).toEqual(['Ban Tổ chức Tỉnh ủy hướng dẫn giải quyết vướng mắc phát sinh.']);
  });
});
