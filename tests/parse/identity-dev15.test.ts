import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity from the misses of batch 25's 28 documents moved to tune (2026-12-07 night;
 * docs/extraction-rounds.md, "Round on batch 25's moved documents"): each case one structure of a news
 * lead or a headless fragment, on short documents written for this test, with a variant in another
 * province or another kind of body, and a guard where the rule has an edge.
 */
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, type: r.docType, date: r.issuedOn, issuer: r.issuer?.name ?? null };
};

describe('a news lead opening on when ("Vừa qua, …"), its document the subject of a passive with its agent', () => {
  it('a mass organisation\'s plan: "Vừa qua, Kế hoạch số … ngày … về việc … đã được Ban Thường vụ Hội … ban hành"', () => {
    expect(identity(`BÁO NÔNG THÔN MIỀN TÂY
Hội viên | Thứ Năm, 16/5/2024

Nông dân Cà Mau chung tay giữ rừng đước

Vừa qua, Kế hoạch số 41-KH/HND ngày 10/5/2024 về việc hội viên nông dân tham gia bảo vệ rừng ngập mặn ven biển đã được Ban Thường vụ Hội Nông dân tỉnh Cà Mau ban hành, giao mỗi chi hội nhận giữ ít nhất 5 ha rừng.

Toàn tỉnh hiện có 980 chi hội nông dân.
`)).toEqual({ number: '41-KH/HND', type: 'Kế hoạch', date: '2024-05-10', issuer: 'Ban Thường vụ Hội Nông dân tỉnh Cà Mau' });
  });

  it('a people\'s committee\'s directive, opened by "Mới đây,", the agent a district\'s committee', () => {
    expect(identity(`Cập nhật: 03/9/2024 09:10

Lạng Giang quyết liệt phòng dịch tả lợn châu Phi

Mới đây, Chỉ thị số 05/CT-UBND ngày 30/8/2024 về tăng cường phòng, chống dịch tả lợn châu Phi đã được UBND huyện Lạng Giang ban hành, yêu cầu các xã lập chốt kiểm dịch.

Từ đầu năm, huyện có 14 ổ dịch.
`)).toEqual({ number: '05/CT-UBND', type: 'Chỉ thị', date: '2024-08-30', issuer: 'UBND huyện Lạng Giang' });
  });

  it('guard: a passive without its agent gives no issuer from the lead', () => {
    expect(identity(`Cập nhật: 03/9/2024 09:10

Lạng Giang quyết liệt phòng dịch tả lợn châu Phi

Mới đây, Chỉ thị số 05/CT-UBND ngày 30/8/2024 về tăng cường phòng, chống dịch tả lợn châu Phi đã được triển khai tới các xã.

Từ đầu năm, huyện có 14 ổ dịch.
`)).toMatchObject({ number: '05/CT-UBND', type: 'Chỉ thị', date: '2024-08-30' });
  });
});

describe('"<type> số … do <issuer> ban hành ngày <day>": the date after the issuing verb', () => {
  it('a town\'s plan, the day without its year: the year the dateline\'s', () => {
    expect(identity(`BÁO KHÁNH HÒA ĐIỆN TỬ
Kinh tế | 12/08/2024 07:30

Ninh Hòa dời chợ tạm ra khỏi quốc lộ

(BKH) - Trước ngày 30/9/2024, các chợ tạm dọc quốc lộ phải được dời vào chợ xã. Đây là yêu cầu của Kế hoạch số 155/KH-UBND do UBND thị xã Ninh Hòa ban hành ngày 8/8.

Hiện thị xã có 6 chợ tạm.
`)).toEqual({ number: '155/KH-UBND', type: 'Kế hoạch', date: '2024-08-08', issuer: 'UBND thị xã Ninh Hòa' });
  });

  it('a Party committee\'s directive, the full date after the verb', () => {
    expect(identity(`Cập nhật: 21/10/2024 15:00

Thạch Hà siết chặt việc tiếp dân

HT - Người đứng đầu cấp ủy phải trực tiếp tiếp dân mỗi tháng một lần. Đó là yêu cầu của Chỉ thị số 09-CT/HU do Ban Thường vụ Huyện ủy Thạch Hà ban hành ngày 17/10/2024.
`)).toEqual({ number: '09-CT/HU', type: 'Chỉ thị', date: '2024-10-17', issuer: 'Ban Thường vụ Huyện ủy Thạch Hà' });
  });
});

