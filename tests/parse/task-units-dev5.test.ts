import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';
import { unitsOf } from './helpers/task-units.js';
import { repairOcrWords } from '../../src/read/ocr-repair.js';
import { tildeForDiaeresis } from '../../src/read/ocr-tilde.js';

/**
 * Task units from the misses of the sixteen blind documents of 2026-12-06 early morning (issue 9): the
 * names of the units and their resolution, each mechanism in a document written for the test in the same
 * pattern, not in the words of the one that missed.
 */
const surfaces = (text: string): string[][] => parse(text).assignments.map((a) => a.units.map((u) => u.surface ?? ''));

const huyen = (body: string) => `ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN PHÙ CỪ                          Độc lập - Tự do - Hạnh phúc
Số: 61/KH-UBND                          Phù Cừ, ngày 15 tháng 4 năm 2024

KẾ HOẠCH
Phòng, chống lụt, bão năm 2024

${body}

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đỗ Văn Tám
`;

const hoiTinh = (body: string) => `HỘI NÔNG DÂN VIỆT NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH              Độc lập - Tự do - Hạnh phúc
Số: 21-KH/HNDT                          Bình Định, ngày 04 tháng 3 năm 2024

KẾ HOẠCH
Phong trào nông dân sản xuất giỏi năm 2024

${body}

T/M BAN THƯỜNG VỤ
CHỦ TỊCH
Phan Văn Hòa
`;

const xa = (body: string) => `ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ MƯỜNG BÚ                          Độc lập - Tự do - Hạnh phúc
Số: 18/QĐ-UBND                          Mường Bú, ngày 04 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc kiện toàn Tổ giúp việc chương trình giảm nghèo

${body}

CHỦ TỊCH
Lò Văn Panh
`;

const dangUyXa = (body: string) => `ĐẢNG BỘ HUYỆN ĐỨC CƠ
ĐẢNG ỦY XÃ IA DƠK
*
Số 12-TB/ĐU
Ia Dơk, ngày 20 tháng 5 năm 2024

THÔNG BÁO
Kết luận của Ban Thường vụ Đảng ủy về phát triển du lịch cộng đồng

${body}

T/M BAN THƯỜNG VỤ
BÍ THƯ
Rơ Châm Hiếu
`;

