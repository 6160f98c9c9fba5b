import type { Level } from '../../model/record.js';

/**
 * Issuer codes after the slash (Party: 308-TB/QU) or after the type code (State: 17/CT-UBND).
 * `body` names the organisation with the canonical head used in src/parse/vocabulary/units.ts;
 * `part` an organ of it (Văn phòng, Ban Tuyên giáo ...). docs/domain.md §3 and §2.
 * Party codes are also read as <part code><committee code> (BTGTU = Ban Tuyên giáo + TU),
 * so new combinations need no new row.
 */
export interface IssuerCodeEntry {
  body: string;
  level: Level | null;
  part?: string;
}

/** Party committee codes: the last element of a Party issuer code. */
export const PARTY_COMMITTEE_CODES: Readonly<Record<string, IssuerCodeEntry>> = {
  TW: { body: 'Trung ương', level: 'central' },
  // Tỉnh ủy or Thành ủy (of a centrally-run city): which one comes from the province.
  TU: { body: 'Tỉnh ủy', level: 'province' },
  HU: { body: 'Huyện ủy', level: 'district' },
  QU: { body: 'Quận ủy', level: 'district' },
  TXU: { body: 'Thị ủy', level: 'district' },
  THU: { body: 'Thị ủy', level: 'district' },
  TPU: { body: 'Thành ủy', level: 'district' },
  ĐU: { body: 'Đảng ủy', level: 'ward' },
  DU: { body: 'Đảng ủy', level: 'ward' },
  ĐUK: { body: 'Đảng ủy Khối', level: 'province' },
};

/** Party organ codes that prefix a committee code (VPQU, BTGTU, UBKTTU). */
export const PARTY_PART_CODES: Readonly<Record<string, string>> = {
  VP: 'Văn phòng',
  BTG: 'Ban Tuyên giáo',
  BTC: 'Ban Tổ chức',
  BDV: 'Ban Dân vận',
  BTGDV: 'Ban Tuyên giáo và Dân vận',
  UBKT: 'Ủy ban Kiểm tra',
  BNC: 'Ban Nội chính',
};

