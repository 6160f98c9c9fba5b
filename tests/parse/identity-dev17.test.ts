import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity from the misses of batch 26's 28 documents moved to tune (2026-12-07 night;
 * docs/extraction-rounds.md, "Round on batch 26's moved documents"): each case one structure of a
 * headless fragment or a news lead, on short documents written for this test, with a variant in
 * another province or another kind of body, and a guard where the rule has an edge.
 */
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, type: r.docType, date: r.issuedOn, issuer: r.issuer?.name ?? null };
};

describe('a fragment telling its superior\'s document, then carrying it out with no subject ("Để triển khai Kế hoạch của <sender>, đề ra …")', () => {
  it('a commune Party committee under a district\'s standing committee, the committee named as it hands out work', () => {
    expect(identity(`Ngày 12/3/2024, Ban Thường vụ Huyện ủy Yên Thành ban hành Kế hoạch số 88-KH/HU về phát triển kinh tế trang trại giai đoạn 2024 - 2026. Để triển khai thực hiện Kế hoạch của Ban Thường vụ Huyện ủy, đề ra các nhiệm vụ cụ thể như sau:

1. Nhiệm vụ
Đảng ủy xã Công Thành giao Ủy ban nhân dân xã rà soát quỹ đất bãi bồi ven sông để giao cho các hộ làm trang trại.

Hội Nông dân xã vận động hội viên liên kết sản xuất theo chuỗi.

2. Tổ chức thực hiện
Văn phòng Đảng ủy theo dõi, báo cáo kết quả về Ban Thường vụ Huyện ủy./.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Trần Văn Hùng
`)).toMatchObject({ number: null, date: null, issuer: 'Ban Thường vụ Đảng ủy xã Công Thành' });
  });

  it('a ward people\'s committee under a province\'s, the sender named again without its place', () => {
    expect(identity(`Ngày 05/8/2025, Ủy ban nhân dân tỉnh Đồng Nai ban hành Kế hoạch số 215/KH-UBND về bảo đảm trật tự lòng đường, vỉa hè. Để triển khai thực hiện Kế hoạch của Ủy ban nhân dân tỉnh, xây dựng các nội dung sau:

Ủy ban nhân dân phường Trấn Biên giao Công an phường lập tổ kiểm tra liên ngành trên các tuyến đường chính.

Các khu phố vận động hộ kinh doanh không lấn chiếm vỉa hè.
`)).toMatchObject({ number: null, date: null, issuer: 'UBND phường Trấn Biên' });
  });

  it('guard: a news article whose next sentence names who carries the plan out keeps the plan it reports', () => {
    expect(identity(`Cập nhật: 14/3/2024 08:00

Yên Thành phát triển trang trại

Ngày 12/3/2024, Ban Thường vụ Huyện ủy Yên Thành ban hành Kế hoạch số 88-KH/HU về phát triển kinh tế trang trại giai đoạn 2024 - 2026. Kế hoạch đặt mục tiêu có thêm 40 trang trại.
`)).toEqual({ number: '88-KH/HU', type: 'Kế hoạch', date: '2024-03-12', issuer: 'Ban Thường vụ Huyện ủy Yên Thành' });
  });
});

describe('a named body handing a unit its work ("X giao <unit> <verb> …") speaks as the issuer', () => {
  it('a district police fragment: "Công an huyện X giao Đội … rà soát …" in a paragraph of its own', () => {
    expect(identity(`II. NHIỆM VỤ

Công an huyện Quảng Xương giao Đội Cảnh sát giao thông - Trật tự lập chốt kiểm soát nồng độ cồn tại ngã ba Voi trong các ngày lễ.

Công an các xã nắm tình hình, vận động người dân không lái xe sau khi uống rượu, bia.
`).issuer).toBe('Công an huyện Quảng Xương');
  });

  it('guard: "giao nhiệm vụ" names no unit working, and gives no issuer', () => {
    expect(identity(`1. Nhiệm vụ
Đảng ủy xã Công Thành giao nhiệm vụ cho các chi bộ rà soát quỹ đất bãi bồi.

2. Các chi bộ báo cáo kết quả hằng quý.
`).issuer).toBeNull();
  });
});

