import { describe, expect, it } from 'vitest';
import { citedWithIssuers as cited, headed } from './docs.js';

/**
 * Citations and their relations from the misses of batch 28's 28 documents moved to tune (2026-12-07;
 * docs/extraction-rounds.md, "Citations of batch 28's moved documents"), on short documents written for
 * this test, each with a variant in another province or another kind of body.
 */

const communeState = headed({
  issuer: 'ỦY BAN NHÂN DÂN THỊ XÃ ĐIỆN BÀN\nỦY BAN NHÂN DÂN XÃ ĐIỆN PHƯỚC',
  number: '41/KH-UBND',
  placeDate: 'Điện Phước, ngày 25 tháng 3 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Phát triển làng nghề gốm gắn với du lịch năm 2024',
});

const districtParty = headed({
  issuer: 'ĐẢNG BỘ TỈNH THÁI NGUYÊN\nHUYỆN ỦY ĐỊNH HÓA',
  number: '72-KH/HU',
  placeDate: 'Định Hóa, ngày 08 tháng 5 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Bảo đảm an ninh, trật tự tại các điểm du lịch',
  rule: '*',
});

const wardParty = headed({
  issuer: 'ĐẢNG BỘ QUẬN NGŨ HÀNH SƠN\nĐẢNG ỦY PHƯỜNG MỸ AN',
  number: '210-TB/ĐU',
  placeDate: 'Mỹ An, ngày 15 tháng 6 năm 2024',
  kind: 'THÔNG BÁO',
  title: 'Kết luận của Ban Thường vụ Đảng ủy phường về trật tự đô thị',
  rule: '*',
});

const wardState = headed({
  issuer: 'ỦY BAN NHÂN DÂN QUẬN NGŨ HÀNH SƠN\nỦY BAN NHÂN DÂN PHƯỜNG MỸ AN',
  number: '95/KH-UBND',
  placeDate: 'Mỹ An, ngày 20 tháng 3 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Phòng, chống sốt xuất huyết năm 2024',
});

const communeParty = headed({
  issuer: 'ĐẢNG BỘ HUYỆN GIA LÂM\nĐẢNG ỦY XÃ KIM SƠN',
  number: '20-KH/ĐU',
  placeDate: 'Kim Sơn, ngày 10 tháng 11 năm 2020',
  kind: 'KẾ HOẠCH',
  title: 'Nhiệm vụ trọng tâm năm 2021',
  rule: '*',
});

describe('a subject that runs to the next number through "và <instruction> của <giver> tại" is two items of one list', () => {
  it('"… gắn với du lịch và chỉ đạo của UBND thị xã tại Công văn số …": the letter is carried out with the resolution', () => {
    expect(cited(communeState(`Thực hiện Nghị quyết số 07-NQ/ĐU ngày 12/3/2024 của Ban Chấp hành Đảng bộ xã Điện Phước về phát triển làng nghề gắn với du lịch và chỉ đạo của Ủy ban nhân dân thị xã Điện Bàn tại Công văn số 845/UBND-KT ngày 20/3/2024, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

1. Các thôn rà soát hộ làm gốm.`))).toEqual([
      ['07-NQ/ĐU', 'implements', 'Ban Chấp hành Đảng bộ xã Điện Phước'],
      ['845/UBND-KT', 'implements', 'UBND thị xã Điện Bàn'],
    ]);
  });

  it('"… so với yêu cầu mới và ý kiến kết luận của Thường trực Huyện ủy tại Thông báo số …" in a Party plan', () => {
    expect(cited(districtParty(`Quán triệt Chỉ thị số 05-CT/TU ngày 15/01/2024 của Ban Thường vụ Tỉnh ủy về bảo đảm an ninh nông thôn so với yêu cầu mới và ý kiến kết luận của Thường trực Huyện ủy tại Thông báo số 112-TB/HU ngày 02/5/2024, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

1. Công an huyện tăng cường tuần tra.`))).toEqual([
      ['05-CT/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Thái Nguyên'],
      ['112-TB/HU', 'implements', 'Thường trực Huyện ủy Định Hóa'],
    ]);
  });
});

