import { describe, it } from 'vitest';
import { issuerInProvinceIs } from './helpers/own-identity.js';

/**
 * Where the issuer is (a third probe, written before any tune note was read): scanned headers with a tone or a
 * mark lost, a numbered ward read "l", a place name hyphenated over two lines, a commune under its district's
 * line, a web copy that lost the district line, a district unit under its province's, columns read across one line,
 * the committee's office and the council's standing committee. The province is asserted with the name.
 */
const MOTTO_STATE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
const BODY = `\nKính gửi: Các cơ quan, đơn vị.\n\nĐề nghị các cơ quan, đơn vị triển khai thực hiện nghiêm túc.\n`;
const SIGN = `\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNgô Văn Lực\n`;

describe('where the own issuer is (third probe)', () => {
  it('q1 OCR tone confusion in district', () => issuerInProvinceIs(`ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG HƯNG\nSố: 120/UBND-VP\n${MOTTO_STATE}\nĐông Hưng, ngày 10 tháng 3 năm 2024\n${BODY}${SIGN}`, 'Thái Bình', 'UBND huyện Đông Hưng'));
  it('q2 OCR lost a mark in province', () => issuerInProvinceIs(`UBND TỈNH QUẢNG NGAI\nSỞ Y TẾ\nSố: 120/SYT-NVY\n${MOTTO_STATE}\nQuảng Ngãi, ngày 10 tháng 3 năm 2024\n${BODY}\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNgô Văn Lực\n`, 'Quảng Ngãi', 'Sở Y tế tỉnh Quảng Ngãi', 'Sở Y tế Quảng Ngãi'));
  it('q3 numbered ward OCR l for 1', () => issuerInProvinceIs(`ỦY BAN NHÂN DÂN\nPHƯỜNG l\nSố: 12/UBND\n${MOTTO_STATE}\nPhường 1, ngày 10 tháng 3 năm 2024\n\nThực hiện Kế hoạch số 30/KH-UBND của Ủy ban nhân dân thành phố Sóc Trăng, Ủy ban nhân dân Phường 1 đề nghị các khóm thực hiện.\n${SIGN}`, 'Sóc Trăng', 'UBND phường 1'));
  it('q5 scan, date line place of commune in a district with a namesake elsewhere', () => issuerInProvinceIs(`UBND HUYỆN ĐÔNG HƯNG\nUBND XÃ ĐÔ LƯƠNG\nSố: 12/UBND\n${MOTTO_STATE}\nĐô Lương, ngày 10 tháng 3 năm 2024\n${BODY}${SIGN}`, 'Thái Bình', 'UBND xã Đô Lương'));
  it('q7 OCR split place name with hyphen', () => issuerInProvinceIs(`ỦY BAN NHÂN DÂN\nHUYỆN LẠNG GI-\nANG\nSố: 120/UBND-VP\n${MOTTO_STATE}\nLạng Giang, ngày 10 tháng 3 năm 2024\n${BODY}${SIGN}`, 'Bắc Giang', 'UBND huyện Lạng Giang'));
  it('q8 the web copy lost the district line; date line names the commune; body cites the district', () => issuerInProvinceIs(`ỦY BAN NHÂN DÂN\nXÃ TÂN TRUNG\nSố: 20/UBND\n${MOTTO_STATE}\nTân Trung, ngày 10 tháng 3 năm 2024\n\nThực hiện Công văn số 300/UBND-NN của UBND huyện Tân Yên, UBND xã đề nghị các thôn triển khai.\n${SIGN}`, 'Bắc Giang', 'UBND xã Tân Trung'));
  it('q9 province over district body (Công an) with the province repeated as place', () => issuerInProvinceIs(`CÔNG AN TỈNH KON TUM\nCÔNG AN HUYỆN SA THẦY\nSố: 120/CAH-ĐTTH\n${MOTTO_STATE}\nSa Thầy, ngày 10 tháng 3 năm 2024\n\nThực hiện chỉ đạo của Công an tỉnh Kon Tum, Công an huyện đề nghị Công an các xã thực hiện.\n\nTRƯỞNG CÔNG AN HUYỆN\n\nNgô Văn Lực\n`, 'Kon Tum', 'Công an huyện Sa Thầy'));
  it('q10 two header columns glued with the motto between the parent and its office on one line', () => issuerInProvinceIs(`UBND HUYỆN HƯNG HÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG NỘI VỤ Độc lập - Tự do - Hạnh phúc\nSố: 45/PNV\nHưng Hà, ngày 10 tháng 3 năm 2024\n${BODY}\nTRƯỞNG PHÒNG\n\nNgô Văn Lực\n`, 'Thái Bình', 'Phòng Nội vụ huyện Hưng Hà'));
  it('q11 the office of the committee vs the committee: header UBND + VĂN PHÒNG', () => issuerInProvinceIs(`UBND TỈNH LÂM ĐỒNG\nVĂN PHÒNG\nSố: 45/VP-TH\n${MOTTO_STATE}\nLâm Đồng, ngày 10 tháng 3 năm 2024\n${BODY}\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNgô Văn Lực\n`, 'Lâm Đồng', 'Văn phòng UBND tỉnh Lâm Đồng'));
  it('q12 the council\'s standing committee: HĐND header, code TTHĐND', () => issuerInProvinceIs(`HỘI ĐỒNG NHÂN DÂN\nHUYỆN DI LINH\nTHƯỜNG TRỰC\nSố: 45/TB-TTHĐND\n${MOTTO_STATE}\nDi Linh, ngày 10 tháng 3 năm 2024\n${BODY}\nTM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\n\nNgô Văn Lực\n`, 'Lâm Đồng', 'Thường trực HĐND huyện Di Linh'));
  it('r1 a header that kept only the office\'s line, the body naming it with its committee', () => issuerInProvinceIs(`VĂN PHÒNG\nSố: 12/VP-TH\n${MOTTO_STATE}\nĐà Lạt, ngày 10 tháng 3 năm 2024\n\nThực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh Lâm Đồng, Văn phòng UBND tỉnh thông báo như sau.\n\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nA Lâm\n`, 'Lâm Đồng', 'Văn phòng UBND tỉnh Lâm Đồng'));
  it('r2 a board\'s name wrapped under its head, the committee\'s line lost, placed by its date line', () => issuerInProvinceIs(`BAN CHỈ ĐẠO\nPHÒNG, CHỐNG DỊCH BỆNH\nSố: 12/KH-BCĐ\n${MOTTO_STATE}\nTân Yên, ngày 10 tháng 3 năm 2024\n\nThực hiện Kế hoạch số 80/KH-UBND của UBND huyện Tân Yên, Ban Chỉ đạo xây dựng kế hoạch như sau.\n\nTM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nA Lâm\n`, 'Bắc Giang', 'Ban Chỉ đạo phòng, chống dịch bệnh huyện Tân Yên'));
  it('r3 a council\'s standing committee named without its place, placed by the council the body names', () => issuerInProvinceIs(`THƯỜNG TRỰC HĐND\nSố: 20/TB-TTHĐND\n${MOTTO_STATE}\nHưng Hà, ngày 10 tháng 3 năm 2024\n\nThực hiện Nghị quyết của HĐND huyện Hưng Hà, Thường trực HĐND huyện thông báo.\n\nTM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\n\nA Lâm\n`, 'Thái Bình', 'Thường trực HĐND huyện Hưng Hà'));
  it('r4 a header that kept only "ỦY BAN NHÂN DÂN", undated by place, the TM. line naming the commune', () => issuerInProvinceIs(`ỦY BAN NHÂN DÂN\nSố: 22/UBND\n${MOTTO_STATE}\nngày 10 tháng 3 năm 2024\n\nThực hiện Kế hoạch số 80/KH-UBND của cấp trên, UBND xã đề nghị các thôn thực hiện.\n\nTM. ỦY BAN NHÂN DÂN XÃ SA NHƠN\nCHỦ TỊCH\n\nA Lâm\n`, 'Kon Tum', 'UBND xã Sa Nhơn'));
});