describe('a partner after "phối hợp với" is no subject of the verb that follows it', () => {
  it('a commune\'s plan: "UBND xã chủ trì, phối hợp với Trường … xây dựng …" leaves the closing to name the issuer', () => {
    expect(identity(`2. Nhiệm vụ cụ thể

Ủy ban nhân dân xã chủ trì, phối hợp với Trường Tiểu học Nghĩa Lâm xây dựng phương án đưa đón học sinh qua đoạn đường lũ.

Công an xã bố trí lực lượng tại các ngầm tràn khi mưa lớn.

Trên đây là Kế hoạch phòng, chống đuối nước cho học sinh năm 2024 của Ủy ban nhân dân xã Nghĩa Lâm. Đề nghị các thôn nghiêm túc thực hiện./.
`)).toMatchObject({ type: 'Kế hoạch', issuer: 'UBND xã Nghĩa Lâm' });
  });

  it('a ward\'s association: "Hội Cựu chiến binh phường phối hợp với Đoàn Thanh niên phường Tân An xây dựng …"', () => {
    expect(identity(`III. TỔ CHỨC THỰC HIỆN

Hội Cựu chiến binh phường phối hợp với Đoàn Thanh niên phường Tân An xây dựng chương trình kể chuyện truyền thống cho đoàn viên.

Trên đây là Kế hoạch kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam của Hội Cựu chiến binh phường Tân An. Đề nghị các chi hội triển khai thực hiện./.
`).issuer).toBe('Hội Cựu chiến binh phường Tân An');
  });
});

describe('a closing statement naming its owner right after the type word, then what it carries out ("Trên đây là Kế hoạch của X thực hiện Kế hoạch số … của Y")', () => {
  it('a commune Party committee carrying out its district\'s plan', () => {
    expect(identity(`3. Tổ chức thực hiện

Các chi bộ thôn đưa nội dung này vào sinh hoạt chi bộ thường kỳ.

Trên đây là Kế hoạch của Ban Thường vụ Đảng ủy xã Hợp Thành thực hiện Kế hoạch số 77-KH/HU ngày 02/5/2024 của Ban Thường vụ Huyện ủy Sơn Dương về phòng, chống ma túy. Đề nghị các chi bộ nghiêm túc thực hiện./.
`)).toMatchObject({ number: null, type: 'Kế hoạch', issuer: 'Ban Thường vụ Đảng ủy xã Hợp Thành' });
  });

  it('a district health centre carrying out its department\'s guidance', () => {
    expect(identity(`II. TỔ CHỨC THỰC HIỆN

Các trạm y tế xã báo cáo số ca mắc hằng tuần.

Trên đây là Kế hoạch của Trung tâm Y tế huyện Krông Pắc triển khai Hướng dẫn số 12/HD-SYT ngày 04/6/2024 của Sở Y tế tỉnh Đắk Lắk về phòng, chống sốt xuất huyết. Đề nghị các trạm y tế triển khai thực hiện./.
`)).toMatchObject({ type: 'Kế hoạch', issuer: 'Trung tâm Y tế huyện Krông Pắc' });
  });

  it('guard: an owner with no place ("Tổ công tác triển khai Đề án …") is not cut at its verb', () => {
    expect(identity(`II. TỔ CHỨC THỰC HIỆN

Công an các xã rà soát dữ liệu dân cư.

Trên đây là Kế hoạch của Tổ công tác triển khai Đề án 06 nhằm cụ thể hóa Kế hoạch số 20/KH-TCT ngày 10/01/2025 của Tổ công tác tỉnh. Đề nghị các thành viên thực hiện./.
`).issuer).toBeNull();
  });
});

describe('"<Type> số … do <issuer> ký ban" / "hành ngày …": the issuing verb parted by a wrapped line', () => {
  it('a farmers\' association\'s plan in the second paragraph of a news article', () => {
    expect(identity(`Nông dân Phú Yên làm du lịch nông nghiệp
22/05/2024 10:15

BPY - Năm 2024, Hội Nông dân tỉnh đặt mục tiêu có 12 mô hình du lịch nông nghiệp do hội viên làm chủ.

Mục tiêu trên được nêu trong Kế hoạch số 64-KH/HNDT do Ban Thường vụ Hội Nông dân tỉnh Phú Yên ký ban
hành ngày 16/5/2024 nhằm hỗ trợ hội viên phát triển sinh kế.
`)).toEqual({ number: '64-KH/HNDT', type: 'Kế hoạch', date: '2024-05-16', issuer: 'Ban Thường vụ Hội Nông dân tỉnh Phú Yên' });
  });

  it('a district people\'s committee\'s decision, "vừa" before the wrap', () => {
    expect(identity(`Cập nhật: 09/10/2024 15:40

Chợ Mới hỗ trợ hộ nuôi cá lồng

Quyết định số 3120/QĐ-UBND do UBND huyện Chợ Mới vừa
ban hành ngày 7/10/2024 hỗ trợ 150 hộ nuôi cá lồng bị thiệt hại do lũ.
`)).toEqual({ number: '3120/QĐ-UBND', type: 'Quyết định', date: '2024-10-07', issuer: 'UBND huyện Chợ Mới' });
  });
});

