import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * A headless fragment's own date (2026-12-07, dates33): a date is the document's when the text ties it to
 * the document itself (a making verb whose object is this document, a place-and-date line standing alone at
 * the top or the bottom), never when it sits in a citation, a deadline, a period or a meeting's day. Short
 * fragments written for this test, before any tune document was read.
 */
const body = `1. Phòng Văn hóa và Thông tin huyện chủ trì tuyên truyền trên hệ thống truyền thanh.
2. Trung tâm Y tế huyện phối hợp với Ủy ban nhân dân các xã kiểm tra các cơ sở kinh doanh.
`;
const date = (text: string) => parseDocument(text).issuedOn;

describe('the date the text ties to the document itself', () => {
  it('a passive closing with its agent: "Kế hoạch này được Ban Thường vụ Huyện ủy Cam Lộ thông qua ngày 15/3/2024."', () => {
    expect(date(`${body}Kế hoạch này được Ban Thường vụ Huyện ủy Cam Lộ thông qua ngày 15/3/2024.\n`)).toBe('2024-03-15');
  });

  it('a bracketed closing note: "(Văn bản do Sở Y tế tỉnh Quảng Trị ban hành ngày 20 tháng 5 năm 2024)"', () => {
    expect(date(`${body}(Văn bản do Sở Y tế tỉnh Quảng Trị ban hành ngày 20 tháng 5 năm 2024)\n`)).toBe('2024-05-20');
  });

  it('a passive without its agent: "Công văn này được ký ngày 08/4/2024."', () => {
    expect(date(`Đề nghị các đơn vị khẩn trương rà soát, tổng hợp số liệu.\n${body}Công văn này được ký ngày 08/4/2024./.\n`)).toBe('2024-04-08');
  });

  it('the bare type word of the title: "KẾ HOẠCH … Kế hoạch được ban hành ngày 2 tháng 7 năm 2024."', () => {
    expect(date(`KẾ HOẠCH\nPhòng, chống đuối nước trẻ em hè năm 2024\n\n${body}Kế hoạch được ban hành ngày 2 tháng 7 năm 2024.\n`)).toBe('2024-07-02');
  });

  it('a place-and-date line above the signature, in words', () => {
    expect(date(`${body}\nCam Lộ, ngày 12 tháng 3 năm 2024\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Bình\n`)).toBe('2024-03-12');
  });

  it('a place-and-date line at the very end, in figures', () => {
    expect(date(`${body}\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Thị Hoa\n\nHải Lăng, ngày 14/8/2024\n`)).toBe('2024-08-14');
  });

  it('a place-and-date line whose "Ngày" is capitalised ("Cam Lộ, Ngày 12 tháng 3 năm 2024")', () => {
    expect(date(`${body}\nCam Lộ, Ngày 12 tháng 3 năm 2024\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n`)).toBe('2024-03-12');
  });

  it('a date line with no place among the last lines ("ngày 12 tháng 3 năm 2024" / "TM. ỦY BAN NHÂN DÂN")', () => {
    expect(date(`Đề nghị các đơn vị thực hiện nghiêm túc.\n${body}3. Các xã báo cáo định kỳ hằng quý.\n\nngày 12 tháng 3 năm 2024\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n`)).toBe('2024-03-12');
  });

  it('a place-and-date line in brackets or italics ("(Cam Lộ, ngày …)", "_Cam Lộ, ngày …_")', () => {
    expect(date(`${body}\n(Cam Lộ, ngày 12 tháng 3 năm 2024)\nTM. ỦY BAN NHÂN DÂN\n`)).toBe('2024-03-12');
    expect(date(`${body}\n_Cam Lộ, ngày 12 tháng 3 năm 2024_\nTM. ỦY BAN NHÂN DÂN\n`)).toBe('2024-03-12');
  });

  it('the verb right after "này", no agent: "Kế hoạch này ban hành ngày 15/3/2024."', () => {
    expect(date(`${body}Kế hoạch này ban hành ngày 15/3/2024.\n`)).toBe('2024-03-15');
  });

  it('a place-and-date line alone at the top', () => {
    expect(date(`Triệu Phong, ngày 02 tháng 5 năm 2024\n\nKẾ HOẠCH\nRa quân làm sạch môi trường\n\n${body}`)).toBe('2024-05-02');
  });

  it('an opening sentence saying the document was issued that day: "Ngày 10/5/2024, Ủy ban nhân dân huyện Gio Linh ban hành Kế hoạch này …"', () => {
    expect(date(`Ngày 10/5/2024, Ủy ban nhân dân huyện Gio Linh ban hành Kế hoạch này để triển khai công tác phòng cháy rừng như sau:\n${body}`)).toBe('2024-05-10');
  });

  it('a title line with its date: "Kế hoạch số 45/KH-UBND ngày 20 tháng 7 năm 2024 của Ủy ban nhân dân xã Triệu Độ"', () => {
    expect(date(`Kế hoạch số 45/KH-UBND ngày 20 tháng 7 năm 2024 của Ủy ban nhân dân xã Triệu Độ về tổ chức Tết Trung thu\n\n${body}`)).toBe('2024-07-20');
  });
});

