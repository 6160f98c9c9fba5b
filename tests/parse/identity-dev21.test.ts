import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The own identity of a fragment without its header (docs/extraction-quality.md, "Round on batch 30's headless
 * fragments"): each mechanism on short documents written for this test, in two variants (another province,
 * another kind of body), with a guard where it must not act.
 */
const parsed = (text: string) => parseDocument(text);

describe('a council\'s resolution passed at a session: "… được HĐND tỉnh X khóa …, kỳ họp thứ … thông qua ngày …"', () => {
  it('a provincial council, its session in words, the day of the vote right after the act', () => {
    const r = parsed(`b) Sở Tài chính bố trí kinh phí hỗ trợ trong dự toán ngân sách hằng năm.

Điều 3. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 3 năm 2025.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Phú Yên khóa VIII, kỳ họp thứ hai mươi hai thông
qua ngày 18 tháng 02 năm 2025./.

CHỦ TỊCH

Lê Văn Hải
`);
    expect(r.issuer?.name).toBe('HĐND tỉnh Phú Yên');
    expect(r.issuedOn).toBe('2025-02-18');
    expect(r.docType).toBe('Nghị quyết');
  });

  it('a district council, its session in figures and a special session, the date in figures after a comma', () => {
    const r = parsed(`2. Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này.

Nghị quyết này được Hội đồng nhân dân huyện Krông Pắc khóa XII, kỳ họp thứ 9 chuyên đề thông qua, ngày 27/8/2024.

CHỦ TỊCH
Y Bhin Niê
`);
    expect(r.issuer?.name).toBe('HĐND huyện Krông Pắc');
    expect(r.issuedOn).toBe('2024-08-27');
  });

  it('guard: a date further on in the sentence is not the day of the act', () => {
    const r = parsed(`Nghị quyết này được Hội đồng nhân dân xã Đồng Lạc khóa XXI, kỳ họp thứ 8 thông qua và có hiệu lực từ ngày 01/01/2025./.
`);
    expect(r.issuer?.name).toBe('HĐND xã Đồng Lạc');
    expect(r.issuedOn).toBeNull();
  });
});

describe('a unit joined by "và" to a verb\'s object is an object too, not the issuer', () => {
  it('"… phối hợp với Công an huyện và Hạt Kiểm lâm huyện X xây dựng phương án …": the signature names the issuer', () => {
    const r = parsed(`2. Ban Chỉ huy Quân sự huyện chủ trì, phối hợp với Công an huyện và Hạt Kiểm lâm huyện Lắk xây dựng
phương án sơ tán dân tại các buôn ven hồ.

3. Ủy ban nhân dân các xã rà soát các hộ dân trong vùng nguy cơ ngập lụt.

Kế hoạch này có hiệu lực kể từ ngày ký./.

TM. BAN CHỈ HUY PHÒNG THỦ DÂN SỰ HUYỆN LẮK
TRƯỞNG BAN

Nguyễn Văn Toàn
`);
    expect(r.issuer?.name).toBe('Ban Chỉ huy Phòng thủ dân sự huyện Lắk');
    expect(r.docType).toBe('Kế hoạch');
  });

  it('a commune: "… phối hợp với Ban Chỉ huy Quân sự xã và Đoàn Thanh niên xã Y xây dựng kế hoạch …" under the UBND\'s signature', () => {
    const r = parsed(`1. Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã và Đoàn Thanh niên xã Tân Hòa xây dựng
kế hoạch tuần tra ban đêm tại các ấp giáp ranh.

2. Các ấp vận động nhân dân tham gia tổ an ninh tự quản.

TM. ỦY BAN NHÂN DÂN XÃ TÂN HÒA
CHỦ TỊCH

Lê Minh Sang
`);
    expect(r.issuer?.name).toBe('UBND xã Tân Hòa');
  });

  it('guard: "Sau khi làm việc với Sở A, UBND huyện X ban hành Kế hoạch …": the comma opens the clause of the issuer', () => {
    const r = parsed(`Sau khi làm việc với Sở Giáo dục và Đào tạo, Ủy ban nhân dân huyện Nghi Xuân ban hành Kế hoạch tổ chức kỳ thi học sinh giỏi năm học 2024 - 2025 như sau:

1. Phòng Giáo dục và Đào tạo huyện chủ trì tổ chức kỳ thi.
`);
    expect(r.issuer?.name).toBe('UBND huyện Nghi Xuân');
    expect(r.docType).toBe('Kế hoạch');
  });
});

