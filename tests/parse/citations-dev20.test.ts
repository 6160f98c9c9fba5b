import { describe, expect, it } from 'vitest';
import { citedWithIssuers as cited, headed } from './docs.js';

/**
 * Citation relations from the misses of batches 28–29's headless fragments and news reports moved to tune and
 * tune's older ones (2026-12-07 afternoon; /work/wt/notes/rel31-section.md), on short documents written for this
 * test, each with a variant in another province or another kind of body. The rules are the two mirror images of
 * implements against cites: whose act a carrying-out trigger is.
 */

const districtPolice = headed({
  issuer: 'CÔNG AN TỈNH QUẢNG TRỊ\nCÔNG AN HUYỆN HẢI LĂNG',
  number: '41/KH-CAH',
  placeDate: 'Hải Lăng, ngày 06 tháng 5 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Tổng kiểm tra phương tiện thủy nội địa năm 2024',
});

const districtHealth = headed({
  issuer: 'UBND HUYỆN ĐỨC THỌ\nPHÒNG Y TẾ',
  number: '58/PYT-NVY',
  placeDate: 'Đức Thọ, ngày 17 tháng 6 năm 2024',
  kind: 'CÔNG VĂN',
  title: 'V/v giám sát bệnh sốt xuất huyết',
});

describe('a purpose word makes the work before "theo <document>" the document\'s own aim, however long its name', () => {
  it('"Để thực hiện đợt tổng kiểm tra phương tiện theo Kế hoạch số …, Công an huyện yêu cầu …" carries the plan out', () => {
    expect(cited(districtPolice(`Để thực hiện đợt tổng kiểm tra phương tiện thủy nội địa theo Kế hoạch số 77/KH-CAT ngày 20/4/2024 của Công an tỉnh Quảng Trị, Công an huyện Hải Lăng yêu cầu các đội, Công an các xã thực hiện tốt các nội dung sau:

1. Đội Cảnh sát giao thông lập danh sách phương tiện chở khách ngang sông.`))).toEqual([
      ['77/KH-CAT', 'implements', 'Công an tỉnh Quảng Trị'],
    ]);
  });

  it('a youth union\'s fragment: "Để triển khai Chiến dịch theo tinh thần Kế hoạch số …, Ban Thường vụ … đề nghị …"', () => {
    expect(cited(`Để triển khai Chiến dịch mùa đông tình nguyện theo tinh thần Kế hoạch số 118-KH/TĐTN-PT ngày 02/11/2024 của Ban Thường vụ Tỉnh Đoàn Nghệ An, Ban Thường vụ Huyện Đoàn Nghi Lộc đề nghị các cơ sở Đoàn thực hiện tốt các nội dung sau:

- Các chi đoàn tổ chức ra quân trong tháng 12/2024.`)).toEqual([
      ['118-KH/TĐTN-PT', 'implements', 'Ban Thường vụ Tỉnh đoàn Nghệ An'],
    ]);
  });

  it('after the document\'s own subject: "Kế hoạch nhằm triển khai mô hình … theo Hướng dẫn số …" carries it out', () => {
    expect(cited(districtPolice(`Kế hoạch nhằm triển khai mô hình tổ tự quản an toàn đường thủy theo Hướng dẫn số 09/HD-CAT ngày 11/3/2024 của Công an tỉnh Quảng Trị.`))).toEqual([
      ['09/HD-CAT', 'implements', 'Công an tỉnh Quảng Trị'],
    ]);
  });
});

