import { describe, expect, it } from 'vitest';
import { headed, parse, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, twentieth round (issue 9): the mechanisms behind the units lost in batch 27's documents moved to tune, each
 * tested on documents written for the test in other provinces and bodies than the first.
 */

const districtPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN TAM NÔNG', number: '77/KH-UBND', placeDate: 'Tam Nông, ngày 03 tháng 6 năm 2024', kind: 'KẾ HOẠCH', title: 'Phòng, chống đuối nước cho học sinh trong dịp hè năm 2024', section: PLAN_SECTION });

const soLetter = headed({ issuer: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nSỞ GIÁO DỤC VÀ ĐÀO TẠO', number: '512/SGDĐT-CTTT', placeDate: 'Lai Châu, ngày 14 tháng 5 năm 2024', kind: 'CÔNG VĂN', title: 'V/v bảo đảm an toàn cho học sinh trong mùa mưa lũ' });

const surfaces = (text: string) => parse(text).assignments.map((a) => a.units.map((u) => u.surface));

describe('task units, twentieth round: schools of several grades, and their heads', () => {
  it('reads the heads of the schools of three grades as one unit printed whole, and schools beside a river, in a district\'s plan', () => {
    const doc = districtPlan(`1. Hiệu trưởng các trường mầm non, tiểu học và trung học cơ sở tổ chức cho học sinh ký cam kết an toàn.
2. Các trường tiểu học ven sông Tiền phối hợp với Công an huyện tuyên truyền cho phụ huynh.
3. Các trường trung học cơ sở tổ chức lớp học bơi.`);
    expect(unitsOf(doc)).toEqual([
      ['Các trường mầm non, tiểu học và trung học cơ sở huyện Tam Nông [assigned]'],
      ['Các trường tiểu học ven sông Tiền huyện Tam Nông [lead]', 'Công an huyện Tam Nông [support]'],
      ['Các trường trung học cơ sở huyện Tam Nông [assigned]'],
    ]);
    expect(surfaces(doc)[0]).toEqual(['Hiệu trưởng các trường mầm non, tiểu học và trung học cơ sở']);
  });

  it('does so for high and boarding schools written short, beside a centre of another kind, in a department\'s letter', () => {
    const doc = soLetter(`Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện tốt các nội dung sau:
1. Hiệu trưởng các trường THPT, PTDTNT và PTDT bán trú rà soát nhà ở nội trú của học sinh.
2. Các trường THPT, PTDTNT, các trung tâm GDTX kiểm tra tường rào, cây xanh trong khuôn viên.
3. Các trường trung học cơ sở vùng cao phối hợp với Đồn Biên phòng Ma Ly Pho kiểm tra đường đến trường.`);
    expect(unitsOf(doc)).toEqual([
      ['Các trường trung học phổ thông, PTDTNT và PTDT bán trú tỉnh Lai Châu [assigned]'],
      ['Các trường trung học phổ thông, PTDTNT tỉnh Lai Châu [assigned]', 'Các Trung tâm GDTX tỉnh Lai Châu [assigned]'],
      ['Các trường trung học cơ sở vùng cao tỉnh Lai Châu [lead]', 'Đồn Biên phòng Ma Ly Pho tỉnh Lai Châu [support]'],
    ]);
    expect(surfaces(doc).slice(0, 2)).toEqual([['Hiệu trưởng các trường THPT, PTDTNT và PTDT bán trú'], ['Các trường THPT, PTDTNT', 'các trung tâm GDTX']]);
  });
});

const veterans = headed({ issuer: 'HỘI CỰU CHIẾN BINH TỈNH QUẢNG NAM\nHỘI CCB HUYỆN ĐẠI LỘC', number: '21/KH-CCB', placeDate: 'Đại Lộc, ngày 10 tháng 4 năm 2024', kind: 'KẾ HOẠCH', title: 'Phong trào Cựu chiến binh gương mẫu năm 2024', section: PLAN_SECTION, rule: '*' });

const farmers = headed({ issuer: 'HỘI NÔNG DÂN VIỆT NAM\nHỘI NÔNG DÂN TỈNH HẬU GIANG', number: '88-KH/HNDT', placeDate: 'Vị Thanh, ngày 10 tháng 4 năm 2024', kind: 'KẾ HOẠCH', title: 'Phát triển hội viên năm 2024', section: PLAN_SECTION, rule: '*' });

describe('task units, twentieth round: an association\'s board of two fields named with the bare "Hội"', () => {
  it('reads "Ban Tổ chức - Kiểm tra Hội" as the issuing association\'s board, as "Văn phòng Hội", in a district veterans\' plan', () => {
    const doc = veterans(`1. Ban Tổ chức - Kiểm tra Hội chủ trì, phối hợp với Văn phòng Hội hướng dẫn bình xét khen thưởng.
2. Ban Kinh tế - Xã hội Hội theo dõi các mô hình kinh tế.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban Tổ chức - Kiểm tra Hội Cựu chiến binh huyện Đại Lộc [lead]', 'Văn phòng Hội Cựu chiến binh huyện Đại Lộc [support]'],
      ['Ban Kinh tế - Xã hội Hội huyện Đại Lộc [assigned]'],
    ]);
  });

  it('does so in a provincial farmers\' plan, and leaves a Party committee\'s board its own', () => {
    const doc = farmers(`1. Ban Tổ chức - Kiểm tra Hội chủ trì, phối hợp với Ban Kinh tế - Xã hội tổng hợp danh sách.
2. Ban Tổ chức - Kiểm tra Tỉnh ủy hướng dẫn quy trình.`);
    expect(unitsOf(doc)).toEqual([
      ['Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh Hậu Giang [lead]', 'Ban Kinh tế - Xã hội tỉnh Hậu Giang [support]'],
      ['Ban Tổ chức - Kiểm tra Tỉnh ủy Hậu Giang [assigned]'],
    ]);
  });
});

const women = headed({ issuer: 'HỘI LHPN TỈNH PHÚ YÊN\nHỘI LHPN HUYỆN SƠN HÒA', number: '30/KH-HPN', placeDate: 'Sơn Hòa, ngày 12 tháng 3 năm 2024', kind: 'KẾ HOẠCH', title: 'Xây dựng chi hội phụ nữ điển hình năm 2024', section: PLAN_SECTION, rule: '*' });

describe('task units, twentieth round: an association\'s branch in an enterprise or an institution', () => {
  it('reads a veterans\' branch in a cement company as one unit, in a district veterans\' plan', () => {
    const doc = veterans(`1. Chi hội Cựu chiến binh Công ty Cổ phần Xi măng Thành Mỹ vận động hội viên tham gia bảo vệ môi trường.`);
    expect(unitsOf(doc)).toEqual([['Chi hội Cựu chiến binh Công ty Cổ phần Xi măng Thành Mỹ huyện Đại Lộc [assigned]']]);
  });

  it('does so for women\'s branches in a hospital and in a sugar company, beside a village\'s branch and all branches, in a district women\'s plan', () => {
    const doc = women(`1. Chi hội Phụ nữ Bệnh viện Đa khoa huyện Sơn Hòa tổ chức khám sức khỏe cho hội viên.
2. Chi hội Phụ nữ Công ty TNHH Mía đường Sơn Hòa vận động nữ công nhân tham gia tiết kiệm.
3. Chi hội Phụ nữ thôn Tân Lập duy trì mô hình.
4. Các chi hội phụ nữ tổ chức sinh hoạt.`);
    expect(unitsOf(doc)).toEqual([
      ['Chi hội Phụ nữ Bệnh viện Đa khoa huyện Sơn Hòa [assigned]'],
      ['Chi hội Phụ nữ Công ty TNHH Mía đường Sơn Hòa [assigned]'],
      ['Chi hội Phụ nữ thôn Tân Lập [assigned]'],
      ['Các chi hội phụ nữ huyện Sơn Hòa [assigned]'],
    ]);
  });
});

const police = headed({ issuer: 'CÔNG AN TỈNH NGHỆ AN\nCÔNG AN HUYỆN YÊN THÀNH', number: '15/KH-CAH', placeDate: 'Yên Thành, ngày 10 tháng 1 năm 2024', kind: 'KẾ HOẠCH', title: 'Cao điểm tấn công trấn áp tội phạm dịp Tết Nguyên đán', section: PLAN_SECTION });

const cityPolice = headed({ issuer: 'CÔNG AN TỈNH ĐẮK LẮK\nCÔNG AN THÀNH PHỐ BUÔN MA THUỘT', number: '40/KH-CATP', placeDate: 'Buôn Ma Thuột, ngày 05 tháng 2 năm 2024', kind: 'KẾ HOẠCH', title: 'Phòng, chống tội phạm ma túy năm 2024', section: PLAN_SECTION });

describe('task units, twentieth round: the police\'s economic and drugs team', () => {
  it('ends "Đội Cảnh sát kinh tế - Ma túy" before the clause\'s verb, as a partner and as a subject, in a district police plan', () => {
    const doc = police(`1. Đội Cảnh sát điều tra tội phạm về trật tự xã hội chủ trì, phối hợp với Đội Cảnh sát kinh tế - Ma túy đấu tranh, triệt phá các đường dây mua bán pháo nổ.
2. Đội Cảnh sát kinh tế - Ma túy đấu tranh với tội phạm ma túy trên địa bàn.`);
    expect(unitsOf(doc)).toEqual([
      ['Đội Cảnh sát điều tra tội phạm về trật tự xã hội Công an huyện Yên Thành [lead]', 'Đội Cảnh sát kinh tế - Ma túy Công an huyện Yên Thành [support]'],
      ['Đội Cảnh sát kinh tế - Ma túy Công an huyện Yên Thành [assigned]'],
    ]);
  });

  it('does so in a city police plan', () => {
    const doc = cityPolice(`1. Đội Cảnh sát kinh tế - Ma túy rà soát, lập danh sách người nghiện trên địa bàn các phường.`);
    expect(unitsOf(doc)).toEqual([['Đội Cảnh sát kinh tế - Ma túy Công an thành phố Buôn Ma Thuột [assigned]']]);
  });
});

const foodPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN HẢI HẬU', number: '15/KH-UBND', placeDate: 'Hải Hậu, ngày 10 tháng 1 năm 2024', kind: 'KẾ HOẠCH', title: 'Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán', section: PLAN_SECTION });

const fisheriesLetter = headed({ issuer: 'ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN', number: '802/UBND-KT', placeDate: 'Bình Thuận, ngày 22 tháng 3 năm 2024', kind: 'CÔNG VĂN', title: 'V/v chống khai thác hải sản bất hợp pháp' });

describe('task units, twentieth round: a board that runs the markets, in lower case', () => {
  it('reads "Ban quản lý các chợ" as one unit, alone and after a market company joined by "và", in a district\'s plan', () => {
    const doc = foodPlan(`1. Công ty Cổ phần Chợ Hải Hậu và Ban quản lý các chợ bố trí khu vực kinh doanh thực phẩm tươi sống.
2. Ban quản lý các chợ kiểm tra nguồn gốc hàng hóa.
3. Ban quản lý chợ Yên Định niêm yết giá công khai.`);
    expect(unitsOf(doc)).toEqual([
      ['Công ty Cổ phần Chợ Hải Hậu [assigned]', 'Ban quản lý các chợ huyện Hải Hậu [assigned]'],
      ['Ban quản lý các chợ huyện Hải Hậu [assigned]'],
      ['Ban quản lý chợ Yên Định huyện Hải Hậu [assigned]'],
    ]);
  });

  it('does so for the boards of the fishing ports, in a province\'s letter', () => {
    const doc = fisheriesLetter(`Ủy ban nhân dân tỉnh yêu cầu:
1. Ban quản lý các cảng cá kiểm soát chặt chẽ tàu cá ra, vào cảng.`);
    expect(unitsOf(doc)).toEqual([['Ban quản lý các cảng cá tỉnh Bình Thuận [assigned]']]);
  });
});

const communePlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nXÃ NHƠN LÝ', number: '15/KH-UBND', placeDate: 'Nhơn Lý, ngày 10 tháng 1 năm 2024', kind: 'KẾ HOẠCH', title: 'Chống khai thác hải sản bất hợp pháp năm 2024', section: PLAN_SECTION });

describe('task units, twentieth round: the fishermen\'s groups at sea', () => {
  it('reads "Tổ đoàn kết" with its work in lower case as one unit, after "và" and alone, in a commune\'s plan', () => {
    const doc = communePlan(`1. Nghiệp đoàn nghề cá xã và Tổ đoàn kết sản xuất trên biển vận động ngư dân cam kết không vi phạm.
2. Tổ đoàn kết số 3 tuyên truyền cho các chủ tàu.`);
    expect(unitsOf(doc)).toEqual([
      ['Nghiệp đoàn nghề cá xã Nhơn Lý [assigned]', 'Tổ đoàn kết sản xuất trên biển xã Nhơn Lý [assigned]'],
      ['Tổ đoàn kết số 3 xã Nhơn Lý [assigned]'],
    ]);
  });

  it('does so made plural, in a province\'s letter', () => {
    const doc = fisheriesLetter(`Ủy ban nhân dân tỉnh yêu cầu:
1. Các tổ đoàn kết khai thác hải sản xa bờ duy trì kết nối thiết bị giám sát hành trình.`);
    expect(unitsOf(doc)).toEqual([['Các Tổ đoàn kết khai thác hải sản xa bờ tỉnh Bình Thuận [assigned]']]);
  });
});