describe('"<Type> số … ký ngày …": the date after the signing verb is the document\'s', () => {
  it('a Front committee\'s guidance a news article gives in its second paragraph', () => {
    expect(identity(`Hoạt động Mặt trận | 12/06/2025

Bình Phước chuẩn bị Tháng hành động vì người nghèo

Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Phước vừa có văn bản hướng dẫn các huyện tổ chức Tháng hành động vì người nghèo.

Theo Hướng dẫn số 21/HD-MTTQ-BTT ký ngày 10/6/2025, các huyện hoàn thành rà soát hộ nghèo trước ngày 30/6/2025.
`)).toMatchObject({ number: '21/HD-MTTQ-BTT', type: 'Hướng dẫn', date: '2025-06-10' });
  });

  it('a provincial department\'s letter: "Công văn số … ban hành ngày …"', () => {
    expect(identity(`Cập nhật: 20/8/2024 08:30

Sở Y tế Nghệ An vừa có văn bản gửi các bệnh viện về phòng, chống sốt xuất huyết.

Theo Công văn số 2650/SYT-NVY ban hành ngày 19/8/2024, các bệnh viện bố trí khu điều trị riêng.
`)).toMatchObject({ number: '2650/SYT-NVY', type: 'Công văn', date: '2024-08-19', issuer: 'Sở Y tế tỉnh Nghệ An' });
  });
});

describe('a subject of every body of a level ("Công an các phường") is no issuer; a head\'s post beside the recipients signs', () => {
  it('guard: "…, Công an các xã triển khai nghiêm túc Kế hoạch này" gives no issuer', () => {
    expect(identity(`III. TỔ CHỨC THỰC HIỆN
Các đội nghiệp vụ, Công an các xã triển khai nghiêm túc Kế hoạch này; báo cáo kết quả hằng tuần.
`).issuer).toBeNull();
  });

  it('a district police plan: "TRƯỞNG CÔNG AN HUYỆN" in the right-hand column of the recipients, the place from the body', () => {
    expect(identity(`IV. TỔ CHỨC THỰC HIỆN
Các đội nghiệp vụ, Công an các xã triển khai nghiêm túc Kế hoạch này; báo cáo kết quả về Công an huyện Hải Hậu trước 17 giờ hằng ngày./.

Nơi nhận:                                         TRƯỞNG CÔNG AN HUYỆN
- Công an tỉnh (b/c);
- Các đội nghiệp vụ;                              Thượng tá Vũ Văn Thành
- Lưu: VT.
`).issuer).toBe('Công an huyện Hải Hậu');
  });

  it('a district military command: "CHỈ HUY TRƯỞNG" beside the recipients', () => {
    expect(identity(`III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị thực hiện nghiêm túc Kế hoạch này; báo cáo kết quả về Ban Chỉ huy Quân sự huyện Đông Sơn trước ngày 15/12/2024./.

Nơi nhận:                                         CHỈ HUY TRƯỞNG BAN CHỈ HUY QUÂN SỰ HUYỆN
- Bộ CHQS tỉnh (b/c);
- Lưu: VT.                                        Thượng tá Lê Văn Tâm
`).issuer).toBe('Ban Chỉ huy Quân sự huyện Đông Sơn');
  });
});

describe('a portal\'s name and a section line in mixed case above the header ("CỔNG THÔNG TIN ĐIỆN TỬ …" / "Văn bản Huyện ủy")', () => {
  it('a district Party committee\'s plan copied from its portal', () => {
    expect(identity(`CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO LẠC
Văn bản Huyện ủy
ĐẢNG BỘ TỈNH CAO BẰNG
HUYỆN ỦY BẢO LẠC
*
Số 64-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Bảo Lạc, ngày 08 tháng 4 năm 2024
KẾ HOẠCH
phát triển chăn nuôi đại gia súc năm 2024
-----
Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:
1. Các đảng ủy xã lãnh đạo rà soát đàn trâu, bò.
`)).toEqual({ number: '64-KH/HU', type: 'Kế hoạch', date: '2024-04-08', issuer: 'Huyện ủy Bảo Lạc' });
  });

  it('a commune people\'s committee\'s plan under a page\'s "Tin tức sự kiện"', () => {
    expect(identity(`TRANG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG ĐÔNG
Tin tức sự kiện
ỦY BAN NHÂN DÂN
XÃ QUẢNG ĐÔNG
Số: 52/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Quảng Đông, ngày 10 tháng 6 năm 2024
KẾ HOẠCH
phòng, chống đuối nước trẻ em hè năm 2024
1. Trường Tiểu học xã tổ chức dạy bơi cho học sinh.
`)).toMatchObject({ number: '52/KH-UBND', type: 'Kế hoạch', date: '2024-06-10' });
  });
});
