import { describe, expect, it } from 'vitest';
import { citedWithIssuers as cited, headed } from './docs.js';

/**
 * Citations and their relations from the misses of batch 29's first 42 documents moved to tune (2026-12-07
 * evening; docs/extraction-rounds.md, "Citations of batch 29's moved documents"), on short documents written
 * for this test, each with a variant in another province or another kind of body.
 */

const districtParty = headed({
  issuer: 'ĐẢNG BỘ TỈNH VĨNH LONG\nHUYỆN ỦY TAM BÌNH',
  number: '31-CTr/HU',
  placeDate: 'Tam Bình, ngày 12 tháng 4 năm 2024',
  kind: 'CHƯƠNG TRÌNH',
  title: 'Phát triển kinh tế - xã hội các xã khó khăn giai đoạn 2024 - 2025',
  rule: '*',
});

const districtControl = headed({
  issuer: 'HUYỆN ỦY KRÔNG NĂNG\nỦY BAN KIỂM TRA',
  number: '14-KH/UBKTHU',
  placeDate: 'Krông Năng, ngày 20 tháng 2 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Kiểm tra, giám sát việc quản lý, sử dụng đất đai năm 2024',
  rule: '*',
});

const districtPolice = headed({
  issuer: 'CÔNG AN TỈNH HÀ GIANG\nCÔNG AN HUYỆN VỊ XUYÊN',
  number: '36/KH-CAH',
  placeDate: 'Vị Xuyên, ngày 04 tháng 3 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Bảo đảm trật tự an toàn giao thông quý II năm 2024',
});

describe('a clause after a semicolon goes on with its statement: "…; thực hiện theo <document>" names the measure', () => {
  it('"Ủy ban Kiểm tra … kịp thời kiểm tra …; thực hiện theo Quy định số …" cites the rules', () => {
    expect(cited(districtControl(`III. NỘI DUNG
Ủy ban Kiểm tra Huyện ủy chủ động nắm tình hình, kịp thời kiểm tra khi tổ chức đảng, đảng viên có dấu hiệu vi phạm trong quản lý đất đai; thực hiện theo Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát.`))).toEqual([
      ['22-QĐ/TW', 'cites', 'Ban Chấp hành Trung ương'],
    ]);
  });

  it('a police plan\'s own work, wrapped after "theo": "Công an huyện … xử lý vi phạm; thực hiện theo" / "Kế hoạch số …"', () => {
    expect(cited(districtPolice(`II. NHIỆM VỤ
Công an huyện tuần tra trên Quốc lộ 2, xử lý nghiêm vi phạm nồng độ cồn; thực hiện theo
Kế hoạch số 118/KH-CAT ngày 12/02/2024 của Công an tỉnh về cao điểm bảo đảm trật tự an toàn giao thông.`))).toEqual([
      ['118/KH-CAT', 'cites', 'Công an tỉnh Hà Giang'],
    ]);
  });

  it('guard: "Thực hiện Kế hoạch số …; thực hiện theo Hướng dẫn số …, Công an huyện xây dựng …" carries both out', () => {
    expect(cited(districtPolice(`Thực hiện Kế hoạch số 118/KH-CAT ngày 12/02/2024 của Công an tỉnh về cao điểm bảo đảm trật tự an toàn giao thông; thực hiện theo Hướng dẫn số 07/HD-CAT ngày 15/02/2024 của Công an tỉnh, Công an huyện xây dựng Kế hoạch như sau:`))).toEqual([
      ['07/HD-CAT', 'implements', 'Công an tỉnh Hà Giang'],
      ['118/KH-CAT', 'implements', 'Công an tỉnh Hà Giang'],
    ]);
  });
});

const provinceNews = (body: string) => `Cổng Thông tin điện tử tỉnh Bình Phước > Tin tức

UBND tỉnh triển khai kế hoạch số hóa hồ sơ cấp xã

${body}
`;

