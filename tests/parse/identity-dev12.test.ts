import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { ownIdentity } from './docs.js';

/**
 * The document's own identity from the misses of blind batch 17 (28 documents moved whole to tune;
 * docs/extraction-rounds.md, "Document identity: what the misses are", twelfth round): each case one
 * structure of the text, on short documents written for this test in their own words, with a guard
 * where the rule has an edge.
 */
const cited = (text: string) => parseDocument(text).citations.map((c) => c.number);

describe('a news lead whose subject is a board named by the programme it steers', () => {
  const news = (lead: string) => `Ra quân làm sạch dữ liệu đất đai

Thứ Hai, 15/7/2024 - 09:30

${lead}

Theo kế hoạch, Sở Tài nguyên và Môi trường chủ trì rà soát hồ sơ địa chính, hoàn thành trước ngày 30/9/2024.

Lê Minh
`;

  it('"Ban Chỉ đạo thực hiện Đề án 06 tỉnh X vừa ban hành Kế hoạch số …": the programme\'s name is inside the board\'s, the place after it', () => {
    const text = news('(TN) - Ban Chỉ đạo thực hiện Đề án 06 tỉnh Tây Ninh vừa ban hành Kế hoạch số 27/KH-BCĐ ngày 10/7/2024 về đợt cao điểm chuẩn hóa dữ liệu đất đai.');
    expect(ownIdentity(text)).toEqual({ number: '27/KH-BCĐ', docType: 'Kế hoạch', issuedOn: '2024-07-10', issuer: 'Ban Chỉ đạo thực hiện Đề án 06 tỉnh Tây Ninh' });
    expect(cited(text)).toEqual([]);
  });

  it('"Ban Chỉ đạo Chương trình mục tiêu quốc gia … huyện X đã ban hành Kế hoạch số …": a programme word then lower case', () => {
    const text = news('Ban Chỉ đạo Chương trình giảm nghèo bền vững huyện Tịnh Biên đã ban hành Kế hoạch số 41/KH-BCĐ ngày 08/7/2024 về rà soát hộ cận nghèo.');
    expect(ownIdentity(text)).toEqual({ number: '41/KH-BCĐ', docType: 'Kế hoạch', issuedOn: '2024-07-08', issuer: 'Ban Chỉ đạo Chương trình giảm nghèo bền vững huyện Tịnh Biên' });
  });

  it('"Chiều 26/10, Ban Chỉ đạo quốc gia về Phòng, chống … đã ban hành Công điện số …": a national board, its subject in title case; the day from the lead', () => {
    const text = `Chủ động ứng phó bão số 6

14/11/2024 16:20

Chiều 14/11, Ban Chỉ đạo quốc gia về Phòng, chống thiên tai đã ban hành Công điện số 33/CĐ-QG gửi Chủ tịch UBND các tỉnh ven biển về việc chủ động ứng phó với bão.

Công điện yêu cầu Bộ Quốc phòng sẵn sàng lực lượng, phương tiện cứu hộ.
`;
    expect(ownIdentity(text)).toEqual({ number: '33/CĐ-QG', docType: 'Công điện', issuedOn: '2024-11-14', issuer: 'Ban Chỉ đạo quốc gia về Phòng, chống thiên tai' });
    expect(cited(text)).toEqual([]);
  });

  it('guard: a capitalised word after a board that is no programme\'s name is still its place ("Ban Chỉ đạo huyện Tịnh Biên")', () => {
    const text = news('Ban Chỉ đạo phòng, chống dịch huyện Tịnh Biên vừa ban hành Kế hoạch số 12/KH-BCĐ ngày 02/7/2024 về tiêm chủng.');
    expect(ownIdentity(text).issuer).toBe('Ban Chỉ đạo phòng, chống dịch huyện Tịnh Biên');
  });
});

