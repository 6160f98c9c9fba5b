import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The own issuer of a fragment or a news report chosen among every body its text offers, each with its
 * evidence (src/parse/find/own-issuer-candidates.ts, own-issuer-score.ts; docs/extraction-rounds.md,
 * "Round on batch 27's moved documents"): each mechanism on short documents written for this test, in
 * another province or for another kind of body, with a guard where it must not act.
 */
const issuer = (text: string) => parseDocument(text).issuer?.name ?? null;

describe('a chain answer that names no issuing body gives way to the body the evidence agrees on', () => {
  it('"do chính quyền huyện ban hành" in a report: the quoted official\'s body and the symbol\'s UBND', () => {
    expect(issuer(`BÁO TÂY NINH ĐIỆN TỬ
Nông nghiệp | 03/04/2024 07:30

Châu Thành chuyển đổi 500 ha lúa kém hiệu quả

(BTN) - Đến cuối năm 2024, huyện chuyển 500 ha đất trồng lúa kém hiệu quả sang cây ăn trái. Đây là mục tiêu của Kế hoạch số 71/KH-UBND do chính quyền huyện ban hành ngày 29/3.

Ông Nguyễn Minh Tâm, Phó Chủ tịch UBND huyện Châu Thành cho biết, các xã ven sông Vàm Cỏ được ưu tiên hỗ trợ giống.

Phòng Nông nghiệp huyện hướng dẫn nông dân lập hồ sơ chuyển đổi.

Ngọc Hân
`)).toBe('UBND huyện Châu Thành');
  });

  it('"người đứng đầu chính quyền tỉnh vừa ký" in a report: the body of the chairman who hands out the work, named with the province', () => {
    expect(issuer(`BÁO LẠNG SƠN ĐIỆN TỬ
Xã hội | 18/06/2024 10:00

Siết chặt quản lý chợ biên giới

(BLS) - Người đứng đầu chính quyền tỉnh vừa ký ban hành Chỉ thị số 09/CT-UBND ngày 15/6/2024 về chấn chỉnh hoạt động của các chợ biên giới.

Chủ tịch UBND tỉnh Lạng Sơn yêu cầu Sở Công Thương kiểm tra các điểm kinh doanh hàng nhập khẩu tại chợ Tân Thanh.

Công an tỉnh xử lý các trường hợp vận chuyển hàng lậu qua đường mòn.

Minh Quân
`)).toBe('UBND tỉnh Lạng Sơn');
  });
});

describe('two kinds of evidence agreeing on another body outweigh one', () => {
  it('"T/M BAN THƯỜNG VỤ" guessed as the province\'s, against the ward committee handing out work and its office following up', () => {
    expect(issuer(`2. Nhiệm vụ cụ thể

- Đảng ủy phường giao Ủy ban nhân dân phường rà soát các tuyến phố ngập khi mưa lớn, hoàn thành trong tháng 9/2025.

- Ủy ban Kiểm tra Đảng ủy phường đưa việc thực hiện Kế hoạch số 21-KH/TU ngày 02/9/2025 của Ban Thường vụ Tỉnh ủy Nam Định vào chương trình giám sát.

3. Tổ chức thực hiện

Kế hoạch này cụ thể hóa Nghị quyết Đại hội Đảng bộ phường Trần Hưng Đạo lần thứ I. Văn phòng Đảng ủy theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy.

Nơi nhận:                                   T/M BAN THƯỜNG VỤ
- Thường trực Tỉnh ủy (b/c),                     BÍ THƯ
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.                    Lê Thị Thu
`)).toBe('Đảng ủy phường Trần Hưng Đạo');
  });

  it('a commune\'s Farmers\' Association against the district\'s Ban Thường vụ guessed from "T/M BAN THƯỜNG VỤ"', () => {
    expect(issuer(`II. NHIỆM VỤ

Hội Nông dân xã giao các chi hội ven đê xã Nghĩa Lâm vận động hội viên đăng ký mô hình trồng rau an toàn.

Các chi hội thực hiện theo Kế hoạch số 30-KH/HU ngày 04/3/2024 của Ban Thường vụ Huyện ủy Nghĩa Hưng.

Văn phòng Hội Nông dân xã theo dõi, tổng hợp kết quả, báo cáo Hội Nông dân huyện trước ngày 30/11/2024.

Nơi nhận:                                   T/M BAN THƯỜNG VỤ
- Hội Nông dân huyện (b/c),                    CHỦ TỊCH
- Các chi hội,
- Lưu VP.                                  Phạm Văn Nam
`)).toBe('Hội Nông dân xã Nghĩa Lâm');
  });

  it('guard: one subject handing out work does not outweigh the body the text names as issuing', () => {
    expect(issuer(`Ủy ban nhân dân huyện Cẩm Xuyên xây dựng Kế hoạch phòng, chống dịch bệnh trên đàn gia súc năm 2024 như sau:

1. Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn các xã tiêm phòng vắc xin.

2. Trạm Chăn nuôi và Thú y giao các xã báo cáo số lượng gia súc hằng tháng.
`)).toBe('UBND huyện Cẩm Xuyên');
  });
});