describe('a semicolon joins a citation to the list of its own statement only', () => {
  it('"Kinh phí thực hiện theo Luật …; Quyết định số … vẫn giữ hiệu lực." in a news report: no list with a plan paragraphs before', () => {
    expect(cited(provinceNews(`Ngày 12/9/2025, UBND tỉnh ban hành Kế hoạch số 215/KH-UBND. Thực hiện Kế hoạch số 40-KH/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy Bình Phước, các xã, phường số hóa hồ sơ đất đai trong năm 2025.

Sở Khoa học và Công nghệ hướng dẫn các xã cài đặt phần mềm dùng chung.

Kinh phí thực hiện theo Luật Ngân sách nhà nước; Quyết định số 980/QĐ-UBND ngày 04/7/2025 của UBND tỉnh Bình Phước về danh mục dịch vụ công trực tuyến vẫn giữ hiệu lực.`))).toEqual([
      ['40-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Bình Phước'],
      ['980/QĐ-UBND', 'cites', 'UBND tỉnh Bình Phước'],
      ['Luật Ngân sách nhà nước', 'cites', null],
    ]);
  });

  it('in a Party control committee\'s plan: "Chi phí thực hiện theo dự toán được duyệt; Quyết định số … đã công khai."', () => {
    expect(cited(districtControl(`Thực hiện Kế hoạch số 05-KH/HU ngày 10/01/2024 của Ban Thường vụ Huyện ủy Krông Năng, Ủy ban Kiểm tra xây dựng kế hoạch kiểm tra năm 2024.

Chi phí thực hiện theo dự toán được duyệt; Quyết định số 120-QĐ/HU ngày 02/01/2024 của Ban Thường vụ Huyện ủy Krông Năng về phân bổ kinh phí đã được công khai.`))).toEqual([
      ['05-KH/HU', 'implements', 'Ban Thường vụ Huyện ủy Krông Năng'],
      ['120-QĐ/HU', 'cites', 'Ban Thường vụ Huyện ủy Krông Năng'],
    ]);
  });

  it('guard: "Căn cứ Nghị định số …; Thông tư số … hướng dẫn …" stays one list of grounds', () => {
    expect(cited(districtPolice(`Căn cứ Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông; Thông tư số 32/2023/TT-BCA ngày 01/8/2023 của Bộ Công an quy định nhiệm vụ tuần tra, kiểm soát, Công an huyện xây dựng Kế hoạch như sau:`))).toEqual([
      ['100/2019/NĐ-CP', 'basis', 'Chính phủ'],
      ['32/2023/TT-BCA', 'basis', 'Bộ Công an'],
    ]);
  });
});

const communeState = headed({
  issuer: 'ỦY BAN NHÂN DÂN HUYỆN CẦN GIUỘC\nỦY BAN NHÂN DÂN XÃ PHƯỚC LÝ',
  number: '52/KH-UBND',
  placeDate: 'Phước Lý, ngày 02 tháng 3 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Triển khai Đề án 06 trên địa bàn xã năm 2024',
});

describe('a project named by its number is not the decision of that number that approved it', () => {
  it('"Kế hoạch … trên cơ sở Kế hoạch số … về triển khai Đề án 06 (… phê duyệt tại Quyết định số 06/QĐ-TTg …)": the decision cites', () => {
    expect(cited(communeState(`1. Công an xã chủ trì làm sạch dữ liệu dân cư.

Kế hoạch này được xây dựng trên cơ sở Kế hoạch số 71/KH-UBND ngày 15/02/2024 của Ủy ban nhân dân huyện Cần Giuộc về triển khai Đề án 06 năm 2024 (Đề án được phê duyệt tại Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ).

Trên đây là Kế hoạch triển khai Đề án 06 năm 2024 của Ủy ban nhân dân xã Phước Lý.`))).toEqual([
      ['06/QĐ-TTg', 'cites', 'Thủ tướng Chính phủ'],
      ['71/KH-UBND', 'basis', 'UBND huyện Cần Giuộc'],
    ]);
  });

  it('in a Party programme: "Chương trình 135" after "Quyết định số 135/1998/QĐ-TTg" is the programme, not the decision', () => {
    expect(cited(districtParty(`Căn cứ Quyết định số 135/1998/QĐ-TTg ngày 31/7/1998 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển kinh tế - xã hội các xã đặc biệt khó khăn; Kế hoạch số 12-KH/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy về triển khai Chương trình 135 giai đoạn mới, Ban Thường vụ Huyện ủy ban hành Chương trình như sau:

Các chi bộ thôn vận động nhân dân tham gia. Ban Thường vụ Huyện ủy thực hiện Chương trình 135 gắn với xây dựng nông thôn mới.`))).toEqual([
      ['12-KH/TU', 'basis', 'Ban Thường vụ Tỉnh ủy Vĩnh Long'],
      ['135/1998/QĐ-TTg', 'basis', 'Thủ tướng Chính phủ'],
    ]);
  });
});

const haiPhongDistrict = headed({
  issuer: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nHUYỆN ỦY TIÊN LÃNG',
  number: '19-CT/HU',
  placeDate: 'Tiên Lãng, ngày 20 tháng 8 năm 2024',
  kind: 'CHỈ THỊ',
  title: 'về lãnh đạo đại hội chi bộ trực thuộc, nhiệm kỳ 2025 - 2027',
  rule: '*',
});

