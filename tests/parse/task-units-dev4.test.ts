import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units from the misses of the eleven blind documents of 2026-12-05 night (issue 9): the names of
 * the units and their resolution, each mechanism in a document written for the test in the same
 * pattern, not in the words of the one that missed.
 */
const surfaces = (text: string): string[][] => parse(text).assignments.map((a) => a.units.map((u) => u.surface ?? ''));

const matTranTinh = (body: string) => `ỦY BAN MTTQ VIỆT NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẠC LIÊU                          Độc lập - Tự do - Hạnh phúc
BAN THƯỜNG TRỰC
Số: 21/KH-MTTQ-BTT                     Bạc Liêu, ngày 12 tháng 3 năm 2024

KẾ HOẠCH
Giám sát việc thực hiện chính sách đối với người cao tuổi năm 2024

${body}

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Trần Văn Ba
`;

const tinh = (body: string) => `ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG
-------
Số: 88/UBND-KT
V/v ứng phó hạn hán mùa khô năm 2024
Sóc Trăng, ngày 04 tháng 3 năm 2024

${body}

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Văn Tư
`;

const huyenUy = (body: string) => `ĐẢNG BỘ TỈNH TRÀ VINH
HUYỆN ỦY CẦU NGANG
*
Số 40-CV/HU
Cầu Ngang, ngày 09 tháng 4 năm 2024

V/v tổ chức thăm hỏi dịp Tết cổ truyền

${body}

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Thạch Sô Phal
`;

const dangUyXa = (body: string) => `ĐẢNG BỘ HUYỆN ĐỨC CƠ
ĐẢNG ỦY XÃ IA DƠK
*
Số 12-NQ/ĐU
Ia Dơk, ngày 20 tháng 5 năm 2024

NGHỊ QUYẾT
Về phát triển cây cà phê giai đoạn 2024 - 2026

${body}

T/M ĐẢNG ỦY
BÍ THƯ
Rơ Châm Hiếu
`;

const congAnTinh = (body: string) => `CÔNG AN TỈNH GIA LAI                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc
Số: 140/KH-CAT-PC06                  Gia Lai, ngày 08 tháng 1 năm 2025

KẾ HOẠCH
Vận động toàn dân giao nộp vũ khí, vật liệu nổ năm 2025

${body}

GIÁM ĐỐC
Rah Lan Chung
`;