describe('a deputy\'s post ("Phó Thủ tướng", "Phó Bộ trưởng") is a person a notice reports, not the issuer', () => {
  it('"Phó Thủ tướng yêu cầu …" in a notice closing "Văn phòng Chính phủ thông báo để … biết"', () => {
    const r = parsed(`2. Nhiệm vụ trong thời gian tới
Phó Thủ tướng yêu cầu các bộ, cơ quan, địa phương tập trung thực hiện các nhiệm vụ sau:
a) Ủy ban nhân dân tỉnh Bình Dương hoàn thiện hồ sơ dự án đường Vành đai 4, trình Thủ tướng Chính phủ trong tháng 12/2024.
b) Bộ Tài chính bố trí đủ vốn đối ứng năm 2025 cho dự án.

Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.
`);
    expect(r.issuer?.name).toBe('Văn phòng Chính phủ');
  });

  it('"Phó Bộ trưởng Bộ Y tế yêu cầu …": the ministry\'s office that gives notice of it is the issuer', () => {
    const r = parsed(`Sau khi nghe các đơn vị báo cáo, Phó Bộ trưởng Bộ Y tế yêu cầu các đơn vị thực hiện các nội dung sau:
1. Cục Quản lý Dược hoàn thiện dự thảo Thông tư về đấu thầu thuốc trong tháng 11/2024.
2. Vụ Kế hoạch - Tài chính cân đối kinh phí cho các bệnh viện tuyến cuối.

Văn phòng Bộ Y tế thông báo để các đơn vị liên quan biết, thực hiện./.
`);
    expect(r.issuer?.name).toBe('Văn phòng Bộ Y tế');
  });
});

describe('a body signing by its head with no "TM.": its name over a line that is only the post, then rank and name', () => {
  it('a provincial border guard command: "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH … / CHỈ HUY TRƯỞNG / Đại tá …"', () => {
    const r = parsed(`2. Hải đội Biên phòng 1 duy trì tuần tra trên vùng biển giáp ranh với tỉnh Bình Thuận.

3. Các đồn Biên phòng báo cáo kết quả hằng tuần về Bộ Chỉ huy qua Phòng Tham mưu./.

Nơi nhận:
- Bộ Tư lệnh BĐBP (b/c);
- Lưu: VT, TM.

BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH NINH THUẬN
CHỈ HUY TRƯỞNG

Đại tá Trần Minh Đức
`);
    expect(r.issuer?.name).toBe('Bộ Chỉ huy Bộ đội Biên phòng tỉnh Ninh Thuận');
  });

  it('a district police, its deputy head signing: "CÔNG AN HUYỆN … / PHÓ TRƯỞNG CÔNG AN / Thiếu tá …"', () => {
    const r = parsed(`3. Đội Cảnh sát giao thông tăng cường tuần tra trên Quốc lộ 1A trong dịp Tết.

Nơi nhận:
- Công an tỉnh (b/c);
- Lưu: VT.

CÔNG AN HUYỆN QUẢNG XƯƠNG
PHÓ TRƯỞNG CÔNG AN

Thiếu tá Lê Văn Hùng
`);
    expect(r.issuer?.name).toBe('Công an huyện Quảng Xương');
  });

  it('guard: a recipient line in capitals over the post is no signing body when it is not a named body alone', () => {
    const r = parsed(`3. Các phòng chuyên môn báo cáo kết quả trước ngày 30/6/2024./.

CÁC PHÒNG CHUYÊN MÔN THUỘC SỞ
GIÁM ĐỐC

Nguyễn Văn Tâm
`);
    expect(r.issuer).toBeNull();
  });
});

