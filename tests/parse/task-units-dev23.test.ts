import { describe, expect, it } from 'vitest';
import { headed, parse, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, twenty-third round (issue 9): the mechanisms behind the units lost in batch 30's headless fragments moved
 * to tune, each tested on documents written for the test in other provinces and bodies than the first.
 */

const surfaces = (text: string) => parse(text).assignments.map((a) => a.units.map((u) => u.surface));

const borderPlan = headed({ issuer: 'BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ GIANG\nBỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG', number: '55/KH-BCH', placeDate: 'Hà Giang, ngày 10 tháng 1 năm 2025', kind: 'KẾ HOẠCH', title: 'Cao điểm phòng, chống buôn lậu dịp Tết Nguyên đán', section: PLAN_SECTION });

const forestLetter = headed({ issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC LÂM NGHIỆP VÀ KIỂM LÂM', number: '118/LNKL-BTTN', placeDate: 'Hà Nội, ngày 03 tháng 3 năm 2025', kind: 'CÔNG VĂN', title: 'V/v phòng cháy rừng đặc dụng mùa khô năm 2025' });

describe('task units, twenty-third round: bodies made plural over the first one\'s name, then the others by bare names', () => {
  it('reads "Các đồn Biên phòng Lũng Cú, Săm Pun, Phó Bảng" as one collective printed whole, in a border guard\'s plan', () => {
    const doc = borderPlan(`1. Các đồn Biên phòng Lũng Cú, Săm Pun, Phó Bảng: tăng cường tuần tra các đường mòn, lối mở.
2. Đồn Biên phòng Lũng Cú chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện Đồng Văn tổ chức chốt chặn.`);
    expect(surfaces(doc)).toEqual([
      ['Các đồn Biên phòng Lũng Cú, Săm Pun, Phó Bảng'],
      ['Đồn Biên phòng Lũng Cú', 'Ban Chỉ huy Quân sự huyện Đồng Văn'],
    ]);
    expect(unitsOf(doc)[0]).toEqual(['Các Đồn Biên phòng Lũng Cú, Săm Pun, Phó Bảng tỉnh Hà Giang [assigned]']);
  });

  it('does so for national parks after "và" in a national department\'s letter; a unit\'s head after the comma is another unit', () => {
    const doc = forestLetter(`1. Các Vườn quốc gia Cúc Phương, Bến En và Pù Mát bố trí lực lượng canh phòng lửa rừng 24/24 giờ.
2. Các Vườn quốc gia Cúc Phương, Ban Quản lý rừng đặc dụng Xuân Liên rà soát phương án chữa cháy.`);
    expect(surfaces(doc)).toEqual([
      ['Các Vườn quốc gia Cúc Phương, Bến En và Pù Mát'],
      ['Các Vườn quốc gia Cúc Phương', 'Ban Quản lý rừng đặc dụng Xuân Liên'],
    ]);
  });
});

const inspectionPlan = headed({ issuer: 'ĐẢNG BỘ TỈNH NINH BÌNH\nỦY BAN KIỂM TRA TỈNH ỦY', number: '27-KH/UBKTTU', placeDate: 'Ninh Bình, ngày 15 tháng 4 năm 2025', kind: 'KẾ HOẠCH', title: 'Kiểm tra việc chấp hành trong quản lý tài chính đảng', section: PLAN_SECTION });

const districtInspection = headed({ issuer: 'ĐẢNG BỘ TỈNH TRÀ VINH\nHUYỆN ỦY CẦU NGANG\nỦY BAN KIỂM TRA', number: '09-KH/UBKTHU', placeDate: 'Cầu Ngang, ngày 06 tháng 5 năm 2025', kind: 'KẾ HOẠCH', title: 'Giám sát chuyên đề việc kê khai tài sản, thu nhập', section: PLAN_SECTION });

describe('task units, twenty-third round: verifying verbs after a name closed by its number', () => {
  it('ends "Phòng Nghiệp vụ 3" before "thẩm tra, xác minh", in a provincial inspection committee\'s plan', () => {
    const doc = inspectionPlan(`1. Phòng Nghiệp vụ 1 chủ trì, phối hợp với Phòng Nghiệp vụ 3 thẩm tra, xác minh các nội dung có dấu hiệu vi phạm.
2. Phòng Nghiệp vụ 3 xác minh nguồn gốc các khoản thu, chi bất thường.`);
    expect(surfaces(doc)).toEqual([
      ['Phòng Nghiệp vụ 1', 'Phòng Nghiệp vụ 3'],
      ['Phòng Nghiệp vụ 3'],
    ]);
  });

  it('does so after a capitalised department\'s name, in a district\'s inspection committee\'s plan', () => {
    const doc = districtInspection(`1. Tổ giúp việc chủ trì, phối hợp với Phòng Kiểm tra thẩm tra, đối chiếu hồ sơ kê khai của các đảng viên được giám sát.`);
    expect(surfaces(doc)).toEqual([['Tổ giúp việc', 'Phòng Kiểm tra']]);
  });
});

describe('task units, twenty-third round: the office of an inspection committee', () => {
  it('reads "Văn phòng Ủy ban Kiểm tra" as the issuing committee\'s office, one unit, in a provincial committee\'s plan', () => {
    const doc = inspectionPlan(`1. Văn phòng Ủy ban Kiểm tra bảo đảm phương tiện, kinh phí cho hoạt động của Đoàn kiểm tra.`);
    expect(surfaces(doc)).toEqual([['Văn phòng Ủy ban Kiểm tra']]);
    expect(unitsOf(doc)).toEqual([['Văn phòng Ủy ban Kiểm tra Tỉnh ủy Ninh Bình [assigned]']]);
  });

  it('does so in a district\'s inspection committee\'s plan; "Ủy ban Kiểm tra Huyện ủy" after the office is its owner as before', () => {
    const doc = districtInspection(`1. Văn phòng Ủy ban Kiểm tra chuẩn bị tài liệu, bố trí phương tiện cho Đoàn giám sát.
2. Văn phòng Huyện ủy phối hợp với Ủy ban Kiểm tra Huyện ủy tổng hợp kết quả giám sát.`);
    expect(surfaces(doc)).toEqual([
      ['Văn phòng Ủy ban Kiểm tra'],
      ['Văn phòng Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy'],
    ]);
  });
});

const coastGuardPlan = headed({ issuer: 'BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN\nBỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG', number: '204/KH-BĐBP', placeDate: 'Nghệ An, ngày 18 tháng 3 năm 2025', kind: 'KẾ HOẠCH', title: 'Đợt cao điểm chống khai thác hải sản bất hợp pháp', section: PLAN_SECTION });

describe('task units, twenty-third round: border posts made plural over which of them, no name', () => {
  it('keeps "tuyến biển" with "Các đồn Biên phòng" in a border guard\'s plan', () => {
    const doc = coastGuardPlan(`1. Các đồn Biên phòng tuyến biển kiểm soát chặt tàu cá ra, vào các cửa lạch.
2. Phòng Tham mưu chủ trì, phối hợp với các đồn Biên phòng tuyến biển tổng hợp số tàu cá nằm bờ.`);
    expect(surfaces(doc)).toEqual([
      ['Các đồn Biên phòng tuyến biển'],
      ['Phòng Tham mưu', 'các đồn Biên phòng tuyến biển'],
    ]);
    expect(unitsOf(doc)[0]).toEqual(['Các Đồn Biên phòng tuyến biển tỉnh Nghệ An [assigned]']);
  });

  it('does so with the land border and the places along a river, in another border guard\'s plan', () => {
    const doc = borderPlan(`1. Các đồn Biên phòng tuyến biên giới đất liền duy trì tổ công tác tại các đường mòn.
2. Các đồn Biên phòng ven sông Nho Quế tăng cường tuần tra ban đêm.`);
    expect(surfaces(doc)).toEqual([
      ['Các đồn Biên phòng tuyến biên giới đất liền'],
      ['Các đồn Biên phòng ven sông Nho Quế'],
    ]);
  });
});

const fisheriesLetter = headed({ issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC THỦY SẢN VÀ KIỂM NGƯ', number: '412/TSKN-KN', placeDate: 'Hà Nội, ngày 22 tháng 4 năm 2025', kind: 'CÔNG VĂN', title: 'V/v ngăn chặn tàu cá vi phạm vùng biển nước ngoài' });

const townWardPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG THỦY\nỦY BAN NHÂN DÂN PHƯỜNG PHÚ BÀI', number: '41/KH-UBND', placeDate: 'Phú Bài, ngày 09 tháng 6 năm 2025', kind: 'KẾ HOẠCH', title: 'Lập lại trật tự vỉa hè, lòng đường năm 2025', section: PLAN_SECTION });

describe('task units, twenty-third round: the coast guard\'s commands and a ward\'s urban order force', () => {
  it('reads "Bộ Tư lệnh Vùng Cảnh sát biển 3" whole, and the national command, in a fisheries department\'s letter', () => {
    const doc = fisheriesLetter(`1. Chi cục Kiểm ngư vùng III chủ trì, phối hợp với Bộ Tư lệnh Vùng Cảnh sát biển 3 tăng cường tuần tra các vùng biển giáp ranh.
2. Đề nghị Bộ Tư lệnh Cảnh sát biển chỉ đạo các đơn vị trực thuộc tăng cường kiểm soát tàu cá.`);
    expect(surfaces(doc)).toEqual([
      ['Chi cục Kiểm ngư vùng III', 'Bộ Tư lệnh Vùng Cảnh sát biển 3'],
      ['Bộ Tư lệnh Cảnh sát biển'],
    ]);
  });

  it('reads "lực lượng trật tự đô thị" as the ward\'s force, a partner, so the lead keeps its role, in a town ward\'s plan', () => {
    const doc = townWardPlan(`1. Công an phường phối hợp với lực lượng trật tự đô thị ra quân xử lý lấn chiếm vỉa hè trên tuyến Nguyễn Tất Thành.
2. Lực lượng trật tự đô thị phường duy trì tuần tra các tuyến phố chính.`);
    expect(unitsOf(doc)).toEqual([
      ['Công an phường Phú Bài [lead]', 'Lực lượng trật tự đô thị phường Phú Bài [support]'],
      ['Lực lượng trật tự đô thị phường Phú Bài [assigned]'],
    ]);
  });
});
