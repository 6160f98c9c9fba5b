import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The own identity of a fragment without its header or of a news report (docs/extraction-rounds.md,
 * "Round on batch 28's moved documents"): each mechanism on short documents written for this test, in
 * two variants (another province, another kind of body), with a guard where it must not act.
 */
const issuer = (text: string) => parseDocument(text).issuer?.name ?? null;

describe('the closing statement reads its owner\'s name across a comma of that name', () => {
  it('"Ban Chỉ đạo phòng, chống dịch bệnh … xã …, được kiện toàn …": the whole board, not "Ban Chỉ đạo phòng"', () => {
    expect(issuer(`3. Trạm Y tế xã phun thuốc diệt muỗi tại các thôn có ca bệnh; báo cáo hằng tuần.

4. Trưởng các thôn vận động người dân phát quang bụi rậm quanh nhà.

Trên đây là Kế hoạch của Ban Chỉ đạo phòng, chống dịch bệnh xã Hòa Phong, được kiện toàn theo Quyết định số 41/QĐ-UBND ngày 03/5/2024 của Ủy ban nhân dân xã. Yêu cầu các thành viên nghiêm túc thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
`)).toBe('Ban Chỉ đạo phòng, chống dịch bệnh xã Hòa Phong');
  });

  it('"Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện …, triển khai …": another board, a district', () => {
    expect(issuer(`2. Các xã ven biển rà soát phương án sơ tán dân khỏi vùng trũng thấp.

Trên đây là Phương án của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện Phù Mỹ, triển khai từ ngày 01/9/2024 đến hết mùa mưa bão./.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
`)).toBe('Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện Phù Mỹ');
  });

  it('a comma after the owner\'s place still ends the title: "của UBND xã …, huyện …./."', () => {
    expect(issuer(`2. Công an xã bảo vệ hiện trường khi có sạt lở.

Trên đây là Phương án ứng phó sạt lở đất năm 2024 của Ủy ban nhân dân xã Tà Xùa, huyện Bắc Yên./.
`)).toBe('UBND xã Tà Xùa');
  });
});

describe('where the chain names only a bare organ, the closing\'s body answers alone', () => {
  it('"Ban Thường vụ đề nghị …" and "Trên đây là Kế hoạch … của Hội Nông dân huyện …": the association\'s board', () => {
    expect(issuer(`2. Ban Kinh tế Hội hướng dẫn hội viên đăng ký mô hình trồng rau an toàn.

3. Hội Nông dân các xã Tân Lập, Phú Cát tổ chức hội thi nhà nông giỏi cấp xã trước ngày 30/6/2024.

Trên đây là Kế hoạch tổ chức hội thi Nhà nông giỏi năm 2024 của Hội Nông dân huyện Quốc Oai; Ban Thường vụ đề nghị các cơ sở Hội nghiêm túc thực hiện.

Nơi nhận:
- Hội Nông dân Thành phố (b/c);
- Các cơ sở Hội;
- Lưu VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH

Lê Văn Hải
`)).toBe('Ban Thường vụ Hội Nông dân huyện Quốc Oai');
  });

  it('"… của Đảng ủy phường …; Ban Thường vụ yêu cầu …" in the closing: a Party committee, another province', () => {
    expect(issuer(`III. TỔ CHỨC THỰC HIỆN

1. Các chi bộ khu phố quán triệt Kế hoạch đến đảng viên.

2. Ủy ban nhân dân phường bố trí kinh phí tổ chức các hoạt động.

Trên đây là Kế hoạch tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng của Đảng ủy phường Lái Thiêu; Ban Thường vụ yêu cầu các chi bộ nghiêm túc thực hiện.

Nơi nhận:
- Thường trực Thành ủy (b/c);
- Các chi bộ;
- Lưu VP.
T/M BAN THƯỜNG VỤ
BÍ THƯ
`)).toBe('Đảng ủy phường Lái Thiêu');
  });
});