describe('a report whose chain finds no issuer: the body its lead, its lead-ins and its speakers agree on', () => {
  it('a district Party committee\'s conclusion told in a report, its standing board handing out the work, its place from the lead', () => {
    expect(issuer(`Quế Phong kiên quyết chống phá rừng đầu nguồn

20/10/2023 09:10

Baonghean - Sau chuyến kiểm tra các tiểu khu rừng giáp biên, Huyện ủy Quế Phong đã kết luận, đặt mục tiêu không để xảy ra vụ phá rừng lớn trong mùa khô năm 2024.

Để thực hiện, Ban Thường vụ Huyện ủy giao Ủy ban nhân dân huyện chỉ đạo Hạt Kiểm lâm phối hợp với các xã tuần tra.

Ông Vi Văn Sơn, Phó Bí thư Thường trực Huyện ủy Quế Phong, cho biết các xã sẽ giao khoán bảo vệ rừng đến từng hộ.

Hải Vân
`)).toBe('Ban Thường vụ Huyện ủy Quế Phong');
  });

  it('a district people\'s committee\'s plan told in a report under a newspaper\'s name: its chairman quoted, its committee handing out work', () => {
    expect(issuer(`BÁO GIA LAI ĐIỆN TỬ
Kinh tế | 05/05/2025 - 08:20

Chư Prông đẩy nhanh giải phóng mặt bằng đường tránh

(GLO) - Kế hoạch số 112/KH-UBND ngày 02/5/2025 về giải phóng mặt bằng đường tránh phía Tây đặt mục tiêu bàn giao mặt bằng trước ngày 30/8.

Ông Rơ Mah Tuân, Chủ tịch UBND huyện Chư Prông cho biết, huyện đã chi trả cho 120 hộ.

Theo kế hoạch, UBND huyện giao Ban Quản lý dự án huyện hoàn thiện khu tái định cư.

Thanh Nhật
`)).toBe('UBND huyện Chư Prông');
  });
});

describe('a body written with its level word only takes the document\'s one place of that level', () => {
  it('a district Women\'s Union fragment: "thuộc huyện Con Cuông" is its place', () => {
    expect(issuer(`vùng biên giới thuộc huyện Con Cuông còn nhiều phụ nữ thiếu việc làm.

Để triển khai Hướng dẫn số 08/HD-HPN ngày 12/01/2025 của Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Nghệ An, Ban Thường vụ Hội LHPN huyện đề nghị Hội LHPN các xã thực hiện tốt một số nội dung sau:

a) Tổ chức truyền thông về phòng, chống mua bán người tại các chi hội.

b) Giới thiệu hội viên vay vốn, học nghề.
`)).toBe('Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Con Cuông');
  });

  it('a commune Youth Union fragment: "tại xã Hòa Bắc" is its place', () => {
    expect(issuer(`thanh niên tại xã Hòa Bắc tham gia giữ gìn vệ sinh các dòng suối du lịch.

Ban Chấp hành Đoàn xã đề nghị các chi đoàn thôn ra quân thu gom rác thải vào sáng Chủ nhật hằng tuần.

Các chi đoàn báo cáo kết quả trước ngày 25 hằng tháng.
`)).toBe('Ban Chấp hành Đoàn xã Hòa Bắc');
  });

  it('guard: two districts named, no place is taken', () => {
    expect(issuer(`các hộ của huyện Con Cuông và huyện Tương Dương còn thiếu nước sạch.

Ban Thường vụ Hội LHPN huyện đề nghị Hội LHPN các xã vận động hội viên giữ vệ sinh nguồn nước.
`)).toBe('Ban Thường vụ Hội Liên hiệp Phụ nữ huyện');
  });
});