describe('the carrying out as the object of a verb that looks back on work is reviewed, not done', () => {
  it('"Thường trực Huyện ủy đánh giá việc triển khai Kế hoạch số … còn chậm" cites the plan', () => {
    expect(cited(districtParty(`Ngày 02/5/2024, Thường trực Huyện ủy họp với các xã có điểm du lịch. Tại cuộc họp, Thường trực Huyện ủy đánh giá việc triển khai Kế hoạch số 45-KH/TU ngày 10/3/2023 của Ban Thường vụ Tỉnh ủy về phát triển du lịch cộng đồng còn chậm, một số xã chưa quyết liệt. Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

1. Công an huyện tăng cường tuần tra.`))).toEqual([['45-KH/TU', 'cites', 'Ban Thường vụ Tỉnh ủy Thái Nguyên']]);
  });

  it('"họp nghe UBND phường báo cáo tình hình …, vệ sinh môi trường và việc thực hiện Nghị quyết số …" cites the resolution', () => {
    expect(cited(wardParty(`Ngày 14/6/2024, Ban Thường vụ Đảng ủy phường họp nghe Ủy ban nhân dân phường báo cáo tình hình trật tự đô thị, vệ sinh môi trường và việc thực hiện Nghị quyết số 08-NQ/ĐU ngày 20/01/2023 của Ban Chấp hành Đảng bộ phường về xây dựng phường văn minh. Sau khi thảo luận, Ban Thường vụ Đảng ủy kết luận như sau:

1. Ủy ban nhân dân phường ra quân lập lại trật tự vỉa hè.`))).toEqual([['08-NQ/ĐU', 'cites', 'Ban Chấp hành Đảng bộ phường Mỹ An']]);
  });

  it('guard: "Để đánh giá đúng thực trạng, tiếp tục đẩy mạnh việc thực hiện Chỉ thị số …" is the document\'s own purpose', () => {
    expect(cited(districtParty(`Để đánh giá đúng thực trạng, tiếp tục đẩy mạnh việc thực hiện Chỉ thị số 12-CT/HU ngày 05/4/2022 của Ban Thường vụ Huyện ủy về phát triển du lịch, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

1. Công an huyện tăng cường tuần tra.`))).toEqual([['12-CT/HU', 'implements', 'Ban Thường vụ Huyện ủy Định Hóa']]);
  });
});

describe('a noun of the means before a carrying-out trigger names what the money is for', () => {
  it('"Kinh phí thực hiện từ nguồn ngân sách phường năm 2024 theo Kế hoạch số …" cites the district\'s plan', () => {
    expect(cited(wardState(`IV. KINH PHÍ
Kinh phí thực hiện từ nguồn ngân sách phường năm 2024 theo Kế hoạch số 56/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân quận Ngũ Hành Sơn về phòng, chống sốt xuất huyết.`))).toEqual([['56/KH-UBND', 'cites', 'UBND quận Ngũ Hành Sơn']]);
  });

  it('"Kinh phí để thực hiện các hoạt động được bố trí … theo Quyết định số …" in a commune\'s plan', () => {
    expect(cited(communeState(`Kinh phí để thực hiện các hoạt động được bố trí trong dự toán năm 2024 theo Quyết định số 1234/QĐ-UBND ngày 20/12/2023 của Ủy ban nhân dân thị xã Điện Bàn.`)))
      .toEqual([['1234/QĐ-UBND', 'cites', 'UBND thị xã Điện Bàn']]);
  });

  it('a web copy\'s line wrapped between "Kinh phí" and "thực hiện"', () => {
    expect(cited(wardState(`IV. KINH PHÍ
Kinh phí
thực hiện lấy từ nguồn ngân sách phường năm 2024 theo Kế hoạch số 56/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân quận Ngũ Hành Sơn.`))).toEqual([['56/KH-UBND', 'cites', 'UBND quận Ngũ Hành Sơn']]);
  });

  it('guard: the opening "Thực hiện Kế hoạch số …, UBND xã bố trí kinh phí" still carries the plan out', () => {
    expect(cited(communeState(`Thực hiện Kế hoạch số 77/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân thị xã Điện Bàn về phát triển làng nghề, Ủy ban nhân dân xã bố trí kinh phí như sau:

1. Các thôn rà soát hộ làm gốm.`))).toEqual([['77/KH-UBND', 'implements', 'UBND thị xã Điện Bàn']]);
  });

  it('guard: a title ending in "phương tiện" above the opening "Thực hiện …" is no means', () => {
    const police = headed({
      issuer: 'CÔNG AN TỈNH HÀ NAM\nPHÒNG CẢNH SÁT GIAO THÔNG',
      number: '88/KH-PC08',
      placeDate: 'Hà Nam, ngày 10 tháng 3 năm 2024',
      kind: 'KẾ HOẠCH',
      title: 'Xử lý vi phạm tải trọng của phương tiện',
    });
    expect(cited(police(`Thực hiện Kế hoạch số 45/KH-CAT-PV01 ngày 05/3/2024 của Công an tỉnh Hà Nam về bảo đảm trật tự, an toàn giao thông năm 2024, Phòng Cảnh sát giao thông xây dựng Kế hoạch như sau:

1. Các đội tuần tra kiểm soát lập chốt tại các mỏ đá.`))).toEqual([['45/KH-CAT-PV01', 'implements', 'Công an tỉnh Hà Nam']]);
  });
});

