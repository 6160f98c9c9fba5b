import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { parseNumber } from '../../src/parse/find/number.js';

/**
 * Citations, their relations and issuers from the misses of sixteen blind documents (issue 9, third
 * round; see docs/extraction-rounds.md, "Citation relations: what the misses are"). Each document
 * below is written for this test in the pattern of one class of miss, in its own words, and read by
 * hand: `rows` lists the citations the document makes itself, numbered or named, with relation and issuer.
 */
type Row = [cited: string, relation: string, issuer: string | null];
const rows = (doc: string): Row[] => parseDocument(doc).citations.filter((c) => c.citedBy === null)
  .map((c): Row => [c.number ?? `named:${c.name!}`, c.relation, c.issuer?.name ?? null]);

const commune = (body: string) => `ỦY BAN NHÂN DÂN
XÃ YÊN HỒ
-------
Số: 42/KH-UBND

Yên Hồ, ngày 11 tháng 3 năm 2024

KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia cầm năm 2024

${body}
`;

describe('a bare "theo" inside its clause names the measure the work follows (cites)', () => {
  it('"… tiêu hủy theo hướng dẫn tại Thông tư số …", "(thành lập theo Quyết định số …)" cite; a clause that opens on "Theo Kế hoạch số …" carries it out', () => {
    const doc = commune(`Theo Kế hoạch số 15/KH-UBND ngày 20/02/2024 của UBND huyện Đức Thọ, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

1. Gia cầm mắc bệnh được tiêu hủy theo hướng dẫn tại Thông tư số 07/2016/TT-BNNPTNT ngày 31/5/2016 của Bộ Nông nghiệp và Phát triển nông thôn.

2. Tổ chức tiêm phòng cúm gia cầm theo Hướng dẫn số 11/HD-TTNN ngày 01/3/2024 của Trung tâm Nông nghiệp huyện.

3. Tổ phản ứng nhanh (thành lập theo Quyết định số 30/QĐ-UBND ngày 04/3/2024 của UBND xã) trực 24/24 giờ.`);
    expect(rows(doc)).toEqual([
      ['15/KH-UBND', 'implements', 'UBND huyện Đức Thọ'],
      ['07/2016/TT-BNNPTNT', 'cites', 'Bộ Nông nghiệp và Phát triển nông thôn'],
      ['11/HD-TTNN', 'cites', 'Trung tâm Nông nghiệp huyện Đức Thọ'],
      ['30/QĐ-UBND', 'cites', 'UBND xã Yên Hồ'],
    ]);
  });

  it('a trigger of the same clause before it still decides ("Thực hiện nghiêm … theo Chỉ thị …"); one of an earlier clause does not', () => {
    const doc = commune(`1. Thực hiện nghiêm việc cấm giết mổ gia cầm bệnh theo Chỉ thị số 04/CT-UBND ngày 02/02/2024 của UBND tỉnh Hà Tĩnh.

Trong quá trình thực hiện, nếu có vướng mắc, các thôn phản ánh về UBND xã để được hướng dẫn theo Công văn số 88/UBND-NN ngày 05/3/2024 của UBND huyện Đức Thọ.`);
    expect(rows(doc)).toEqual([
      ['04/CT-UBND', 'implements', 'UBND tỉnh Hà Tĩnh'],
      ['88/UBND-NN', 'cites', 'UBND huyện Đức Thọ'],
    ]);
  });
});