describe('a news lead that names its document\'s issuer by its place alone', () => {
  it('"…, huyện X vừa có Đề án số …" and a quote "Đề án do Ban Thường vụ Hội … huyện ban hành": the number, type, date, and the quoted body placed in the lead\'s district', () => {
    const text = `Châu Thành: Thành lập tổ hội nghề nghiệp trồng dừa

Cập nhật lúc 08:40, Thứ Năm, 18/04/2024

(BĐK) - Nhằm nâng cao thu nhập cho hội viên, huyện Châu Thành vừa có Đề án số 05-ĐA/HNDH ngày 12/4/2024 về xây dựng tổ hội nghề nghiệp trồng dừa hữu cơ.

"Đề án do Ban Thường vụ Hội Nông dân huyện ban hành, đặt mục tiêu mỗi xã có một tổ hội", ông Trần Văn Hai cho biết.

Hội Nông dân xã An Khánh xây dựng mô hình điểm trồng dừa hữu cơ.

Ngọc Lan
`;
    expect(ownIdentity(text)).toEqual({ number: '05-ĐA/HNDH', docType: 'Đề án', issuedOn: '2024-04-12', issuer: 'Ban Thường vụ Hội Nông dân huyện Châu Thành' });
    expect(cited(text)).toEqual([]);
  });

  it('"Thành phố X vừa ban hành Kế hoạch số …/KH-UBND" under a press tag, no sentence naming the issuer: the symbol\'s body in the lead\'s place', () => {
    const text = `(BLĐ) - Thành phố Bảo Lộc vừa ban hành Kế hoạch số 88/KH-UBND ngày 06/5/2024 về chỉnh trang đô thị năm 2024.

Theo kế hoạch, Phòng Quản lý đô thị thành phố chủ trì rà soát các tuyến đường cần chỉnh trang.
`;
    expect(ownIdentity(text)).toEqual({ number: '88/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-05-06', issuer: 'UBND thành phố Bảo Lộc' });
  });

  it('"Huyện X vừa có Kế hoạch số …/KH-UBND" after a dateline: UBND huyện X', () => {
    const text = `Chủ động phòng, chống hạn mặn

Thứ Tư, 03/4/2024 - 07:10

Huyện Tân Phú Đông vừa có Kế hoạch số 41/KH-UBND ngày 02/4/2024 về phòng, chống hạn mặn mùa khô.

Theo kế hoạch, các xã rà soát diện tích lúa bị ảnh hưởng.
`;
    expect(ownIdentity(text)).toEqual({ number: '41/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-04-02', issuer: 'UBND huyện Tân Phú Đông' });
  });

  it('guard: outside a news article (no dateline, no press tag) the same sentence is not read as the document\'s own', () => {
    const text = `Năm 2023, huyện Châu Thành vừa có Đề án số 05-ĐA/HNDH ngày 12/4/2023 về trồng dừa; năm nay Ủy ban nhân dân xã An Khánh xây dựng Kế hoạch này như sau:

1. Hội Nông dân xã vận động hội viên tham gia tổ hội.
`;
    expect(ownIdentity(text).number).toBeNull();
  });
});

describe('the closing statement names the type over a body sentence\'s typed object', () => {
  const fragment = (item: string, closing: string) => `III. TỔ CHỨC THỰC HIỆN

1. Công an xã chủ trì tuần tra, xử lý các trường hợp lấn chiếm hành lang an toàn giao thông.

2. ${item}

3. Các thôn vận động nhân dân tự tháo dỡ lều quán trước ngày 15/11/2024.

${closing}

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN XÃ PHÚ LỘC
CHỦ TỊCH

Hoàng Văn Nam
`;

  it('"tham mưu UBND xã ban hành quyết định cưỡng chế" in an item, "Trên đây là Kế hoạch …" at the end: a Kế hoạch', () => {
    const text = fragment('Công chức Địa chính - Xây dựng rà soát công trình vi phạm; tham mưu UBND xã ban hành quyết định cưỡng chế theo thẩm quyền.', 'Trên đây là Kế hoạch lập lại trật tự hành lang an toàn giao thông năm 2024. Yêu cầu các bộ phận nghiêm túc thực hiện./.');
    expect(ownIdentity(text)).toMatchObject({ docType: 'Kế hoạch', issuer: 'UBND xã Phú Lộc' });
  });

  it('"… tham mưu UBND xã ban hành chỉ thị …" in an item, "Trên đây là Phương án …": a Phương án', () => {
    const text = fragment('Văn phòng - Thống kê tổng hợp kết quả; tham mưu UBND xã ban hành chỉ thị tăng cường quản lý trật tự đô thị.', 'Trên đây là Phương án giải tỏa lấn chiếm hành lang an toàn giao thông của UBND xã Phú Lộc./.');
    expect(ownIdentity(text).docType).toBe('Phương án');
  });
});