describe('"Để đưa <document> vào cuộc sống" carries it out', () => {
  it('a commune\'s congress resolution named without a number', () => {
    expect(cited(communeParty(`Để đưa Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XX, nhiệm kỳ 2020 - 2025 vào cuộc sống, Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ thực hiện tốt các nội dung sau:

1. Các chi bộ thôn đăng ký mô hình dân vận khéo.`))).toEqual([['Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XX', 'implements', 'Đảng bộ xã Kim Sơn']]);
  });

  it('a district\'s numbered resolution', () => {
    expect(cited(districtParty(`Để đưa Nghị quyết số 15-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện về phát triển du lịch vào cuộc sống, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

1. Công an huyện tăng cường tuần tra.`))).toEqual([['15-NQ/HU', 'implements', 'Ban Chấp hành Đảng bộ huyện Định Hóa']]);
  });

  it('guard: "đưa" inside a clause moves things about: "Các thôn đưa rác thải về điểm tập kết theo Kế hoạch số …"', () => {
    expect(cited(communeState(`Các thôn đưa rác thải về điểm tập kết theo Kế hoạch số 88/KH-UBND ngày 02/02/2024 của Ủy ban nhân dân thị xã Điện Bàn.`)))
      .toEqual([['88/KH-UBND', 'cites', 'UBND thị xã Điện Bàn']]);
  });
});

describe('a sentence opening on "theo" a document whose main clause states a fact refers to it', () => {
  it('"Theo tinh thần Chỉ thị số …, việc phát triển du lịch … là nhiệm vụ trọng tâm" cites the directive', () => {
    expect(cited(districtParty(`Theo tinh thần Chỉ thị số 32-CT/TW ngày 10/4/2024 của Ban Bí thư, việc phát triển du lịch gắn với bảo vệ rừng là nhiệm vụ trọng tâm của cả hệ thống chính trị.

Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

1. Công an huyện tăng cường tuần tra.`))).toEqual([['32-CT/TW', 'cites', 'Ban Bí thư']]);
  });

  it('"Theo Kế hoạch số … của UBND quận, năm nay toàn quận phấn đấu …" in a ward\'s plan', () => {
    expect(cited(wardState(`Theo Kế hoạch số 56/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân quận Ngũ Hành Sơn, năm nay toàn quận phấn đấu giảm 20% số ca mắc sốt xuất huyết so với năm 2023.`)))
      .toEqual([['56/KH-UBND', 'cites', 'UBND quận Ngũ Hành Sơn']]);
  });

  it('guard: a main clause with a subject of its own carries it out: "Theo Kế hoạch số …, Ủy ban nhân dân phường xây dựng …"', () => {
    expect(cited(wardState(`Theo Kế hoạch số 56/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân quận Ngũ Hành Sơn, Ủy ban nhân dân phường xây dựng Kế hoạch như sau:

1. Trạm Y tế phường giám sát ca bệnh.`))).toEqual([['56/KH-UBND', 'implements', 'UBND quận Ngũ Hành Sơn']]);
  });

  it('guard: the issuer\'s verb without a subject: "Theo Kế hoạch số … của UBND thị xã, đề nghị các thôn …"', () => {
    expect(cited(communeState(`Theo Kế hoạch số 88/KH-UBND ngày 02/02/2024 của Ủy ban nhân dân thị xã Điện Bàn, đề nghị các thôn rà soát hộ làm gốm.`)))
      .toEqual([['88/KH-UBND', 'implements', 'UBND thị xã Điện Bàn']]);
  });
});