describe('a news lead reporting an unnumbered document its signer\'s office issued: "… <office> <name> đã ký Công điện khẩn …"', () => {
  it('a provincial chairman\'s urgent dispatch, the portal\'s section on lines above the dateline', () => {
    expect(identity(`CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẠC LIÊU
Tin tức
Thời sự

Bạc Liêu khẩn trương ứng phó gió mạnh trên biển

14/11/2024 08:00

Ngày 13/11/2024, Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn Thiều đã ký Công điện khẩn yêu cầu các địa phương ven biển kêu gọi tàu thuyền vào bờ.

Hiện còn 120 tàu đang hoạt động trên biển.
`)).toEqual({ number: null, type: 'Công điện', date: '2024-11-13', issuer: 'UBND tỉnh Bạc Liêu' });
  });

  it('a district people\'s committee\'s directive, signed without the signer\'s name, the day\'s year the dateline\'s', () => {
    expect(identity(`Thứ Hai, 06/01/2025 - 10:15

Quỳnh Lưu cấm đốt pháo dịp Tết

Ngày 3/1, UBND huyện Quỳnh Lưu đã ban hành Chỉ thị về tăng cường quản lý pháo nổ trong dịp Tết Nguyên đán.

Năm trước, huyện thu giữ 40 kg pháo.
`)).toEqual({ number: null, type: 'Chỉ thị', date: '2025-01-03', issuer: 'UBND huyện Quỳnh Lưu' });
  });

  it('guard: a numbered one is the announcement\'s, with its number', () => {
    expect(identity(`Thứ Hai, 06/01/2025 - 10:15

Quỳnh Lưu cấm đốt pháo dịp Tết

Ngày 3/1, UBND huyện Quỳnh Lưu đã ban hành Chỉ thị số 01/CT-UBND về tăng cường quản lý pháo nổ trong dịp Tết Nguyên đán.
`)).toEqual({ number: '01/CT-UBND', type: 'Chỉ thị', date: '2025-01-03', issuer: 'UBND huyện Quỳnh Lưu' });
  });
});

describe('a fragment whose lead-in is a bare organ ("Ban Thường vụ kết luận như sau:") after the body that met, named in full', () => {
  it('a ward Party committee\'s standing committee, its meeting clause without a comma', () => {
    expect(identity(`Ngày 02/10/2025, Ban Thường vụ Đảng ủy phường Cam Lợi họp nghe Ủy ban nhân dân phường báo cáo tình hình thu ngân sách 9 tháng đầu năm. Sau khi nghe các ý kiến, Ban Thường vụ kết luận như sau:

1. Ủy ban nhân dân phường tập trung thu nợ đọng thuế, hoàn thành trong quý IV/2025.
`).issuer).toBe('Ban Thường vụ Đảng ủy phường Cam Lợi');
  });

  it('a commune Party committee\'s standing committee in another province', () => {
    expect(identity(`Ngày 15/8/2025, Ban Thường vụ Đảng ủy xã Tân Hiệp họp nghe Văn phòng Đảng ủy báo cáo công tác chuẩn bị đại hội chi bộ. Ban Thường vụ kết luận như sau:

1. Các chi bộ hoàn thành đại hội trước ngày 30/9/2025.
`).issuer).toBe('Ban Thường vụ Đảng ủy xã Tân Hiệp');
  });
});