describe('a news lead\'s unnumbered document numbered by a sentence opening "Theo <type> số …,"', () => {
  const identity = (text: string) => {
    const r = parseDocument(text);
    return { number: r.number, type: r.docType };
  };

  it('a provincial chairman\'s dispatch signed in the evening, its number in the next paragraph', () => {
    expect(identity(`Nghệ An: Khẩn trương đưa tàu thuyền vào nơi tránh trú

Thứ Năm, 11/09/2025 - 20:15

(NA) - Tối 11/9, Chủ tịch UBND tỉnh Nghệ An đã ký ban hành công điện hỏa tốc yêu cầu các xã, phường ven biển tập trung ứng phó bão số 7.

Theo Công điện số 14/CĐ-UBND, Chủ tịch UBND tỉnh yêu cầu Bộ Chỉ huy Bộ đội Biên phòng tỉnh kêu gọi tàu thuyền vào bờ trước 12 giờ ngày 12/9.

Sở Nông nghiệp và Môi trường kiểm tra an toàn các hồ chứa.
`)).toEqual({ number: '14/CĐ-UBND', type: 'Công điện' });
  });

  it('guard: a plan of another type opening the sentence is not the lead\'s dispatch', () => {
    expect(identity(`Nghệ An: Khẩn trương đưa tàu thuyền vào nơi tránh trú

Thứ Năm, 11/09/2025 - 20:15

(NA) - Tối 11/9, Chủ tịch UBND tỉnh Nghệ An đã ký ban hành công điện hỏa tốc yêu cầu các xã, phường ven biển tập trung ứng phó bão số 7.

Theo Kế hoạch số 120/KH-UBND, các xã phải có phương án sơ tán dân ở nhà yếu.
`).number).toBeNull();
  });
});

describe('a fragment naming itself by its type word alone, capitalised inside a sentence', () => {
  const type = (text: string) => parseDocument(text).docType;

  it('a commune plan\'s tasks: "theo dõi việc thực hiện Kế hoạch;" and "báo cáo kết quả thực hiện Kế hoạch về UBND huyện"', () => {
    expect(type(`III. TỔ CHỨC THỰC HIỆN

1. Công chức Văn hóa - Xã hội xã là đầu mối theo dõi việc thực hiện Kế hoạch; tổng hợp số hộ đạt gia đình văn hóa.

2. Trưởng các thôn vận động Nhân dân giữ gìn vệ sinh đường làng.

3. Văn phòng - Thống kê báo cáo kết quả thực hiện Kế hoạch về UBND huyện trước ngày 15/12/2024.
`)).toBe('Kế hoạch');
  });

  it('a district rescue plan of another type: "Phương án được xây dựng trên cơ sở …" opening its last paragraph', () => {
    expect(type(`2. Các xã ven sông bố trí lực lượng xung kích trực tại các điểm xung yếu khi có lũ.

3. Trung tâm Y tế huyện chuẩn bị cơ số thuốc, tổ cấp cứu lưu động.

Phương án ứng phó lũ lớn được xây dựng trên cơ sở Kế hoạch số 20/KH-UBND ngày 10/3/2024 của UBND tỉnh Quảng Nam.
`)).toBe('Phương án');
  });

  it('guard: a superior\'s plan named bare with its owner ("triển khai Kế hoạch của UBND tỉnh,") gives no type', () => {
    expect(type(`2. Các xã ven sông bố trí lực lượng xung kích trực tại các điểm xung yếu khi có lũ để triển khai Kế hoạch của UBND tỉnh, bảo đảm an toàn cho Nhân dân.

3. Trung tâm Y tế huyện chuẩn bị cơ số thuốc, tổ cấp cứu lưu động.
`)).toBe('Khác');
  });
});

describe('a bare type word naming back the document just told is no self-reference', () => {
  it('guard: "Ban Thường vụ Huyện ủy yêu cầu: … quán triệt Chỉ thị đến …" gives no type', () => {
    expect(parseDocument(`Ban Thường vụ Huyện ủy yêu cầu:

1. Các chi bộ quán triệt Chỉ thị đến từng đảng viên trong tháng 5.

T/M BAN THƯỜNG VỤ HUYỆN ỦY TUYÊN HÓA
BÍ THƯ

Lê Văn Bình
`).docType).toBe('Khác');
  });
});