describe('the signer\'s capacity outweighs a body sentence naming its kind of body at another level', () => {
  it('"… phối hợp với Công an xã A, Công an xã B yêu cầu …" under "TRƯỞNG CÔNG AN HUYỆN": the district police, placed from the text', () => {
    expect(issuer(`1. Đội Cảnh sát giao thông - Trật tự tuần tra trên các tuyến đường vào ban đêm.

2. Đề nghị Ban Quản lý Khu công nghiệp Xuân Thới Sơn phối hợp với Công an xã Xuân Thới Sơn, Công an xã Tân Thới Nhì yêu cầu các doanh nghiệp lắp đặt camera tại nhà xe.

3. Đội Tham mưu theo dõi, tổng hợp kết quả trên địa bàn huyện Hóc Môn, báo cáo Ban Giám đốc Công an Thành phố.

Nơi nhận:
- Ban Giám đốc CATP (b/c);
- Lưu: VT.

TRƯỞNG CÔNG AN HUYỆN

Thượng tá Phạm Văn Bình
`)).toBe('Công an huyện Hóc Môn');
  });

  it('"… cùng UBND xã X yêu cầu …" under "TM. ỦY BAN NHÂN DÂN HUYỆN": the district committee', () => {
    expect(issuer(`2. Phòng Tài nguyên và Môi trường chủ trì, phối hợp cùng UBND xã Cam Thành yêu cầu các chủ mỏ cát dừng khai thác ngoài ranh giới được cấp phép.

3. Công an huyện Cam Lộ xử lý các phương tiện khai thác cát trái phép trên sông.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN HUYỆN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
`)).toBe('UBND huyện Cam Lộ');
  });
  it('guard: a board the closing names stays under the capacity of a committee, another kind of body', () => {
    expect(issuer(`2. Trạm Y tế xã phun thuốc diệt muỗi tại các thôn có ca bệnh.

Trên đây là Kế hoạch của Ban Chỉ đạo phòng, chống dịch bệnh xã Kỳ Tân, được kiện toàn theo Quyết định số 12/QĐ-UBND ngày 04/3/2024 của Ủy ban nhân dân xã. Yêu cầu các thành viên nghiêm túc thực hiện./.

Nơi nhận:
- Lưu: VT.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN

PHÓ CHỦ TỊCH UBND XÃ
Trần Văn Nam
`)).toBe('Ban Chỉ đạo phòng, chống dịch bệnh xã Kỳ Tân');
  });
});

describe('a news lead reporting its document by the generic word "văn bản", named later in brackets', () => {
  const identity = (text: string) => {
    const r = parseDocument(text);
    return { number: r.number ?? null, type: r.docType ?? null, date: r.issuedOn ?? null, issuer: r.issuer?.name ?? null };
  };

  it('"Sở Y tế Đà Nẵng vừa có văn bản khẩn gửi …" then "Văn bản (Công văn số … ngày …) được ban hành …"', () => {
    expect(identity(`BÁO ĐÀ NẴNG ĐIỆN TỬ
Y tế | 14/03/2025 - 09:10

Đà Nẵng tăng cường phòng, chống bệnh sởi trong trường học

(ĐN) - Trước số ca mắc sởi tăng nhanh ở trẻ dưới 5 tuổi, Sở Y tế Đà Nẵng vừa có văn bản khẩn gửi các bệnh viện và trung tâm y tế quận, huyện, yêu cầu rà soát trẻ chưa tiêm đủ mũi vắc xin.

Văn bản (Công văn số 812/SYT-NVY ngày 12/3/2025) được ban hành nhằm triển khai chỉ đạo của Bộ Y tế về chiến dịch tiêm vắc xin sởi.

Theo đó, Trung tâm Kiểm soát bệnh tật thành phố hướng dẫn các trạm y tế tổ chức tiêm bù cho trẻ.

Hoài Thu
`)).toEqual({ number: '812/SYT-NVY', type: 'Công văn', date: '2025-03-12', issuer: 'Sở Y tế Thành phố Đà Nẵng' });
  });

  it('"Ban Thường vụ Tỉnh ủy Bình Định đã ban hành văn bản …" then "văn bản (Thông báo số …)": a Party body, another province', () => {
    expect(identity(`BÌNH ĐỊNH ONLINE
Chính trị | 02/04/2025 15:45

Bình Định chấn chỉnh việc tổ chức lễ hội đầu năm

(BĐO) - Ban Thường vụ Tỉnh ủy Bình Định đã ban hành văn bản chỉ đạo các cấp ủy chấn chỉnh việc tổ chức lễ hội, bảo đảm tiết kiệm.

Theo văn bản (Thông báo số 215-TB/TU ngày 31/3/2025), các địa phương không tổ chức lễ hội vượt quá quy mô đã đăng ký.

Minh Tuấn
`)).toEqual({ number: '215-TB/TU', type: 'Thông báo', date: '2025-03-31', issuer: 'Ban Thường vụ Tỉnh ủy Bình Định' });
  });

  it('no brackets name it: the lead gives the issuer only, no number, type or date', () => {
    expect(identity(`BÁO QUẢNG NGÃI ĐIỆN TỬ
Nông nghiệp | 20/05/2025 08:00

Quảng Ngãi ứng phó nắng nóng kéo dài

(BQN) - UBND tỉnh Quảng Ngãi vừa có văn bản chỉ đạo các địa phương chủ động phương án chống hạn cho lúa hè thu.

Các huyện ven biển rà soát nguồn nước tưới, ưu tiên nước sinh hoạt cho người dân.

Thanh Hà
`)).toEqual({ number: null, type: 'Khác', date: null, issuer: 'UBND tỉnh Quảng Ngãi' });
  });
});

