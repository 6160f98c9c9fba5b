import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity from the misses of batch 24's 28 documents moved to tune (2026-12-06 night;
 * docs/extraction-rounds.md, "Round on batch 24's moved documents"): each case one structure of a news
 * lead or a copied page, on short documents written for this test, with a variant in another province or
 * another kind of body, and a guard where the rule has an edge.
 */
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, type: r.docType, date: r.issuedOn, issuer: r.issuer?.name ?? null };
};

describe('a news lead naming its document in a relative clause: "… tại Chỉ thị số … mà <issuer> vừa ban hành"', () => {
  it('a Party standing committee\'s directive, the place from the headline', () => {
    expect(identity(`Nghệ An: Siết chặt kỷ luật trong phòng, chống cháy rừng mùa khô 2025

Cập nhật: 14/03/2025 08:40

NA - Mọi vụ cháy rừng phải được phát hiện sớm, xử lý ngay từ giờ đầu. Đây là yêu cầu được nêu tại Chỉ thị số 27-CT/TU ngày 12/3/2025 mà Ban Thường vụ Tỉnh ủy vừa ban hành.

Năm 2024, toàn tỉnh xảy ra 9 vụ cháy rừng, thiệt hại 14 ha.
`)).toEqual({ number: '27-CT/TU', type: 'Chỉ thị', date: '2025-03-12', issuer: 'Ban Thường vụ Tỉnh ủy Nghệ An' });
  });

  it('a provincial people\'s committee\'s plan, the same clause', () => {
    expect(identity(`Hà Tĩnh: Đẩy mạnh chuyển đổi số trong trường học

Cập nhật: 02/04/2025 10:05

HT - Toàn bộ trường trung học phải dùng học bạ số trong năm học tới. Đó là mục tiêu của Kế hoạch số 118/KH-UBND ngày 31/3/2025 mà UBND tỉnh mới ban hành.

Hiện 72% trường tiểu học đã dùng sổ điểm điện tử.
`)).toEqual({ number: '118/KH-UBND', type: 'Kế hoạch', date: '2025-03-31', issuer: 'UBND tỉnh Hà Tĩnh' });
  });

  it('guard: "… mà UBND tỉnh đã ban hành" recalls an older document, not the article\'s own', () => {
    expect(identity(`Hà Tĩnh: Rà soát việc dùng học bạ số

Cập nhật: 02/04/2025 10:05

HT - Nhiều trường chưa làm đúng Kế hoạch số 40/KH-UBND ngày 15/2/2023 mà UBND tỉnh đã ban hành.

Hiện 72% trường tiểu học đã dùng sổ điểm điện tử.
`).number).toBeNull();
  });
});

describe('a news lead opening on its document with the document\'s subject ("Kế hoạch số … ngày … về …") under a dateline', () => {
  it('the section before the dateline\'s bar ("Xã hội | Thứ Ba, …"), the lead\'s document the article\'s own', () => {
    expect(identity(`BÁO LÂM ĐỒNG ĐIỆN TỬ
Xã hội | Thứ Ba, 08/4/2025 - 14:30

Bảo Lâm dồn sức hoàn thành xóa nhà tạm trước tháng 8

(LĐ) - Kế hoạch số 77/KH-UBND ngày 04/4/2025 về xóa nhà tạm, nhà dột nát trên địa bàn đặt mục tiêu hoàn thành 312 căn trước ngày 31/8/2025.

Đến nay huyện đã khởi công 140 căn.
`)).toMatchObject({ number: '77/KH-UBND', type: 'Kế hoạch', date: '2025-04-04' });
  });

  it('a Party document, the dateline with its section before the bar in another form ("Chính trị | 21/10/2024 07:15")', () => {
    expect(identity(`BÁO GIA LAI ĐIỆN TỬ
Chính trị | 21/10/2024 07:15

Chư Păh tăng cường phát triển đảng viên ở thôn, làng

(GL) - Hướng dẫn số 09-HD/HU ngày 17/10/2024 về phát triển đảng viên ở thôn, làng chưa có chi bộ nêu rõ mỗi làng phải có ít nhất một đảng viên trong năm 2025.

Toàn huyện còn 6 làng chưa có đảng viên.
`)).toMatchObject({ number: '09-HD/HU', type: 'Hướng dẫn', date: '2024-10-17' });
  });
});

describe('a portal\'s breadcrumb copied as a row of cells above the header\'s cells', () => {
  it('"Trang chủ | Văn bản Đảng ủy | Thông báo kết luận" stays out of the header: the heading and its conclusion line are read', () => {
    expect(identity(`Trang chủ | Văn bản Đảng ủy | Thông báo kết luận
ĐẢNG BỘ HUYỆN CAM LỘ | ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ CAM THÀNH |
* | Cam Thành, ngày 20 tháng 5 năm 2024
Số 86 - TB/ĐU |
THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY
về công tác phòng, chống dịch bệnh trên đàn gia súc
-----
Ngày 17/5/2024, Ban Thường vụ Đảng ủy họp nghe Ủy ban nhân dân xã báo cáo tình hình dịch bệnh. Ban Thường vụ kết luận như sau:
1. Giao Ủy ban nhân dân xã chỉ đạo tiêu độc, khử trùng chuồng trại.
`)).toEqual({ number: '86-TB/ĐU', type: 'Thông báo kết luận', date: '2024-05-20', issuer: 'Ban Thường vụ Đảng ủy xã Cam Thành' });
  });

  it('a people\'s committee\'s plan under a breadcrumb of three sections', () => {
    expect(identity(`Tin tức | Chỉ đạo điều hành | Văn bản mới
UBND HUYỆN ĐỨC CƠ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 | Độc lập - Tự do - Hạnh phúc
Số: 64/KH-UBND | Đức Cơ, ngày 09 tháng 4 năm 2025
KẾ HOẠCH
Phòng, chống đuối nước cho trẻ em dịp hè năm 2025
-----
1. Phòng Giáo dục và Đào tạo chủ trì tổ chức lớp dạy bơi.
`)).toEqual({ number: '64/KH-UBND', type: 'Kế hoạch', date: '2025-04-09', issuer: 'UBND huyện Đức Cơ' });
  });
});
