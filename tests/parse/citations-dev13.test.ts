import { describe, expect, it } from 'vitest';
import { citedRelations as cited } from './docs.js';

/**
 * Named citations from the misses of batch 24's 28 documents moved to tune (2026-12-06 night;
 * docs/extraction-rounds.md, "Round on batch 24's moved documents"): each case one structure of the
 * text, on a short document written for this test, with a variant and a guard.
 */

describe('"và các quy định của Luật …" after a numbered document\'s subject is a second object, not part of that subject', () => {
  it('a Party resolution\'s subject, then the rules of a Law', () => {
    expect(cited(`2. Hội Nông dân xã tuyên truyền Nghị quyết số 12-NQ/TU ngày 05/8/2022 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp sạch và các quy định của Luật Trồng trọt đến hội viên.
`)).toEqual([['12-NQ/TU', 'cites'], ['Luật Trồng trọt', 'cites']]);
  });

  it('a guide\'s issuer, then "và các quy định mới của Luật … năm 2024" in a preamble: the Law shares the trigger', () => {
    expect(cited(`Để triển khai Hướng dẫn số 07/HD-HND ngày 14/02/2025 của Ban Thường vụ Hội Nông dân tỉnh Bình Định và các quy định mới của Luật Đất đai năm 2024, Ban Thường vụ Hội Nông dân huyện đề nghị:
1. Các cơ sở Hội tổ chức tuyên truyền đến hội viên.
`)).toEqual([['07/HD-HND', 'implements'], ['Luật Đất đai năm 2024', 'implements']]);
  });

  it('guard: a Law in a decree\'s unbroken subject ("… quy định chi tiết một số điều của Luật …") stays the decree\'s', () => {
    expect(cited(`1. Phòng Nông nghiệp tuyên truyền Nghị định số 94/2019/NĐ-CP ngày 13/12/2019 của Chính phủ quy định chi tiết một số điều của Luật Trồng trọt đến nông dân.
`)).toEqual([['94/2019/NĐ-CP', 'cites']]);
  });
});

describe('"đúng quy định của Điều lệ …": the charter the work is measured against is cited', () => {
  it('an association\'s charter', () => {
    expect(cited(`3. Đại hội chi hội tổ chức tiết kiệm, đúng quy định của Điều lệ Hội Nông dân Việt Nam.
`)).toEqual([['Điều lệ Hội Nông dân Việt Nam', 'cites']]);
  });

  it('the Party\'s charter after a second rule noun ("đúng nguyên tắc, quy định của Điều lệ Đảng")', () => {
    expect(cited(`Công tác nhân sự đại hội chi bộ phải bảo đảm đúng nguyên tắc, quy định của Điều lệ Đảng. Chi bộ hiện có 31 đảng viên.
`)).toEqual([['Điều lệ Đảng', 'cites']]);
  });
});

describe('a numbered citation opening the clause after ";" whose clause before opened on a trigger and named a document without a number', () => {
  it('"Thực hiện Nghị quyết Đại hội … lần thứ VII; Hướng dẫn số …, Ban Thường vụ … xây dựng Kế hoạch" carries both out', () => {
    expect(cited(`Căn cứ Luật Trẻ em năm 2016;
Thực hiện Nghị quyết Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Kon Tum lần thứ VII; Hướng dẫn số 31/HD-ĐCT ngày 04/3/2024 của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam về chăm sóc trẻ em, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
`)).toEqual([['31/HD-ĐCT', 'implements'], ['Luật Trẻ em năm 2016', 'basis'], ['Nghị quyết Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Kon Tum lần thứ VII', 'implements']]);
  });

  it('the same after "Căn cứ": a basis', () => {
    expect(cited(`Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; Hướng dẫn số 18-HD/TWĐTN-TC ngày 02/02/2024 của Ban Bí thư Trung ương Đoàn, Ban Thường vụ Huyện đoàn ban hành Kế hoạch:
1. Các cơ sở Đoàn tổ chức kết nạp đoàn viên.
`)).toEqual([['18-HD/TWĐTN-TC', 'basis'], ['Điều lệ Đoàn TNCS Hồ Chí Minh', 'basis']]);
  });

  it('guard: a clause before the ";" with no trigger of its own gives none', () => {
    expect(cited(`Năm 2024 toàn huyện có 12 làng chưa có đảng viên; Hướng dẫn số 09-HD/HU ngày 17/10/2024 của Ban Thường vụ Huyện ủy nêu rõ cách làm.
`)).toEqual([['09-HD/HU', 'cites']]);
  });
});

describe('a short repeat after a trigger inside another numbered document\'s subject keeps the relation the document stated', () => {
  it('"Trên cơ sở Kết luận số …" then "… Kế hoạch số … của Ban Thường vụ Tỉnh ủy triển khai Kết luận 72, …": still a basis', () => {
    expect(cited(`Trên cơ sở Kết luận số 72-KL/TW ngày 10/01/2024 của Ban Bí thư về phát triển kinh tế tập thể, Ban Thường vụ Huyện ủy kết luận như sau:
1. Để thực hiện tốt Kế hoạch số 210-KH/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy Gia Lai triển khai Kết luận 72, UBND huyện rà soát các hợp tác xã yếu kém.
`)).toEqual([['72-KL/TW', 'basis'], ['210-KH/TU', 'implements']]);
  });

  it('guard: a repeat after the citing document\'s own trigger, a comma after the other document\'s issuer, still carries it out', () => {
    expect(cited(`Ban Thường vụ Huyện ủy đã nghe báo cáo Kết luận số 72-KL/TW ngày 10/01/2024 của Ban Bí thư về phát triển kinh tế tập thể.
Cùng với Kế hoạch số 210-KH/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy Gia Lai, thực hiện Kết luận 72, Ban Thường vụ Huyện ủy yêu cầu UBND huyện rà soát các hợp tác xã.
`)).toEqual([['72-KL/TW', 'implements'], ['210-KH/TU', 'cites']]);
  });
});
