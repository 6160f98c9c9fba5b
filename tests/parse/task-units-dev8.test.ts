import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, ninth round (issue 9): the unit names and structures that the parser misread in the web copies, clean
 * files and portal pages of blind batch 13, each mechanism in a document written for the test in the same pattern.
 */

// A district military command's plan: its sections' duties under a heading in capitals.
const command = (heading: string, body: string) => `BỘ CHQS TỈNH ĐIỆN BIÊN
BAN CHQS HUYỆN TUẦN GIÁO
Số: 77/KH-BCH
Tuần Giáo, ngày 02 tháng 6 năm 2024

KẾ HOẠCH
Huấn luyện dân quân tự vệ năm 2024

${heading}
${body}
`;

describe('task units, ninth round', () => {
  it('reads "Bộ phận <field>" as a section of the issuer, or of the body named after it, and a heading in capitals as no unit', () => {
    const doc = command('II. NHIỆM VỤ CÁC BỘ PHẬN', `1. Bộ phận Tham mưu: Xây dựng kế hoạch huấn luyện chi tiết cho từng đối tượng.
2. Bộ phận Hậu cần chủ trì, phối hợp với Phòng Tài chính - Kế hoạch huyện bảo đảm kinh phí huấn luyện.
3. Trung đội dân quân cơ động huyện tham gia hội thao cấp tỉnh trong tháng 9/2024.`);
    expect(unitsOf(doc)).toEqual([
      ['Bộ phận Tham mưu Ban Chỉ huy Quân sự huyện Tuần Giáo [assigned]'],
      ['Bộ phận Hậu cần Ban Chỉ huy Quân sự huyện Tuần Giáo [lead]', 'Phòng Tài chính - Kế hoạch huyện Tuần Giáo [support]'],
      ['Trung đội dân quân cơ động huyện Tuần Giáo [assigned]'],
    ]);
  });

  it('names a section after its owner when one is written ("Bộ phận Tuyên giáo Huyện đoàn"); "các bộ phận" in lower case is none', () => {
    const doc = command('III. TỔ CHỨC THỰC HIỆN', `1. Giao Bộ phận Tuyên giáo Huyện đoàn chủ trì, phối hợp với các bộ phận liên quan tuyên truyền về ngày hội trên trang thông tin của huyện.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => `${u.surface} [${u.role}]`))).toEqual([['Bộ phận Tuyên giáo Huyện đoàn [lead]']]);
  });
});

// A ministry's official letter to the provinces, its duties by department and institute.
const ministry = (body: string) => `BỘ Y TẾ
-------
Số: 2210/BYT-DP
Hà Nội, ngày 12 tháng 8 năm 2024

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Để chủ động phòng, chống bệnh tay chân miệng, Bộ Y tế đề nghị và giao các đơn vị thực hiện một số nội dung sau:

${body}
`;

describe('task units, ninth round: names of national bodies', () => {
  it('keeps a field written as a pair with its comma inside the name ("Khám, chữa bệnh", "Thi đua, khen thưởng")', () => {
    const doc = ministry(`1. Vụ Truyền thông và Thi đua, khen thưởng chủ trì, phối hợp với Cục Quản lý Khám, chữa bệnh biên soạn tài liệu truyền thông.
2. Ban Thi đua, khen thưởng của Bộ tổng hợp đề xuất khen thưởng các tập thể có thành tích.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => `${u.surface} [${u.role}]`))).toEqual([
      ['Vụ Truyền thông và Thi đua, khen thưởng [lead]', 'Cục Quản lý Khám, chữa bệnh [support]'],
      ['Ban Thi đua, khen thưởng [assigned]'],
    ]);
  });

  it('reads the institutes ("Viện …") and a hospital named after a market ("Bệnh viện Chợ Rẫy") without the verb after them', () => {
    const doc = ministry(`1. Viện Pasteur Nha Trang, Viện Vệ sinh dịch tễ Tây Nguyên hỗ trợ các tỉnh giám sát ổ dịch.
2. Bệnh viện Nhi Trung ương, Bệnh viện Chợ Rẫy tập huấn cho tuyến tỉnh về điều trị bệnh nhi nặng.
3. Cục Y tế dự phòng phối hợp với các cơ quan thông tấn, báo chí đưa tin về các biện pháp phòng bệnh.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => `${u.surface} [${u.role}]`))).toEqual([
      ['Viện Pasteur Nha Trang [assigned]', 'Viện Vệ sinh dịch tễ Tây Nguyên [assigned]'],
      ['Bệnh viện Nhi Trung ương [assigned]', 'Bệnh viện Chợ Rẫy [assigned]'],
      ['Cục Y tế dự phòng [lead]', 'các cơ quan thông tấn, báo chí [support]'],
    ]);
  });
});

// A commune Party committee's notice of conclusions.
const partyXa = (body: string) => `ĐẢNG BỘ HUYỆN MÈO VẠC
ĐẢNG ỦY XÃ PẢ VI
*
Số: 45-TB/ĐU
Pả Vi, ngày 08 tháng 10 năm 2024

THÔNG BÁO
Kết luận của Ban Thường vụ Đảng ủy tại hội nghị tháng 10 năm 2024

${body}
`;

// A district Youth Union's plan: a heading that names units over bullets.
const youth = (body: string) => `HUYỆN ĐOÀN CHÂU THÀNH
BCH ĐOÀN TNCS HỒ CHÍ MINH
Số: 31-KH/HĐTN
Châu Thành, ngày 20 tháng 02 năm 2025

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2025

III. TỔ CHỨC THỰC HIỆN
${body}
`;

describe('task units, ninth round: structure', () => {
  it('reads "X ủy nhiệm Y <work>" as Y\'s task, as "giao Y" is', () => {
    const doc = partyXa(`1. Đảng ủy ủy nhiệm Ủy ban Kiểm tra Đảng ủy xã giám sát việc sinh hoạt của các chi bộ thôn trong quý IV.
2. Ban Thường vụ ủy quyền cho Văn phòng Đảng ủy ký các văn bản hướng dẫn chuẩn bị đại hội chi bộ.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => u.surface))).toEqual([['Ủy ban Kiểm tra Đảng ủy xã'], ['Văn phòng Đảng ủy']]);
  });

  it('gives an item opened by "Mỗi <unit>" under a heading that names units the heading\'s units, not the kind it names', () => {
    const doc = youth(`1. Đoàn các xã, thị trấn:
- Mỗi cơ sở Đoàn ra quân làm sạch ít nhất 01 tuyến kênh trong tháng;
- Tổ chức hiến máu tình nguyện tại trung tâm xã.
2. Các chi đoàn ấp:
- Mỗi chi đoàn nhận chăm sóc ít nhất 01 tuyến đường hoa.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => u.surface))).toEqual([
      ['Đoàn các xã, thị trấn'], ['Đoàn các xã, thị trấn'], ['Các chi đoàn ấp'],
    ]);
  });
});

describe('task units, ninth round: posts', () => {
  it('reads the members of an organ in charge of places as a post, named as printed, not the organ', () => {
    const doc = partyXa(`1. Các đồng chí Ủy viên Ban Thường vụ Đảng ủy phụ trách thôn dự sinh hoạt chi bộ định kỳ, nắm tình hình đảng viên.
2. Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phụ trách các thôn đôn đốc thu nộp đảng phí.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => u.surface))).toEqual([
      ['Các đồng chí Ủy viên Ban Thường vụ Đảng ủy phụ trách thôn'],
      ['Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phụ trách các thôn'],
    ]);
  });
});