describe('"T/M ĐẢNG ỦY" placed by the one Đảng bộ the body names with its place', () => {
  it('"… Nghị quyết Đại hội đại biểu Đảng bộ xã … lần thứ XV": the commune\'s Party committee', () => {
    expect(issuer(`Kế hoạch nhằm cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ xã Phước Hòa lần thứ XV, nhiệm kỳ 2020 - 2025.

1. Các chi bộ ấp quán triệt đến đảng viên.

2. Ủy ban nhân dân xã bố trí kinh phí.

Nơi nhận:
- Huyện ủy (b/c);
- Lưu VP.
T/M ĐẢNG ỦY
BÍ THƯ
`)).toBe('Đảng ủy xã Phước Hòa');
  });

  it('"Ban Chấp hành Đảng bộ phường … lãnh đạo …": a ward, another province', () => {
    expect(issuer(`1. Ban Chấp hành Đảng bộ phường Nam Ngạn lãnh đạo các chi bộ khu phố thực hiện tốt cuộc vận động.

2. Các chi bộ tổ chức sinh hoạt chuyên đề trong quý III.

Nơi nhận:
- Thành ủy (b/c);
- Lưu VP.
T/M ĐẢNG ỦY
PHÓ BÍ THƯ
`)).toBe('Đảng ủy phường Nam Ngạn');
  });

  it('guard: "Đảng bộ Công ty" names no place, and no committee is read from it', () => {
    expect(issuer(`1. Toàn thể đảng viên trong Đảng bộ Công ty dự hội nghị.

2. Các chi bộ thông báo đến đảng viên.

T/M ĐẢNG ỦY
BÍ THƯ
`)).toBe(null);
  });
});

describe('a cooperative\'s "xã" names no commune for the own issuer\'s place', () => {
  it('"Hợp tác xã Rau an toàn Văn Đức" and "xã Văn Đức": the commune\'s committee, not a commune "Rau"', () => {
    expect(issuer(`1. Hợp tác xã Rau an toàn Văn Đức mở rộng vùng trồng rau theo tiêu chuẩn VietGAP.

2. Ủy ban nhân dân xã giao Công chức Địa chính - Nông nghiệp rà soát diện tích đất bãi ven sông thuộc xã Văn Đức.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN XÃ
CHỦ TỊCH
`)).toBe('UBND xã Văn Đức');
  });

  it('"Hợp tác xã Chăn nuôi Tân Phước" beside "phường Tân Phước Khánh": a ward, another province', () => {
    expect(issuer(`1. Hợp tác xã Chăn nuôi Tân Phước hướng dẫn xã viên tiêm phòng cho đàn lợn.

2. Ủy ban nhân dân phường giao Công an phường kiểm soát việc vận chuyển lợn qua địa bàn phường Tân Phước Khánh.

Nơi nhận:
- UBND thị xã (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN PHƯỜNG
CHỦ TỊCH
`)).toBe('UBND phường Tân Phước Khánh');
  });

  it('guard: a cooperative alone places nothing ("Hợp tác xã Nông nghiệp Thạch Liên")', () => {
    expect(issuer(`1. Hợp tác xã Nông nghiệp Thạch Liên mở rộng diện tích lúa chất lượng cao.

2. Các thôn vận động hộ dân tham gia hợp tác xã.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN XÃ
CHỦ TỊCH
`)).toBe('UBND xã');
  });
});