describe('a lead "X đã thông báo kết luận" numbered later as "Thông báo số … của X"', () => {
  const identity = (text: string) => {
    const r = parseDocument(text);
    return { number: r.number, type: r.docType, date: r.issuedOn, issuer: r.issuer?.name ?? null };
  };

  it('a district Party committee after a working visit, its standing board\'s notice in the third paragraph', () => {
    expect(identity(`Tương Dương siết chặt quản lý khai thác cát

05/06/2024 10:15

Baonghean - Sau buổi làm việc với các xã ven sông Cả, Huyện ủy Tương Dương đã thông báo kết luận, yêu cầu chấm dứt khai thác cát trái phép trước tháng 8.

Theo thống kê, năm 2023 toàn huyện phát hiện 14 vụ khai thác cát trái phép.

Thông báo số 118-TB/HU ngày 03/6/2024 của Ban Thường vụ Huyện ủy nêu rõ, chính quyền các xã còn buông lỏng quản lý.
`)).toEqual({ number: '118-TB/HU', type: 'Thông báo kết luận', date: '2024-06-03', issuer: 'Huyện ủy Tương Dương' });
  });

  it('a commune Party committee, its standing board\'s notice named without its place', () => {
    expect(identity(`Xã Hương Trà dọn sạch rác thải ven biển

12/07/2025 07:40

(BHT) - Sau đợt kiểm tra các thôn ven biển, Đảng ủy xã Hương Trà đã thông báo kết luận, yêu cầu dọn sạch rác trước mùa du lịch.

Toàn xã hiện có 6 thôn giáp biển với hơn 2.000 hộ dân.

Thông báo số 45-TB/ĐU ngày 10/7/2025 của Ban Thường vụ Đảng ủy xã nêu rõ, các chi bộ thôn phải ra quân dọn rác mỗi sáng thứ Bảy.
`)).toEqual({ number: '45-TB/ĐU', type: 'Thông báo kết luận', date: '2025-07-10', issuer: 'Đảng ủy xã Hương Trà' });
  });
});

describe('a province written with its level word only takes the one its lead\'s place tag names', () => {
  it('a provincial Front\'s board under "Quảng Trị - …", the merged province named beside it', () => {
    expect(issuer(`Hoạt động Mặt trận | 02/10/2025

Ngày hội Đại đoàn kết năm 2025 ở khu dân cư

Quảng Trị - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa có văn bản hướng dẫn các xã tổ chức Ngày hội Đại đoàn kết. Đây là năm đầu tiên sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị.

Theo Hướng dẫn số 14/HD-MTTQ-BTT ký ngày 30/9/2025, các xã chọn khu dân cư tiêu biểu để tổ chức điểm.
`)).toBe('Ban Thường trực Ủy ban MTTQ tỉnh Quảng Trị');
  });

  it('a provincial Farmers\' Association under "(TTXVN) Lâm Đồng - …"', () => {
    expect(issuer(`Nông nghiệp | 15/10/2025

Hướng dẫn nông dân chuyển đổi cây trồng

(TTXVN) Lâm Đồng - Ban Thường vụ Hội Nông dân tỉnh vừa có văn bản hướng dẫn hội viên chuyển đổi cây trồng. Nông dân tỉnh Đắk Nông và tỉnh Lâm Đồng cũ được hỗ trợ giống cà phê.

Theo Hướng dẫn số 21/HD-HNDT ký ngày 12/10/2025, các chi hội đăng ký nhu cầu giống trước ngày 30/10.
`)).toBe('Ban Thường vụ Hội Nông dân tỉnh Lâm Đồng');
  });

  it('guard: one province named in a report without a place tag is not taken', () => {
    expect(issuer(`Nông nghiệp | 15/10/2025

Hướng dẫn nông dân chuyển đổi cây trồng

Ban Thường vụ Hội Nông dân tỉnh vừa có văn bản hướng dẫn hội viên chuyển đổi cây trồng, học tập mô hình của tỉnh Đắk Lắk.

Theo Hướng dẫn số 21/HD-HNDT ký ngày 12/10/2025, các chi hội đăng ký nhu cầu giống trước ngày 30/10.
`)).toBe('Ban Thường vụ Hội Nông dân tỉnh');
  });
});