describe('the signing body\'s name wrapped before its place, over its head\'s bare post', () => {
  it('"BỘ CHỈ HUY QUÂN SỰ / TỈNH QUẢNG TRỊ / CHỈ HUY TRƯỞNG / Đại tá …"', () => {
    const r = parsed(`4. Các Ban Chỉ huy Quân sự huyện báo cáo kết quả về Bộ Chỉ huy trước ngày 25/12/2024./.

Nơi nhận:
- Quân khu 4 (b/c);
- Lưu: VT, TM.

BỘ CHỈ HUY QUÂN SỰ
TỈNH QUẢNG TRỊ
CHỈ HUY TRƯỞNG

Đại tá Nguyễn Văn Hưng
`);
    expect(r.issuer?.name).toBe('Bộ Chỉ huy Quân sự tỉnh Quảng Trị');
  });

  it('"SỞ Y TẾ / TỈNH ĐỒNG THÁP / GIÁM ĐỐC": a department of another province', () => {
    const r = parsed(`3. Các bệnh viện tuyến huyện báo cáo số ca bệnh hằng tuần về Sở./.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, NVY.

SỞ Y TẾ
TỈNH ĐỒNG THÁP
GIÁM ĐỐC

Trần Văn Phúc
`);
    expect(r.issuer?.name).toBe('Sở Y tế tỉnh Đồng Tháp');
  });
});

describe('a signing organ with no owner, named by place for those it addresses and by level word for its own', () => {
  it('"T/M ỦY BAN KIỂM TRA": the district committees\' inspection commissions named, the province\'s by "Tỉnh ủy" only', () => {
    const r = parsed(`1. Ủy ban Kiểm tra Huyện ủy Hướng Hóa và Ủy ban Kiểm tra Huyện ủy Đakrông chuẩn bị hồ sơ, báo cáo theo đề cương.

2. Phòng Nghiệp vụ 3 dự thảo báo cáo kết quả giám sát, trình Ủy ban Kiểm tra Tỉnh ủy trước ngày 20/10/2024.

Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Lưu VT.

T/M ỦY BAN KIỂM TRA
PHÓ CHỦ NHIỆM

Lê Văn Sơn
`);
    expect(r.issuer?.name).toBe('Ủy ban Kiểm tra Tỉnh ủy Quảng Trị');
  });

  it('"T/M BAN TUYÊN GIÁO": the communes\' boards named, the district\'s by "Huyện ủy" only', () => {
    const r = parsed(`1. Ban Tuyên giáo Đảng ủy xã Sơn Kim 1 và Ban Tuyên giáo Đảng ủy xã Sơn Tây tổ chức học tập chuyên đề năm 2024.

2. Các chi bộ gửi kết quả về Ban Tuyên giáo Huyện ủy trước ngày 15/11/2024.

T/M BAN TUYÊN GIÁO
TRƯỞNG BAN

Phan Thị Hà
`);
    // Placed since issuer35: a district's own communes (Sơn Kim 1, Sơn Tây) are Hương Sơn's (resolve/context.ts, ownWard).
    expect(r.issuer?.name).toBe('Ban Tuyên giáo Huyện ủy Hương Sơn');
  });

  it('guard: the organ named by level word at the level of the named ones is not taken', () => {
    const r = parsed(`1. Ủy ban Kiểm tra Huyện ủy Hướng Hóa và Ủy ban Kiểm tra Huyện ủy Đakrông chuẩn bị hồ sơ.

2. Phòng Nghiệp vụ trình Ủy ban Kiểm tra Huyện ủy trước ngày 20/10/2024.

T/M ỦY BAN KIỂM TRA
PHÓ CHỦ NHIỆM

Lê Văn Sơn
`);
    expect(r.issuer).toBeNull();
  });
});