describe('a portal post\'s byline above the document it publishes', () => {
  const page = (byline: string, lead: string, header: string) => `Đăng lúc 14:05 ngày 12/8/2024

${byline}

${lead}

${header}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

KẾ HOẠCH
Tổ chức Tết Trung thu cho thiếu nhi năm 2024

Thực hiện Kế hoạch số 210/KH-UBND ngày 01/8/2024 của UBND huyện về công tác trẻ em, UBND xã xây dựng Kế hoạch như sau:

1. Đoàn Thanh niên xã chủ trì tổ chức đêm hội trăng rằm tại nhà văn hóa xã.

2. Công an xã bảo đảm an ninh, trật tự trong thời gian tổ chức.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Phan Văn Long
`;

  it('"Văn phòng UBND xã X" as the byline, a lead "… Toàn văn như sau:", then the header: the header\'s number, date and issuer', () => {
    const text = page('Văn phòng UBND xã Quảng Hòa', 'Ủy ban nhân dân xã Quảng Hòa vừa ban hành kế hoạch tổ chức Tết Trung thu cho thiếu nhi. Toàn văn như sau:',
      'UBND HUYỆN QUẢNG TRẠCH\nỦY BAN NHÂN DÂN XÃ QUẢNG HÒA\nSố: 58/KH-UBND\nQuảng Hòa, ngày 09 tháng 8 năm 2024');
    expect(ownIdentity(text)).toEqual({ number: '58/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-08-09', issuer: 'UBND xã Quảng Hòa' });
    expect(cited(text)).toEqual(['210/KH-UBND']);
  });

  it('a department\'s byline ("Phòng Văn hóa và Thông tin huyện X") over a commune\'s document: the commune is the issuer', () => {
    const text = page('Phòng Văn hóa và Thông tin huyện Quảng Trạch', 'Xã Quảng Hòa đã ban hành kế hoạch vui Tết Trung thu. Xin giới thiệu toàn văn:',
      'UBND HUYỆN QUẢNG TRẠCH\nỦY BAN NHÂN DÂN XÃ QUẢNG HÒA\nSố: 61/KH-UBND\nQuảng Hòa, ngày 10 tháng 8 năm 2024');
    expect(ownIdentity(text)).toEqual({ number: '61/KH-UBND', docType: 'Kế hoạch', issuedOn: '2024-08-10', issuer: 'UBND xã Quảng Hòa' });
  });
});

describe('a lead-in\'s bare organ named in full by a later sentence in the issuer\'s voice', () => {
  const fragment = (opening: string, closing: string, capacity: string) => `${opening}

I. CHỈ TIÊU
Mỗi chi hội có ít nhất một mô hình kinh tế hiệu quả; năm 2023 toàn huyện có 214 mô hình.

II. PHÂN CÔNG THỰC HIỆN
1. Ban Tổ chức - Kiểm tra hướng dẫn các cơ sở Hội đăng ký mô hình.
2. Văn phòng tổng hợp kết quả, tham mưu khen thưởng.

${closing}

Nơi nhận:
- Như trên;
- Lưu VP.

${capacity}
CHỦ TỊCH

Đỗ Văn Thành
`;

  it('"Ban Thường vụ xây dựng Kế hoạch này …" and, at the end, "Ban Thường vụ Hội Cựu chiến binh huyện X đề nghị …": that body, not the one its opening cites', () => {
    const text = fragment('Thực hiện Kế hoạch số 15-KH/CCB ngày 02/3/2024 của Ban Thường vụ Hội Cựu chiến binh tỉnh Hà Nam, Ban Thường vụ xây dựng Kế hoạch này với các nội dung sau:',
      'Ban Thường vụ Hội Cựu chiến binh huyện Kim Bảng đề nghị các cơ sở Hội nghiêm túc thực hiện; có vướng mắc báo cáo về Văn phòng Hội./.', 'T/M BAN THƯỜNG VỤ');
    expect(ownIdentity(text)).toMatchObject({ docType: 'Kế hoạch', issuer: 'Ban Thường vụ Hội Cựu chiến binh huyện Kim Bảng' });
  });

  it('"Ban Thường vụ ban hành Kế hoạch … như sau:" and "Ban Thường vụ Hội Nông dân xã X yêu cầu …" at the end', () => {
    const text = fragment('Để đẩy mạnh phong trào thi đua sản xuất giỏi, Ban Thường vụ ban hành Kế hoạch thực hiện như sau:',
      'Ban Thường vụ Hội Nông dân xã Đồng Hóa yêu cầu các chi hội triển khai thực hiện./.', 'TM. BAN THƯỜNG VỤ');
    expect(ownIdentity(text)).toMatchObject({ docType: 'Kế hoạch', issuer: 'Ban Thường vụ Hội Nông dân xã Đồng Hóa' });
  });
});

