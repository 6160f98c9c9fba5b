import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citations, their relations and issuers from the misses of sixteen blind documents (issue 9, fifth
 * round; docs/extraction-rounds.md, "Citation relations: what the misses are"). Each document below
 * is written for this test in the pattern of one class of miss, in its own words, and read by hand:
 * `rows` lists the citations the document makes itself, with relation and issuer.
 */
type Row = [cited: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

/** A commune Party committee's Thông báo kết luận, its header as printed; `body` after the heading. */
const conclusion = (body: string) => `ĐẢNG BỘ HUYỆN YÊN DŨNG
ĐẢNG ỦY XÃ TIẾN DŨNG
*
Số 64-TB/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Tiến Dũng, ngày 14 tháng 6 năm 2024

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ
về công tác thu ngân sách 6 tháng đầu năm 2024

${body}

Ban Thường vụ Đảng ủy xã thông báo để các chi bộ biết, thực hiện./.
`;

describe('the body that reports is the report\'s issuer', () => {
  it('"nghe X báo cáo … tại Báo cáo số …" and "nghe Y báo cáo … (Báo cáo số …)" give X and Y, in the commune', () => {
    const doc = conclusion(`Ngày 12/6/2024, Ban Thường vụ Đảng ủy xã họp nghe Ủy ban nhân dân xã báo cáo kết quả thu ngân sách tại Báo cáo số 58/BC-UBND ngày 10/6/2024; nghe Công an xã báo cáo tình hình an ninh nông thôn (Báo cáo số 21/BC-CAX ngày 11/6/2024). Ban Thường vụ kết luận như sau:

1. Ủy ban nhân dân xã tập trung thu các khoản phí còn tồn đọng trước ngày 30/7/2024.`);
    expect(rows(doc)).toEqual([
      ['58/BC-UBND', 'cites', 'UBND xã Tiến Dũng'],
      ['21/BC-CAX', 'cites', 'Công an xã Tiến Dũng'],
    ]);
  });

  it('a verb of another act names no author: "yêu cầu các chi bộ thực hiện … tại Kế hoạch số …" keeps the Huyện ủy of the symbol', () => {
    const doc = conclusion(`Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ thực hiện nghiêm các nội dung tại Kế hoạch số 112-KH/HU ngày 02/5/2024.

1. Ủy ban nhân dân xã tập trung thu các khoản phí còn tồn đọng trước ngày 30/7/2024.`);
    expect(rows(doc).map(([c, , i]) => [c, i])).toEqual([['112-KH/HU', 'Huyện ủy Yên Dũng']]);
  });

  it('"của X (Báo cáo số …)": a bracket opened on the document after its author', () => {
    const doc = `ỦY BAN NHÂN DÂN
HUYỆN YÊN DŨNG
Số: 140/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Dũng, ngày 20 tháng 6 năm 2024

KẾ HOẠCH
Xử lý các điểm tập kết rác thải tự phát năm 2024

I. THỰC TRẠNG
Theo kết quả rà soát của Phòng Tài nguyên và Môi trường huyện (Báo cáo số 77/BC-TNMT ngày 03/6/2024), trên địa bàn còn 26 điểm tập kết rác tự phát.

II. NHIỆM VỤ
1. Ủy ban nhân dân các xã, thị trấn xóa bỏ các điểm tập kết rác tự phát trước ngày 30/9/2024.
`;
    expect(rows(doc)).toEqual([['77/BC-TNMT', 'cites', 'Phòng Tài nguyên và Môi trường huyện Yên Dũng']]);
  });
});

describe('a dated main clause ends the subject before it', () => {
  it('"Triển khai Công văn số … về …, ngày … Ban Thường vụ … họp, nghe …": the report heard is cited, not carried out with the letter', () => {
    const doc = conclusion(`Triển khai Công văn số 1410-CV/HU ngày 03/6/2024 của Ban Thường vụ Huyện ủy Yên Dũng về tăng cường thu ngân sách, ngày 12/6/2024 Ban Thường vụ Đảng ủy xã họp, nghe Ủy ban nhân dân xã báo cáo tình hình thu ngân sách (Báo cáo số 58/BC-UBND ngày 10/6/2024). Sau khi thảo luận, Ban Thường vụ kết luận như sau:

1. Ủy ban nhân dân xã tập trung thu các khoản phí còn tồn đọng trước ngày 30/7/2024.`);
    expect(rows(doc)).toEqual([
      ['1410-CV/HU', 'implements', 'Ban Thường vụ Huyện ủy Yên Dũng'],
      ['58/BC-UBND', 'cites', 'UBND xã Tiến Dũng'],
    ]);
  });
});

describe('a rule book of a committee named with its term', () => {
  it('"Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa XV, nhiệm kỳ …" is that committee\'s, in the commune', () => {
    const doc = conclusion(`Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa XV, nhiệm kỳ 2020 - 2025;

Ngày 12/6/2024, Ban Thường vụ Đảng ủy xã họp và kết luận như sau:

1. Ủy ban nhân dân xã tập trung thu các khoản phí còn tồn đọng trước ngày 30/7/2024.`);
    expect(rows(doc)).toEqual([['named:Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa XV', 'basis', 'Ban Chấp hành Đảng bộ xã Tiến Dũng']]);
  });
});

describe('an event\'s trigger does not carry out the decision that set the event up', () => {
  const ward = (aims: string) => `ỦY BAN NHÂN DÂN
PHƯỜNG KỲ BÁ
Số: 52/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kỳ Bá, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024

I. MỤC ĐÍCH, YÊU CẦU
${aims}

II. NHIỆM VỤ
1. Trạm Y tế phường kiểm tra các bếp ăn tập thể trên địa bàn.
`;

  it('"Hưởng ứng Tháng hành động … theo Quyết định số …" cites the decision', () => {
    expect(rows(ward('Hưởng ứng Tháng hành động vì an toàn thực phẩm hằng năm theo Quyết định số 1246/QĐ-BYT ngày 15/3/2024 của Bộ Y tế; nâng cao nhận thức của người dân.')))
      .toEqual([['1246/QĐ-BYT', 'cites', 'Bộ Y tế']]);
  });

  it('"Hưởng ứng Kế hoạch số …" itself still carries the plan out', () => {
    expect(rows(ward('Hưởng ứng Kế hoạch số 40/KH-UBND ngày 20/3/2024 của UBND thành phố Thái Bình về Tháng hành động vì an toàn thực phẩm.')))
      .toEqual([['40/KH-UBND', 'implements', 'UBND thành phố Thái Bình']]);
  });
});
