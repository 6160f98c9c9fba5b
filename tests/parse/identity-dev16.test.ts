import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity from the misses of batch 25's headless fragments and news reports moved to
 * tune (f212–f217, n146–n149; docs/extraction-rounds.md, "Round on batch 25's headless and news
 * documents"): each case one structure, on short documents written for this test, with a variant in
 * another province or another kind of body, and a guard where the rule has an edge.
 */
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, type: r.docType, date: r.issuedOn, issuer: r.issuer?.name ?? null };
};

describe('a news lead signing a document without its number outranks one of another type announced below it', () => {
  it('a chairman\'s telegram in the lead, an older plan "dù UBND tỉnh đã có Kế hoạch số …" in the next paragraph, the number in brackets later', () => {
    expect(identity(`Lào Cai: Chủ động ứng phó mưa lũ cuối mùa

Cập nhật lúc 08:15, thứ Hai, 14/10/2024

(Baolaocai.vn) - Trước nguy cơ sạt lở đất ở các huyện vùng cao, ngày 12/10, Chủ tịch UBND tỉnh đã ký công điện khẩn yêu cầu các địa phương sơ tán dân khỏi vùng nguy hiểm.

Năm 2023, mưa lũ làm 12 ngôi nhà bị cuốn trôi, dù UBND tỉnh đã có Kế hoạch số 88/KH-UBND ngày 02/4/2023 về phòng, chống thiên tai.

Công điện (số 09/CĐ-UBND) giao Sở Nông nghiệp và Phát triển nông thôn theo dõi chặt chẽ diễn biến mưa lũ.
`)).toEqual({ number: '09/CĐ-UBND', type: 'Công điện', date: '2024-10-12', issuer: 'UBND tỉnh Lào Cai' });
  });

  it('a district\'s directive signed by its chairman, a resolution of the council told below; no number given', () => {
    expect(identity(`BÁO THANH HÓA
Xã hội | 05/11/2024 10:20

Nga Sơn siết chặt quản lý khai thác cát

Ngày 4/11, Chủ tịch UBND huyện Nga Sơn đã ký Chỉ thị yêu cầu các xã ven sông chấm dứt khai thác cát trái phép.

Từ năm 2022, HĐND huyện đã ban hành Nghị quyết số 15/NQ-HĐND về quản lý tài nguyên khoáng sản.
`)).toEqual({ number: null, type: 'Chỉ thị', date: '2024-11-04', issuer: 'UBND huyện Nga Sơn' });
  });

  it('guard: the same type announced below with its number is the lead\'s own', () => {
    expect(identity(`BÁO THANH HÓA
Xã hội | 05/11/2024 10:20

Nga Sơn siết chặt quản lý khai thác cát

Ngày 4/11, Chủ tịch UBND huyện Nga Sơn đã ký Chỉ thị yêu cầu các xã ven sông chấm dứt khai thác cát trái phép.

Theo đó, UBND huyện ban hành Chỉ thị số 07/CT-UBND ngày 4/11/2024 giao Công an huyện tuần tra trên sông.
`)).toMatchObject({ number: '07/CT-UBND', type: 'Chỉ thị', date: '2024-11-04' });
  });
});

describe('a numbered document in a news lead outranks one announced in a recalled paragraph ("Trước đó, …")', () => {
  it('a district Party committee\'s notice of conclusions, its issuer the holder of the meeting it concludes', () => {
    expect(identity(`BÁO BẮC GIANG
Xây dựng Đảng | 20/05/2024 - 08:00

Yên Dũng: hoàn thành giải phóng mặt bằng khu công nghiệp trước tháng 7

Trước ngày 30/6/2024, các xã phải bàn giao toàn bộ mặt bằng còn lại. Yêu cầu này được nêu tại Thông báo kết luận số 205-TB/HU ngày 16/5/2024, sau buổi làm việc của Thường trực Huyện ủy Yên Dũng với các xã.

UBND huyện chủ trì rà soát từng hộ chưa nhận tiền bồi thường.

Trước đó, ngày 02/5, Ban Thường vụ Tỉnh ủy đã có Kết luận số 71-KL/TU về tiến độ các khu công nghiệp.
`)).toEqual({ number: '205-TB/HU', type: 'Thông báo kết luận', date: '2024-05-16', issuer: 'Thường trực Huyện ủy Yên Dũng' });
  });

  it('a ward\'s plan in the lead, a city\'s directive recalled: the issuer from the body\'s sentence', () => {
    expect(identity(`Cập nhật: 11/04/2024 15:40

Phường Hòa Khánh Bắc ra quân làm sạch kênh thoát nước

Các tổ dân phố phải nạo vét xong kênh trước mùa mưa theo Kế hoạch số 46/KH-UBND ngày 08/4/2024 về vệ sinh môi trường.

UBND phường Hòa Khánh Bắc yêu cầu các tổ dân phố huy động người dân tham gia.

Trước đó, UBND thành phố đã ban hành Chỉ thị số 03/CT-UBND về phòng, chống ngập úng.
`)).toEqual({ number: '46/KH-UBND', type: 'Kế hoạch', date: '2024-04-08', issuer: 'UBND phường Hòa Khánh Bắc' });
  });

  it('guard: a document the lead carries out ("Thực hiện …") leaves the recalled announcement', () => {
    expect(identity(`Cập nhật: 11/04/2024 15:40

Phường Hòa Khánh Bắc ra quân làm sạch kênh thoát nước

Thực hiện Chỉ thị số 03/CT-UBND ngày 01/4/2024, các tổ dân phố phải nạo vét xong kênh trước mùa mưa.

Trước đó, UBND phường Hòa Khánh Bắc đã ban hành Kế hoạch số 46/KH-UBND về vệ sinh môi trường.
`)).toMatchObject({ number: '46/KH-UBND', type: 'Kế hoạch' });
  });
});

