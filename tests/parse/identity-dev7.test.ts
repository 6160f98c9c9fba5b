import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ownIdentity } from './docs.js';

/**
 * The document's own identity and the issuers of what it cites, from the misses of the ten blind
 * documents of the seventh round (issue 9; docs/extraction-rounds.md, "Document identity: what the
 * misses are", seventh round): each case is one structure of the text the parser misread, on a short
 * document written for this test.
 */
const citedIssuer = (text: string, number: string) => parseDocument(text).citations.find((c) => c.number === number)?.issuer?.name ?? null;

describe('a national commission named "Ủy ban …" with no area', () => {
  it('its header wrapped before "QUỐC GIA" names the national traffic safety commission', () => {
    const doc = `ỦY BAN AN TOÀN GIAO THÔNG
QUỐC GIA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 64/KH-UBATGTQG
Hà Nội, ngày 03 tháng 4 năm 2025

KẾ HOẠCH
Tháng hành động bảo đảm an toàn giao thông cho học sinh năm 2025

Ủy ban An toàn giao thông Quốc gia ban hành Kế hoạch như sau:

1. Bộ Giáo dục và Đào tạo chỉ đạo các trường tổ chức cho học sinh ký cam kết chấp hành luật giao thông.
`;
    expect(ownIdentity(doc)).toEqual({ number: '64/KH-UBATGTQG', docType: 'Kế hoạch', issuedOn: '2025-04-03', issuer: 'Ủy ban An toàn giao thông Quốc gia' });
  });

  it('cited by a province, written in full or by its symbol alone, it is the national commission', () => {
    const doc = (cite: string) => `ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 90/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 10 tháng 4 năm 2025

KẾ HOẠCH
Tháng hành động bảo đảm an toàn giao thông cho học sinh năm 2025

Thực hiện ${cite}, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

1. Sở Giáo dục và Đào tạo chỉ đạo các trường tổ chức cho học sinh ký cam kết chấp hành luật giao thông.
`;
    expect(citedIssuer(doc('Kế hoạch số 64/KH-UBATGTQG ngày 03/4/2025 của Ủy ban An toàn giao thông Quốc gia'), '64/KH-UBATGTQG')).toBe('Ủy ban An toàn giao thông Quốc gia');
    expect(citedIssuer(doc('Kế hoạch số 64/KH-UBATGTQG ngày 03/4/2025 về tháng hành động an toàn giao thông'), '64/KH-UBATGTQG')).toBe('Ủy ban An toàn giao thông Quốc gia');
  });
});

describe('the State President as a cited issuer', () => {
  const letter = (cite: string) => `ỦY BAN NHÂN DÂN
HUYỆN HẢI HẬU
Số: 512/UBND-LĐTBXH
V/v chi trả quà Tết cho người có công

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Hậu, ngày 02 tháng 12 năm 2024

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn chi trả quà của Chủ tịch nước cho người có công ${cite}, hoàn thành trước ngày 15/01/2025.
`;

  it('"… theo Quyết định số …/QĐ-CTN … của Chủ tịch nước": the President, not a chairman of a body after him', () => {
    expect(citedIssuer(letter('theo Quyết định số 1204/QĐ-CTN ngày 25/11/2024 của Chủ tịch nước'), '1204/QĐ-CTN')).toBe('Chủ tịch nước');
  });

  it('the symbol alone (…/QĐ-CTN) names the President too', () => {
    expect(citedIssuer(letter('theo Quyết định số 1204/QĐ-CTN ngày 25/11/2024'), '1204/QĐ-CTN')).toBe('Chủ tịch nước');
  });
});