describe('a list after "và" that runs on over a subject with no "về"', () => {
  it('"Thực hiện Quyết định số … của Thủ tướng Chính phủ phê duyệt … và Kế hoạch số …": both carried out', () => {
    const doc = commune(`Thực hiện Quyết định số 1520/QĐ-TTg ngày 10/11/2023 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống dịch cúm gia cầm giai đoạn 2024 - 2030 và Kế hoạch số 15/KH-UBND ngày 20/02/2024 của UBND huyện Đức Thọ, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

1. Các thôn rà soát tổng đàn gia cầm.`);
    expect(rows(doc)).toEqual([
      ['1520/QĐ-TTg', 'implements', 'Thủ tướng Chính phủ'],
      ['15/KH-UBND', 'implements', 'UBND huyện Đức Thọ'],
    ]);
  });

  it('an issuer wrapped onto the next line ("của Tổng Liên đoàn Lao" / "động Việt Nam và Kế hoạch số …") keeps the list', () => {
    const doc = `LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN
LIÊN ĐOÀN LAO ĐỘNG HUYỆN ANH SƠN
Số: 21/LĐLĐ

Anh Sơn, ngày 03 tháng 4 năm 2024

V/v tổ chức Tháng Công nhân năm 2024

Kính gửi: Các công đoàn cơ sở trực thuộc.

Thực hiện Hướng dẫn số 11/HD-TLĐ ngày 01/3/2024 của Tổng Liên đoàn Lao
động Việt Nam và Kế hoạch số 09/KH-LĐLĐ ngày 12/3/2024 của Liên đoàn Lao động tỉnh Nghệ An, Ban Thường vụ Liên đoàn Lao động huyện đề nghị các công đoàn cơ sở thực hiện tốt các nội dung sau:

1. Thăm hỏi đoàn viên có hoàn cảnh khó khăn.
`;
    expect(rows(doc).map(([n, r]) => [n, r])).toEqual([
      ['11/HD-TLĐ', 'implements'],
      ['09/KH-LĐLĐ', 'implements'],
    ]);
    expect(rows(doc)[0]![2]).toBe('Tổng Liên đoàn Lao động Việt Nam');
  });

  it('a main clause after a comma and a capital is no list item ("…, UBND xã ban hành … và Kế hoạch số …")', () => {
    const doc = commune(`Thực hiện Quyết định số 1520/QĐ-TTg ngày 10/11/2023 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống dịch cúm gia cầm, Ủy ban nhân dân xã đã tổ chức tiêm phòng đợt 1 và báo cáo theo Kế hoạch số 15/KH-UBND ngày 20/02/2024 của UBND huyện Đức Thọ.`);
    expect(rows(doc)).toEqual([
      ['1520/QĐ-TTg', 'implements', 'Thủ tướng Chính phủ'],
      ['15/KH-UBND', 'cites', 'UBND huyện Đức Thọ'],
    ]);
  });
});

describe('an organ of a mass organisation\'s central body as a cited issuer', () => {
  it('"của Ban Bí thư Trung ương Đoàn" is the Youth Union\'s secretariat, "của Đoàn Chủ tịch Trung ương Hội" the union\'s presidium', () => {
    const doc = `BCH ĐOÀN TỈNH QUẢNG BÌNH
***
Số: 33-KH/TĐTN-TNTH

ĐOÀN TNCS HỒ CHÍ MINH
Quảng Bình, ngày 02 tháng 4 năm 2024

KẾ HOẠCH
Tổ chức Ngày hội thanh niên với văn hóa giao thông năm 2024

Thực hiện Kế hoạch số 301-KH/TWĐTN-TNTH ngày 15/01/2024 của Ban Bí thư Trung ương Đoàn về văn hóa giao thông và Kế hoạch số 12/KH-ĐCT ngày 20/01/2024 của Đoàn Chủ tịch Trung ương Hội về phối hợp tuyên truyền, Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch như sau:

1. Các huyện đoàn tổ chức ra quân.
`;
    expect(rows(doc)).toEqual([
      ['301-KH/TWĐTN-TNTH', 'implements', 'Ban Bí thư Trung ương Đoàn'],
      ['12/KH-ĐCT', 'implements', 'Đoàn Chủ tịch Trung ương Hội'],
    ]);
  });

  it('the Party\'s "Ban Bí thư" stays the Party\'s', () => {
    const doc = commune(`Thực hiện Chỉ thị số 21-CT/TW ngày 10/01/2024 của Ban Bí thư về phòng, chống dịch bệnh, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

1. Các thôn rà soát tổng đàn gia cầm.`);
    expect(rows(doc)).toEqual([['21-CT/TW', 'implements', 'Ban Bí thư']]);
  });
});