const haiPhongWard = headed({
  issuer: 'HỘI LHPN HUYỆN THỦY NGUYÊN\nBAN THƯỜNG VỤ',
  number: '88/KH-HPN',
  placeDate: 'Thủy Nguyên, ngày 02 tháng 4 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Ra quân tổng vệ sinh môi trường năm 2024',
});

describe('a comma that opens the main clause ends the issuer read before it', () => {
  it('"… của Ban Thường vụ Thành ủy Hải Phòng, Ban Thường vụ Huyện ủy chỉ thị …": the city\'s name whole', () => {
    expect(cited(haiPhongDistrict(`Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp; Kế hoạch số 241-KH/TU ngày 02/8/2024 của Ban Thường vụ Thành ủy Hải Phòng, Ban Thường vụ Huyện ủy chỉ thị như sau:`))).toEqual([
      ['241-KH/TU', 'implements', 'Ban Thường vụ Thành ủy Hải Phòng'],
      ['35-CT/TW', 'implements', 'Bộ Chính trị'],
    ]);
  });

  it('a Women\'s Union plan: "… Kế hoạch số … của Ủy ban nhân dân thành phố Hải Phòng, Ban Thường vụ Hội … xây dựng …"', () => {
    expect(cited(haiPhongWard(`Thực hiện Kế hoạch số 64/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân thành phố Hải Phòng, Ban Thường vụ Hội Liên hiệp Phụ nữ huyện xây dựng Kế hoạch như sau:`))).toEqual([
      ['64/KH-UBND', 'implements', 'UBND Thành phố Hải Phòng'],
    ]);
  });

  it('guard: a ministry whose name holds a comma, "Bộ Lao động, Thương binh và Xã hội", is read whole', () => {
    expect(cited(haiPhongWard(`Thực hiện Thông tư số 07/2024/TT-BLĐTBXH ngày 10/3/2024 của Bộ Lao động, Thương binh và Xã hội, Ban Thường vụ Hội Liên hiệp Phụ nữ huyện xây dựng Kế hoạch như sau:`))).toEqual([
      ['07/2024/TT-BLĐTBXH', 'implements', 'Bộ Lao động Thương binh và Xã hội'],
    ]);
  });
});

const borderNews = (body: string) => `Báo Biên phòng > Quốc phòng - An ninh

Biên phòng Kiên Giang ra quân chống khai thác hải sản trái phép

${body}
`;

describe('a military body\'s two-word head alone after "của" is the body named in full just before', () => {
  it('"… báo cáo Bộ Tư lệnh Bộ đội Biên phòng theo Kế hoạch số … của Bộ Tư lệnh."', () => {
    expect(cited(borderNews(`Đợt cao điểm kéo dài đến hết tháng 6/2024; kết quả được báo cáo Bộ Tư lệnh Bộ đội Biên phòng theo Kế hoạch số 311/KH-BTL ngày 05/3/2024 của Bộ Tư lệnh.`))).toEqual([
      ['311/KH-BTL', 'cites', 'Bộ Tư lệnh Bộ đội Biên phòng'],
    ]);
  });

  it('a district plan: "… Bộ Chỉ huy Quân sự tỉnh Sơn La … theo Hướng dẫn số … của Bộ Chỉ huy."', () => {
    expect(cited(districtPolice(`II. NHIỆM VỤ
Ban Chỉ huy Quân sự huyện phối hợp với Bộ Chỉ huy Quân sự tỉnh Sơn La tổ chức diễn tập khu vực phòng thủ theo Hướng dẫn số 45/HD-BCH ngày 10/01/2024 của Bộ Chỉ huy.`))).toEqual([
      ['45/HD-BCH', 'cites', 'Bộ Chỉ huy Quân sự tỉnh Sơn La'],
    ]);
  });
});

