import { describe, expect, it } from 'vitest';
import { headed, parse, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, twenty-first round (issue 9): the mechanisms behind the units lost in batch 28's documents moved to tune,
 * each tested on documents written for the test in other provinces and bodies than the first.
 */

const surfaces = (text: string) => parse(text).assignments.map((a) => a.units.map((u) => u.surface));

const communeParty = headed({ issuer: 'ĐẢNG BỘ HUYỆN YÊN DŨNG\nĐẢNG ỦY XÃ TIẾN DŨNG', number: '15-KH/ĐU', placeDate: 'Tiến Dũng, ngày 10 tháng 3 năm 2025', kind: 'KẾ HOẠCH', title: 'Thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXV', section: PLAN_SECTION, rule: '*' });

const communeState = headed({ issuer: 'ỦY BAN NHÂN DÂN HUYỆN BẮC HÀ\nỦY BAN NHÂN DÂN XÃ BẢN PHỐ', number: '41/KH-UBND', placeDate: 'Bản Phố, ngày 02 tháng 4 năm 2025', kind: 'KẾ HOẠCH', title: 'Giữ gìn vệ sinh môi trường các điểm du lịch cộng đồng năm 2025', section: PLAN_SECTION });

describe('task units, twenty-first round: villages named after a unit made plural or a village head\'s post', () => {
  it('reads the cells of the villages named one after another as one unit printed whole, in a commune Party plan', () => {
    const doc = communeParty(`1. Bí thư chi bộ các thôn Đông Hương, Tây Hương 2, Cầu Gạo chỉ đạo rà soát hộ nghèo.
2. Chi bộ các thôn Đông Hương, Tây Hương tổ chức sinh hoạt chuyên đề.
3. Các chi bộ thôn tổ chức hội nghị quán triệt.`);
    expect(unitsOf(doc)).toEqual([
      ['Các chi bộ trực thuộc Đảng ủy xã Tiến Dũng [assigned]'],
      ['Các chi bộ trực thuộc Đảng ủy xã Tiến Dũng [assigned]'],
      ['Các chi bộ trực thuộc Đảng ủy xã Tiến Dũng [assigned]'],
    ]);
    expect(surfaces(doc)).toEqual([
      ['Bí thư chi bộ các thôn Đông Hương, Tây Hương 2, Cầu Gạo'],
      ['Chi bộ các thôn Đông Hương, Tây Hương'],
      ['Các chi bộ thôn'],
    ]);
  });

  it('reads the heads of the villages named after the post, written once or made plural, in a commune\'s plan', () => {
    const doc = communeState(`1. Trưởng thôn Na Hối, Bản Phố 1 và Nậm Cáy lập danh sách hộ làm du lịch.
2. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trưởng các bản Na Lo, Sín Chải kiểm tra các điểm homestay.`);
    expect(unitsOf(doc)).toEqual([
      ['Các thôn Na Hối, Bản Phố 1 và Nậm Cáy xã Bản Phố [assigned]'],
      ['Phòng Văn hóa - Xã hội xã Bản Phố [lead]', 'Các bản Na Lo, Sín Chải xã Bản Phố [support]'],
    ]);
    expect(surfaces(doc)).toEqual([
      ['Trưởng thôn Na Hối, Bản Phố 1 và Nậm Cáy'],
      ['Phòng Văn hóa - Xã hội', 'Trưởng các bản Na Lo, Sín Chải'],
    ]);
  });
});

const provinceEducation = headed({ issuer: 'ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO', number: '1207/SGDĐT-CTTT', placeDate: 'Thái Bình, ngày 20 tháng 9 năm 2024', kind: 'CÔNG VĂN', title: 'V/v khắc phục hậu quả mưa lớn tại các trường học' });

const districtPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIUỘC', number: '88/KH-UBND', placeDate: 'Cần Giuộc, ngày 05 tháng 8 năm 2024', kind: 'KẾ HOẠCH', title: 'Phòng, chống đuối nước cho học sinh năm học 2024 - 2025', section: PLAN_SECTION });

describe('task units, twenty-first round: schools named one after another after the first made plural', () => {
  it('reads high schools named by grade and name as one unit printed whole, beside a centre, in a department\'s letter', () => {
    const doc = provinceEducation(`1. Các trường THPT Tiền Hải, THPT Nam Tiền Hải, THPT Tây Tiền Hải và Trung tâm Giáo dục thường xuyên tỉnh dọn vệ sinh, khử khuẩn lớp học.
2. Các trường THPT tổ chức dạy bù.`);
    expect(unitsOf(doc)).toEqual([
      ['Các trường trung học phổ thông Tiền Hải, THPT Nam Tiền Hải, THPT Tây Tiền Hải tỉnh Thái Bình [assigned]', 'Trung tâm Giáo dục thường xuyên tỉnh Thái Bình [assigned]'],
      ['Các trường trung học phổ thông tỉnh Thái Bình [assigned]'],
    ]);
    expect(surfaces(doc)[0]).toEqual(['Các trường THPT Tiền Hải, THPT Nam Tiền Hải, THPT Tây Tiền Hải', 'Trung tâm Giáo dục thường xuyên tỉnh']);
  });

  it('does so for lower secondary schools and a primary one in a district\'s plan; a school of another kind after "và" stays its own', () => {
    const doc = districtPlan(`1. Các trường THCS Long Hậu, THCS Phước Lại và Tiểu học Tân Kim tổ chức lớp dạy bơi.
2. Các trường THCS Long Hậu và Trường Mầm non Hoa Sen rà soát hàng rào ao hồ.`);
    expect(surfaces(doc)).toEqual([
      ['Các trường THCS Long Hậu, THCS Phước Lại và Tiểu học Tân Kim'],
      ['Các trường THCS Long Hậu', 'Trường Mầm non Hoa Sen'],
    ]);
  });
});

const communeConclusion = headed({ issuer: 'ĐẢNG BỘ HUYỆN ĐỊNH QUÁN\nĐẢNG ỦY XÃ PHÚ NGỌC', number: '27-TB/ĐU', placeDate: 'Phú Ngọc, ngày 18 tháng 6 năm 2024', kind: 'THÔNG BÁO', title: 'Kết luận của Ban Thường vụ Đảng ủy xã về quản lý đất đai', rule: '*' });

const districtConclusion = headed({ issuer: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI\nHUYỆN ỦY SƠN TỊNH', number: '112-TB/HU', placeDate: 'Sơn Tịnh, ngày 09 tháng 7 năm 2024', kind: 'THÔNG BÁO', title: 'Kết luận của Thường trực Huyện ủy về giải phóng mặt bằng', rule: '*' });

describe('task units, twenty-first round: a committee member in charge of the State\'s bloc', () => {
  it('reads "Đảng ủy viên phụ trách khối nhà nước" as the member, not the committee, in a commune\'s conclusion', () => {
    const doc = communeConclusion(`1. Đảng ủy viên phụ trách khối nhà nước lãnh đạo UBND xã rà soát các trường hợp lấn chiếm đất công.
2. Đảng ủy viên phụ trách khối Ủy ban nhân dân kiểm tra việc cấp giấy chứng nhận.`);
    expect(surfaces(doc)).toEqual([
      ['Đảng ủy viên phụ trách khối nhà nước', 'UBND xã'],
      ['Đảng ủy viên phụ trách khối Ủy ban nhân dân'],
    ]);
    expect(unitsOf(doc)[1]).toEqual(['Các Đảng ủy viên phụ trách khối Ủy ban nhân dân Đảng ủy xã Phú Ngọc [assigned]']);
  });

  it('does so for a district committee member in charge of the People\'s Committee\'s bloc, in a district\'s conclusion', () => {
    const doc = districtConclusion(`1. Huyện ủy viên phụ trách khối UBND chỉ đạo hoàn thành chi trả bồi thường trước ngày 30/9/2024.`);
    expect(surfaces(doc)).toEqual([['Huyện ủy viên phụ trách khối UBND']]);
  });
});

const healthLetter = headed({ issuer: 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSỞ Y TẾ', number: '455/SYT-VP', placeDate: 'Ninh Bình, ngày 10 tháng 5 năm 2024', kind: 'CÔNG VĂN', title: 'V/v hỗ trợ người lao động ngành y tế' });

const womenPlan = headed({ issuer: 'HỘI LHPN TỈNH BẮC NINH\nBAN THƯỜNG VỤ', number: '19/KH-HPN', placeDate: 'Bắc Ninh, ngày 04 tháng 3 năm 2024', kind: 'KẾ HOẠCH', title: 'Chăm lo nữ công nhân lao động năm 2024', section: PLAN_SECTION, rule: '*' });

describe('task units, twenty-first round: a trade union of a sector or of the industrial zones', () => {
  it('reads "Công đoàn ngành Y tế Ninh Bình" as the sector\'s union, not the province\'s federation, in a department\'s letter', () => {
    const doc = healthLetter(`1. Đề nghị Công đoàn ngành Y tế Ninh Bình vận động đoàn viên ủng hộ quỹ.
2. Công đoàn ngành tổ chức hội thao.`);
    expect(unitsOf(doc)).toEqual([['Công đoàn ngành Y tế tỉnh Ninh Bình [assigned]'], ['Công đoàn tỉnh Ninh Bình [assigned]']]);
    expect(surfaces(doc)[0]).toEqual(['Công đoàn ngành Y tế Ninh Bình']);
  });

  it('reads the union of the industrial zones as a partner of its own, in a women\'s association plan', () => {
    const doc = womenPlan(`1. Ban Gia đình - Xã hội chủ trì, phối hợp với Công đoàn các Khu công nghiệp Bắc Ninh tổ chức tọa đàm cho nữ công nhân.`);
    expect(surfaces(doc)).toEqual([['Ban Gia đình - Xã hội', 'Công đoàn các Khu công nghiệp Bắc Ninh']]);
    expect(unitsOf(doc)[0]![1]).toEqual('Công đoàn các Khu công nghiệp tỉnh Bắc Ninh [support]');
  });
});

const veteransPlan = headed({ issuer: 'HỘI CỰU CHIẾN BINH TỈNH NAM ĐỊNH\nHỘI CCB HUYỆN HẢI HẬU', number: '21-KH/CCB', placeDate: 'Hải Hậu, ngày 10 tháng 4 năm 2024', kind: 'KẾ HOẠCH', title: 'Kỷ niệm Ngày truyền thống Hội Cựu chiến binh Việt Nam', section: PLAN_SECTION, rule: '*' });

const farmersPlan = headed({ issuer: 'HỘI NÔNG DÂN TỈNH SÓC TRĂNG\nHỘI NÔNG DÂN HUYỆN MỸ TÚ', number: '34-KH/HND', placeDate: 'Mỹ Tú, ngày 12 tháng 3 năm 2024', kind: 'KẾ HOẠCH', title: 'Tuyên truyền mô hình nông dân sản xuất giỏi', section: PLAN_SECTION, rule: '*' });

describe('task units, twenty-first round: an organ named with the bare "Hội" before the clause\'s verb', () => {
  it('reads "Ban Tuyên giáo Hội viết …" as the association\'s board, the verb left out, in a district veterans\' plan', () => {
    const doc = veteransPlan(`1. Ban Tuyên giáo Hội viết bài giới thiệu gương hội viên làm kinh tế giỏi.
2. Ban Tuyên giáo Hội nông dân huyện cung cấp danh sách hộ sản xuất giỏi.`);
    expect(surfaces(doc)).toEqual([['Ban Tuyên giáo Hội'], ['Ban Tuyên giáo Hội nông dân huyện']]);
    expect(unitsOf(doc)[0]).toEqual(['Ban Tuyên giáo Hội Cựu chiến binh huyện Hải Hậu [assigned]']);
  });

  it('does so for a board that posts news, in a district farmers\' plan', () => {
    const doc = farmersPlan(`1. Ban Tuyên giáo Hội đăng tin về các mô hình trên trang thông tin của huyện.`);
    expect(unitsOf(doc)).toEqual([['Ban Tuyên giáo Hội Nông dân huyện Mỹ Tú [assigned]']]);
    expect(surfaces(doc)).toEqual([['Ban Tuyên giáo Hội']]);
  });
});

const communePartyB = headed({ issuer: 'ĐẢNG BỘ HUYỆN GIA LÂM\nĐẢNG ỦY XÃ KIM SƠN', number: '22-KH/ĐU', placeDate: 'Kim Sơn, ngày 05 tháng 4 năm 2025', kind: 'KẾ HOẠCH', title: 'Thực hiện phong trào thi đua "Dân vận khéo"', section: PLAN_SECTION, rule: '*' });

const districtFarm = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC', number: '63/KH-UBND', placeDate: 'Krông Pắc, ngày 14 tháng 5 năm 2024', kind: 'KẾ HOẠCH', title: 'Phát triển kinh tế tập thể năm 2024', section: PLAN_SECTION });

describe('task units, twenty-first round: a cooperative\'s name before a verb and a count', () => {
  it('ends the cooperative\'s name before the verb when a count follows, in a commune Party plan', () => {
    const doc = communePartyB(`1. Chi bộ Hợp tác xã Nông nghiệp Kim Sơn đăng ký ít nhất 02 mô hình "Dân vận khéo".`);
    expect(surfaces(doc)).toEqual([['Chi bộ Hợp tác xã Nông nghiệp Kim Sơn']]);
  });

  it('does so in a district\'s plan, and keeps a kind of business in lower case before the own name', () => {
    const doc = districtFarm(`1. Hợp tác xã Cà phê Ea Kly đăng ký ít nhất 03 sản phẩm OCOP.
2. Hợp tác xã Nông nghiệp dịch vụ Ea Phê hoàn thiện hồ sơ chứng nhận OCOP.`);
    expect(surfaces(doc)).toEqual([['Hợp tác xã Cà phê Ea Kly'], ['Hợp tác xã Nông nghiệp dịch vụ Ea Phê']]);
  });
});

const forestPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN BÁ THƯỚC', number: '97/KH-UBND', placeDate: 'Bá Thước, ngày 02 tháng 3 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng cháy, chữa cháy rừng mùa khô năm 2025', section: PLAN_SECTION });

const ministryLetter = headed({ issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', number: '2210/BNNMT-TY', placeDate: 'Hà Nội, ngày 15 tháng 8 năm 2025', kind: 'CÔNG VĂN', title: 'V/v tăng cường phòng, chống bệnh cúm gia cầm' });

describe('task units, twenty-first round: museums, relic sites, nature reserves and the veterinary regional offices', () => {
  it('reads a nature reserve and a relic site as units of their own, beside a company, in a district\'s plan', () => {
    const doc = forestPlan(`1. Khu Bảo tồn thiên nhiên Pù Luông chủ trì, phối hợp với UBND các xã vùng đệm tổ chức tuần tra.
2. Khu di tích lịch sử Đền Đồng Cổ và Công ty TNHH Lâm nghiệp Bá Thước bố trí lực lượng tại chỗ.
3. Bảo tàng Văn hóa Mường Bá Thước treo khẩu hiệu tuyên truyền.`);
    expect(surfaces(doc)).toEqual([
      ['Khu Bảo tồn thiên nhiên Pù Luông', 'UBND các xã vùng đệm'],
      ['Khu di tích lịch sử Đền Đồng Cổ', 'Công ty TNHH Lâm nghiệp Bá Thước'],
      ['Bảo tàng Văn hóa Mường Bá Thước'],
    ]);
    expect(unitsOf(doc)[0]![0]).toEqual('Khu bảo tồn thiên nhiên Pù Luông huyện Bá Thước [lead]');
  });

  it('reads the veterinary regional offices by their number beside a national centre, in a ministry\'s letter', () => {
    const doc = ministryLetter(`Giao Cục Chăn nuôi và Thú y chủ trì, phối hợp với Cơ quan Thú y vùng II và Trung tâm Chẩn đoán Thú y Trung ương lấy mẫu giám sát tại các chợ gia cầm.`);
    expect(surfaces(doc)).toEqual([['Cục Chăn nuôi và Thú y', 'Cơ quan Thú y vùng II', 'Trung tâm Chẩn đoán Thú y Trung ương']]);
  });
});

const districtPartyConclusion = headed({ issuer: 'ĐẢNG BỘ TỈNH NINH BÌNH\nHUYỆN ỦY HOA LƯ', number: '58-TB/HU', placeDate: 'Hoa Lư, ngày 21 tháng 3 năm 2024', kind: 'THÔNG BÁO', title: 'Kết luận của Ban Thường vụ Huyện ủy về bảo đảm an ninh mùa lễ hội', rule: '*' });

const wardPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN QUẬN SƠN TRÀ\nỦY BAN NHÂN DÂN PHƯỜNG THỌ QUANG', number: '31/KH-UBND', placeDate: 'Thọ Quang, ngày 08 tháng 4 năm 2024', kind: 'KẾ HOẠCH', title: 'Bảo đảm trật tự mùa du lịch biển năm 2024', section: PLAN_SECTION });

describe('task units, twenty-first round: a partner named after a directing verb that directs no unit', () => {
  it('keeps the partner after "lãnh đạo, chỉ đạo xây dựng …", in a district Party conclusion', () => {
    const doc = districtPartyConclusion(`1. Đảng ủy Công an huyện lãnh đạo, chỉ đạo xây dựng phương án bảo đảm an ninh tại khu du lịch Tràng An, phối hợp chặt chẽ với Đảng ủy Quân sự huyện trong tuần tra.
2. Đảng ủy Công an huyện chỉ đạo Công an các xã tuần tra, phối hợp với Ban Chỉ huy Quân sự huyện.`);
    expect(unitsOf(doc)[0]).toEqual(['Đảng ủy Công an huyện Hoa Lư [lead]', 'Đảng ủy Quân sự huyện Hoa Lư [support]']);
    // A unit directed: the search for the partner goes on past it, as before.
    expect(surfaces(doc)[1]).toEqual(['Đảng ủy Công an huyện', 'Ban Chỉ huy Quân sự huyện', 'Công an các xã']);
  });

  it('does so for a ward\'s police in a ward\'s plan', () => {
    const doc = wardPlan(`1. Công an phường tăng cường tuần tra, chỉ đạo triển khai lực lượng tại bãi biển Phạm Văn Đồng, phối hợp với Đội Quản lý trật tự đô thị quận kiểm tra hàng rong.`);
    expect(surfaces(doc)).toEqual([['Công an phường', 'Đội Quản lý trật tự đô thị quận']]);
    expect(parse(doc).assignments[0]!.units.map((u) => u.role)).toEqual(['lead', 'support']);
  });
});

const veteransGuide = headed({ issuer: 'HỘI CỰU CHIẾN BINH VIỆT NAM\nHỘI CCB TỈNH TÂY NINH', number: '14-HD/CCB', placeDate: 'Tây Ninh, ngày 06 tháng 5 năm 2024', kind: 'HƯỚNG DẪN', title: 'Tham gia giữ gìn an ninh trật tự ở cơ sở', rule: '*' });

const womenGuide = headed({ issuer: 'HỘI LHPN TỈNH HẢI DƯƠNG\nBAN THƯỜNG VỤ', number: '08/HD-HPN', placeDate: 'Hải Dương, ngày 12 tháng 6 năm 2024', kind: 'HƯỚNG DẪN', title: 'Xây dựng chi hội phụ nữ trong doanh nghiệp', rule: '*' });

describe('task units, twenty-first round: an association set up in an enterprise', () => {
  it('reads the veterans\' association of a rubber company as one unit, in a provincial veterans\' guide', () => {
    const doc = veteransGuide(`1. Hội Cựu chiến binh Công ty Cổ phần Cao su Tân Biên vận động hội viên tham gia tổ bảo vệ vườn cây.
2. Hội Cựu chiến binh các huyện, thị xã theo dõi, đánh giá.`);
    expect(unitsOf(doc)[0]).toEqual(['Hội Cựu chiến binh Công ty Cổ phần Cao su Tân Biên tỉnh Tây Ninh [assigned]']);
    expect(surfaces(doc)).toEqual([['Hội Cựu chiến binh Công ty Cổ phần Cao su Tân Biên'], ['Hội Cựu chiến binh các huyện, thị xã']]);
  });

  it('does so for the women\'s association of a garment company as a partner, in a provincial women\'s guide', () => {
    const doc = womenGuide(`1. Ban Tổ chức chủ trì, phối hợp với Hội Phụ nữ Công ty TNHH May mặc Hải Dương khảo sát nữ công nhân.`);
    expect(surfaces(doc)).toEqual([['Ban Tổ chức', 'Hội Phụ nữ Công ty TNHH May mặc Hải Dương']]);
  });
});

const provincePolicePlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH LONG AN', number: '305/KH-UBND', placeDate: 'Long An, ngày 11 tháng 3 năm 2024', kind: 'KẾ HOẠCH', title: 'Xây dựng mô hình tự quản về an ninh, trật tự năm 2024', section: PLAN_SECTION });

const districtPolicePlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC HÒA', number: '72/KH-UBND', placeDate: 'Đức Hòa, ngày 20 tháng 3 năm 2024', kind: 'KẾ HOẠCH', title: 'Bảo đảm trật tự tại các khu công nghiệp năm 2024', section: PLAN_SECTION });

describe('task units, twenty-first round: a police department named by its work, closed by its police', () => {
  it('reads the department that builds the people\'s movement with the province\'s police, in a province\'s plan', () => {
    const doc = provincePolicePlan(`1. Sở Nội vụ chủ trì, phối hợp với Phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Công an tỉnh đánh giá các mô hình.
2. Phòng Cảnh sát hình sự phối hợp với Công an các huyện rà soát đối tượng.`);
    expect(surfaces(doc)).toEqual([
      ['Sở Nội vụ', 'Phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Công an tỉnh'],
      ['Phòng Cảnh sát hình sự', 'Công an các huyện'],
    ]);
  });

  it('does so for a district police team that builds the movement, in a district\'s plan', () => {
    const doc = districtPolicePlan(`1. Đội Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an huyện hướng dẫn các tổ tự quản trong khu công nghiệp.`);
    expect(surfaces(doc)).toEqual([['Đội Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an huyện']]);
  });
});

const educationLetter = headed({ issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO', number: '1530/SGDĐT-CTTT', placeDate: 'Quảng Trị, ngày 22 tháng 7 năm 2024', kind: 'CÔNG VĂN', title: 'V/v phòng, chống đuối nước cho học sinh trong dịp hè' });

const cityEducationLetter = headed({ issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO', number: '2041/SGDĐT-CTTT', placeDate: 'Cần Thơ, ngày 09 tháng 9 năm 2024', kind: 'CÔNG VĂN', title: 'V/v tổ chức Tuần sinh hoạt tập thể đầu năm học' });

describe('task units, twenty-first round: the political and ideological office of a department of education', () => {
  it('reads "Phòng Chính trị, tư tưởng" whole, not a political department, in a province\'s department letter', () => {
    const doc = educationLetter(`1. Phòng Chính trị, tư tưởng phát động phong trào "Mùa hè an toàn" trong toàn ngành.`);
    expect(surfaces(doc)).toEqual([['Phòng Chính trị, tư tưởng']]);
  });

  it('does so with the students\' work after a dash, leading its partner, in a city\'s department letter', () => {
    const doc = cityEducationLetter(`1. Phòng Chính trị, tư tưởng - Công tác học sinh, sinh viên chủ trì, phối hợp với Phòng Giáo dục Trung học hướng dẫn các trường.`);
    expect(surfaces(doc)).toEqual([['Phòng Chính trị, tư tưởng - Công tác học sinh, sinh viên', 'Phòng Giáo dục Trung học']]);
    expect(parse(doc).assignments[0]!.units.map((u) => u.role)).toEqual(['lead', 'support']);
  });
});

const forestDistrict = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN TĨNH GIA', number: '45/KH-UBND', placeDate: 'Tĩnh Gia, ngày 18 tháng 4 năm 2024', kind: 'KẾ HOẠCH', title: 'Bảo vệ và phát triển rừng năm 2024', section: PLAN_SECTION });

const forestProvince = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH KON TUM', number: '118/KH-UBND', placeDate: 'Kon Tum, ngày 25 tháng 1 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng cháy, chữa cháy rừng mùa khô 2024 - 2025', section: PLAN_SECTION });

describe('task units, twenty-first round: a known name holding a comma before its place', () => {
  it('reads the board of protection and special-use forests with its place, in a district\'s plan', () => {
    const doc = forestDistrict(`1. Ban Quản lý rừng phòng hộ, đặc dụng Thanh Hóa phát dọn thực bì, làm đường băng cản lửa.
2. Ban Quản lý rừng phòng hộ Tĩnh Gia tổ chức tuần tra.`);
    expect(surfaces(doc)).toEqual([['Ban Quản lý rừng phòng hộ, đặc dụng Thanh Hóa'], ['Ban Quản lý rừng phòng hộ Tĩnh Gia']]);
  });

  it('does so beside a national park, in a province\'s plan', () => {
    const doc = forestProvince(`1. Vườn quốc gia Chư Mom Ray và Ban Quản lý rừng phòng hộ, đặc dụng Đăk Hà bố trí lực lượng trực 24/24 giờ.`);
    expect(surfaces(doc)).toEqual([['Vườn quốc gia Chư Mom Ray', 'Ban Quản lý rừng phòng hộ, đặc dụng Đăk Hà']]);
  });
});

const livestockPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM', number: '140/KH-UBND', placeDate: 'Gia Lâm, ngày 03 tháng 6 năm 2024', kind: 'KẾ HOẠCH', title: 'Phòng, chống dịch bệnh gia súc, gia cầm năm 2024', section: PLAN_SECTION });

const provinceFarmPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG', number: '2210/KH-UBND', placeDate: 'Hải Dương, ngày 10 tháng 7 năm 2024', kind: 'KẾ HOẠCH', title: 'Phát triển vùng sản xuất rau an toàn năm 2024', section: PLAN_SECTION });

describe('task units, twenty-first round: a second lower-case field after "và" in a name, closed by its place', () => {
  it('reads the research centre of pigs and poultry with its place, as a partner, in a district\'s plan', () => {
    const doc = livestockPlan(`1. Trạm Chăn nuôi và Thú y huyện chủ trì, phối hợp với Trung tâm Nghiên cứu lợn và gia cầm Thụy Phương tổ chức tiêm phòng.`);
    expect(surfaces(doc)).toEqual([['Trạm Chăn nuôi và Thú y huyện', 'Trung tâm Nghiên cứu lợn và gia cầm Thụy Phương']]);
  });

  it('does so for an institute of vegetables and fruit, and leaves a clause\'s "và" to the clause, in a province\'s plan', () => {
    const doc = provinceFarmPlan(`1. Viện Nghiên cứu rau và quả Gia Lâm chuyển giao giống mới cho các hợp tác xã.
2. Trung tâm Khuyến nông tỉnh và các hợp tác xã tổ chức hội nghị đầu bờ.`);
    expect(surfaces(doc)[0]).toEqual(['Viện Nghiên cứu rau và quả Gia Lâm']);
    expect(surfaces(doc)[1]![0]).toEqual('Trung tâm Khuyến nông tỉnh');
  });
});