describe('a Thông báo whose number stands between its two words: "Thông báo số … ngày … kết luận của …"', () => {
  const news = (lead: string) => `Hòn Đất: Chỉ đạo phát triển kinh tế biển

Thứ Sáu, 22/11/2024 - 07:30

${lead}

Thông báo yêu cầu UBND huyện chỉ đạo hoàn thành bến cá trước tháng 6/2025.
`;

  it('"vừa có Thông báo số 415-TB/HU ngày … kết luận của đồng chí Bí thư …": a Thông báo kết luận', () => {
    expect(ownIdentity(news('Huyện ủy Hòn Đất vừa có Thông báo số 212-TB/HU ngày 20/11/2024 kết luận của đồng chí Bí thư Huyện ủy tại buổi làm việc với Đảng ủy xã Sơn Kiên.')))
      .toEqual({ number: '212-TB/HU', docType: 'Thông báo kết luận', issuedOn: '2024-11-20', issuer: 'Huyện ủy Hòn Đất' });
  });

  it('"… ban hành Thông báo số … ý kiến kết luận tại …" (no date): a Thông báo kết luận', () => {
    expect(ownIdentity(news('Ban Thường vụ Huyện ủy Hòn Đất vừa ban hành Thông báo số 215-TB/HU ý kiến kết luận tại hội nghị giao ban quý IV.')).docType).toBe('Thông báo kết luận');
  });

  it('guard: "Thông báo số … ngày … về việc …" stays a Thông báo', () => {
    expect(ownIdentity(news('Huyện ủy Hòn Đất vừa có Thông báo số 218-TB/HU ngày 21/11/2024 về việc tổ chức hội nghị sơ kết.')).docType).toBe('Thông báo');
  });
});

describe('a body following up its own document writes one of the same kind', () => {
  const fragment = (leadIn: string) => `${leadIn}

1. Sở Y tế chủ trì giám sát ca bệnh, cấp đủ vắc xin cho các huyện.

2. Sở Nông nghiệp và Phát triển nông thôn hướng dẫn tiêm phòng cho đàn vật nuôi.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lâm Văn Tâm
`;

  it('"Tiếp theo Kế hoạch số … của UBND tỉnh, Ủy ban nhân dân tỉnh giao nhiệm vụ … như sau:": a Kế hoạch', () => {
    expect(ownIdentity(fragment('Tiếp theo Kế hoạch số 52/KH-UBND ngày 10/3/2024 của UBND tỉnh, Ủy ban nhân dân tỉnh Sóc Trăng giao nhiệm vụ cụ thể như sau:')))
      .toMatchObject({ docType: 'Kế hoạch', issuer: 'UBND tỉnh Sóc Trăng' });
  });

  it('"Tiếp theo Công văn số … của UBND tỉnh, UBND tỉnh đề nghị … như sau:": a Công văn', () => {
    expect(ownIdentity(fragment('Tiếp theo Công văn số 1180/UBND-NN ngày 02/4/2024 của UBND tỉnh Sóc Trăng, UBND tỉnh Sóc Trăng chỉ đạo các sở, ngành như sau:')).docType).toBe('Công văn');
  });

  it('guard: following up a superior\'s document ("của UBND tỉnh, UBND huyện giao …") names no type', () => {
    expect(ownIdentity(fragment('Tiếp theo Kế hoạch số 52/KH-UBND ngày 10/3/2024 của UBND tỉnh, Ủy ban nhân dân huyện Mỹ Tú giao nhiệm vụ cụ thể như sau:')).docType).toBe('Khác');
  });
});
