import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own number, type and issuer from the misses of sixteen blind documents (issue 9,
 * second round; see docs/extraction-rounds.md, "Document identity: what the misses are"). Each
 * document below is written for this test in the pattern of one miss, in its own words, and read by hand.
 */
const identity = (doc: string) => {
  const r = parseDocument(doc);
  return { number: r.number, type: r.docType, issuer: r.issuer?.name ?? null };
};

describe('the document\'s own identity', () => {
  it('a header cell in capitals whose name holds a comma: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" is one department', () => {
    const doc = `UBND TỈNH QUẢNG TRỊ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH | Độc lập - Tự do - Hạnh phúc
Số: 27/KH-SVHTTDL | Quảng Trị, ngày 14 tháng 5 năm 2024

KẾ HOẠCH
Tổ chức giải bơi lội thiếu niên tỉnh năm 2024

Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch như sau:
`;
    expect(identity(doc)).toEqual({ number: '27/KH-SVHTTDL', type: 'Kế hoạch', issuer: 'Sở Văn hóa, thể thao và du lịch tỉnh Quảng Trị' });
  });

  it('a headless fragment whose lead-in says "… thông báo bổ sung … như sau:" is a Thông báo; "thông báo và đề nghị" names no type', () => {
    const told = `Tiếp theo Thông báo số 51-TB/ĐU ngày 02/7/2024, Ban Thường vụ Đảng ủy phường Hưng Dũng thông báo bổ sung một số nội dung như sau:

1. Các chi bộ khối tổ chức sinh hoạt chuyên đề trong tháng 8/2024.
`;
    const both = `Ủy ban nhân dân xã Hưng Lộc thông báo và đề nghị các xóm thực hiện một số việc sau:

1. Các xóm tổng vệ sinh đường làng trước ngày 20/8/2024.
`;
    expect(identity(told)).toEqual({ number: null, type: 'Thông báo', issuer: 'Ban Thường vụ Đảng ủy phường Hưng Dũng' });
    expect(identity(both)).toEqual({ number: null, type: 'Khác', issuer: 'UBND xã Hưng Lộc' });
  });

  it('a header copied one cell per line, the motto between the issuer\'s two lines: "ỦY BAN NHÂN DÂN" / "CỘNG HÒA …" / "HUYỆN YÊN DŨNG"', () => {
    const doc = `ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN YÊN DŨNG
Độc lập - Tự do - Hạnh phúc
Số:   41  /KH-UBND
Yên Dũng, ngày 11 tháng 3 năm 2024

KẾ HOẠCH
Phát triển cây ăn quả trên địa bàn huyện năm 2024

Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
`;
    expect(identity(doc)).toEqual({ number: '41/KH-UBND', type: 'Kế hoạch', issuer: 'UBND huyện Yên Dũng' });
  });

  it('a news report: "HĐND tỉnh … khóa X đã biểu quyết thông qua Nghị quyết số …" announces the document itself, not a citation', () => {
    const doc = `Thông qua mức hỗ trợ đóng bảo hiểm y tế cho người cao tuổi

Sáng 12/7, tại Kỳ họp thứ 18, HĐND tỉnh Quảng Bình khóa XVIII đã biểu quyết thông qua Nghị quyết số 61/2024/NQ-HĐND ngày 12/7/2024 quy định mức hỗ trợ đóng bảo hiểm y tế cho người từ đủ 70 tuổi đến dưới 80 tuổi, với 45/45 đại biểu có mặt tán thành.
`;
    const r = parseDocument(doc);
    expect(identity(doc)).toEqual({ number: '61/2024/NQ-HĐND', type: 'Nghị quyết', issuer: 'HĐND tỉnh Quảng Bình' });
    expect(r.citations.map((c) => c.number)).toEqual([]);
  });

  it('a number whose hyphen OCR read as a colon ("Số: 95/PGDĐT:THCS") keeps its drafting unit', () => {
    const doc = `UBND HUYỆN HƯNG NGUYÊN
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO

Số: 95/PGDĐT:THCS
V/v tổ chức thi học sinh giỏi cấp huyện

Hưng Nguyên, ngày 06 tháng 3 năm 2024

Kính gửi: Hiệu trưởng các trường trung học cơ sở

Phòng Giáo dục và Đào tạo đề nghị các trường lập danh sách học sinh dự thi.
`;
    expect(identity(doc).number).toBe('95/PGDĐT-THCS');
  });
});