describe('a town\'s "thị xã" names no commune for the own issuer\'s place', () => {
  it('"UBND thị xã Sông Cầu" beside "phường Xuân Phú": the ward\'s committee', () => {
    expect(issuer(`1. Công an phường phối hợp Ban Chỉ huy Quân sự phường Xuân Phú tuần tra ven biển.

2. Các khu phố vận động người dân không thả rác xuống biển theo Kế hoạch của UBND thị xã Sông Cầu.

Nơi nhận:
- UBND thị xã (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN PHƯỜNG
CHỦ TỊCH
`)).toBe('UBND phường Xuân Phú');
  });

  it('"thị xã Kỳ Anh" beside "xã Kỳ Tân": a commune, another province', () => {
    expect(issuer(`1. Ủy ban nhân dân xã giao Trạm Y tế xã Kỳ Tân phun hóa chất tại các thôn có ca bệnh.

2. Các thôn báo cáo kết quả về Trung tâm Y tế thị xã Kỳ Anh trước ngày 30/7/2024.

Nơi nhận:
- UBND thị xã (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN XÃ
CHỦ TỊCH
`)).toBe('UBND xã Kỳ Tân');
  });
});

describe('the body that held the meeting a fragment opens on answers where nothing else names one', () => {
  it('"Tại hội nghị ngày …, Ban Thường vụ Huyện ủy … đã nghe báo cáo … và thống nhất kết luận:"', () => {
    expect(issuer(`Tại hội nghị ngày 14/11/2024, Ban Thường vụ Huyện ủy Đông Anh đã nghe báo cáo tiến độ giải phóng mặt bằng dự án cầu Tứ Liên và thống nhất kết luận:

1. Ủy ban nhân dân huyện chỉ đạo các xã hoàn thành chi trả bồi thường trong tháng 12/2024.

2. Các xã Vĩnh Ngọc, Xuân Canh vận động hộ dân bàn giao mặt bằng.
`)).toBe('Ban Thường vụ Huyện ủy Đông Anh');
  });

  it('"Ngày …, Ban Chấp hành Hội Nông dân xã … tổ chức hội nghị sơ kết …": an association, another province', () => {
    expect(issuer(`Ngày 20/4/2025, Ban Chấp hành Hội Nông dân xã Phước Hưng tổ chức hội nghị sơ kết quý I, triển khai nhiệm vụ quý II.

Hội nghị thống nhất các nội dung trọng tâm:

1. Các chi hội vận động hội viên tham gia mô hình trồng rau sạch.

2. Ban Kinh tế Hội phối hợp Ngân hàng Chính sách xã hội huyện giải ngân vốn vay.
`)).toBe('Ban Chấp hành Hội Nông dân xã Phước Hưng');
  });

  it('guard: a meeting reported below the opening is another body\'s', () => {
    expect(issuer(`1. Các chi hội vận động hội viên tham gia mô hình trồng rau sạch.

2. Thực hiện chỉ đạo tại hội nghị ngày 02/4/2025, Ủy ban nhân dân huyện Long Điền tổ chức hội nghị tập huấn cho nông dân về sản xuất an toàn.
`)).toBe(null);
  });
});

describe('"TM. ỦY BAN NHÂN DÂN" alone: its level from the superior it reports to, its place the one the text names', () => {
  it('"- UBND huyện (b/c)" and "xã Hòa Bắc" named once: the commune\'s committee', () => {
    expect(issuer(`1. Công an xã tăng cường tuần tra trên địa bàn xã Hòa Bắc vào ban đêm.

2. Trạm Y tế xã phun thuốc tại các thôn.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Tám
`)).toBe('UBND xã Hòa Bắc');
  });

  it('"- UBND tỉnh (b/c)" and "huyện Tuy Đức" named once: a district, another province', () => {
    expect(issuer(`1. Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn các xã trồng rừng thay thế trên địa bàn huyện Tuy Đức.

2. Hạt Kiểm lâm tăng cường tuần tra các tiểu khu giáp ranh.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
`)).toBe('UBND huyện Tuy Đức');
  });

  it('guard: "- UBND thành phố (b/c)" tells no level (a city of either level)', () => {
    expect(issuer(`1. Trạm Y tế phun thuốc diệt muỗi trên địa bàn phường Tứ Minh.

Nơi nhận:
- UBND thành phố (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
`)).toBe(null);
  });
});