describe('without one, a unit\'s work before "theo <document>" is measured by it: cites, however long the work\'s name', () => {
  it('"Các đơn vị thực hiện giám sát ca bệnh theo Thông tư số …" cites the circular', () => {
    expect(cited(districtHealth(`Việc điều trị thực hiện theo hướng dẫn của Bộ Y tế. Các đơn vị thực hiện giám sát ca bệnh sốt xuất huyết theo Thông tư số 54/2015/TT-BYT ngày 28/12/2015 của Bộ Y tế.`))).toEqual([
      ['54/2015/TT-BYT', 'cites', 'Bộ Y tế'],
    ]);
  });

  it('a fund\'s clause after a semicolon: "Quỹ … ưu tiên chi trả …; thực hiện việc chi trả … theo Nghị định số …"', () => {
    expect(cited(districtHealth(`3. Quỹ Bảo vệ và Phát triển rừng huyện ưu tiên chi trả cho các tổ nhận khoán; thực hiện việc chi trả dịch vụ môi trường rừng theo Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ.`))).toEqual([
      ['156/2018/NĐ-CP', 'cites', 'Chính phủ'],
    ]);
  });

  it('guard: "Các chi đoàn tổ chức ra quân theo tinh thần Kế hoạch số …" (no purpose word) cites', () => {
    expect(cited(`Ban Thường vụ Huyện Đoàn Nghi Lộc đề nghị:

- Các chi đoàn tổ chức ra quân đồng loạt theo tinh thần Kế hoạch số 118-KH/TĐTN-PT ngày 02/11/2024 của Ban Thường vụ Tỉnh Đoàn Nghệ An.`)).toEqual([
      ['118-KH/TĐTN-PT', 'cites', 'Ban Thường vụ Tỉnh đoàn Nghệ An'],
    ]);
  });
});

describe('a closing formula\'s bare type word is the document itself, not a repeat of one cited before', () => {
  it('a police fragment: "… theo Kế hoạch số … của Công an tỉnh." then "Trong quá trình thực hiện Kế hoạch, nếu có vướng mắc, …"', () => {
    expect(cited(`4. Đội Tham mưu tổng hợp kết quả, báo cáo Công an tỉnh theo Kế hoạch số 203/KH-CAT-PC06 ngày 14/8/2024 của Công an tỉnh Thái Bình.

Trong quá trình thực hiện Kế hoạch, nếu có vướng mắc các đơn vị báo cáo về Công an huyện (qua Đội Tham mưu) để được hướng dẫn./.`)).toEqual([
      ['203/KH-CAT-PC06', 'cites', 'Công an tỉnh Thái Bình'],
    ]);
  });

  it('a commune Party fragment: "Trong quá trình triển khai thực hiện Chương trình, nếu có khó khăn, …"', () => {
    expect(cited(`- Các chi bộ thôn rà soát hộ nghèo theo Chương trình số 27-CTr/HU ngày 03/5/2024 của Ban Thường vụ Huyện ủy Yên Thế.

Trong quá trình triển khai thực hiện Chương trình, nếu có khó khăn, các chi bộ phản ánh về Văn phòng Đảng ủy để tổng hợp./.`)).toEqual([
      ['27-CTr/HU', 'cites', 'Ban Thường vụ Huyện ủy Yên Thế'],
    ]);
  });

  it('guard: "Để triển khai thực hiện Kế hoạch, Công an huyện yêu cầu …" still repeats the plan named before and carries it out', () => {
    expect(cited(`Ngày 14/8/2024, Công an tỉnh Thái Bình ban hành Kế hoạch số 203/KH-CAT-PC06 về cao điểm tấn công trấn áp tội phạm. Để triển khai thực hiện Kế hoạch, Công an huyện Vũ Thư yêu cầu các đội, Công an các xã thực hiện tốt các nội dung sau:

1. Đội Cảnh sát hình sự rà soát các đối tượng.`)).toEqual([
      ['203/KH-CAT-PC06', 'implements', 'Công an tỉnh Thái Bình'],
    ]);
  });
});

