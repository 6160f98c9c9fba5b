import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations and cited issuers from the misses of blind batch 16's headless fragments and
 * news reports (issue 9; docs/extraction-rounds.md, "Citation relations: what the misses are",
 * eleventh round): each case one structure of the text, on a short document written for this test.
 */
const parsed = (text: string) => parseDocument(text).citations;
const cited = (text: string) => parsed(text).map((c) => [c.number ?? c.name, c.relation]);

describe('the reported document\'s type word is no mandate ("Hướng dẫn nhằm triển khai …")', () => {
  it('a news report: "Hướng dẫn nhằm triển khai Chỉ thị số …" implements', () => {
    expect(cited(`Ngày 14/3/2025, Sở Nông nghiệp tỉnh Hà Tĩnh ban hành Hướng dẫn số 05/HD-SNN về chăm sóc lúa vụ xuân. Hướng dẫn nhằm triển khai Chỉ thị số 08/CT-UBND ngày 02/3/2025 của Chủ tịch UBND tỉnh về phòng trừ sâu bệnh.

Theo đó, các phòng nông nghiệp cấp huyện hướng dẫn nông dân thăm đồng thường xuyên.
`).find(([n]) => n === '08/CT-UBND')).toEqual(['08/CT-UBND', 'implements']);
  });

  it('a quote: "… ban hành hướng dẫn căn cứ Hướng dẫn số … và thực hiện Kế hoạch số …": basis, then implements', () => {
    expect(cited(`Ông Lò Văn Tâm, Chủ tịch Hội Nông dân huyện cho biết: "Ban Thường vụ Hội ban hành hướng dẫn căn cứ Hướng dẫn số 30-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh và thực hiện Kế hoạch số 88-KH/HU của Ban Thường vụ Huyện ủy, để phong trào đi vào thực chất".
`)).toEqual([['30-HD/HNDT', 'basis'], ['88-KH/HU', 'implements']]);
  });

  it('"Hướng dẫn được xây dựng nhằm cụ thể hóa Nghị quyết số …" implements; "hướng dẫn các trường thực hiện …" is still a task for others (cites)', () => {
    expect(cited(`Hướng dẫn được xây dựng nhằm cụ thể hóa Nghị quyết số 21-NQ/TU ngày 05/01/2024 của Ban Chấp hành Đảng bộ tỉnh.

Phòng Giáo dục và Đào tạo hướng dẫn các trường thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân huyện.
`)).toEqual([['21-NQ/TU', 'implements'], ['12/KH-UBND', 'cites']]);
  });
});

describe('a rule or procedure as the object of "thực hiện" ("Thực hiện đúng quy trình theo …")', () => {
  it('"Thực hiện đúng quy trình … theo Điều lệ … và Hướng dẫn số …": both cited, the work measured against them', () => {
    expect(cited(`3. Thực hiện đúng quy trình xét kết nạp theo Điều lệ Hội Cựu chiến binh Việt Nam và Hướng dẫn số 09-HD/HCCBT ngày 04/3/2024 của Ban Thường vụ Hội Cựu chiến binh tỉnh Phú Yên; hồ sơ nộp về Văn phòng trước ngày 30/6.
`)).toEqual([['09-HD/HCCBT', 'cites'], ['Điều lệ Hội Cựu chiến binh Việt Nam', 'cites']]);
  });

  it('"… thực hiện đúng quy định của Luật … về …" in a task cites; "Thực hiện Quy định số …" opening still implements', () => {
    expect(cited(`Thực hiện Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương, Ban Thường vụ Đảng ủy xã đề ra các nội dung sau:

1. Các chi bộ rà soát các ao hồ, thực hiện đúng quy định của Luật Tài nguyên nước về khai thác nước ngầm.
`)).toEqual([['22-QĐ/TW', 'implements'], ['Luật Tài nguyên nước', 'cites']]);
  });

  it('"Thực hiện nghiêm các nội dung của Chỉ thị số …" still implements (no rule noun)', () => {
    expect(cited(`Thực hiện nghiêm các nội dung của Chỉ thị số 05-CT/TU ngày 10/5/2024 của Ban Thường vụ Tỉnh ủy, Đảng ủy phường yêu cầu các chi bộ kiểm tra đảng viên.
`)).toEqual([['05-CT/TU', 'implements']]);
  });
});