/** State issuer codes (the last group of a State symbol). */
export const STATE_ISSUER_CODES: Readonly<Record<string, IssuerCodeEntry>> = {
  UBND: { body: 'UBND', level: null },
  HĐND: { body: 'HĐND', level: null },
  CP: { body: 'Chính phủ', level: 'central' },
  TTG: { body: 'Thủ tướng Chính phủ', level: 'central' },
  QH: { body: 'Quốc hội', level: 'central' },
  UBTVQH: { body: 'Ủy ban Thường vụ Quốc hội', level: 'central' },
  BYT: { body: 'Bộ Y tế', level: 'central' },
  BNV: { body: 'Bộ Nội vụ', level: 'central' },
  BTC: { body: 'Bộ Tài chính', level: 'central' },
  BGDĐT: { body: 'Bộ Giáo dục và Đào tạo', level: 'central' },
  BLĐTBXH: { body: 'Bộ Lao động - Thương binh và Xã hội', level: 'central' },
  BCA: { body: 'Bộ Công an', level: 'central' },
  BQP: { body: 'Bộ Quốc phòng', level: 'central' },
  BCĐ: { body: 'Ban Chỉ đạo', level: null },
  SYT: { body: 'Sở Y tế', level: 'province' },
  MTTQ: { body: 'Ủy ban MTTQ', level: null },
  // Ministries, the Government Office and national bodies a text cites by symbol alone ("Thông tư số
  // 25/2019/TT-BNNPTNT"), or with a name the unit grammar does not read ("Tập đoàn Điện lực Việt Nam").
  BNNPTNT: { body: 'Bộ Nông nghiệp và Phát triển nông thôn', level: 'central' },
  // The same ministry's letters and decisions sign with the short code and a department after it
  // ("1875/BNN-TL", "Quyết định số 64/QĐ-BNN-TL … của Bộ"), as the Ministry of Labour's do ("LĐTBXH-VP").
  BNN: { body: 'Bộ Nông nghiệp và Phát triển nông thôn', level: 'central' },
  LĐTBXH: { body: 'Bộ Lao động - Thương binh và Xã hội', level: 'central' },
  BCT: { body: 'Bộ Công Thương', level: 'central' },
  BTNMT: { body: 'Bộ Tài nguyên và Môi trường', level: 'central' },
  BVHTTDL: { body: 'Bộ Văn hóa, Thể thao và Du lịch', level: 'central' },
  BXD: { body: 'Bộ Xây dựng', level: 'central' },
  BGTVT: { body: 'Bộ Giao thông vận tải', level: 'central' },
  BTP: { body: 'Bộ Tư pháp', level: 'central' },
  BKHĐT: { body: 'Bộ Kế hoạch và Đầu tư', level: 'central' },
  BTTTT: { body: 'Bộ Thông tin và Truyền thông', level: 'central' },
  BKHCN: { body: 'Bộ Khoa học và Công nghệ', level: 'central' },
  VPCP: { body: 'Văn phòng Chính phủ', level: 'central' },
  UBDT: { body: 'Ủy ban Dân tộc', level: 'central' },
  UBATGTQG: { body: 'Ủy ban An toàn giao thông Quốc gia', level: 'central' },
  CTN: { body: 'Chủ tịch nước', level: 'central' },
  TLĐ: { body: 'Tổng Liên đoàn Lao động Việt Nam', level: 'central' },
  EVN: { body: 'Tập đoàn Điện lực Việt Nam', level: 'central' },
  TKV: { body: 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', level: 'central' },
};

/**
 * A people's committee's departments that issue in their own number series ("312/PGDĐT-TH", "45/KH-SNN"): the code
 * names the department where a header kept only its committee's line ("UBND HUYỆN X" over "Số: 312/PGDĐT-TH"). `head`
 * is the unit head (Phòng of a district, Sở of a province), `name` the department's name after it. Written without
 * "&" ("PGD&ĐT" is read as PGDĐT). A code another table already gives a body (SYT, LĐTBXH) is not repeated here.
 */
export const STATE_DEPARTMENT_CODES: Readonly<Record<string, { head: 'Phòng' | 'Sở'; name: string }>> = {
  PGDĐT: { head: 'Phòng', name: 'Giáo dục và Đào tạo' },
  PTNMT: { head: 'Phòng', name: 'Tài nguyên và Môi trường' },
  TNMT: { head: 'Phòng', name: 'Tài nguyên và Môi trường' },
  PTCKH: { head: 'Phòng', name: 'Tài chính - Kế hoạch' },
  TCKH: { head: 'Phòng', name: 'Tài chính - Kế hoạch' },
  PVHTT: { head: 'Phòng', name: 'Văn hóa và Thông tin' },
  VHTT: { head: 'Phòng', name: 'Văn hóa và Thông tin' },
  PNNPTNT: { head: 'Phòng', name: 'Nông nghiệp và Phát triển nông thôn' },
  PKTHT: { head: 'Phòng', name: 'Kinh tế và Hạ tầng' },
  KTHT: { head: 'Phòng', name: 'Kinh tế và Hạ tầng' },
  PQLĐT: { head: 'Phòng', name: 'Quản lý đô thị' },
  QLĐT: { head: 'Phòng', name: 'Quản lý đô thị' },
  PNV: { head: 'Phòng', name: 'Nội vụ' },
  PTP: { head: 'Phòng', name: 'Tư pháp' },
  PYT: { head: 'Phòng', name: 'Y tế' },
  PLĐTBXH: { head: 'Phòng', name: 'Lao động - Thương binh và Xã hội' },
  SGDĐT: { head: 'Sở', name: 'Giáo dục và Đào tạo' },
  SNV: { head: 'Sở', name: 'Nội vụ' },
  STC: { head: 'Sở', name: 'Tài chính' },
  SKHĐT: { head: 'Sở', name: 'Kế hoạch và Đầu tư' },
  SNN: { head: 'Sở', name: 'Nông nghiệp và Phát triển nông thôn' },
  SNNPTNT: { head: 'Sở', name: 'Nông nghiệp và Phát triển nông thôn' },
  SNNMT: { head: 'Sở', name: 'Nông nghiệp và Môi trường' },
  STNMT: { head: 'Sở', name: 'Tài nguyên và Môi trường' },
  SXD: { head: 'Sở', name: 'Xây dựng' },
  SGTVT: { head: 'Sở', name: 'Giao thông vận tải' },
  SCT: { head: 'Sở', name: 'Công Thương' },
  STTTT: { head: 'Sở', name: 'Thông tin và Truyền thông' },
  SVHTTDL: { head: 'Sở', name: 'Văn hóa, Thể thao và Du lịch' },
  SLĐTBXH: { head: 'Sở', name: 'Lao động - Thương binh và Xã hội' },
  STP: { head: 'Sở', name: 'Tư pháp' },
  SKHCN: { head: 'Sở', name: 'Khoa học và Công nghệ' },
};

/** State type codes that are really the issuer of a Công văn ("123/UBND-VP"). */
export const STATE_CONG_VAN_ISSUERS: ReadonlySet<string> = new Set(['UBND', 'HĐND', 'SYT', 'BCĐ', 'VP', 'CA', 'MTTQ']);

/**
 * The organs of a mass organisation's central body, written "<organ> Trung ương Đoàn", "<organ> Trung
 * ương Hội": "Ban Bí thư Trung ương Đoàn" is the Youth Union's secretariat, not the Party's Ban Bí thư,
 * and "Đoàn Chủ tịch Trung ương Hội" the Presidium of the citing union's central body.
 */
export const MASS_CENTRAL_ORGANS: readonly string[] = [
  'Ban Bí thư', 'Ban Thường vụ', 'Ban Chấp hành', 'Đoàn Chủ tịch', 'Ban Thường trực', 'Ban Tuyên giáo', 'Ban Tổ chức',
  'Ban Phong trào', 'Ban Kiểm tra', 'Ủy ban Kiểm tra', 'Văn phòng',
];

/** The central bodies so written, and the full names that may follow them ("Trung ương Đoàn TNCS Hồ Chí Minh"). */
export const MASS_CENTRAL_BODIES: readonly { word: string; fullNames: readonly string[] }[] = [
  { word: 'Đoàn', fullNames: ['TNCS Hồ Chí Minh', 'Thanh niên Cộng sản Hồ Chí Minh'] },
  // "… của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam": the Women's and Youth Federations' short forms.
  { word: 'Hội', fullNames: ['Liên hiệp Phụ nữ Việt Nam', 'LHPN Việt Nam', 'Nông dân Việt Nam', 'Cựu chiến binh Việt Nam', 'Liên hiệp Thanh niên Việt Nam', 'LHTN Việt Nam', 'Sinh viên Việt Nam'] },
];

/** Short forms in those names, written out in the issuer's name so that both spellings are one body. */
export const MASS_CENTRAL_SHORT_FORMS: ReadonlyArray<readonly [string, string]> = [['LHPN', 'Liên hiệp Phụ nữ'], ['LHTN', 'Liên hiệp Thanh niên']];

/**
 * Central bodies whose name holds "Trung ương" inside it, after a word of their own, and the names
 * that must follow: "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam" (the unit grammar reads "Ban
 * Thường trực" alone and places it in the citing province).
 */
export const CENTRAL_COMMITTEES: readonly { word: string; fullNames: readonly string[] }[] = [
  { word: 'Ủy ban', fullNames: ['MTTQ Việt Nam', 'Mặt trận Tổ quốc Việt Nam'] },
];