describe('task units from the misses of the eleven blind documents of 2026-12-05 night', () => {
  it('reads "Ban <name> Ủy ban MTTQ tỉnh" as one board of the Front\'s committee, not the province\'s board and the committee', () => {
    const doc = matTranTinh(`III. TỔ CHỨC THỰC HIỆN
1. Ban Phong trào Ủy ban MTTQ tỉnh chủ trì, phối hợp với Hội Cựu chiến binh tỉnh giám sát việc chi trả trợ cấp tại các xã.`);
    expect(unitsOf(doc)).toEqual([['Ban Phong trào Ủy ban MTTQ tỉnh Bạc Liêu [lead]', 'Hội Cựu chiến binh tỉnh Bạc Liêu [support]']]);
    expect(parse(doc).assignments[0]!.units[0]!.kind).toBe('front');
  });

  it('keeps "nông thôn" in a centre\'s name after three lower-case words, not reading "thôn" as a village', () => {
    const doc = tinh(`2. Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh bảo đảm nước uống cho các điểm dân cư vùng hạn.`);
    expect(unitsOf(doc)).toEqual([['Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Sóc Trăng [assigned]']]);
  });

  it('reads the bank\'s district office, a trade association and a cooperative by their own heads', () => {
    const doc = tinh(`3. Đề nghị Phòng giao dịch Ngân hàng Chính sách xã hội huyện phối hợp với Hội Nông dân huyện rà soát các khoản vay.
4. Đề nghị Hiệp hội Lúa gạo Việt Nam phổ biến văn bản này đến các hội viên.`);
    expect(unitsOf(doc)).toEqual([
      ['Phòng giao dịch Ngân hàng Chính sách xã hội huyện [lead]', 'Hội Nông dân huyện [support]'],
      ['Hiệp hội Lúa gạo Việt Nam [assigned]'],
    ]);
    expect(unitsOf(dangUyXa(`2. Hội Nông dân xã chủ trì, phối hợp với Hợp tác xã Cà phê Ia Dơk hướng dẫn các hộ tái canh.`))).toEqual([
      ['Hội Nông dân xã Ia Dơk [lead]', 'Hợp tác xã Cà phê Ia Dơk [support]'],
    ]);
  });

  it('reads "các đồng chí Huyện ủy viên phụ trách xã, thị trấn" as the members in charge, not the Huyện ủy', () => {
    const doc = huyenUy(`Ban Thường vụ Huyện ủy yêu cầu các đồng chí Huyện ủy viên phụ trách xã, thị trấn trực tiếp thăm hỏi các gia đình chính sách.`);
    expect(unitsOf(doc)).toEqual([['Các Huyện ủy viên phụ trách xã, thị trấn Huyện ủy Cầu Ngang [assigned]']]);
    expect(surfaces(doc)).toEqual([['các đồng chí Huyện ủy viên phụ trách xã, thị trấn']]);
  });

  it('reads an abbreviation the document defined in brackets after a unit\'s name as that unit, later in the text', () => {
    const doc = congAnTinh(`- Giao Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06) chủ trì, phối hợp với Công an các huyện tổ chức tiếp nhận vũ khí.
- Công an các huyện, thị xã tuyên truyền đến từng thôn, làng.
- PC06 là đầu mối tổng hợp kết quả, báo cáo Giám đốc Công an tỉnh trước ngày 25 hằng tháng.`);
    expect(unitsOf(doc)).toEqual([
      ['Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Gia Lai [lead]', 'Công an các huyện tỉnh Gia Lai [support]'],
      ['Công an các huyện, thị xã tỉnh Gia Lai [assigned]'],
      ['Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Gia Lai [assigned]'],
    ]);
    expect(surfaces(doc)[2]).toEqual(['PC06']);
    const group = tinh(`1. Sở Công Thương chủ trì, phối hợp với Tập đoàn Hóa chất Việt Nam (VNC) kiểm tra nguồn phân bón dự trữ.
2. VNC và các đại lý cấp 1 bảo đảm đủ phân bón cho vụ Hè Thu.`);
    expect(unitsOf(group)[1]).toEqual(['Tập đoàn Hóa chất Việt Nam [assigned]']);
    // Not defined in this text: no unit.
    expect(unitsOf(tinh(`1. VNC bảo đảm đủ phân bón cho vụ Hè Thu.`))).toEqual([]);
  });

  it('reads the roles after "là cơ quan thường trực" of an owner whose name holds commas', () => {
    expect(unitsOf(tinh(`1. Chi cục Kiểm lâm tỉnh là cơ quan thường trực Ban Chỉ đạo về bảo vệ rừng và phòng cháy, chữa cháy rừng tỉnh, chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh kiểm tra các điểm có nguy cơ cháy cao.`))).toEqual([
      ['Chi cục Kiểm lâm tỉnh Sóc Trăng [lead]', 'Công an tỉnh Sóc Trăng [support]', 'Bộ Chỉ huy Quân sự tỉnh Sóc Trăng [support]'],
    ]);
  });

  it('reads "X cùng cấp" beside the leads as the body of their level, named so, not the issuer\'s province\'s', () => {
    const doc = matTranTinh(`1. Ban Thường trực Ủy ban MTTQ các huyện, thị xã chủ trì, phối hợp với Phòng Lao động - Thương binh và Xã hội cùng cấp rà soát hộ nghèo.
2. Ban Dân vận các huyện ủy, thị ủy chủ trì, phối hợp với Ủy ban MTTQ Việt Nam cùng cấp tổ chức hội nghị lấy ý kiến người dân.`);
    expect(unitsOf(doc).map((units) => units.at(-1))).toEqual([
      'Phòng Lao động - Thương binh và Xã hội cùng cấp [support]',
      'Ủy ban MTTQ cùng cấp [support]',
    ]);
  });

  it('reads a ward\'s civil guard and "Trưởng các khóm" as units of the ward', () => {
    const doc = `ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG VĨNH MỸ                          Độc lập - Tự do - Hạnh phúc
Số: 30/KH-UBND                          Châu Đốc, ngày 02 tháng 5 năm 2024

KẾ HOẠCH
Bảo đảm trật tự mùa lễ hội năm 2024

II. PHÂN CÔNG
1. Công an phường
Chủ trì, phối hợp với Ban Chỉ huy Quân sự phường, lực lượng bảo vệ dân phố lập phương án giữ gìn trật tự tại các bến đò.
2. Trưởng các khóm
Vận động các hộ buôn bán ký cam kết không lấn chiếm vỉa hè.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Năm
`;
    expect(unitsOf(doc)).toEqual([
      ['Công an phường Vĩnh Mỹ [lead]', 'Ban Chỉ huy Quân sự phường Vĩnh Mỹ [support]', 'Lực lượng bảo vệ dân phố phường Vĩnh Mỹ [support]'],
      ['Các khóm phường Vĩnh Mỹ [assigned]'],
    ]);
    expect(surfaces(doc)[1]).toEqual(['Trưởng các khóm']);
  });
});