describe('a type word named by its sender repeats that sender\'s document told before', () => {
  it('a headless fragment: "… ban hành Kế hoạch số …. Để triển khai thực hiện Kế hoạch" / "của Ban Thường vụ Tỉnh ủy, …" carries it out', () => {
    expect(cited(`Ngày 12/8/2025, Ban Thường vụ Tỉnh ủy Gia Lai ban hành Kế hoạch số 45-KH/TU về chuyển đổi số trong các cơ quan đảng. Để triển khai thực hiện Kế hoạch
của Ban Thường vụ Tỉnh ủy, đề ra các nhiệm vụ cụ thể như sau:

1. Văn phòng Đảng ủy phường số hóa hồ sơ đảng viên.

Trên đây là Kế hoạch của Ban Thường vụ Đảng ủy phường Pleiku.`)).toEqual([['45-KH/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Gia Lai']]);
  });

  const canLoc = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
-------
Số: 210/UBND-NN
Can Lộc, ngày 08 tháng 3 năm 2024

V/v phòng, chống dịch bệnh trên đàn gia súc

${body}
`;

  it('a district People\'s Committee\'s letter: "Để triển khai Kế hoạch của Ủy ban nhân dân tỉnh, …"', () => {
    expect(cited(canLoc(`Ngày 03/3/2024, Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế hoạch số 120/KH-UBND về phòng, chống dịch bệnh trên đàn gia súc. Để triển khai Kế hoạch của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện yêu cầu các xã thực hiện tốt các nội dung sau:

1. Các xã tổ chức tiêm phòng đợt 1.`))).toEqual([['120/KH-UBND', 'implements', 'UBND tỉnh Hà Tĩnh']]);
  });

  it('guard: another sender\'s plan ("Kế hoạch của Ban Thường vụ Huyện ủy") repeats nothing told', () => {
    expect(cited(canLoc(`Ngày 03/3/2024, Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế hoạch số 120/KH-UBND về phòng, chống dịch bệnh trên đàn gia súc. Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về chăn nuôi an toàn, Ủy ban nhân dân huyện yêu cầu các xã thực hiện tốt các nội dung sau:

1. Các xã tổ chức tiêm phòng đợt 1.`))).toEqual([['120/KH-UBND', 'cites', 'UBND tỉnh Hà Tĩnh']]);
  });
});

describe('a Law or a congress\'s resolution listed after a subject keeps the list over a web copy\'s wrapped line', () => {
  it('"… kiểm soát" / "ma túy, Luật Phòng, chống ma túy năm 2021, …" shares "Quán triệt"', () => {
    expect(cited(districtParty(`Quán triệt Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát
ma túy, Luật Phòng, chống ma túy năm 2021, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau:

1. Công an huyện tăng cường tuần tra.`))).toEqual([
      ['36-CT/TW', 'implements', 'Bộ Chính trị'],
      ['Luật Phòng, chống ma túy năm 2021', 'implements', null],
    ]);
  });

  it('"… làng nghề truyền thống," / "Nghị quyết Đại hội đại biểu Đảng bộ xã … lần thứ XX, …" in a commune\'s plan', () => {
    expect(cited(communeState(`Thực hiện Kế hoạch số 77/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân thị xã Điện Bàn về phát triển làng nghề truyền thống,
Nghị quyết Đại hội đại biểu Đảng bộ xã Điện Phước lần thứ XX, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

1. Các thôn rà soát hộ làm gốm.`))).toEqual([
      ['77/KH-UBND', 'implements', 'UBND thị xã Điện Bàn'],
      ['Nghị quyết Đại hội đại biểu Đảng bộ xã Điện Phước lần thứ XX', 'implements', 'Đảng bộ xã Điện Phước'],
    ]);
  });
});

describe('an item naming its issuer before its number reads over a wrapped line', () => {
  it('"… và ý kiến chỉ đạo của Ban" / "Chỉ huy … tỉnh (…) tại" / "Công văn số …": the letter shares the trigger', () => {
    const district = headed({
      issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nỦY BAN NHÂN DÂN HUYỆN LỆ THỦY',
      number: '1520/UBND-NN',
      placeDate: 'Lệ Thủy, ngày 02 tháng 10 năm 2024',
      kind: 'V/v ứng phó bão số 6',
      title: '',
    });
    expect(cited(district(`Kính gửi: Ủy ban nhân dân các xã, thị trấn.

Thực hiện Công điện số 15/CĐ-UBND ngày 01/10/2024 của Ủy ban nhân dân tỉnh và ý kiến chỉ đạo của Ban
Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh (Ban Chỉ huy tỉnh) tại
Công văn số 88/BCH-PCTT ngày 01/10/2024, Ủy ban nhân dân huyện yêu cầu:

1. Các xã, thị trấn kêu gọi tàu thuyền vào nơi tránh trú.`)).map((c) => c.slice(0, 2))).toEqual([['15/CĐ-UBND', 'implements'], ['88/BCH-PCTT', 'implements']]);
  });

  it('a subject running on through "và chỉ" / "đạo của … tại Công văn số …" ends before it', () => {
    expect(cited(communeState(`Thực hiện Nghị quyết số 07-NQ/ĐU ngày 12/3/2024 của Ban Chấp hành Đảng bộ xã Điện Phước về phát triển làng nghề gắn với du lịch và chỉ
đạo của Ủy ban nhân dân thị xã Điện Bàn tại Công văn số 845/UBND-KT ngày 20/3/2024, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

1. Các thôn rà soát hộ làm gốm.`))).toEqual([
      ['07-NQ/ĐU', 'implements', 'Ban Chấp hành Đảng bộ xã Điện Phước'],
      ['845/UBND-KT', 'implements', 'UBND thị xã Điện Bàn'],
    ]);
  });
});

describe('a web copy\'s line wrapped before a lower-case trigger goes on with its sentence', () => {
  const veterans = headed({
    issuer: 'HỘI CỰU CHIẾN BINH TỈNH NAM ĐỊNH\nBAN THƯỜNG VỤ HỘI CCB HUYỆN HẢI HẬU',
    number: '15-KH/CCB',
    placeDate: 'Hải Hậu, ngày 20 tháng 9 năm 2024',
    kind: 'KẾ HOẠCH',
    title: 'Kỷ niệm 35 năm Ngày truyền thống Hội Cựu chiến binh Việt Nam',
    rule: '*',
  });

  it('"… tiết kiệm" / "theo tinh thần Hướng dẫn số …" names the measure of other work, as on one line', () => {
    expect(cited(veterans(`Các hoạt động kỷ niệm được tổ chức thiết thực, tiết kiệm
theo tinh thần Hướng dẫn số 27-HD/CCB ngày 12/8/2024 của Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam.`)))
      .toEqual([['27-HD/CCB', 'cites', 'Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam']]);
  });

  it('a fragment\'s "… cho vay" / "theo Nghị định số …": the bare "theo" inside its clause', () => {
    expect(cited(`dưới 30 triệu đồng/hộ do Ngân hàng Chính sách xã hội cho vay
theo Nghị định số 100/2024/NĐ-CP ngày 26/7/2024 của Chính phủ.
2. Ủy ban Mặt trận Tổ quốc xã vận động các hộ khá giúp đỡ hộ nghèo.`)).toEqual([['100/2024/NĐ-CP', 'cites', 'Chính phủ']]);
  });

  it('guard: after a heading in capitals the line opens its clause', () => {
    expect(cited(wardState(`I. MỤC ĐÍCH
theo Kế hoạch số 56/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân quận Ngũ Hành Sơn, phường rà soát hộ nghèo.`)))
      .toEqual([['56/KH-UBND', 'implements', 'UBND quận Ngũ Hành Sơn']]);
  });
});
