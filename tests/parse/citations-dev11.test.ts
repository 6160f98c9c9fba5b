import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations and cited issuers from the misses of blind batch 17, whole (issue 9;
 * docs/extraction-rounds.md, "Citation relations: what the misses are", twelfth round): each case one
 * structure of the text, on a short document written for this test.
 */
const parsed = (text: string) => parseDocument(text).citations;
const cited = (text: string) => parsed(text).map((c) => [c.number ?? c.name, c.relation]);
const issuerOf = (text: string, number: string) => parsed(text).find((c) => c.number === number)?.issuer?.name ?? null;

describe('a rule\'s noun right before "tại" names the measure ("đúng quy trình tại Hướng dẫn số …")', () => {
  it('"Việc bầu cử thực hiện theo Điều lệ … và đúng quy trình tại Hướng dẫn số …" cites both', () => {
    expect(cited(`II. BẦU CỬ
- Việc bầu cử thực hiện theo Điều lệ Hội Nông dân Việt Nam và đúng quy trình tại Hướng dẫn số 21-HD/HNDT ngày 04/3/2024 của Ban Thường vụ Hội Nông dân tỉnh Bình Định.
`)).toEqual([['21-HD/HNDT', 'cites'], ['Điều lệ Hội Nông dân Việt Nam', 'cites']]);
  });

  it('"Công tác nhân sự thực hiện theo Điều lệ …, bảo đảm đúng trình tự, thủ tục tại Hướng dẫn số …" cites', () => {
    expect(cited(`4. Công tác nhân sự đại hội thực hiện theo Điều lệ Đoàn TNCS Hồ Chí Minh, bảo đảm đúng trình tự, thủ tục tại Hướng dẫn số 08-HD/TĐTN-TCKT ngày 10/01/2024 của Ban Thường vụ Tỉnh đoàn.
`).find(([n]) => n === '08-HD/TĐTN-TCKT')).toEqual(['08-HD/TĐTN-TCKT', 'cites']);
  });

  it('"Căn cứ tiêu chuẩn tại Thông tư số …" keeps its basis', () => {
    expect(cited(`Căn cứ tiêu chuẩn tại Thông tư số 12/2023/TT-BNV ngày 20/6/2023 của Bộ Nội vụ;
`)).toEqual([['12/2023/TT-BNV', 'basis']]);
  });
});

describe('names listed with commas inside a subject ("của Đảng, Nhà nước, Mặt trận … và Kế hoạch số …")', () => {
  it('the list\'s second document keeps the opening "Thực hiện"', () => {
    expect(cited(`Thực hiện Chỉ thị số 42-CT/TW ngày 15/3/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, Nhà nước, Mặt trận Tổ quốc đối với công tác người cao tuổi và Kế hoạch số 27-KH/TU ngày 02/6/2020 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy yêu cầu các chi bộ thực hiện tốt các nội dung sau:
`).slice(0, 2)).toEqual([['42-CT/TW', 'implements'], ['27-KH/TU', 'implements']]);
  });

  it('places listed in a subject ("ở các huyện Mường Lát, Quan Sơn và Quan Hóa và Kế hoạch số …")', () => {
    expect(cited(`Triển khai Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ về giảm nghèo bền vững ở các huyện Mường Lát, Quan Sơn và Quan Hóa và Kế hoạch số 12/KH-UBND ngày 20/02/2022 của UBND tỉnh, UBND huyện Mường Lát xây dựng kế hoạch như sau:
`)).toEqual([['90/QĐ-TTg', 'implements'], ['12/KH-UBND', 'implements']]);
  });
});