describe('a bare year in the date\'s place still lets the issuer after it be read', () => {
  it('"… và thay thế Chỉ thị số 12-CT/TU năm 2019 của Ban Thường vụ Tỉnh ủy khóa XVI" names the standing committee', () => {
    expect(cited(`Chỉ thị được ban hành nhằm tăng cường công tác bảo vệ rừng và thay thế Chỉ thị số 12-CT/TU năm 2019 của Ban Thường vụ Tỉnh ủy khóa XVI.`)).toEqual([
      ['12-CT/TU', 'cites', 'Ban Thường vụ Tỉnh ủy'],
    ]);
  });

  it('a farmers\' association: "… theo Kế hoạch số 51-KH/HNDT năm 2023 của Ban Thường vụ Hội Nông dân tỉnh Bình Thuận"', () => {
    expect(cited(districtHealth(`Các xã tổ chức tập huấn cho nông dân theo Kế hoạch số 51-KH/HNDT năm 2023 của Ban Thường vụ Hội Nông dân tỉnh Bình Thuận.`))).toEqual([
      ['51-KH/HNDT', 'cites', 'Ban Thường vụ Hội Nông dân tỉnh Bình Thuận'],
    ]);
  });
});

const districtControl = headed({
  issuer: 'HUYỆN ỦY ĐỨC PHỔ\nỦY BAN KIỂM TRA',
  number: '22-KH/UBKTHU',
  placeDate: 'Đức Phổ, ngày 15 tháng 3 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Giám sát chuyên đề năm 2024',
  rule: '*',
});

describe('a Party committee\'s yearly programme named with a comma: "Chương trình kiểm tra, giám sát năm 2024 của …"', () => {
  it('a district control committee\'s plan "… thực hiện Chương trình kiểm tra, giám sát năm 2024 của Ban Chấp hành Đảng bộ huyện"', () => {
    expect(cited(districtControl(`Trên đây là Kế hoạch giám sát chuyên đề năm 2024 của Ủy ban Kiểm tra Huyện ủy, thực hiện Chương trình kiểm tra, giám sát năm 2024 của Ban Chấp hành Đảng bộ huyện./.`))).toEqual([
      ['Chương trình kiểm tra, giám sát năm 2024', 'implements', 'Ban Chấp hành Đảng bộ huyện Đức Phổ'],
    ]);
  });

  it('a provincial fragment: "Căn cứ Chương trình kiểm tra, giám sát năm 2025 của Ban Chấp hành Đảng bộ tỉnh và Hướng dẫn số …"', () => {
    expect(cited(`Năm 2024, Ủy ban Kiểm tra Tỉnh ủy Cao Bằng đã giám sát 14 tổ chức đảng. Căn cứ Chương trình kiểm tra, giám sát năm 2025 của Ban Chấp hành Đảng bộ tỉnh và Hướng dẫn số 05-HD/UBKTTW ngày 22/12/2021 của Ủy ban Kiểm tra Trung ương, Ủy ban Kiểm tra Tỉnh ủy xây dựng Kế hoạch như sau:`)).toEqual([
      ['05-HD/UBKTTW', 'basis', 'Ủy ban Kiểm tra Trung ương'],
      ['Chương trình kiểm tra, giám sát năm 2025', 'basis', 'Ban Chấp hành Đảng bộ tỉnh Cao Bằng'],
    ]);
  });
});

describe('a web copy\'s wrapped line between the work and "theo" is no clause break', () => {
  it('"Kế hoạch nhằm triển khai Đề án \\"… giai đoạn" / "2021-2025\\" theo Quyết định số …" carries the decision out', () => {
    expect(cited(`Kế hoạch nhằm triển khai Đề án "Hỗ trợ thanh niên lập nghiệp giai đoạn
2021-2025" theo Quyết định số 1412/QĐ-TTg ngày 19/8/2021 của Thủ tướng Chính phủ trên địa bàn
huyện Đông Anh.`)).toEqual([
      ['1412/QĐ-TTg', 'implements', 'Thủ tướng Chính phủ'],
    ]);
  });

  it('a ward\'s plan, wrapped after the purpose: "Để thực hiện đợt ra quân" / "làm sạch môi trường theo Kế hoạch số …"', () => {
    expect(cited(`Để thực hiện đợt ra quân
làm sạch môi trường theo Kế hoạch số 71/KH-UBND ngày 02/4/2024 của UBND quận Hải Châu, UBND phường Thạch Thang
đề nghị các tổ dân phố thực hiện các nội dung sau:`)).toEqual([
      ['71/KH-UBND', 'implements', 'UBND quận Hải Châu'],
    ]);
  });
});
