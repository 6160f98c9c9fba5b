import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citations, their relations and issuers from the misses of eleven blind documents (issue 9, fourth
 * round; see docs/extraction-rounds.md, "Citation relations: what the misses are"). Each document
 * below is written for this test in the pattern of one class of miss, in its own words, and read by
 * hand: `rows` lists the citations the document makes itself, numbered or named, with relation and issuer.
 */
type Row = [cited: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

const farmers = (body: string) => `HỘI NÔNG DÂN TỈNH YÊN BÁI          HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN HUYỆN TRẤN YÊN
        *                    Trấn Yên, ngày 05 tháng 4 năm 2024
Số:  21  -KH/HNDH

KẾ HOẠCH
Hỗ trợ hội viên nuôi cá lồng an toàn năm 2024

${body}
`;

describe('"góp phần thực hiện" names an aim the work feeds (cites)', () => {
  it('opening the aims, or after the results of a sentence, the congress resolution is cited; a plan carried out stays implements', () => {
    const doc = farmers(`Thực hiện Kế hoạch số 40-KH/HNDT ngày 12/3/2024 của Ban Thường vụ Hội Nông dân tỉnh về phát triển thủy sản, Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Góp phần thực hiện Nghị quyết Đại hội đại biểu Hội Nông dân huyện Trấn Yên lần thứ X, nhiệm kỳ 2023 - 2028; đưa số lồng cá của hội viên lên 300 lồng.

II. NỘI DUNG
1. Các chi hội vận động 40 hộ nuôi cá theo quy trình an toàn, góp phần thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXI.`);
    expect(rows(doc)).toEqual([
      ['40-KH/HNDT', 'implements', 'Ban Thường vụ Hội Nông dân tỉnh Yên Bái'],
      ['named:Nghị quyết Đại hội đại biểu Hội Nông dân huyện Trấn Yên lần thứ X', 'cites', 'Hội Nông dân huyện Trấn Yên'],
      ['named:Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXI', 'cites', 'Đảng bộ huyện Trấn Yên'],
    ]);
  });

  it('"nhằm cụ thể hóa …, đồng thời góp phần thực hiện …" is a second purpose and carries the resolution out', () => {
    const doc = farmers(`Kế hoạch này nhằm cụ thể hóa Kế hoạch số 40-KH/HNDT ngày 12/3/2024 của Ban Thường vụ Hội Nông dân tỉnh, đồng thời góp phần thực hiện Nghị quyết Đại hội đại biểu Hội Nông dân huyện Trấn Yên lần thứ X.

1. Các chi hội vận động hội viên nuôi cá theo quy trình an toàn.`);
    expect(rows(doc).map(([c, r]) => [c, r])).toEqual([
      ['40-KH/HNDT', 'implements'],
      ['named:Nghị quyết Đại hội đại biểu Hội Nông dân huyện Trấn Yên lần thứ X', 'implements'],
    ]);
  });
});

describe('the Front\'s central committee is named as printed', () => {
  it('"của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam" is no organ of the citing province\'s Front', () => {
    const doc = `ỦY BAN MTTQ VIỆT NAM
TỈNH BẠC LIÊU
BAN THƯỜNG TRỰC
Số: 07/CTr-MTTQ-BTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bạc Liêu, ngày 10 tháng 01 năm 2025

CHƯƠNG TRÌNH
Giám sát và phản biện xã hội năm 2025

Thực hiện Hướng dẫn số 61/HD-MTTW-BTT ngày 20/12/2024 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về giám sát năm 2025 và Kế hoạch số 03/KH-MTTQ-BTT ngày 02/01/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về phản biện xã hội, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh xây dựng Chương trình như sau:

1. Ủy ban MTTQ Việt Nam các huyện giám sát việc thực hiện chính sách bảo hiểm y tế.
`;
    expect(rows(doc).map(([c, , i]) => [c, i])).toEqual([
      ['61/HD-MTTW-BTT', 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam'],
      ['03/KH-MTTQ-BTT', 'Ban Thường trực Ủy ban MTTQ tỉnh Bạc Liêu'],
    ]);
  });
});

describe('a steering committee named by its topic before its level', () => {
  it('"chỉ đạo của Ban Chỉ đạo Lễ hội thành phố tại Thông báo số …" is that committee of the citing city', () => {
    const doc = `ỦY BAN NHÂN DÂN
PHƯỜNG VĨNH MỸ
Số: 52/KH-UBND

Châu Đốc, ngày 02 tháng 5 năm 2024

KẾ HOẠCH
Bảo đảm trật tự đô thị mùa lễ hội năm 2024

Thực hiện chỉ đạo của Ban Chỉ đạo Lễ hội thành phố tại Thông báo số 18/TB-BCĐ ngày 25/4/2024, Ủy ban nhân dân phường Vĩnh Mỹ xây dựng Kế hoạch như sau:

1. Công an phường lập chốt giữ xe tại các tuyến đường chính.
`;
    expect(rows(doc)).toEqual([['18/TB-BCĐ', 'implements', 'Ban Chỉ đạo Lễ hội thành phố Châu Đốc']]);
  });
});

describe('a plan annexed after the decision\'s signature', () => {
  it('cites in its own body; the annex line naming the decision is no citation', () => {
    const doc = `ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
Số: 905/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 12 tháng 6 năm 2024

QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống sạt lở đất năm 2024

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống sạt lở đất năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Bùi Văn Khánh

ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG

KẾ HOẠCH
Phòng, chống sạt lở đất năm 2024
(Ban hành kèm theo Quyết định số 905/QĐ-UBND ngày 12/6/2024 của Ủy ban nhân dân tỉnh)

1. Triển khai Kế hoạch số 77-KH/TU ngày 02/4/2024 của Ban Thường vụ Tỉnh ủy về ứng phó thiên tai.
2. Sở Tài nguyên và Môi trường cắm biển cảnh báo tại các điểm sạt lở theo Quyết định số 18/2021/QĐ-TTg ngày 22/4/2021 của Thủ tướng Chính phủ.
`;
    expect(rows(doc)).toEqual([
      ['77-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Tuyên Quang'],
      ['18/2021/QĐ-TTg', 'cites', 'Thủ tướng Chính phủ'],
      ['named:Luật Tổ chức chính quyền địa phương', 'basis', null],
    ]);
  });
});

describe('a treaty named by its parties', () => {
  it('"Nghị định thư giữa A và B về …" is cited with no trigger, its name up to "về"', () => {
    const doc = `BỘ CÔNG THƯƠNG
Số: 415/BCT-XNK

Hà Nội, ngày 20 tháng 5 năm 2024

Kính gửi: Ủy ban nhân dân các tỉnh biên giới phía Bắc

Việc cấp giấy chứng nhận xuất xứ cho gạo xuất khẩu phải bảo đảm đúng Nghị định thư giữa Bộ Công Thương Việt Nam và Bộ Thương mại Lào về kiểm tra chất lượng hàng nông sản.
`;
    expect(rows(doc)).toEqual([['named:Nghị định thư giữa Bộ Công Thương Việt Nam và Bộ Thương mại Lào', 'cites', null]]);
  });
});