describe('"Thực hiện theo Hướng dẫn số …" opening its paragraph', () => {
  it('implements, as "Thực hiện Hướng dẫn số …" would', () => {
    expect(cited(`II. TIÊU CHÍ
Thực hiện theo Hướng dẫn số 15/HD-ĐCT ngày 02/4/2024 của Đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam về tiêu chí hộ sản xuất giỏi, gồm ba nhóm.
`)).toEqual([['15/HD-ĐCT', 'implements']]);
  });

  it('"Quỹ được quản lý và thực hiện theo Quy chế số …" inside its clause still names the measure (cites)', () => {
    expect(cited(`Quỹ được quản lý và thực hiện theo Quy chế số 02/QC-MTTQ ngày 05/01/2024 của Ban Thường trực Ủy ban MTTQ xã.
`)).toEqual([['02/QC-MTTQ', 'cites']]);
  });
});

describe('a congress resolution after a subject\'s ", phù hợp với …" or ", gắn với …"', () => {
  it('", phù hợp với các mục tiêu mà Nghị quyết Đại hội … đề ra": a citation of its own (cites), with its Đảng bộ', () => {
    const c = parsed(`Ngày 02/4/2025, Ban Tuyên giáo Tỉnh ủy Lai Châu ban hành Hướng dẫn số 31-HD/BTGTU về tuyên truyền biển, đảo. Hướng dẫn nhằm triển khai Chỉ thị số 24-CT/TW ngày 04/7/2023 của Ban Bí thư về công tác thông tin đối ngoại, phù hợp với các mục tiêu mà Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV đề ra.
`);
    expect(c.map((x) => [x.number ?? x.name, x.relation])).toEqual([['24-CT/TW', 'implements'], ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV', 'cites']]);
    expect(c[1]!.issuer?.name).toBe('Đảng bộ tỉnh Lai Châu');
  });

  it('", gắn với mục tiêu Nghị quyết Đại hội Đảng bộ quận … lần thứ …": cited, its Đảng bộ named in it', () => {
    const c = parsed(`Chương trình nhằm cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, gắn với mục tiêu Nghị quyết Đại hội Đảng bộ quận Hải Châu lần thứ XXIII về đô thị thông minh.
`);
    expect(c.map((x) => [x.number ?? x.name, x.relation])).toEqual([['57-NQ/TW', 'implements'], ['Nghị quyết Đại hội Đảng bộ quận Hải Châu lần thứ XXIII', 'cites']]);
    expect(c[1]!.issuer?.name).toBe('Đảng bộ quận Hải Châu');
  });
});

describe('the citing document\'s own passive clause after a subject (", và được xây dựng trên cơ sở …")', () => {
  it('"… nhằm triển khai Chỉ thị số … về …, và được xây dựng trên cơ sở Nghị quyết số …": implements, then basis', () => {
    expect(cited(`(ĐN) - UBND huyện Hòa Vang vừa ban hành Kế hoạch số 90/KH-UBND ngày 03/5/2024 về phòng, chống cháy rừng. Kế hoạch nhằm triển khai Chỉ thị số 07/CT-UBND ngày 10/4/2024 của Chủ tịch UBND thành phố Đà Nẵng về bảo vệ rừng mùa khô, và được xây dựng trên cơ sở Nghị quyết số 15-NQ/HU của Ban Chấp hành Đảng bộ huyện Hòa Vang về phát triển lâm nghiệp.
`).filter(([n]) => n !== '90/KH-UBND')).toEqual([['07/CT-UBND', 'implements'], ['15-NQ/HU', 'basis']]);
  });

  it('"Đề án … nhằm cụ thể hóa Nghị quyết số … về …, và được ban hành trên cơ sở Kết luận số …": implements, then basis', () => {
    expect(cited(`Đề án nhằm cụ thể hóa Nghị quyết số 19-NQ/TU ngày 12/01/2024 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch cộng đồng, và được ban hành trên cơ sở Kết luận số 33-KL/HU ngày 02/3/2024 của Ban Thường vụ Huyện ủy về phát triển làng nghề.
`)).toEqual([['19-NQ/TU', 'implements'], ['33-KL/HU', 'basis']]);
  });
});

describe('a congress resolution named by the targets it set ("phấn đấu đạt mục tiêu Nghị quyết Đại hội …")', () => {
  it('the congress\'s targets are the aim the work feeds (cites); a numbered resolution\'s still implements', () => {
    expect(cited(`Để phấn đấu đạt mục tiêu Nghị quyết Đại hội Đảng bộ xã lần thứ XXV về giảm nghèo bền vững, Ban Thường vụ Đảng ủy xã yêu cầu các chi bộ thực hiện tốt các nội dung sau:

1. Rà soát hộ nghèo, hộ cận nghèo.

Để hoàn thành mục tiêu Nghị quyết số 06-NQ/ĐU ngày 10/02/2024 của Ban Chấp hành Đảng bộ xã, Ủy ban nhân dân xã bố trí kinh phí hỗ trợ.
`)).toEqual([['06-NQ/ĐU', 'implements'], ['Nghị quyết Đại hội Đảng bộ xã lần thứ XXV', 'cites']]);
  });

  it('"Chương trình … để đạt các mục tiêu Nghị quyết Đại hội đại biểu Hội Nông dân huyện … nhiệm kỳ …" cites', () => {
    expect(cited(`Chương trình này được ban hành để đạt các mục tiêu Nghị quyết Đại hội đại biểu Hội Nông dân huyện Mường Tè nhiệm kỳ 2023 - 2028 về xây dựng tổ hợp tác.
`)).toEqual([['Nghị quyết Đại hội đại biểu Hội Nông dân huyện Mường Tè nhiệm kỳ 2023 - 2028', 'cites']]);
  });
});

describe('a union\'s central body written with its short form ("Trung ương Hội LHPN Việt Nam")', () => {
  it('the issuer is named whole, its short form written out, and is one body with the long spelling', () => {
    const c = parsed(`Thực hiện Kế hoạch số 08/KH-ĐCT ngày 15/01/2024 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về Tháng hành động vì bình đẳng giới, Ban Thường vụ Hội LHPN huyện hướng dẫn như sau:

Các chi hội báo cáo theo mẫu tại Hướng dẫn số 03/HD-ĐCT ngày 02/02/2024 của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam.
`);
    expect(c.map((x) => [x.number, x.issuer?.name])).toEqual([
      ['08/KH-ĐCT', 'Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam'],
      ['03/HD-ĐCT', 'Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam'],
    ]);
    expect(c[0]!.issuer?.key).toBe(c[1]!.issuer?.key);
  });

  it('"… của Ban Thường vụ Trung ương Hội LHTN Việt Nam": named whole', () => {
    expect(parsed(`Triển khai Chương trình số 12/CTr-BTV ngày 05/3/2024 của Ban Thường vụ Trung ương Hội LHTN Việt Nam, Ủy ban Hội LHTN tỉnh xây dựng kế hoạch như sau:
`).map((x) => x.issuer?.name)).toEqual(['Ban Thường vụ Trung ương Hội Liên hiệp Thanh niên Việt Nam']);
  });
});

describe('a yearly programme named without a number ("Căn cứ Chương trình công tác … năm 2025")', () => {
  it('after "Căn cứ": a basis, its name up to the year', () => {
    expect(cited(`Căn cứ Chương trình công tác Hội và phong trào nông dân năm 2025 của Ban Thường vụ Hội Nông dân tỉnh; thực hiện Kế hoạch số 21-KH/HND ngày 10/01/2025 của Ban Thường vụ Hội Nông dân huyện, Ban Thường vụ Hội Nông dân xã xây dựng kế hoạch như sau:
`)).toEqual([['21-KH/HND', 'implements'], ['Chương trình công tác Hội và phong trào nông dân năm 2025', 'basis']]);
  });

  it('joined by "và" to a Law after "căn cứ": a basis too; a programme\'s own capitalised name is no document', () => {
    expect(cited(`Căn cứ Luật Thanh niên năm 2020 và Chương trình phối hợp hoạt động năm 2024 của Ủy ban Hội LHTN tỉnh, Huyện đoàn hướng dẫn như sau:

Các cơ sở đoàn tích cực thực hiện Chương trình OCOP năm 2024 tại địa phương.
`)).toEqual([['Luật Thanh niên năm 2020', 'basis'], ['Chương trình phối hợp hoạt động năm 2024', 'basis']]);
  });
});