describe('the agent of a passive act names the document\'s issuer ("được Chủ tịch UBND tỉnh công bố … theo Quyết định số …")', () => {
  const commune = (body: string) => `ỦY BAN NHÂN DÂN
XÃ TÂN ÂN
-------
Số: 14/KH-UBND

KẾ HOẠCH
Phòng, chống sạt lở bờ sông năm 2024

${body}
`;

  it('"… đã được Chủ tịch UBND tỉnh công bố tình huống khẩn cấp theo Quyết định số …": the province\'s', () => {
    expect(issuerOf(commune('Đoạn bờ sông ấp Kinh Đứng dài 210 m đã được Chủ tịch UBND tỉnh Cà Mau công bố tình huống khẩn cấp theo Quyết định số 1544/QĐ-UBND ngày 03/9/2024.'), '1544/QĐ-UBND'))
      .toBe('UBND tỉnh Cà Mau');
  });

  it('"Dự án … được UBND huyện phê duyệt tại Quyết định số …": the district\'s', () => {
    expect(issuerOf(commune('Dự án kè chống sạt lở chợ Tân Ân được UBND huyện Ngọc Hiển phê duyệt chủ trương đầu tư tại Quyết định số 802/QĐ-UBND ngày 12/7/2024.'), '802/QĐ-UBND'))
      .toBe('UBND huyện Ngọc Hiển');
  });

  it('an agent the symbol cannot be ("được Sở Xây dựng thẩm định theo Nghị định số …/NĐ-CP") is not the issuer', () => {
    expect(issuerOf(commune('Hồ sơ thiết kế đã được Sở Xây dựng thẩm định theo Nghị định số 15/2021/NĐ-CP ngày 03/3/2021.'), '15/2021/NĐ-CP'))
      .toBe('Chính phủ');
  });
});

describe('a follow-up names its sender in the clause after it ("tiếp theo Công điện số …, Ban Chỉ đạo quốc gia đề nghị …")', () => {
  it('a news report, whose own issuer is not read: the subject after the follow-up sent the earlier telegram', () => {
    expect(issuerOf(`(TTXVN) - Chiều 12/9, trước diễn biến của bão số 3, tiếp theo Công điện số 15/CĐ-QG ngày 10/9/2024, Ban Chỉ đạo quốc gia đề nghị Chủ tịch UBND các tỉnh ven biển theo dõi chặt chẽ diễn biến của bão.
`, '15/CĐ-QG')).toBe('Ban Chỉ đạo quốc gia');
  });

  it('guard: where the symbol already names the body ("Tiếp theo Công văn số …/SYT-NV, Sở Y tế tỉnh … yêu cầu …"), the same body', () => {
    expect(issuerOf(`Tiếp theo Công văn số 2210/SYT-NV ngày 05/8/2024, Sở Y tế tỉnh Long An yêu cầu các bệnh viện tăng cường giám sát bệnh sốt xuất huyết.
`, '2210/SYT-NV')).toBe('Sở Y tế tỉnh Long An');
  });
});

describe('a national body is the nation\'s, not the citing district\'s ("của Ban Chỉ đạo quốc gia …")', () => {
  const district = (body: string) => `ỦY BAN NHÂN DÂN
HUYỆN HƯƠNG KHÊ
-------
Số: 355/UBND-NN
V/v ứng phó mưa lũ

${body}
`;

  it('"… của Ban Chỉ đạo quốc gia về phòng chống thiên tai" keeps its topic, with no place', () => {
    expect(issuerOf(district('Thực hiện Công văn số 210/BCĐ-VPTT ngày 24/10/2024 của Ban Chỉ đạo quốc gia về phòng chống thiên tai, UBND huyện đề nghị UBND các xã theo dõi mưa lũ.'), '210/BCĐ-VPTT'))
      .toBe('Ban Chỉ đạo quốc gia về phòng chống thiên tai');
  });

  it('"… của Ban Chỉ đạo quốc gia về Phòng, chống thiên tai": the capitalised topic word is no place, and the name keeps it', () => {
    expect(issuerOf(district('Thực hiện Công điện số 18/CĐ-QG ngày 20/10/2024 của Ban Chỉ đạo quốc gia về Phòng, chống thiên tai, UBND huyện đề nghị UBND các xã theo dõi mưa lũ.'), '18/CĐ-QG'))
      .toBe('Ban Chỉ đạo quốc gia về Phòng, chống thiên tai');
  });
});