describe('a news headline\'s place under a portal\'s name in capitals and a dateline of its own', () => {
  it('a city\'s telegram, "Chủ tịch UBND thành phố" without its name: the headline\'s "Cần Thơ:" under three lines of portal', () => {
    expect(identity(`CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Tin tức
15/10/2024 09:30

Cần Thơ: khẩn trương gia cố bờ bao trước đỉnh triều cường

Sáng 15/10, Chủ tịch UBND thành phố đã ký Công điện số 07/CĐ-UBND yêu cầu các quận, huyện gia cố bờ bao xung yếu.

Các địa phương phải báo cáo kết quả trước ngày 20/10.
`)).toEqual({ number: '07/CĐ-UBND', type: 'Công điện', date: '2024-10-15', issuer: 'UBND Thành phố Cần Thơ' });
  });

  it('a province\'s directive, the dateline with its weekday: "Thứ Ba, 12/03/2024 - 10:20"', () => {
    expect(identity(`BÁO ĐIỆN TỬ TỈNH NINH THUẬN
Thời sự
Thứ Ba, 12/03/2024 - 10:20

Ninh Thuận: siết chặt quản lý tàu cá ra vào cảng

Ngày 11/3, UBND tỉnh đã ban hành Chỉ thị số 04/CT-UBND về chống khai thác hải sản bất hợp pháp.

Các xã ven biển phải lập danh sách tàu cá trước ngày 31/3.
`)).toEqual({ number: '04/CT-UBND', type: 'Chỉ thị', date: '2024-03-11', issuer: 'UBND tỉnh Ninh Thuận' });
  });
});

describe('a news lead reporting an unnumbered document in the passive, its agent the issuer', () => {
  it('a district farmers\' union\'s plan: "… của kế hoạch vừa được Ban Thường vụ Hội Nông dân huyện ban hành ngày 5/4"', () => {
    expect(identity(`Định Hóa: hội viên góp sức xây dựng chuỗi chè sạch

08/04/2024 09:15 | Nông nghiệp

Đến cuối năm 2024, mỗi xã có ít nhất một tổ hợp tác sản xuất chè an toàn. Đây là chỉ tiêu của kế hoạch vừa được Ban Thường vụ Hội Nông dân huyện Định Hóa ban hành ngày 5/4.

Hiện toàn huyện có 12 tổ hợp tác chè.
`)).toEqual({ number: null, type: 'Kế hoạch', date: '2024-04-05', issuer: 'Ban Thường vụ Hội Nông dân huyện Định Hóa' });
  });

  it('a commune\'s directive signed, no day after the verb: the day the lead opens on', () => {
    expect(identity(`Cập nhật: 21/06/2024 14:00

Xã Quảng Phú cấm đốt rơm rạ trên đồng

Ngày 20/6, chỉ thị về bảo vệ môi trường nông thôn đã được UBND xã Quảng Phú ký ban hành, giao các thôn ra quân thu gom rơm rạ.

Vụ trước, xã có 35 điểm đốt rơm rạ.
`)).toEqual({ number: null, type: 'Chỉ thị', date: '2024-06-20', issuer: 'UBND xã Quảng Phú' });
  });
});

describe('a headless fragment\'s closing "Trên đây là Kế hoạch <carrying out a document> năm 2024 của <owner>"', () => {
  it('a district women\'s union\'s yearly plan for a national scheme: the year before "của" is the plan\'s', () => {
    expect(identity(`3. Tổ chức thực hiện

Hội LHPN các xã, thị trấn tổ chức tuyên truyền về phòng, chống bạo lực gia đình ít nhất một lần mỗi quý.

Văn phòng Hội LHPN huyện tổng hợp kết quả, báo cáo trước ngày 15/12/2024.

Trên đây là Kế hoạch triển khai Đề án 939 năm 2024 của Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Tiên Yên; đề nghị các cơ sở hội nghiêm túc thực hiện./.
`)).toMatchObject({ type: 'Kế hoạch', issuer: 'Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Tiên Yên' });
  });

  it('a commune\'s plan for a period: "… Chỉ thị 12 giai đoạn 2024 - 2026 của UBND xã …"', () => {
    expect(identity(`II. TỔ CHỨC THỰC HIỆN

Công an xã chủ trì, phối hợp với các thôn lập danh sách hộ kinh doanh khí dầu mỏ hóa lỏng.

Trên đây là Kế hoạch thực hiện Chỉ thị 12 giai đoạn 2024 - 2026 của UBND xã Hòa Tiến, huyện Hòa Vang; yêu cầu các ban, ngành triển khai thực hiện./.
`)).toMatchObject({ type: 'Kế hoạch', issuer: 'UBND xã Hòa Tiến' });
  });

  it('guard: a document named by its number before "của" keeps "của" its own', () => {
    expect(identity(`II. TỔ CHỨC THỰC HIỆN

Công an xã chủ trì, phối hợp với các thôn lập danh sách hộ kinh doanh khí dầu mỏ hóa lỏng.

Trên đây là Kế hoạch thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Thành ủy Đà Nẵng; yêu cầu các ban, ngành triển khai thực hiện./.
`).issuer).not.toBe('Ban Thường vụ Thành ủy Đà Nẵng');
  });
});