describe('dates of other things are never the document\'s', () => {
  it('the meeting\'s day: "Ngày 5/4/2024, Ban Thường vụ Huyện ủy Hải Lăng đã họp và kết luận …"', () => {
    expect(date(`Ngày 5/4/2024, Ban Thường vụ Huyện ủy Hải Lăng đã họp và kết luận như sau:\n${body}`)).toBeNull();
  });

  it('a deadline: "… báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 30/6/2024."', () => {
    expect(date(`${body}3. Các xã báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 30/6/2024.\n`)).toBeNull();
  });

  it('a cited document\'s date: "Thực hiện Kế hoạch số 12/KH-UBND ngày 3/1/2024 của UBND tỉnh Quảng Trị, …"', () => {
    expect(date(`Thực hiện Kế hoạch số 12/KH-UBND ngày 3/1/2024 của UBND tỉnh Quảng Trị, Ủy ban nhân dân huyện triển khai như sau:\n${body}`)).toBeNull();
  });

  it('a cited document made by a passive: "Kế hoạch số 12/KH-UBND được UBND tỉnh ban hành ngày 3/1/2024"', () => {
    expect(date(`Kế hoạch số 12/KH-UBND được UBND tỉnh ban hành ngày 3/1/2024 đã xác định nhiều nhiệm vụ.\n${body}`)).toBeNull();
  });

  it('another document between "này" and the verb: "Kế hoạch này thay thế Kế hoạch phòng, chống dịch ban hành ngày 3/4/2023."', () => {
    expect(date(`${body}Kế hoạch này thay thế Kế hoạch phòng, chống dịch ban hành ngày 3/4/2023.\n`)).toBeNull();
  });

  it('the act of another document: "Quy chế này được ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 15/3/2024 …"', () => {
    expect(date(`${body}Quy chế này được ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 15/3/2024 của UBND huyện.\n`)).toBeNull();
  });

  it('a period and a date of effect: "… từ ngày 1/7/2024 đến ngày 31/7/2024"; "Quy chế này có hiệu lực từ ngày 1/8/2024."', () => {
    expect(date(`Đợt cao điểm diễn ra từ ngày 1/7/2024 đến ngày 31/7/2024.\n${body}Quy chế này có hiệu lực từ ngày 1/8/2024.\n`)).toBeNull();
  });
});

describe('the meeting that passed it is not the act (tune f69\'s label)', () => {
  it('"Nghị quyết này đã được Ban Chấp hành Đảng bộ xã … thông qua tại hội nghị ngày 22/9/2023" gives no date', () => {
    expect(date(`${body}Nghị quyết này đã được Ban Chấp hành Đảng bộ xã Gio Mỹ thông qua tại hội nghị ngày 22/9/2023./.\n`)).toBeNull();
  });
});