describe('the document itself, carried out under another: "<Kế hoạch> này được triển khai thực hiện theo <document>"', () => {
  it('a police plan: "Kế hoạch này được triển khai thực hiện theo Kế hoạch số … của Công an tỉnh …" implements it', () => {
    expect(cited(districtPolice(`IV. TỔ CHỨC THỰC HIỆN
Kế hoạch này được triển khai thực hiện theo Kế hoạch số 118/KH-CAT ngày 12/02/2024 của Công an tỉnh về cao điểm bảo đảm trật tự an toàn giao thông. Các đội nghiệp vụ báo cáo kết quả trước ngày 25 hằng tháng.`))).toEqual([
      ['118/KH-CAT', 'implements', 'Công an tỉnh Hà Giang'],
    ]);
  });

  it('a Party programme: "Chương trình này được tổ chức thực hiện theo Kế hoạch số … của Ban Thường vụ Tỉnh ủy"', () => {
    expect(cited(districtParty(`III. TỔ CHỨC THỰC HIỆN
Chương trình này được tổ chức thực hiện theo Kế hoạch số 12-KH/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy về phát triển các xã khó khăn.`))).toEqual([
      ['12-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Vĩnh Long'],
    ]);
  });

  it('guard: "Kinh phí thực hiện Kế hoạch này được bố trí theo Quyết định số …" names the measure', () => {
    expect(cited(districtPolice(`IV. KINH PHÍ
Kinh phí thực hiện Kế hoạch này được bố trí theo Quyết định số 215/QĐ-UBND ngày 10/01/2024 của UBND tỉnh Hà Giang.`))).toEqual([
      ['215/QĐ-UBND', 'cites', 'UBND tỉnh Hà Giang'],
    ]);
  });
});

const borderPost = headed({
  issuer: 'BỘ CHỈ HUY BĐBP TỈNH AN GIANG\nĐỒN BIÊN PHÒNG VĨNH XƯƠNG',
  number: '21/KH-ĐBP',
  placeDate: 'Tân Châu, ngày 05 tháng 12 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Cao điểm đấu tranh phòng, chống buôn lậu dịp Tết Nguyên đán Ất Tỵ 2025',
});

describe('a military order ("Mệnh lệnh số …/ML-…") is a document a list may name', () => {
  it('"Kế hoạch này thực hiện Kế hoạch số … và" / "Mệnh lệnh số …/ML-BTL của …": both carried out', () => {
    expect(cited(borderPost(`Kế hoạch này thực hiện Kế hoạch số 52/KH-BCH ngày 28/11/2024 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang và
Mệnh lệnh số 1815/ML-BTL ngày 20/11/2024 của Bộ Tư lệnh Bộ đội Biên phòng về cao điểm tấn công, trấn áp tội phạm dịp Tết.`)).map((c) => [c[0], c[1]])).toEqual([
      ['1815/ML-BTL', 'implements'],
      ['52/KH-BCH', 'implements'],
    ]);
  });

  it('a district police plan: "Thực hiện Chỉ thị số … của UBND tỉnh và Mệnh lệnh số …/ML-BCH của Bộ Chỉ huy Quân sự tỉnh …"', () => {
    expect(cited(districtPolice(`Thực hiện Chỉ thị số 05/CT-UBND ngày 20/02/2024 của UBND tỉnh Hà Giang về công tác quốc phòng địa phương và Mệnh lệnh số 07/ML-BCH ngày 02/3/2024 của Bộ Chỉ huy Quân sự tỉnh về huấn luyện dân quân tự vệ, Công an huyện phối hợp như sau:`)).map((c) => [c[0], c[1]])).toEqual([
      ['05/CT-UBND', 'implements'],
      ['07/ML-BCH', 'implements'],
    ]);
  });
});

const districtDisaster = headed({
  issuer: 'UBND HUYỆN KIẾN THỤY\nBAN CHỈ HUY PCTT VÀ TKCN',
  number: '12/PA-BCH',
  placeDate: 'Kiến Thụy, ngày 10 tháng 5 năm 2024',
  kind: 'PHƯƠNG ÁN',
  title: 'Ứng phó với bão mạnh, siêu bão năm 2024',
});

describe('an amending Law\'s name wrapped after "của Luật" is one name', () => {
  it('"Luật sửa đổi, bổ sung một số điều của Luật" / "Phòng, chống thiên tai và Luật Đê điều năm 2020;": one Law, no second', () => {
    expect(cited(districtDisaster(`Căn cứ Luật Phòng, chống thiên tai năm 2013; Luật sửa đổi, bổ sung một số điều của Luật
Phòng, chống thiên tai và Luật Đê điều năm 2020;
Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện xây dựng Phương án như sau:`))).toEqual([
      ['Luật Phòng, chống thiên tai năm 2013', 'basis', null],
      ['Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều năm 2020', 'basis', null],
    ]);
  });

  it('a district police plan: "… của Luật" / "Cư trú và Luật Căn cước …" named in a task', () => {
    expect(cited(districtPolice(`II. NHIỆM VỤ
Công an huyện tuyên truyền Luật sửa đổi, bổ sung một số điều của Luật
Cư trú và Luật Căn cước đến từng hộ gia đình.`))).toEqual([
      ['Luật sửa đổi, bổ sung một số điều của Luật Cư trú và Luật Căn cước', 'cites', null],
    ]);
  });
});