describe('task units from the misses of the sixteen blind documents of 2026-12-06 early morning', () => {
  it('keeps "ven" and what the places lie along in the name of plural communes, not every commune', () => {
    const doc = huyen(`1. Công an huyện phối hợp với UBND các xã ven đê kiểm tra xe chở vật liệu quá tải.
2. UBND các xã, thị trấn ven sông Luộc rà soát các điểm có nguy cơ sạt lở.`);
    expect(unitsOf(doc)).toEqual([
      ['Công an huyện Phù Cừ [lead]', 'UBND các xã ven đê huyện Phù Cừ [support]'],
      ['UBND các xã, thị trấn ven sông Luộc huyện Phù Cừ [assigned]'],
    ]);
  });

  it('reads "Ban <name> Hội Nông dân tỉnh" as one board of the association, not the province\'s board and the association', () => {
    const doc = hoiTinh(`1. Ban Tuyên huấn Hội Nông dân tỉnh phối hợp với Báo Bình Định mở chuyên mục về nông dân sản xuất giỏi.
2. Ban Kinh tế - Xã hội Hội Nông dân tỉnh chủ trì, phối hợp với Văn phòng Hội Nông dân tỉnh tổ chức hội nghị biểu dương.`);
    expect(unitsOf(doc).map((units) => units[0])).toEqual([
      'Ban Tuyên huấn Hội Nông dân tỉnh Bình Định [lead]',
      'Ban Kinh tế - Xã hội Hội Nông dân tỉnh Bình Định [lead]',
    ]);
    expect(parse(doc).assignments[0]!.units[0]!.kind).toBe('mass-organization');
    expect(unitsOf(doc)[0]).toHaveLength(2);
  });

  it('reads the lower-case words of a name closed by a proper name, and a fund\'s name inside a board\'s', () => {
    const doc = huyen(`1. Ban Điều hành Quỹ Hỗ trợ nông dân huyện giải ngân vốn vay cho các hộ bị thiệt hại.
2. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công ty TNHH MTV Khai thác công trình thủy lợi Hưng Yên vận hành các trạm bơm tiêu úng.
3. Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp với Ban Quản lý Khu di tích quốc gia đặc biệt Phố Hiến gia cố các điểm tham quan.`);
    expect(surfaces(doc)).toEqual([
      ['Ban Điều hành Quỹ Hỗ trợ nông dân huyện'],
      ['Phòng Nông nghiệp và Phát triển nông thôn', 'Công ty TNHH MTV Khai thác công trình thủy lợi Hưng Yên'],
      ['Trung tâm Văn hóa, Thông tin và Thể thao huyện', 'Ban Quản lý Khu di tích quốc gia đặc biệt Phố Hiến'],
    ]);
    expect(unitsOf(doc)[0]).toEqual(['Ban Điều hành Quỹ Hỗ trợ nông dân huyện Phù Cừ [assigned]']);
  });

  it('reads a cooperative whose kind of business is written in lower case before its name', () => {
    const doc = dangUyXa(`1. UBND xã chủ trì, phối hợp với Hợp tác xã dịch vụ nông nghiệp Ia Dơk hướng dẫn các hộ chuyển đổi cây trồng.
2. Hợp tác xã nông nghiệp Ia Lang bảo đảm nước tưới cho vụ Đông Xuân.`);
    expect(unitsOf(doc)).toEqual([
      ['UBND xã Ia Dơk [lead]', 'Hợp tác xã dịch vụ nông nghiệp Ia Dơk [support]'],
      ['Hợp tác xã nông nghiệp Ia Lang [assigned]'],
    ]);
  });

  it('ends a civil servant\'s name at "làm" (the role given), and reads "Trưởng các bản" as the villages', () => {
    const doc = xa(`Điều 2. Nhiệm vụ
1. Giao công chức Tài chính - Kế toán làm bộ phận thường trực, tổng hợp kết quả giải ngân hằng tháng.
2. Trưởng các bản tổ chức họp dân bình xét hộ nghèo, niêm yết kết quả tại nhà văn hóa.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Công chức Văn phòng - Thống kê, Trưởng các bản và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`);
    expect(unitsOf(doc)).toEqual([
      ['Công chức Tài chính - Kế toán xã Mường Bú [assigned]'],
      ['Các bản xã Mường Bú [assigned]'],
      ['Công chức Văn phòng - Thống kê xã Mường Bú [assigned]', 'Các bản xã Mường Bú [assigned]', 'Các thành viên có tên tại Điều 1 xã Mường Bú [assigned]'],
    ]);
    // "việc làm" is a word of a name, and "Bản" with a capital is a place.
    expect(unitsOf(huyen(`1. Trung tâm Dịch vụ việc làm tỉnh tư vấn cho người lao động bị mất việc.`))).toEqual([
      ['Trung tâm Dịch vụ việc làm tỉnh Hưng Yên [assigned]'],
    ]);
    expect(unitsOf(huyen(`1. UBND xã Bản Lầu rà soát các hộ ven sông.`))).toEqual([['UBND xã Bản Lầu [assigned]']]);
  });

  it('reads a deputy in charge of a field and the committee members in charge of villages as units by post', () => {
    const doc = dangUyXa(`1. Đồng chí Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội chỉ đạo kiểm tra các cơ sở lưu trú.
2. Các đồng chí cấp ủy viên phụ trách thôn thường xuyên nắm tình hình, đôn đốc chi bộ thực hiện.
3. Đồng chí Chủ tịch UBND xã trực tiếp chỉ đạo công tác phòng, chống hạn.`);
    expect(surfaces(doc)).toEqual([
      ['Đồng chí Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội'],
      ['Các đồng chí cấp ủy viên phụ trách thôn'],
      ['Đồng chí Chủ tịch UBND xã'],
    ]);
    expect(unitsOf(doc)).toEqual([
      ['Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội xã Ia Dơk [assigned]'],
      ['Các Cấp ủy viên phụ trách thôn Đảng ủy xã Ia Dơk [assigned]'],
      ['UBND xã Ia Dơk [assigned]'],
    ]);
  });

  it('keeps "có tên tại Điều 2" in the name of the plural units it qualifies, so the list of the execution article goes on', () => {
    const doc = huyen(`Điều 3. Chánh Văn phòng HĐND và UBND huyện; Chủ tịch UBND các xã có tên tại Điều 2 và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`);
    expect(unitsOf(doc)).toEqual([[
      'Văn phòng HĐND và UBND huyện Phù Cừ [assigned]',
      'UBND các xã có tên tại Điều 2 huyện Phù Cừ [assigned]',
      'Các thành viên có tên tại Điều 1 huyện Phù Cừ [assigned]',
    ]]);
    expect(surfaces(huyen(`Điều 3. Thủ trưởng các cơ quan, đơn vị có tên tại Điều 1 và Trưởng Ban Chỉ huy Quân sự huyện chịu trách nhiệm thi hành Quyết định này./.`))).toEqual([[
      'Thủ trưởng các cơ quan, đơn vị có tên tại Điều 1', 'Trưởng Ban Chỉ huy Quân sự huyện',
    ]]);
  });

  it('ends a military command\'s political board before its verb, and reads a fire board\'s topic over its comma', () => {
    const doc = huyen(`1. Ban Chính trị biên soạn tài liệu tuyên truyền cho lực lượng dân quân.
2. Ban Chỉ huy phòng cháy, chữa cháy rừng xã kiện toàn các tổ xung kích tại các thôn.`);
    expect(surfaces(doc)).toEqual([['Ban Chính trị'], ['Ban Chỉ huy phòng cháy, chữa cháy rừng xã']]);
  });

  it('reads a tilde that OCR printed as a diaeresis ("các xä, thị trấn") as the tilde, so the list of places is whole', () => {
    const page = huyen(`2. Đảng ủy các xä, thị trấn lãnh đạo tổ chức bình cử công khai từ thôn, tổ dân phố.`);
    const { text, counts } = repairOcrWords(page);
    expect(counts['tilde read as a diaeresis']).toBe(1);
    expect(text).toContain('Đảng ủy các xã, thị trấn lãnh đạo');
    expect(surfaces(text)).toEqual([['Đảng ủy các xã, thị trấn']]);
    // Only a vowel inside a word changes: a mark standing alone stays as printed.
    expect(tildeForDiaeresis('mục “ä” của xä').text).toBe('mục “ä” của xã');
  });

  it('reads "cơ quan quân sự huyện" as the district\'s military command, and the bare words as no unit', () => {
    expect(unitsOf(huyen(`1. Trung tâm Chính trị huyện phối hợp với cơ quan quân sự huyện mở lớp bồi dưỡng kiến thức quốc phòng.`))).toEqual([
      ['Trung tâm Chính trị huyện Phù Cừ [lead]', 'Ban Chỉ huy Quân sự huyện Phù Cừ [support]'],
    ]);
  });
});
