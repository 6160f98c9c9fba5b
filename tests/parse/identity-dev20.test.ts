import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The own identity of a fragment without its header or of a news report (docs/extraction-rounds.md,
 * "Round on batch 29's moved documents"): each mechanism on short documents written for this test, in
 * two variants (another province, another kind of body), with a guard where it must not act.
 */
const parsed = (text: string) => parseDocument(text);
const issuer = (text: string) => parsed(text).issuer?.name ?? null;

describe('a fragment adopted by its body: "<type> này đã được X khóa … thảo luận, nhất trí thông qua"', () => {
  it('a commune Party committee, its term and the deliberation before the act, the line wrapped inside', () => {
    const r = parsed(`2.2. Các chi bộ thôn đưa chỉ tiêu trồng rừng vào nghị quyết hằng năm, phân công đảng viên
phụ trách từng hộ.
2.3. Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết, trình Ban Thường vụ Đảng ủy
trong tháng 9/2024.

Nghị quyết này đã được Ban Chấp hành Đảng bộ xã Cẩm Lạc khóa XXIV thảo luận, nhất trí thông
qua tại hội nghị thường kỳ tháng 8/2024./.

T/M ĐẢNG ỦY
BÍ THƯ
Nguyễn Văn Bình
`);
    expect(r.issuer?.name).toBe('Ban Chấp hành Đảng bộ xã Cẩm Lạc');
    expect(r.docType).toBe('Nghị quyết');
  });

  it('a district association\'s board, its term of office, "thống nhất ban hành" wrapped after its name', () => {
    const r = parsed(`3. Hội Nông dân các xã tổ chức tập huấn kỹ thuật nuôi ong cho hội viên.

Chương trình này được Ban Chấp hành Hội Nông dân huyện Yên Thế nhiệm kỳ 2023 - 2028
thống nhất ban hành, có hiệu lực từ ngày ký./.
`);
    expect(r.issuer?.name).toBe('Ban Chấp hành Hội Nông dân huyện Yên Thế');
    expect(r.docType).toBe('Chương trình');
  });

  it('guard: "… được các chi bộ thảo luận" is no adopter', () => {
    expect(issuer(`1. Các chi bộ triển khai đến đảng viên.

Nghị quyết này được các chi bộ thảo luận, quán triệt đến từng đảng viên./.
`)).toBeNull();
  });
});

describe('a sub-numbered item\'s subject is a task\'s unit, not the issuer', () => {
  it('"2.2. Ủy ban nhân dân xã xây dựng kế hoạch …": a unit given work, no issuer', () => {
    expect(issuer(`2.1. Tiếp tục quán triệt Nghị quyết của Ban Chấp hành Đảng bộ huyện về phát triển du lịch.
2.2. Ủy ban nhân dân xã xây dựng kế hoạch thực hiện, trình Ban Thường vụ Đảng ủy trong tháng 10/2024.
2.3. Ủy ban Mặt trận Tổ quốc xã vận động nhân dân giữ gìn vệ sinh môi trường.
`)).toBeNull();
  });

  it('"1.2.1. Phòng Văn hóa và Thông tin huyện xây dựng kế hoạch …": three levels of numbering, another body', () => {
    expect(issuer(`1.2.1. Phòng Văn hóa và Thông tin huyện xây dựng kế hoạch tuyên truyền trên hệ thống loa truyền thanh.
1.2.2. Trung tâm Văn hóa huyện tổ chức hội thi văn nghệ quần chúng.
`)).toBeNull();
  });
});

describe('a cited document\'s issuer before the verb is not the subject', () => {
  it('"… căn cứ Kế hoạch này và Hướng dẫn số … ngày … của Ủy ban Kiểm tra Trung ương xây dựng kế hoạch …"', () => {
    expect(issuer(`3. Văn phòng Huyện ủy bảo đảm kinh phí cho các đoàn giám sát.
4. Ủy ban kiểm tra đảng ủy các xã căn cứ Kế hoạch này và Hướng dẫn số 03-HD/UBKTTW
ngày 12/02/2023 của Ủy ban Kiểm tra Trung ương xây dựng kế hoạch kiểm tra của cấp mình.
`)).toBeNull();
  });

  it('"… và Công văn số … ngày … của Sở Y tế tỉnh Nghệ An xây dựng phương án …": another body, another province', () => {
    expect(issuer(`2. Các trạm y tế xã căn cứ tình hình thực tế và Công văn số 1520/SYT-NVY ngày 04/6/2024
của Sở Y tế tỉnh Nghệ An xây dựng phương án phòng chống dịch sốt xuất huyết.
`)).toBeNull();
  });
});

