import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { citedRelations as cited } from './docs.js';

/**
 * Cited issuers from the misses of batch 25's 28 documents moved to tune (2026-12-07 night;
 * docs/extraction-rounds.md, "Round on batch 25's moved documents"): a web copy's hard line breaks
 * inside a cited issuer's name, on short documents written for this test, with a variant and a guard.
 */
const issuers = (text: string) => parseDocument(text).citations.map((c) => [c.number ?? c.name, c.issuer?.name ?? null]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

// A page copied with no blank lines: the header, the title and the grounds one after the other.
const page = (grounds: string) => `Trang chủ > Văn bản > Kế hoạch
ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 141/KH-UBND
Hậu Giang, ngày 02 tháng 6 năm 2024
KẾ HOẠCH
Phòng, chống sạt lở bờ sông, bờ biển mùa mưa năm 2024
trên địa bàn tỉnh Hậu Giang
${grounds}
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
1. Sở Nông nghiệp và Phát triển nông thôn rà soát các điểm sạt lở.
`;

describe('a web copy with no blank lines: the grounds ("Căn cứ …") end the title and open the body, where wrapped lines are joined', () => {
  it('a ministry\'s name wrapped after the first word of "nông thôn", the sixth line under the title', () => {
    expect(issuers(page(`Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013; Luật Thủy lợi ngày 19 tháng 6 năm 2017;
Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ quy định chi tiết thi hành
một số điều của Luật Phòng, chống thiên tai;
Thực hiện Công văn số 3120/BNN-PCTT ngày 14 tháng 5 năm 2024 của Bộ Nông nghiệp và Phát triển nông
thôn về chủ động ứng phó sạt lở bờ sông, bờ biển tại vùng Đồng bằng sông Cửu Long;`))).toEqual([
      ['3120/BNN-PCTT', 'Bộ Nông nghiệp và Phát triển nông thôn'],
      ['66/2021/NĐ-CP', 'Chính phủ'],
      ['Luật Phòng, chống thiên tai', null],
      ['Luật Thủy lợi', null],
    ]);
  });

  it('a provincial committee\'s name wrapped after "tỉnh", the place on the next line', () => {
    expect(issuers(page(`Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;
Căn cứ Luật Đê điều ngày 29 tháng 11 năm 2006;
Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06 tháng 7 năm 2021 của Chính phủ;
Thực hiện Kế hoạch số 88/KH-UBND ngày 20/5/2024 của Ủy ban nhân dân tỉnh
Sóc Trăng về phối hợp phòng, chống sạt lở vùng giáp ranh;`)).find((c) => c[0] === '88/KH-UBND')).toEqual(['88/KH-UBND', 'UBND tỉnh Sóc Trăng']);
  });
});


describe('"Căn cứ <rules> ban hành kèm theo Quyết định số …": the decision carrying the rules is a basis', () => {
  it('a Party committee\'s rules annexed to a Politburo decision', () => {
    expect(cited(`Căn cứ Quy định về công tác kiểm tra của Đảng ban hành kèm theo Quyết định số 41-QĐ/TW ngày 12/5/2022 của Bộ Chính trị;
Ban Thường vụ Huyện ủy hướng dẫn như sau:
1. Các chi bộ tổ chức tự kiểm tra.
`)).toEqual([['41-QĐ/TW', 'basis']]);
  });

  it('a province\'s regulation annexed to its committee\'s decision, a second ground after it', () => {
    expect(cited(`Căn cứ Quy chế phối hợp phòng, chống thiên tai ban hành kèm theo Quyết định số 612/QĐ-UBND ngày 03/4/2023 của UBND tỉnh Bình Phước;
Căn cứ Luật Phòng, chống thiên tai năm 2013;
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
1. Các xã rà soát điểm sạt lở.
`).sort()).toEqual([['612/QĐ-UBND', 'basis'], ['Luật Phòng, chống thiên tai năm 2013', 'basis']]);
  });

  it('guard: "trên cơ sở Quy chế … kèm theo Quyết định số …" in a task measures the work: cited', () => {
    expect(cited(`1. Tổ liên ngành xử lý vi phạm trên cơ sở Quy chế quản lý kiến trúc thị xã ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 02/3/2023 của UBND tỉnh Bình Phước.
`)).toEqual([['77/QĐ-UBND', 'cites']]);
  });
});