// A ward chairman's decision on storm clean-up, its duties by unit.
const ward = (body: string) => `ỦY BAN NHÂN DÂN
PHƯỜNG LÃM HÀ
-------
Số: 88/KH-UBND
Lãm Hà, ngày 09 tháng 9 năm 2024

KẾ HOẠCH
Khắc phục hậu quả cơn bão số 3

II. NHIỆM VỤ
${body}
`;

describe('task units, ninth round: partners', () => {
  it('reads a partner named after the force the subject sends ("huy động lực lượng … phối hợp với Y") as supporting it', () => {
    const doc = ward(`1. Công an phường bố trí lực lượng phối hợp với Xí nghiệp Điện Kiến An cắt điện tại các điểm cột đổ.
2. Ban Chỉ huy Quân sự phường huy động dân quân phối hợp cùng Đoàn phường dọn bùn đất tại các trường học.`);
    expect(parse(doc).assignments.map((a) => a.units.map((u) => `${u.surface} [${u.role}]`))).toEqual([
      ['Công an phường [lead]', 'Xí nghiệp Điện Kiến An [support]'],
      ['Ban Chỉ huy Quân sự phường [lead]', 'Đoàn phường [support]'],
    ]);
  });

  it('keeps a task that only mentions cooperation as its object ("kiểm tra việc phối hợp với …") without a partner', () => {
    const doc = ward('1. Văn phòng UBND phường kiểm tra việc phối hợp với các tổ dân phố trong công tác thu gom rác.');
    expect(parse(doc).assignments.map((a) => a.units.map((u) => `${u.surface} [${u.role}]`))).toEqual([['Văn phòng UBND phường [assigned]']]);
  });
});