describe('named documents: a congress resolution, a Law after "và thực hiện", a Quy chế in lower case', () => {
  it('"… mà Nghị quyết Đại hội Đảng bộ xã lần thứ XIII, nhiệm kỳ … đã đề ra" is cited with no trigger before it', () => {
    const doc = commune(`II. MỤC TIÊU
Đến hết năm 2024 không để dịch lây lan, góp phần hoàn thành chỉ tiêu phát triển chăn nuôi mà Nghị quyết Đại hội Đảng bộ xã lần thứ XIII, nhiệm kỳ 2020 - 2025 đã đề ra.`);
    // The name holds its issuer, the commune's Party organisation (the first round's issuerInName).
    expect(rows(doc)).toEqual([['named:Nghị quyết Đại hội Đảng bộ xã lần thứ XIII', 'cites', 'Đảng bộ xã Yên Hồ']]);
  });

  it('"Triển khai Kế hoạch số … về … và thực hiện Luật …, Công an tỉnh đề nghị …": the Law is carried out, its name whole', () => {
    const doc = `CÔNG AN TỈNH GIA LAI
Số: 512/CAT-PC06

Gia Lai, ngày 04 tháng 3 năm 2025

Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.

Triển khai Kế hoạch số 77/KH-BCA-C06 ngày 20/02/2025 của Bộ Công an về vận động toàn dân giao nộp vũ khí năm 2025 và thực hiện Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ năm 2024, Công an tỉnh Gia Lai đề nghị Ủy ban nhân dân các huyện phối hợp thực hiện một số nội dung sau:

1. Chỉ đạo Công an cấp xã tuyên truyền tại khu dân cư.
`;
    expect(rows(doc)).toEqual([
      ['77/KH-BCA-C06', 'implements', 'Bộ Công an'],
      ['named:Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ năm 2024', 'implements', null],
    ]);
  });

  it('"… thực hiện theo Quy chế quản lý, sử dụng Quỹ … của Ủy ban MTTQ xã" cites the rule book, its body the issuer; "Quy chế … ban hành kèm theo Quyết định số …" is the decision\'s annex', () => {
    const doc = commune(`1. Việc quản lý, sử dụng kinh phí hỗ trợ thực hiện theo Quy chế quản lý, sử dụng Quỹ "Vì người nghèo" của Ủy ban MTTQ xã.

2. Tổ giám sát làm việc theo Quy chế hoạt động ban hành kèm theo Quyết định số 31/QĐ-UBND ngày 05/3/2024 của UBND xã.`);
    expect(rows(doc)).toEqual([
      ['31/QĐ-UBND', 'cites', 'UBND xã Yên Hồ'],
      ['named:Quy chế quản lý, sử dụng Quỹ "Vì người nghèo" của Ủy ban MTTQ xã', 'cites', 'Ủy ban MTTQ xã Yên Hồ'],
    ]);
  });
});

describe('symbols', () => {
  it('an OCR-doubled letter of a type code is read as the code ("06/QĐĐ-TTg" is 06/QĐ-TTg)', () => {
    expect(parseNumber('06/QĐĐ-TTg')).toMatchObject({ number: '06/QĐ-TTg', typeCode: 'QĐ', issuerCode: 'TTg', docType: 'Quyết định' });
    expect(parseNumber('15/TTTT-VP')?.number).toBe('15/TTTT-VP');
  });

  it('a national body\'s symbol names its issuer when the text does not ("Công văn số 5127/EVN-KH", "Thông tư số 25/2019/TT-BNNPTNT")', () => {
    const doc = commune(`1. Phối hợp với điện lực theo Công văn số 5127/EVN-KH ngày 30/10/2024; hướng dẫn chủ rừng theo Thông tư số 25/2019/TT-BNNPTNT ngày 27/12/2019.`);
    expect(rows(doc)).toEqual([
      ['5127/EVN-KH', 'cites', 'Tập đoàn Điện lực Việt Nam'],
      ['25/2019/TT-BNNPTNT', 'cites', 'Bộ Nông nghiệp và Phát triển nông thôn'],
    ]);
  });
});