describe('the issuer written after the number as the one who issued it ("Kế hoạch số … do UBND huyện … ban hành")', () => {
  const commune = (body: string) => `ỦY BAN NHÂN DÂN
XÃ PHÚ THỌ
-------
Số: 21/KH-UBND

KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia súc năm 2024

${body}
`;

  it('"do UBND huyện Tam Nông ban hành": the district\'s plan, not the commune\'s', () => {
    expect(issuerOf(commune('Thực hiện Kế hoạch số 12/KH-UBND ngày 03/02/2024 do UBND huyện Tam Nông ban hành, UBND xã xây dựng kế hoạch như sau:'), '12/KH-UBND'))
      .toBe('UBND huyện Tam Nông');
  });

  it('"được UBND huyện … ký ban hành" reads the same', () => {
    expect(issuerOf(commune('Căn cứ Quyết định số 40/QĐ-UBND ngày 15/01/2024 được UBND huyện Tam Nông ký ban hành;'), '40/QĐ-UBND'))
      .toBe('UBND huyện Tam Nông');
  });

  it('guard: "do UBND xã chủ trì" names who leads the work, not who issued the plan (the commune\'s own code stays)', () => {
    expect(issuerOf(commune('Thực hiện Kế hoạch số 12/KH-UBND ngày 03/02/2024 do UBND xã chủ trì, các ban ngành phối hợp.'), '12/KH-UBND'))
      .toBe('UBND xã Phú Thọ');
  });
});

describe('a notice of an official\'s conclusion names its issuer in its subject ("Thông báo số … về ý kiến kết luận của đồng chí …")', () => {
  const commune = (body: string) => `ỦY BAN NHÂN DÂN
XÃ ĐẠI ĐỒNG
-------
Số: 21/KH-UBND

KẾ HOẠCH
Ra quân làm thủy lợi nội đồng năm 2024

${body}
`;

  it('"Thông báo số 12/TB-UBND … về ý kiến kết luận của đồng chí Phó Chủ tịch UBND huyện …": the district\'s', () => {
    expect(issuerOf(commune('Thực hiện Thông báo số 12/TB-UBND ngày 03/02/2024 về ý kiến kết luận của đồng chí Phó Chủ tịch UBND huyện Vĩnh Tường tại cuộc họp giao ban nông nghiệp, UBND xã xây dựng kế hoạch như sau:'), '12/TB-UBND'))
      .toBe('UBND huyện Vĩnh Tường');
  });

  it('guard: "Công văn số … của đồng chí Chủ tịch UBND huyện …" stays the district\'s', () => {
    expect(issuerOf(commune('Thực hiện Công văn số 55/UBND-NN ngày 03/02/2024 của đồng chí Chủ tịch UBND huyện Vĩnh Tường về nạo vét kênh mương, UBND xã xây dựng kế hoạch như sau:'), '55/UBND-NN'))
      .toBe('UBND huyện Vĩnh Tường');
  });
});

describe('results after a ground trigger ("Trên cơ sở kết quả rà soát theo Công văn số …")', () => {
  const commune = (body: string) => `ỦY BAN NHÂN DÂN
XÃ ĐẠI ĐỒNG
-------
Số: 21/KH-UBND

KẾ HOẠCH
Hỗ trợ hộ nghèo năm 2024

${body}
`;

  it('"Trên cơ sở kết quả rà soát theo Công văn số …" cites the letter the review came under', () => {
    expect(cited(commune('Trên cơ sở kết quả rà soát theo Công văn số 33/UBND-NN ngày 10/3/2024 của UBND huyện Vĩnh Tường, UBND xã xây dựng kế hoạch như sau:')))
      .toEqual([['33/UBND-NN', 'cites']]);
  });

  it('"Dựa trên kết quả điều tra … tại Quyết định số … và Nghị quyết số …": the first cited, the second a basis', () => {
    expect(cited(commune('Dựa trên kết quả điều tra hộ nghèo tại Quyết định số 88/QĐ-UBND ngày 02/3/2024 của UBND huyện Vĩnh Tường và Nghị quyết số 12-NQ/ĐU ngày 05/3/2024 của Đảng ủy xã, UBND xã xây dựng kế hoạch như sau:')))
      .toEqual([['88/QĐ-UBND', 'cites'], ['12-NQ/ĐU', 'basis']]);
  });

  it('guard: "Trên cơ sở Nghị quyết số …" stays a basis', () => {
    expect(cited(commune('Trên cơ sở Nghị quyết số 12-NQ/ĐU ngày 05/3/2024 của Đảng ủy xã Đại Đồng, UBND xã xây dựng kế hoạch như sau:')))
      .toEqual([['12-NQ/ĐU', 'basis']]);
  });
});