describe('a news lead signed for a body: "Thay mặt X, <office> <name> vừa ký" / "ban hành <type> số …", wrapped', () => {
  it('a provincial Party standing board: the board the signer acts for, the number and date after the wrap', () => {
    const r = parsed(`Báo Lào Cai > Thời sự > Xây dựng Đảng

Tỉnh ủy chỉ thị đẩy mạnh phòng, chống cháy rừng mùa khô

Thứ Tư, 14/02/2024 - 08:15

(BLC) - Thay mặt Ban Thường vụ Tỉnh ủy Lào Cai, Phó Bí thư Thường trực Tỉnh ủy Vũ Xuân Cường vừa ký
ban hành Chỉ thị số 27-CT/TU ngày 09/02/2024 về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô.

Chỉ thị yêu cầu các huyện ủy, thị ủy, thành ủy lãnh đạo rà soát phương án chữa cháy tại chỗ.
`);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual(['27-CT/TU', 'Chỉ thị', '2024-02-09', 'Ban Thường vụ Tỉnh ủy Lào Cai']);
  });

  it('a district people\'s committee, "đã ký" at the line\'s end, no press tag', () => {
    const r = parsed(`Cổng thông tin điện tử huyện > Tin tức

Huyện chỉ đạo tiêm phòng vắc xin cho đàn gia súc

Thứ Hai, 08/4/2024 - 10:30

Thay mặt Ủy ban nhân dân huyện Quế Sơn, Phó Chủ tịch UBND huyện Lê Văn Thành đã ký
ban hành Công văn số 512/UBND-NN ngày 05/4/2024 về tiêm phòng đợt 1 năm 2024.

Theo đó, UBND các xã chỉ đạo thú y viên tiêm phòng đủ 100% đàn trâu, bò.
`);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual(['512/UBND-NN', 'Công văn', '2024-04-05', 'UBND huyện Quế Sơn']);
  });

  it('no "Thay mặt": the wrap alone, the signer\'s own office before the name', () => {
    const r = parsed(`Báo Nghệ An > Thời sự

Tỉnh yêu cầu bảo đảm an toàn hồ đập mùa mưa lũ

Thứ Năm, 05/9/2024 - 14:20

Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung vừa ký
ban hành Công điện số 09/CĐ-UBND ngày 04/9/2024 về bảo đảm an toàn hồ chứa nước.

Công điện yêu cầu các sở, ngành và UBND các huyện kiểm tra ngay các hồ đập xung yếu.
`);
    expect([r.number, r.docType, r.issuedOn]).toEqual(['09/CĐ-UBND', 'Công điện', '2024-09-04']);
  });
});

describe('a news lead that opens on its day: "<tag> - Ngày D/M(/Y), X ban hành <type> …", no "vừa", wrapped', () => {
  it('a provincial association\'s board, the day without its year (the dateline\'s), the type wrapped in two', () => {
    const r = parsed(`Trang chủ / Xã hội

Hội Nông dân tỉnh: Hỗ trợ hội viên chuyển đổi cây trồng

Thứ Năm, 21/3/2024 09:10

Báo Quảng Trị - Ngày 18/3, Ban Thường vụ Hội Nông dân tỉnh Quảng Trị ban hành kế
hoạch hỗ trợ hội viên chuyển đổi cây trồng trên đất lúa kém hiệu quả giai đoạn 2024 - 2026.

Theo kế hoạch, Hội Nông dân các huyện rà soát diện tích đất lúa kém hiệu quả.
`);
    expect([r.docType, r.issuedOn, r.issuer?.name]).toEqual(['Kế hoạch', '2024-03-18', 'Ban Thường vụ Hội Nông dân tỉnh Quảng Trị']);
  });

  it('a provincial people\'s committee, "ký ban hành Chỉ thị", the page\'s time and counter cells between dateline and lead', () => {
    const r = parsed(`SÓC TRĂNG: SIẾT CHẶT QUẢN LÝ KHAI THÁC CÁT LÒNG SÔNG

05/6/2024 | 10:20 | Lượt xem: 1.204

Sóc Trăng - Ngày 03/6/2024, UBND tỉnh Sóc Trăng ký ban hành Chỉ thị về tăng cường quản lý
hoạt động khai thác cát lòng sông trên địa bàn tỉnh.

Chỉ thị yêu cầu Sở Tài nguyên và Môi trường chủ trì kiểm tra các mỏ cát đã cấp phép.
`);
    expect([r.docType, r.issuedOn, r.issuer?.name]).toEqual(['Chỉ thị', '2024-06-03', 'UBND tỉnh Sóc Trăng']);
  });

  it('guard: the day of another clause is not the document\'s', () => {
    expect(parsed(`Trang chủ / Kinh tế

Nông dân thu hoạch lúa hè thu

Thứ Năm, 21/3/2024 09:10

Quảng Trị - Sáng 20/3, nông dân huyện Hải Lăng ra đồng thu hoạch lúa; UBND huyện ban hành kế hoạch từ năm trước vẫn được thực hiện.
`).issuedOn).toBeNull();
  });
});

