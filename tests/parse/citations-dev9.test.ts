import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { citedRelations as cited } from './docs.js';

/**
 * Citation relations from the misses of blind batch 12 (issue 9; docs/extraction-rounds.md,
 * "Citation relations: what the misses are", tenth round): each case one structure of the text, on a
 * short document written for this test.
 */

describe('results looked back on over a wrapped line or counted in months', () => {
  it('"… báo cáo kết quả 2 năm" / "thực hiện Nghị quyết số …": cites, the span wrapped before the trigger', () => {
    expect(cited(`Ngày 03/4/2025, sau khi nghe Đảng ủy Quân sự huyện báo cáo kết quả 2 năm
thực hiện Nghị quyết số 14-NQ/HU ngày 02/3/2023 của Ban Chấp hành Đảng bộ huyện Hòa Vang, Ban Thường vụ Huyện ủy kết luận như sau:

1. Ban Chỉ huy Quân sự huyện kiện toàn lực lượng dân quân thường trực.
`)).toEqual([['14-NQ/HU', 'cites']]);
  });

  it('"Qua 3 tháng thực hiện Kế hoạch số …, 9/12 thôn đã …": cites; "Để triển khai Kế hoạch số …" after it still implements', () => {
    expect(cited(`1. Tình hình: Qua 3 tháng thực hiện Kế hoạch số 45-KH/ĐU ngày 10/6/2024 của Đảng ủy xã Phú Lộc, 9/12 thôn đã ra mắt tổ tự quản.
2. Để triển khai Kế hoạch số 77-KH/HU ngày 01/9/2024 của Ban Thường vụ Huyện ủy, Đảng ủy xã giao Ủy ban nhân dân xã rà soát các thôn còn lại.
`)).toEqual([['45-KH/ĐU', 'cites'], ['77-KH/HU', 'implements']]);
  });
});

describe('a news attribution by the article document\'s type ("Theo Kết luận, …")', () => {
  it('"Theo Kết luận, sau 3 năm thực hiện Chỉ thị số …": the looked-back Chỉ thị is cited, the attribution governs nothing', () => {
    expect(cited(`Ngày 12/8/2024, Ban Thường vụ Thị ủy Ba Đồn ban hành Kết luận số 55-KL/TU về công tác dân vận.

Theo Kết luận, sau 3 năm thực hiện Chỉ thị số 07-CT/TU ngày 01/6/2021 của Ban Thường vụ Thị ủy, công tác dân vận có nhiều chuyển biến.
`)).toEqual([['07-CT/TU', 'cites']]);
  });

  it('"Theo Kế hoạch, …" then a document named in a task of others: cites; "Theo Kế hoạch số …" still carries it out', () => {
    expect(cited(`Theo Kế hoạch, năm nay huyện tổ chức 4 đợt ra quân, các xã báo cáo kết quả theo mẫu tại Công văn số 210/UBND-VP của Ủy ban nhân dân huyện.

Theo Kế hoạch số 31/KH-UBND ngày 02/01/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện yêu cầu các xã triển khai ngay.
`).find(([n]) => n === '31/KH-UBND')).toEqual(['31/KH-UBND', 'implements']);
  });
});

describe('an earlier event told in a news report ("Trước đó, …")', () => {
  it('"Trước đó, … đã tổ chức hội nghị triển khai … theo Kế hoạch số …": cites; the lead\'s "Thực hiện" still implements', () => {
    expect(cited(`Ngày 10/12/2024, Sở Y tế tỉnh Nghệ An đã có Công văn số 4410/SYT-NVY về phòng, chống dịch sởi.

Thực hiện Công điện số 21/CĐ-UBND ngày 05/12/2024 của Chủ tịch UBND tỉnh, Sở đề nghị các bệnh viện bố trí khu cách ly.

Trước đó, ngày 20/11/2024, Sở đã tổ chức hội nghị triển khai tiêm chủng bổ sung theo Kế hoạch số 305/KH-UBND của UBND tỉnh.
`)).toEqual([['21/CĐ-UBND', 'implements'], ['305/KH-UBND', 'cites']]);
  });

  it('"Trước đây, UBND huyện đã thực hiện Quyết định số …": cites', () => {
    expect(cited(`Huyện Krông Pa đẩy mạnh hỗ trợ nhà ở cho hộ nghèo.

Trước đây, UBND huyện đã thực hiện Quyết định số 1204/QĐ-UBND của UBND tỉnh Gia Lai về hỗ trợ nhà ở, với 120 căn nhà được bàn giao.
`)).toEqual([['1204/QĐ-UBND', 'cites']]);
  });
});

describe('one document cited under two names of its issuer', () => {
  it('"… Nghị quyết số … của Huyện ủy" in the title and "… của Ban Chấp hành Đảng bộ huyện" in the body: one citation', () => {
    const r = parseDocument(`HUYỆN ỦY CHÂU THÀNH                 ĐẢNG CỘNG SẢN VIỆT NAM
Số 40-KL/HU                   Châu Thành, ngày 02 tháng 4 năm 2025

KẾT LUẬN
CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về sơ kết Nghị quyết số 06-NQ/HU của Huyện ủy về phát triển kinh tế tập thể

Tại phiên họp ngày 25/3/2025, sau khi nghe báo cáo sơ kết Nghị quyết số 06-NQ/HU ngày 05/5/2022 của Ban Chấp hành Đảng bộ huyện, Ban Thường vụ Huyện ủy kết luận như sau:

1. Phòng Nông nghiệp huyện hướng dẫn các hợp tác xã xây dựng phương án sản xuất.
`);
    expect(r.citations.filter((c) => c.number === '06-NQ/HU')).toHaveLength(1);
  });
});

describe('a ministry cited by the code before its drafting department ("QĐ-BNN-TL")', () => {
  const issuers = (text: string) => parseDocument(text).citations.map((c) => [c.number, c.issuer?.name ?? null]);

  it('"… theo Quyết định số 130/QĐ-BNN-KH … của Bộ" in a ministry letter: the ministry', () => {
    expect(issuers(`BỘ NÔNG NGHIỆP
VÀ PHÁT TRIỂN NÔNG THÔN
Số: 2204/BNN-KH
V/v báo cáo kế hoạch đầu tư công năm 2025

Hà Nội, ngày 02 tháng 4 năm 2024

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Đề nghị các địa phương rà soát danh mục dự án theo Quyết định số 130/QĐ-BNN-KH ngày 15/01/2024 của Bộ, gửi báo cáo trước ngày 30/4/2024.
`)).toEqual([['130/QĐ-BNN-KH', 'Bộ Nông nghiệp và Phát triển nông thôn']]);
  });

  it('"Kế hoạch số 77/KH-LĐTBXH-VP" in a province\'s letter: the Ministry of Labour; "17/CT-UBND" still the committee', () => {
    expect(issuers(`Thực hiện Kế hoạch số 77/KH-LĐTBXH-VP ngày 01/3/2024 và Chỉ thị số 17/CT-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh Quảng Trị, Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị đề nghị các huyện triển khai.
`)).toEqual([['77/KH-LĐTBXH-VP', 'Bộ Lao động - Thương binh và Xã hội'], ['17/CT-UBND', 'UBND tỉnh Quảng Trị']]);
  });
});