describe('a text with no issuer of its own is still about the place it names first', () => {
  const news = (cite: string) => `Thanh Chương mở rộng vùng chè nguyên liệu

Thứ Tư, 09/10/2024 - 09:15

Thời gian qua, UBND huyện Thanh Chương đã hỗ trợ các xã trồng mới 300 ha chè. ${cite}, năm 2025 huyện phấn đấu có 1.500 ha chè đạt chứng nhận an toàn.

Trạm Khuyến nông huyện hướng dẫn các hộ bón phân hữu cơ.

Hoài Thu
`;

  it('"của Ban Chấp hành Đảng bộ huyện" in a report on a district is that district\'s', () => {
    expect(citedIssuer(news('Theo Nghị quyết số 11-NQ/HU ngày 15/3/2024 của Ban Chấp hành Đảng bộ huyện'), '11-NQ/HU')).toBe('Ban Chấp hành Đảng bộ huyện Thanh Chương');
  });

  it('"của HĐND huyện" and "của UBND tỉnh" alike: the district named first, and its province', () => {
    const doc = news('Theo Nghị quyết số 25/NQ-HĐND ngày 20/7/2024 của HĐND huyện và Kế hoạch số 140/KH-UBND ngày 02/8/2024 của UBND tỉnh');
    expect([citedIssuer(doc, '25/NQ-HĐND'), citedIssuer(doc, '140/KH-UBND')]).toEqual(['HĐND huyện Thanh Chương', 'UBND tỉnh Nghệ An']);
  });
});

describe('a document the fragment announces and then carries out is not its own', () => {
  it('"Thực hiện …; UBND huyện X ban hành Kế hoạch số …; UBND xã Y xây dựng kế hoạch …": the commune\'s fragment', () => {
    const doc = `Thực hiện Kế hoạch số 96/KH-UBND ngày 03/4/2024 của Ủy ban nhân dân tỉnh Phú Thọ về phát triển nghề chè; Ủy ban nhân dân huyện Thanh Ba ban hành Kế hoạch số 121/KH-UBND ngày 15/4/2024; Ủy ban nhân dân xã Võ Lao xây dựng kế hoạch thực hiện như sau:

1. Hội Nông dân xã hướng dẫn các hộ cải tạo nương chè cũ.
`;
    expect(ownIdentity(doc)).toEqual({ number: null, docType: 'Kế hoạch', issuedOn: null, issuer: 'UBND xã Võ Lao' });
    expect(parseDocument(doc).citations.map((c) => c.number)).toEqual(['96/KH-UBND', '121/KH-UBND']);
  });

  it('"… đã ban hành Kế hoạch số … . Để thực hiện tốt kế hoạch của huyện, UBND xã …": the same in two sentences', () => {
    const doc = `Ủy ban nhân dân huyện Thanh Ba đã ban hành Kế hoạch số 121/KH-UBND ngày 15/4/2024 về phát triển nghề chè. Để thực hiện tốt kế hoạch của huyện, Ủy ban nhân dân xã Võ Lao yêu cầu các thôn:

1. Trưởng các thôn vận động các hộ cải tạo nương chè cũ.
`;
    expect(ownIdentity(doc)).toEqual({ number: null, docType: 'Khác', issuedOn: null, issuer: 'UBND xã Võ Lao' });
  });

  it('a news lead whose body announces its plan and then names who carries it out keeps its own number', () => {
    const doc = `Thanh Ba phát triển nghề chè

Thứ Ba, 16/04/2024 - 08:30

UBND huyện Thanh Ba vừa ban hành Kế hoạch số 121/KH-UBND về phát triển nghề chè giai đoạn 2024 - 2026; theo đó, các xã rà soát diện tích chè giống cũ.

Minh Hà
`;
    expect(ownIdentity(doc).number).toBe('121/KH-UBND');
  });
});

describe('a news headline that opens on a place', () => {
  const report = (headline: string) => `${headline}

Thứ Hai, 11/11/2024 - 09:40

Chủ tịch UBND tỉnh vừa ký Chỉ thị số 21/CT-UBND về tăng cường quản lý khai thác khoáng sản. Trước đó, UBND tỉnh đã ban hành Kế hoạch số 305/KH-UBND ngày 02/10/2024 về kiểm tra các mỏ đá.

Sở Tài nguyên và Môi trường chủ trì kiểm tra các mỏ đá đã cấp phép.

Ngọc Anh
`;

  it('"Quảng Trị: …" places the issuer written without its province, and what it cited before', () => {
    const doc = report('Quảng Trị: Siết chặt quản lý khai thác khoáng sản');
    expect(ownIdentity(doc).issuer).toBe('UBND tỉnh Quảng Trị');
    expect(citedIssuer(doc, '305/KH-UBND')).toBe('UBND tỉnh Quảng Trị');
  });

  it('a headline with no place before a colon places nothing', () => {
    expect(ownIdentity(report('Siết chặt quản lý khai thác khoáng sản')).issuer).toBe('UBND tỉnh');
  });
});