describe('an announcing subject with its parent in brackets: "X (thuộc Y) vừa ban hành <type> số …"', () => {
  it('a provincial sub-department under its department: the number and date the lead gives', () => {
    const r = parsed(`Lạng Sơn: Tăng cường kiểm dịch động vật qua biên giới

Thứ Ba, 10/09/2024 - 15:20

(BLS) - Chi cục Chăn nuôi và Thú y tỉnh Lạng Sơn (thuộc Sở Nông nghiệp và Phát triển nông thôn) vừa ban hành Công văn số 352/CNTY-KD ngày 06/9/2024 về kiểm soát vận chuyển gia súc qua biên giới.

Các Trạm Chăn nuôi và Thú y huyện kiểm tra các điểm tập kết gia súc.
`);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual(['352/CNTY-KD', 'Công văn', '2024-09-06', 'Chi cục Chăn nuôi và Thú y tỉnh Lạng Sơn']);
  });

  it('a district ranger station "(trực thuộc …)", "đã ban hành Kế hoạch số …"', () => {
    const r = parsed(`Kon Tum: Phòng chống cháy rừng cao điểm mùa khô

Thứ Sáu, 15/03/2024 - 08:00

(BKT) - Hạt Kiểm lâm huyện Đăk Glei (trực thuộc Chi cục Kiểm lâm tỉnh) đã ban hành Kế hoạch số 21/KH-HKL ngày 12/3/2024 về phòng cháy, chữa cháy rừng năm 2024.

Các xã có rừng thành lập tổ xung kích chữa cháy tại chỗ.
`);
    expect([r.number, r.docType, r.issuedOn, r.issuer?.name]).toEqual(['21/KH-HKL', 'Kế hoạch', '2024-03-12', 'Hạt Kiểm lâm huyện Đắk Glei']);
  });
});

describe('a later sentence opening on the lead\'s type word tells the day it was signed: "Kế hoạch, ký ngày 14/5, …"', () => {
  it('a provincial Front\'s standing board: the day without its year, the dateline\'s year', () => {
    const r = parsed(`Quảng Bình: Mặt trận tỉnh vận động ủng hộ xóa nhà tạm

Thứ Hai, 20/05/2024 - 10:05

BQB - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình vừa ban hành kế hoạch vận động ủng hộ xóa nhà tạm trên địa bàn tỉnh.

Kế hoạch, ký ngày 17/5, nhằm cụ thể hóa chủ trương của Ban Thường vụ Tỉnh ủy về xóa nhà tạm đến năm 2025.
`);
    expect([r.docType, r.issuedOn, r.issuer?.name]).toEqual(['Kế hoạch', '2024-05-17', 'Ban Thường trực Ủy ban MTTQ tỉnh Quảng Bình']);
  });

  it('a district people\'s committee\'s Đề án, the day in brackets with its year', () => {
    const r = parsed(`Điện Biên: Huyện đẩy mạnh trồng cây mắc ca

Thứ Tư, 06/11/2024 - 14:30

(ĐBP) - UBND huyện Tuần Giáo vừa ban hành đề án phát triển cây mắc ca giai đoạn 2025 - 2030.

Đề án (ký ngày 01/11/2024) đặt mục tiêu trồng mới 500 ha mắc ca.
`);
    expect([r.docType, r.issuedOn, r.issuer?.name]).toEqual(['Đề án', '2024-11-01', 'UBND huyện Tuần Giáo']);
  });
});

describe('the signer under a capacity and a post, its surname not among the list\'s: "T/M BAN THƯỜNG VỤ / CHỦ TỊCH / Rơ Mah …"', () => {
  it('a provincial farmers\' association printed "BCH HỘI NÔNG DÂN", signed by its standing board: the board issues', () => {
    const r = parsed(`BCH HỘI NÔNG DÂN                    HỘI NÔNG DÂN VIỆT NAM
TỈNH KON TUM
*
Số 88-KH/HNDT                       Kon Tum, ngày 12 tháng 4 năm 2024

KẾ HOẠCH
Hỗ trợ hội viên trồng sâm Ngọc Linh năm 2024

Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch như sau:
1. Hội Nông dân các huyện rà soát hộ hội viên có nhu cầu trồng sâm.
2. Văn phòng Hội Nông dân tỉnh tổng hợp, báo cáo kết quả.

Nơi nhận:
- TW Hội NDVN (b/c);
- Lưu VP.
T/M BAN THƯỜNG VỤ
CHỦ TỊCH
A Hrin Rơ Châm
`);
    expect([r.issuer?.name, r.signer?.name, r.signer?.capacity]).toEqual(['Ban Thường vụ Hội Nông dân tỉnh Kon Tum', 'A Hrin Rơ Châm', 'T/M BAN THƯỜNG VỤ']);
  });

  it('a district women\'s union, another name of the highlands: the board, not the Ban Chấp hành the header prints', () => {
    const r = parsed(`BCH HỘI LIÊN HIỆP PHỤ NỮ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KRÔNG PĂC                           Độc lập - Tự do - Hạnh phúc
Số 15/KH-HPN                        Krông Păc, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Tổ chức tháng hành động vì phụ nữ năm 2024

Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch như sau:
1. Hội LHPN các xã tổ chức tuyên truyền về phòng chống bạo lực gia đình.

Nơi nhận:
- Hội LHPN tỉnh (b/c);
- Lưu VT.
T/M BAN THƯỜNG VỤ
CHỦ TỊCH
H Yam Niê Kdăm
`);
    expect([r.issuer?.name, r.signer?.name]).toEqual(['Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Krông Pắc', 'H Yam Niê Kdăm']);
  });
});
