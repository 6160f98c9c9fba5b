import type { Level } from '../../model/record.js';

/**
 * Unit name patterns: how documents name the organisations they are issued by, send to and
 * assign tasks to. Each head has a canonical display form, a category (`kind`) and a shape
 * that says how its area is found:
 *
 * - `committee`: a Party committee whose own name carries the area ("Quận ủy Hai Bà Trưng",
 *   "Đảng ủy phường Hòa Minh"); unnamed, it is the one of the document's own area.
 * - `body`: an organisation of an area named by a qualifier after it ("UBND quận", "Công an
 *   phường", "UBND 11 phường"); unqualified, the document's own area (`level` overrides).
 * - `part`: an organ of another organisation written after it ("Văn phòng Quận ủy",
 *   "Thường trực HĐND"); with no owner written, an organ of the document's issuer.
 * - `member`: the organisations directly under a Party committee ("các chi bộ trực thuộc",
 *   "các TCCS đảng trực thuộc"), named after that committee (the issuer's when none is written),
 *   one level below it.
 * - `central`: a national body ("Chính phủ", "Bộ Y tế", "Ban Bí thư").
 * - `subward`: residential units below the ward ("tổ dân phố", "Ban Công tác Mặt trận").
 *
 * Phrases are matched on tone-normalised lower case (Hoà = Hòa, uỷ = ủy); a phrase token in
 * ALL CAPS ("TT", "CA") only matches text in capitals, so "tt" in prose is not Thường trực.
 * Dashes inside phrases are optional ("chính trị - xã hội" = "chính trị xã hội").
 */
export type UnitShape = 'committee' | 'body' | 'part' | 'member' | 'central' | 'subward';

export type OrgKind =
  | 'party-committee' | 'party-organ' | 'party-cell' | 'people-committee' | 'people-council' | 'council-organ'
  | 'government' | 'ministry' | 'department' | 'agency' | 'police' | 'military' | 'front' | 'mass-organization'
  | 'collective' | 'residential';

export interface UnitHead {
  canonical: string;
  phrases: readonly string[];
  kind: OrgKind;
  shape: UnitShape;
  /** Fixed or default level: "Trạm y tế" is a ward unit, "Sở" a province one. */
  level?: Level;
  /** Plural by nature ("cơ quan, đơn vị", "tổ chức chính trị - xã hội"). */
  collective?: boolean;
  /** What may follow the head as part of its name: capitalised words ("Phòng Văn hóa và Thông
   * tin"), or a lower-case topic ("Ban Chỉ đạo phòng, chống dịch Covid-19"), or a group's kind of business in lower
   * case, closed by a word the grammar knows ("các công ty khai thác công trình thủy lợi phải …"). */
  tail?: 'caps' | 'topic' | 'kind';
  /** A committee head's area type in the gazetteer ("Quận ủy" names a quận). */
  areaTypes?: readonly string[];
  /** An abbreviation that carries its owner ("UVBTVQU" = members of the Ban Thường vụ Quận ủy). */
  owner?: string;
  /** Identity shared by heads that name one body differently ("Trung ương", "Trung ương Đảng"). */
  keyKind?: string;
  /** A bare word that is a head only with a capitalised name after it ("Phòng Y tế", not "Hải Phòng"). */
  generic?: boolean;
  /**
   * Words that are also common nouns or verbs ("thanh tra việc …", "tham gia bảo hiểm xã hội"): a
   * head only when written with a capital and followed by its area, owner or name ("Thanh tra
   * huyện", "Bảo hiểm xã hội tỉnh", "Điện lực Vũ Thư").
   */
  qualified?: boolean;
  /** A head only when made plural ("các thôn"): alone the word is part of a name or of another word. */
  pluralOnly?: boolean;
  /**
   * A head that in lower case names an organ only with its owner or area after it ("thường trực
   * HĐND huyện"): alone it is the adjective ("Là cơ quan thường trực, tham mưu …").
   */
  lowerNeedsOwner?: boolean;
  /** Words that, right after the head, show it is none: "huyện đoàn kết" is "the district united". */
  notBefore?: readonly string[];
  /** Words that, right before the head, make it part of another noun: "sinh hoạt chi bộ" is the cell's meeting. */
  notAfter?: readonly string[];
  /** A head only in lower case: with a capital it is a syllable of a place's name ("xã Bản Lầu"). */
  lowerOnly?: boolean;
  /** Its name may open on its kind of business in lower case ("Hợp tác xã nông nghiệp Nhơn Hải"). */
  lowerKind?: boolean;
  /**
   * A head only with a capital, whatever follows ("Thông tấn xã Việt Nam"): its first word is too common in lower
   * case ("thông tin") to start a unit there.
   */
  capitalOnly?: boolean;
  /** The head ends in "Điều" and takes the article's number: "các thành viên có tên tại Điều 1". */
  article?: boolean;
  /**
   * A name read by its place in a list of units, not from this table ("Viettel Tiền Hải, Bưu điện huyện …"): whole as
   * written, it takes no area of the document when it writes none.
   */
  ownName?: boolean;
}

export const UNIT_HEADS: readonly UnitHead[] = [
  // Party committees.
  { canonical: 'Quận ủy', phrases: ['quận ủy'], kind: 'party-committee', shape: 'committee', level: 'district', areaTypes: ['quan'] },
  { canonical: 'Huyện ủy', phrases: ['huyện ủy'], kind: 'party-committee', shape: 'committee', level: 'district', areaTypes: ['huyen'] },
  { canonical: 'Thị ủy', phrases: ['thị ủy'], kind: 'party-committee', shape: 'committee', level: 'district', areaTypes: ['thi-xa'] },
  { canonical: 'Thành ủy', phrases: ['thành ủy'], kind: 'party-committee', shape: 'committee', level: 'province', areaTypes: ['thanh-pho'] },
  { canonical: 'Tỉnh ủy', phrases: ['tỉnh ủy'], kind: 'party-committee', shape: 'committee', level: 'province', areaTypes: ['tinh'] },
  { canonical: 'Đảng ủy', phrases: ['đảng ủy', 'ĐU'], kind: 'party-committee', shape: 'committee', level: 'ward', areaTypes: ['phuong', 'xa', 'thi-tran'] },
  // The Party committee of an area's military command ("Đảng ủy Quân sự huyện"): not a ward's committee named "Quân".
  { canonical: 'Đảng ủy Quân sự', phrases: ['đảng ủy quân sự', 'ĐUQS'], kind: 'party-committee', shape: 'body' },
  { canonical: 'Đảng bộ', phrases: ['đảng bộ'], kind: 'party-committee', shape: 'committee', level: 'ward', areaTypes: ['phuong', 'xa', 'thi-tran'] },
  // A province's bloc committees (code ĐUK): "Đảng ủy Khối các cơ quan tỉnh", "ĐẢNG ỦY KHỐI CƠ QUAN VÀ
  // DOANH NGHIỆP". Read as "Đảng ủy" they became a ward's committee named "Khối".
  { canonical: 'Đảng ủy Khối các cơ quan', phrases: ['đảng ủy khối các cơ quan', 'đảng ủy khối cơ quan'], kind: 'party-committee', shape: 'body', level: 'province' },
  { canonical: 'Đảng ủy Khối Doanh nghiệp', phrases: ['đảng ủy khối doanh nghiệp', 'đảng ủy khối các doanh nghiệp'], kind: 'party-committee', shape: 'body', level: 'province' },
  { canonical: 'Đảng ủy Khối Cơ quan và Doanh nghiệp', phrases: ['đảng ủy khối cơ quan và doanh nghiệp', 'đảng ủy khối các cơ quan và doanh nghiệp'], kind: 'party-committee', shape: 'body', level: 'province' },
  { canonical: 'Đảng ủy Khối', phrases: ['đảng ủy khối', 'ĐUK'], kind: 'party-committee', shape: 'body', level: 'province', tail: 'caps' },
  // The Central Committee as written: "Ban Tuyên giáo Trung ương", "Văn phòng Trung ương Đảng".
  { canonical: 'Ban Chấp hành Trung ương', phrases: ['ban chấp hành trung ương đảng', 'ban chấp hành trung ương', 'BCH trung ương'], kind: 'party-committee', shape: 'central', level: 'central', keyKind: 'Trung ương' },
  { canonical: 'Trung ương Đảng', phrases: ['trung ương đảng'], kind: 'party-committee', shape: 'central', level: 'central', keyKind: 'Trung ương' },
  { canonical: 'Trung ương', phrases: ['trung ương'], kind: 'party-committee', shape: 'central', level: 'central', keyKind: 'Trung ương' },
  // A mass organisation's central committee, as its own documents write it ("Ban Gia đình - Xã hội Trung
  // ương Hội", "Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam"): not the Party's Central Committee.
  { canonical: 'Trung ương Hội', phrases: ['trung ương hội'], kind: 'mass-organization', shape: 'central', level: 'central', tail: 'caps' },
  { canonical: 'Bộ Chính trị', phrases: ['bộ chính trị', 'bộ chính trị ban chấp hành trung ương'], kind: 'party-organ', shape: 'central', level: 'central' },
  { canonical: 'Ban Bí thư', phrases: ['ban bí thư', 'ban bí thư trung ương', 'ban bí thư trung ương đảng'], kind: 'party-organ', shape: 'central', level: 'central' },
  { canonical: 'đảng ủy trực thuộc', phrases: ['đảng ủy trực thuộc'], kind: 'party-committee', shape: 'member', collective: true },
  { canonical: 'cấp ủy đảng trực thuộc', phrases: ['cấp ủy đảng trực thuộc', 'cấp ủy trực thuộc'], kind: 'party-committee', shape: 'member', collective: true },
  { canonical: 'cấp ủy đảng', phrases: ['cấp ủy đảng', 'cấp ủy'], kind: 'party-committee', shape: 'body', collective: true, notBefore: ['viên'] },
  { canonical: 'tổ chức cơ sở đảng trực thuộc', phrases: ['tổ chức cơ sở đảng trực thuộc', 'tổ chức cơ sở đảng', 'TCCS đảng trực thuộc', 'TCCS đảng', 'TCCSĐ'], kind: 'party-committee', shape: 'member', collective: true },
  { canonical: 'tổ chức đảng trực thuộc', phrases: ['tổ chức đảng trực thuộc'], kind: 'party-committee', shape: 'member', collective: true },
  // The Party organisations and members an inspection plan names as its subjects ("Các tổ chức đảng, đảng viên được giám
  // sát chuẩn bị báo cáo …"): one collective with which of them; cut at the comma, the members and the qualifier were lost.
  {
    canonical: 'tổ chức đảng, đảng viên',
    phrases: ['tổ chức đảng, đảng viên được kiểm tra, giám sát', 'tổ chức đảng, đảng viên được giám sát, kiểm tra', 'tổ chức đảng, đảng viên được kiểm tra', 'tổ chức đảng, đảng viên được giám sát',
      'tổ chức đảng, đảng viên là đối tượng kiểm tra, giám sát', 'tổ chức đảng, đảng viên là đối tượng giám sát', 'tổ chức đảng, đảng viên là đối tượng kiểm tra', 'tổ chức đảng, đảng viên'],
    kind: 'party-committee', shape: 'body', collective: true,
  },
  { canonical: 'tổ chức đảng', phrases: ['tổ chức đảng'], kind: 'party-committee', shape: 'body', collective: true },
  // "Các đảng ủy, chi bộ trực thuộc Huyện ủy": the committees and cells under it, one list of kinds (not "Đảng ủy các xã").
  { canonical: 'đảng ủy, chi bộ trực thuộc', phrases: ['đảng ủy, chi bộ trực thuộc', 'đảng ủy, chi bộ', 'đảng ủy và chi bộ trực thuộc'], kind: 'party-committee', shape: 'member', collective: true },
  { canonical: 'chi, đảng bộ trực thuộc', phrases: ['chi, đảng bộ trực thuộc', 'chi đảng bộ trực thuộc', 'chi, đảng bộ', 'chi bộ, đảng bộ trực thuộc', 'chi bộ, đảng bộ'], kind: 'party-cell', shape: 'member', collective: true },
  { canonical: 'cấp ủy chi bộ trực thuộc', phrases: ['cấp ủy chi bộ trực thuộc', 'cấp ủy chi bộ'], kind: 'party-cell', shape: 'member', collective: true },
  { canonical: 'chi bộ trực thuộc', phrases: ['chi bộ trực thuộc', 'chi bộ'], kind: 'party-cell', shape: 'member', collective: true, notAfter: ['hoạt'] },
  // The Party cell of an area's police or military command ("Chi bộ Công an phường", "Chi bộ Quân sự xã"):
  // one unit, not the cells under a committee followed by the police of the ward.
  { canonical: 'Chi bộ Công an', phrases: ['chi bộ công an'], kind: 'party-cell', shape: 'body' },
  { canonical: 'Chi bộ Quân sự', phrases: ['chi bộ quân sự'], kind: 'party-cell', shape: 'body' },

  // Organs of a committee or council.
  { canonical: 'Ban Thường vụ', phrases: ['ban thường vụ', 'BTV', 'thường vụ'], kind: 'party-organ', shape: 'part' },
  { canonical: 'Ban Thường vụ', phrases: ['UVBTVQU'], kind: 'party-organ', shape: 'part', owner: 'Quận ủy' },
  { canonical: 'Ban Thường vụ', phrases: ['UVBTVHU'], kind: 'party-organ', shape: 'part', owner: 'Huyện ủy' },
  { canonical: 'Ban Thường vụ', phrases: ['UVBTVTU'], kind: 'party-organ', shape: 'part', owner: 'Tỉnh ủy' },
  { canonical: 'Thường trực', phrases: ['thường trực', 'TT', 'TT.'], kind: 'party-organ', shape: 'part', lowerNeedsOwner: true },
  // The Front's standing board: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh".
  { canonical: 'Ban Thường trực', phrases: ['ban thường trực'], kind: 'party-organ', shape: 'part' },
  { canonical: 'Ban Chấp hành', phrases: ['ban chấp hành', 'BCH'], kind: 'party-organ', shape: 'part' },
  { canonical: 'Văn phòng', phrases: ['văn phòng', 'VP'], kind: 'party-organ', shape: 'part' },
  // "Văn phòng thường trực Ban Chỉ đạo …": the standing office of the body after it, one unit ("thường trực" read as a post
  // cut it in two: the office, then the body's standing members).
  { canonical: 'Văn phòng thường trực', phrases: ['văn phòng thường trực'], kind: 'agency', shape: 'part' },
  // The organ merged in 2025 is named "Ban Tuyên giáo và Dân vận"; some committees wrote it with a
  // dash before (seed 002, "Ban Tuyên giáo – Dân vận Đảng ủy"). One organ, one canonical name: the
  // official one; the printed spelling stays in the unit's surface.
  { canonical: 'Ban Tuyên giáo và Dân vận', phrases: ['ban tuyên giáo và dân vận', 'ban tuyên giáo - dân vận'], kind: 'party-organ', shape: 'part' },
  { canonical: 'Ban Tuyên giáo', phrases: ['ban tuyên giáo'], kind: 'party-organ', shape: 'part', tail: 'caps' },
  { canonical: 'Ban Dân vận', phrases: ['ban dân vận'], kind: 'party-organ', shape: 'part' },
  // The bloc of an area's mass-mobilisation bodies, led by its Ban Dân vận: "Khối dân vận phường".
  { canonical: 'Khối dân vận', phrases: ['khối dân vận'], kind: 'party-organ', shape: 'body' },
  { canonical: 'Ban Tổ chức', phrases: ['ban tổ chức'], kind: 'party-organ', shape: 'part' },
  { canonical: 'Ban Nội chính', phrases: ['ban nội chính'], kind: 'party-organ', shape: 'part' },
  // The Party's organs and committees of the 2025 reorganisation, and older bodies, whose names hold a lower-case comma.
  { canonical: 'Ban Chính sách, chiến lược', phrases: ['ban chính sách, chiến lược', 'ban chính sách chiến lược'], kind: 'party-organ', shape: 'part' },
  { canonical: 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ', phrases: ['ban bảo vệ, chăm sóc sức khỏe cán bộ', 'ban bảo vệ chăm sóc sức khỏe cán bộ'], kind: 'agency', shape: 'body', level: 'province' },
  // A province's Ban Dân vận is divided into departments named by the fields they mobilise, lower case and a comma inside
  // ("Phòng Dân vận chính quyền, Mặt trận và đoàn thể"): read apart, the department, "chính quyền" and "đoàn thể" became three units.
  {
    canonical: 'Phòng Dân vận chính quyền, Mặt trận và đoàn thể',
    phrases: ['phòng dân vận chính quyền, mặt trận và đoàn thể', 'phòng dân vận chính quyền, mặt trận và các đoàn thể', 'phòng dân vận chính quyền, mặt trận, đoàn thể'],
    kind: 'party-organ', shape: 'part',
  },
  { canonical: 'Đảng ủy các cơ quan Đảng', phrases: ['đảng ủy các cơ quan đảng'], kind: 'party-committee', shape: 'body', level: 'province' },
  { canonical: 'Ủy ban Kiểm tra', phrases: ['ủy ban kiểm tra', 'UBKT'], kind: 'party-organ', shape: 'part' },
  { canonical: 'ban xây dựng Đảng', phrases: ['ban xây dựng đảng'], kind: 'party-organ', shape: 'part', collective: true },
  // "các cơ quan tham mưu, giúp việc Huyện ủy": the committee's organs together, not every agency of the area.
  {
    canonical: 'cơ quan tham mưu, giúp việc', phrases: ['cơ quan tham mưu, giúp việc', 'cơ quan tham mưu giúp việc', 'ban, cơ quan tham mưu, giúp việc'],
    kind: 'party-organ', shape: 'part', collective: true,
  },
  // The staff that serves a body with no office of its own ("Bộ phận tham mưu, giúp việc Ủy ban MTTQ xã"): its organ.
  { canonical: 'Bộ phận tham mưu, giúp việc', phrases: ['bộ phận tham mưu, giúp việc', 'bộ phận tham mưu giúp việc', 'bộ phận giúp việc'], kind: 'agency', shape: 'part' },
  { canonical: 'đoàn kiểm tra', phrases: ['đoàn kiểm tra'], kind: 'party-organ', shape: 'part', collective: true },
  // Party groups inside State bodies: "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh".
  { canonical: 'Ban cán sự đảng', phrases: ['ban cán sự đảng'], kind: 'party-organ', shape: 'part' },
  { canonical: 'Đảng đoàn', phrases: ['đảng đoàn'], kind: 'party-organ', shape: 'part' },
  { canonical: 'Trung tâm Chính trị', phrases: ['trung tâm chính trị'], kind: 'agency', shape: 'body', level: 'district' },

  // State bodies.
  { canonical: 'UBND', phrases: ['UBND', 'ủy ban nhân dân', 'UB nhân dân', 'UBNDND'], kind: 'people-committee', shape: 'body' },
  { canonical: 'HĐND', phrases: ['HĐND', 'hội đồng nhân dân'], kind: 'people-council', shape: 'body' },
  // The council's committees: "các Ban HĐND huyện", "các Ban của Hội đồng nhân dân tỉnh".
  { canonical: 'Ban HĐND', phrases: ['ban HĐND', 'ban của HĐND', 'ban hội đồng nhân dân', 'ban của hội đồng nhân dân'], kind: 'council-organ', shape: 'body' },
  // The council's groups of deputies and the deputies themselves ("các Tổ đại biểu và đại biểu HĐND tỉnh giám sát …"):
  // units the council's resolutions give tasks; read as the council itself before, by the office rule.
  { canonical: 'Tổ đại biểu', phrases: ['tổ đại biểu'], kind: 'council-organ', shape: 'part' },
  { canonical: 'đại biểu HĐND', phrases: ['đại biểu HĐND', 'đại biểu hội đồng nhân dân'], kind: 'people-council', shape: 'body' },
  // Bodies of a district and a commune the laws set up (the Law on military service's council, the Law on fire prevention's
  // volunteer teams, the 2023 Law's grassroots security teams) and the forest ranger posted to a commune.
  { canonical: 'Hội đồng nghĩa vụ quân sự', phrases: ['hội đồng nghĩa vụ quân sự', 'hội đồng NVQS'], kind: 'agency', shape: 'body' },
  { canonical: 'Đội dân phòng', phrases: ['đội dân phòng'], kind: 'agency', shape: 'body', level: 'ward' },
  {
    canonical: 'Tổ bảo vệ an ninh, trật tự ở cơ sở', phrases: ['tổ bảo vệ an ninh, trật tự ở cơ sở', 'tổ bảo vệ an ninh, trật tự', 'tổ bảo vệ ANTT'],
    kind: 'agency', shape: 'body', level: 'ward',
  },
  { canonical: 'Kiểm lâm địa bàn', phrases: ['kiểm lâm viên phụ trách địa bàn', 'kiểm lâm phụ trách địa bàn', 'kiểm lâm địa bàn'], kind: 'agency', shape: 'body', level: 'ward' },
  // Teams an area's decision sets up and then tasks ("Tổ công tác liên ngành", "Tổ công nghệ số cộng đồng"), and the team
  // that assists a steering committee ("Tổ giúp việc Ban Chỉ đạo …", its organ). "tổ" alone is "tổ chức", "tổ dân phố".
  { canonical: 'Tổ công tác', phrases: ['tổ công tác liên ngành', 'tổ công tác'], kind: 'agency', shape: 'body' },
  { canonical: 'Tổ công nghệ số cộng đồng', phrases: ['tổ công nghệ số cộng đồng', 'tổ CNSCĐ'], kind: 'agency', shape: 'body', level: 'ward' },
  { canonical: 'Tổ giúp việc', phrases: ['tổ giúp việc'], kind: 'agency', shape: 'part' },
  // The inter-branch teams that check transport, markets or building order ("Công an xã phối hợp với Tổ kiểm soát liên ngành
  // kiểm tra …", "Tổ kiểm tra liên ngành phường …"): a unit of their area, as a "Tổ công tác" is.
  { canonical: 'Tổ kiểm soát liên ngành', phrases: ['tổ kiểm soát liên ngành'], kind: 'agency', shape: 'body' },
  { canonical: 'Tổ kiểm tra liên ngành', phrases: ['tổ kiểm tra liên ngành'], kind: 'agency', shape: 'body' },
  // The same team named "Đoàn" ("2. Đoàn kiểm tra liên ngành phường kiểm tra ít nhất 30 cơ sở …"): one unit of its area,
  // not the Party's inspection teams ("các đoàn kiểm tra" of a committee) that "đoàn kiểm tra" alone names.
  { canonical: 'Đoàn kiểm tra liên ngành', phrases: ['đoàn kiểm tra liên ngành'], kind: 'agency', shape: 'body' },
  // A province's office of its National Assembly delegation and council (since 2020): one body, not the council's office and the council.
  {
    canonical: 'Văn phòng Đoàn ĐBQH và HĐND',
    phrases: ['văn phòng đoàn đại biểu quốc hội và hội đồng nhân dân', 'văn phòng đoàn ĐBQH và HĐND', 'văn phòng đoàn ĐBQH, HĐND'],
    kind: 'agency', shape: 'body', level: 'province',
  },
  { canonical: 'Văn phòng HĐND và UBND', phrases: ['văn phòng HĐND và UBND', 'văn phòng hội đồng nhân dân và ủy ban nhân dân', 'văn phòng HĐND - UBND'], kind: 'agency', shape: 'body' },
  { canonical: 'Chính phủ', phrases: ['chính phủ'], kind: 'government', shape: 'central', level: 'central' },
  { canonical: 'Thủ tướng Chính phủ', phrases: ['thủ tướng chính phủ', 'thủ tướng'], kind: 'government', shape: 'central', level: 'central' },
  { canonical: 'Quốc hội', phrases: ['quốc hội'], kind: 'government', shape: 'central', level: 'central' },
  { canonical: 'chính quyền', phrases: ['chính quyền'], kind: 'government', shape: 'body' },
  { canonical: 'Công an', phrases: ['công an', 'CA'], kind: 'police', shape: 'body' },
  // "BCH Quân sự xã": the command, abbreviated as "BCH" would be the Ban Chấp hành.
  { canonical: 'Ban Chỉ huy Quân sự', phrases: ['ban chỉ huy quân sự', 'BCHQS', 'ban CHQS', 'BCH quân sự', 'BCH QS'], kind: 'military', shape: 'body' },
  // "phối hợp với cơ quan quân sự huyện": the Law on militia's name for the district's command, with its area.
  { canonical: 'Ban Chỉ huy Quân sự', phrases: ['cơ quan quân sự'], kind: 'military', shape: 'body', lowerNeedsOwner: true },
  // The militia platoons of a district or a commune the Law on militia sets up ("Trung đội dân quân cơ động huyện"):
  // named in lower case, so no generic head reads them.
  { canonical: 'Trung đội dân quân cơ động', phrases: ['trung đội dân quân cơ động', 'trung đội DQCĐ'], kind: 'military', shape: 'body' },
  { canonical: 'Trung đội dân quân', phrases: ['trung đội dân quân'], kind: 'military', shape: 'body' },
  // A province's military command: "Bộ" alone would read it as a ministry.
  { canonical: 'Bộ Chỉ huy Quân sự', phrases: ['bộ chỉ huy quân sự', 'BCHQS tỉnh', 'bộ CHQS'], kind: 'military', shape: 'body', level: 'province' },
  // The teams of a province's traffic police department by their official names, which hold a lower-case comma and
  // "và" (the grammar ended "Đội Tuyên truyền" at its comma).
  {
    canonical: 'Đội Tuyên truyền, hướng dẫn và điều tra, giải quyết tai nạn giao thông',
    phrases: ['đội tuyên truyền, hướng dẫn và điều tra, giải quyết tai nạn giao thông', 'đội tuyên truyền, hướng dẫn, điều tra giải quyết tai nạn giao thông'],
    kind: 'police', shape: 'body', level: 'province',
  },
  { canonical: 'Đội Tuần tra, kiểm soát giao thông đường bộ', phrases: ['đội tuần tra, kiểm soát giao thông đường bộ', 'đội tuần tra, kiểm soát'], kind: 'police', shape: 'body', level: 'province' },
  { canonical: 'Đội Đăng ký, quản lý phương tiện', phrases: ['đội đăng ký, quản lý phương tiện'], kind: 'police', shape: 'body', level: 'province' },
  // The border posts of a border district ("các Đồn Biên phòng trên địa bàn huyện", "Đồn Biên phòng Tân Nam"): not a "Đội".
  { canonical: 'Đồn Biên phòng', phrases: ['đồn biên phòng', 'đồn BP'], kind: 'military', shape: 'body', tail: 'caps' },
  // The post at a border gate, named by the gate ("Đồn Biên phòng cửa khẩu Thanh Thủy"): the lower-case kind ended the name.
  {
    canonical: 'Đồn Biên phòng cửa khẩu', phrases: ['đồn biên phòng cửa khẩu quốc tế', 'đồn biên phòng cửa khẩu', 'đồn BP cửa khẩu', 'đồn BPCK'],
    kind: 'military', shape: 'body', tail: 'caps',
  },
  // The post at a port's border gate, named by the port ("Đồn Biên phòng Cửa khẩu cảng Vũng Rô"): the lower-case "cảng"
  // ended the name at "Cửa khẩu".
  { canonical: 'Đồn Biên phòng cửa khẩu cảng', phrases: ['đồn biên phòng cửa khẩu cảng', 'đồn BP cửa khẩu cảng'], kind: 'military', shape: 'body', tail: 'caps' },
  // A national park, its lower-case kind after its first word ("Đảng ủy Vườn quốc gia Xuân Thủy" read a ward "Vườn").
  { canonical: 'Vườn quốc gia', phrases: ['vườn quốc gia'], kind: 'agency', shape: 'body', tail: 'caps', qualified: true },
  // The national command of the border guard ("Đề nghị Bộ Tư lệnh Bộ đội Biên phòng chỉ đạo …"): one body, not a command
  // and then a province's border guard.
  { canonical: 'Bộ Tư lệnh Bộ đội Biên phòng', phrases: ['bộ tư lệnh bộ đội biên phòng', 'bộ tư lệnh BĐBP'], kind: 'military', shape: 'central', level: 'central' },
  { canonical: 'Bộ Chỉ huy Bộ đội Biên phòng', phrases: ['bộ chỉ huy bộ đội biên phòng', 'bộ đội biên phòng', 'BĐBP'], kind: 'military', shape: 'body', level: 'province' },
  // State agencies of an area whose names are also common words: written with a capital and their area.
  { canonical: 'Thanh tra', phrases: ['thanh tra'], kind: 'agency', shape: 'body', qualified: true },
  { canonical: 'Bảo hiểm xã hội', phrases: ['bảo hiểm xã hội', 'BHXH'], kind: 'agency', shape: 'body', qualified: true },
  { canonical: 'Điện lực', phrases: ['điện lực'], kind: 'agency', shape: 'body', qualified: true },
  { canonical: 'Văn phòng Đăng ký đất đai', phrases: ['văn phòng đăng ký đất đai', 'chi nhánh văn phòng đăng ký đất đai', 'VPĐKĐĐ'], kind: 'agency', shape: 'body' },
  // The office that coordinates the new-countryside programme at province and district level.
  {
    canonical: 'Văn phòng Điều phối nông thôn mới',
    phrases: ['văn phòng điều phối nông thôn mới', 'văn phòng điều phối NTM', 'văn phòng điều phối chương trình nông thôn mới',
      'văn phòng điều phối chương trình xây dựng nông thôn mới', 'văn phòng điều phối chương trình mục tiêu quốc gia xây dựng nông thôn mới'],
    kind: 'agency', shape: 'body',
  },
  { canonical: 'Liên minh Hợp tác xã', phrases: ['liên minh hợp tác xã', 'liên minh HTX'], kind: 'agency', shape: 'body', level: 'province' },
  { canonical: 'Kho bạc Nhà nước', phrases: ['kho bạc nhà nước', 'kho bạc', 'KBNN'], kind: 'agency', shape: 'body' },
  // The bank's office in a district is named for itself ("Phòng giao dịch Ngân hàng Chính sách xã hội huyện"), not a "Phòng" of the district.
  {
    canonical: 'Phòng giao dịch Ngân hàng Chính sách xã hội',
    phrases: ['phòng giao dịch ngân hàng chính sách xã hội', 'phòng giao dịch NHCSXH', 'phòng giao dịch ngân hàng CSXH', 'PGD NHCSXH'],
    kind: 'agency', shape: 'body', level: 'district',
  },
  // A cooperative and a trade association, capitalised and named ("Hợp tác xã Nông nghiệp Sa Nghĩa", "Hiệp hội Rau quả
  // Việt Nam"): not the commune "xã …", not a "Hội" with "Hiệp" dropped.
  { canonical: 'Hợp tác xã', phrases: ['hợp tác xã'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true, lowerKind: true },
  { canonical: 'Hiệp hội', phrases: ['hiệp hội'], kind: 'mass-organization', shape: 'body', tail: 'caps', generic: true, qualified: true },
  // A cooperative group, smaller than a cooperative, named as one ("Tổ hợp tác dệt thổ cẩm Dao Thanh Y"), and the fishermen's
  // union of a commune ("Nghiệp đoàn nghề cá xã …", "Nghiệp đoàn Nghề cá Bình Châu"): only with a capital.
  { canonical: 'Tổ hợp tác', phrases: ['tổ hợp tác'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true, lowerKind: true },
  { canonical: 'Nghiệp đoàn nghề cá', phrases: ['nghiệp đoàn nghề cá'], kind: 'mass-organization', shape: 'body', tail: 'caps', capitalOnly: true },
  { canonical: 'Nghiệp đoàn', phrases: ['nghiệp đoàn'], kind: 'mass-organization', shape: 'body', tail: 'caps', generic: true, qualified: true },
  // Its office in a province or district is its branch there ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh"): one body.
  {
    canonical: 'Ngân hàng Chính sách xã hội',
    phrases: ['ngân hàng chính sách xã hội', 'ngân hàng CSXH', 'NHCSXH', 'chi nhánh ngân hàng chính sách xã hội', 'chi nhánh NHCSXH', 'chi nhánh ngân hàng CSXH'],
    kind: 'agency', shape: 'body',
  },
  // The agricultural bank's branch in an area ("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh …"), as the
  // social policy bank's: before, its capitalised words were read as a place after the other bank's area ("tỉnh … và Ngân").
  {
    canonical: 'Ngân hàng Nông nghiệp và Phát triển nông thôn',
    phrases: ['ngân hàng nông nghiệp và phát triển nông thôn việt nam', 'ngân hàng nông nghiệp và phát triển nông thôn', 'ngân hàng nông nghiệp và PTNT',
      'chi nhánh ngân hàng nông nghiệp và phát triển nông thôn', 'chi nhánh ngân hàng nông nghiệp và PTNT'],
    kind: 'agency', shape: 'body',
  },
  // The State Bank's office in a province ("Ngân hàng Nhà nước chi nhánh tỉnh", "Chi nhánh Ngân hàng Nhà nước tỉnh …"):
  // only with its branch written, so the bank itself (a national body, the issuer of circulars) is no body of the area.
  {
    canonical: 'Ngân hàng Nhà nước chi nhánh',
    phrases: ['ngân hàng nhà nước chi nhánh', 'ngân hàng nhà nước việt nam chi nhánh', 'chi nhánh ngân hàng nhà nước việt nam', 'chi nhánh ngân hàng nhà nước',
      'NHNN chi nhánh', 'chi nhánh NHNN'],
    kind: 'agency', shape: 'body', level: 'province',
  },
  { canonical: 'Viện Kiểm sát nhân dân', phrases: ['viện kiểm sát nhân dân', 'viện KSND', 'VKSND'], kind: 'agency', shape: 'body' },
  { canonical: 'Tòa án nhân dân', phrases: ['tòa án nhân dân', 'TAND'], kind: 'agency', shape: 'body' },
  { canonical: 'Bưu điện văn hóa', phrases: ['bưu điện văn hóa'], kind: 'agency', shape: 'body', level: 'ward' },
  { canonical: 'Bưu điện', phrases: ['bưu điện'], kind: 'agency', shape: 'body', qualified: true },
  { canonical: 'Trạm y tế', phrases: ['trạm y tế', 'TYT'], kind: 'agency', shape: 'body', level: 'ward' },
  { canonical: 'Trung tâm Y tế', phrases: ['trung tâm y tế', 'TTYT'], kind: 'agency', shape: 'body', level: 'district' },
  // Every level's steering committee of the national target programmes: "các Chương trình" after it reads as no topic
  // (capitalised, it looked like a place), so the name is one phrase.
  {
    canonical: 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia',
    phrases: ['ban chỉ đạo các chương trình mục tiêu quốc gia', 'ban chỉ đạo các chương trình MTQG', 'BCĐ các chương trình mục tiêu quốc gia', 'BCĐ các chương trình MTQG', 'ban chỉ đạo các CTMTQG', 'BCĐ các CTMTQG'],
    kind: 'agency', shape: 'body',
  },
  { canonical: 'Ban Chỉ đạo', phrases: ['ban chỉ đạo', 'BCĐ'], kind: 'agency', shape: 'body', tail: 'topic' },
  // The disaster-response command of an area, whose name is written with capitals inside it: not "Ban Chỉ huy" and then a list.
  {
    canonical: 'Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn',
    phrases: ['ban chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn', 'ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn',
      'ban chỉ huy PCTT và TKCN', 'ban chỉ huy PCTT&TKCN', 'ban chỉ huy phòng, chống thiên tai', 'ban chỉ huy phòng chống thiên tai', 'ban chỉ huy PCTT'],
    kind: 'agency', shape: 'body',
  },
  // The civil-defence command that each level set up under the 2023 law, in place of the one above: one name, not "Ban" and a department.
  {
    canonical: 'Ban Chỉ huy Phòng thủ dân sự',
    phrases: ['ban chỉ huy phòng thủ dân sự', 'ban chỉ huy PTDS', 'BCH phòng thủ dân sự', 'BCH PTDS'],
    kind: 'agency', shape: 'body',
  },
  {
    canonical: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật', phrases: ['hội đồng phối hợp phổ biến, giáo dục pháp luật', 'hội đồng phối hợp PBGDPL'],
    kind: 'agency', shape: 'body',
  },
  // A province's paper and broadcaster merged in 2025 ("Báo và Phát thanh, Truyền hình Quảng Trị").
  { canonical: 'Báo và Phát thanh, Truyền hình', phrases: ['báo và phát thanh, truyền hình', 'báo và phát thanh - truyền hình'], kind: 'agency', shape: 'body', level: 'province' },
  { canonical: 'Hội đồng Thi đua – Khen thưởng', phrases: ['hội đồng thi đua - khen thưởng', 'hội đồng thi đua khen thưởng', 'hội đồng TĐKT'], kind: 'agency', shape: 'body' },
  // National bodies of the official lists whose names the grammar cannot build from a generic head: the Front's and
  // the mass organisations' central committees ("Ủy ban Trung ương" read as the Party's Central Committee and then the
  // Front of the document's area), the national news agency ("xã" read as a commune), the national traffic safety
  // committee (no generic "Ủy ban"; its Văn phòng took the lower-case "ban" after it for a board).
  {
    canonical: 'Ủy ban Trung ương MTTQ Việt Nam',
    phrases: ['ủy ban trung ương mặt trận tổ quốc việt nam', 'ủy ban trung ương MTTQ việt nam', 'ủy ban trung ương MTTQVN', 'UBTW MTTQ việt nam', 'UBTƯ MTTQ việt nam'],
    kind: 'front', shape: 'central', level: 'central',
  },
  {
    canonical: 'Trung ương Đoàn', phrases: ['trung ương đoàn thanh niên cộng sản hồ chí minh', 'trung ương đoàn TNCS hồ chí minh', 'trung ương đoàn'],
    kind: 'mass-organization', shape: 'central', level: 'central', notBefore: ['thể', 'kết'],
  },
  // The Youth Union's central organs, as its documents and the citations of them print them ("Kế hoạch … của Ban Bí thư
  // Trung ương Đoàn"): the Party's "Ban Bí thư (Trung ương)" and "Ban Chấp hành Trung ương" took "Trung ương" and left
  // "Đoàn" over, so the Đoàn's Secretariat came out as the Party's. One node with the Đoàn, as its header is read.
  ...(['Ban Bí thư', 'Ban Chấp hành', 'Ban Thường vụ'] as const).map((organ) => ({
    canonical: `${organ} Trung ương Đoàn`,
    phrases: ['trung ương đoàn thanh niên cộng sản hồ chí minh', 'trung ương đoàn TNCS hồ chí minh', 'trung ương đoàn'].map((body) => `${organ.toLowerCase()} ${body}`),
    kind: 'mass-organization' as const, shape: 'central' as const, level: 'central' as const, keyKind: 'Trung ương Đoàn', notBefore: ['thể', 'kết'],
  })),
  { canonical: 'Tổng Liên đoàn Lao động Việt Nam', phrases: ['tổng liên đoàn lao động việt nam', 'tổng liên đoàn lao động'], kind: 'mass-organization', shape: 'central', level: 'central' },
  { canonical: 'Thông tấn xã Việt Nam', phrases: ['thông tấn xã việt nam', 'TTXVN'], kind: 'agency', shape: 'central', level: 'central', capitalOnly: true },
  {
    canonical: 'Ủy ban An toàn giao thông Quốc gia', phrases: ['ủy ban an toàn giao thông quốc gia', 'ủy ban ATGT quốc gia', 'UBATGTQG'],
    kind: 'agency', shape: 'central', level: 'central',
  },
  // A ministry whose name is itself a unit head ("Công an"): the generic "Bộ" would stop before it.
  { canonical: 'Bộ Công an', phrases: ['bộ công an'], kind: 'ministry', shape: 'central', level: 'central' },
  // The ministry-level agency for ethnic affairs (to 2025): "Ủy ban" alone heads no body the grammar reads.
  { canonical: 'Ủy ban Dân tộc', phrases: ['ủy ban dân tộc', 'UBDT'], kind: 'ministry', shape: 'central', level: 'central' },
  // The national traffic safety commission (its header cell wraps before "QUỐC GIA"); "Ban An toàn giao thông" of a
  // province or district is another body.
  {
    canonical: 'Ủy ban An toàn giao thông Quốc gia', phrases: ['ủy ban an toàn giao thông quốc gia', 'ủy ban ATGT quốc gia', 'UBATGTQG'],
    kind: 'agency', shape: 'central', level: 'central',
  },
  // The State President signs orders and decisions ("Quyết định số 1187/QĐ-CTN … của Chủ tịch nước"): an office
  // that is itself the issuer, not "Chủ tịch" of a body named after it.
  { canonical: 'Chủ tịch nước', phrases: ['chủ tịch nước', 'chủ tịch nước cộng hòa xã hội chủ nghĩa việt nam'], kind: 'government', shape: 'central', level: 'central' },
  {
    canonical: 'bộ, ngành', phrases: ['bộ, ngành, địa phương', 'bộ, ngành trung ương', 'bộ, ngành', 'bộ ngành', 'bộ, cơ quan ngang bộ'],
    kind: 'ministry', shape: 'central', level: 'central', collective: true,
  },
  { canonical: 'Bộ', phrases: ['bộ'], kind: 'ministry', shape: 'central', level: 'central', tail: 'caps', generic: true },
  { canonical: 'Cục', phrases: ['cục', 'tổng cục'], kind: 'agency', shape: 'central', level: 'central', tail: 'caps', generic: true },
  // A ministry's department ("Vụ Pháp chế", "Vụ Kế hoạch"): only with a capital and its name, since
  // "vụ" is also the season ("vụ Đông Xuân") and a word of others ("nhiệm vụ", "phục vụ").
  { canonical: 'Vụ', phrases: ['vụ'], kind: 'agency', shape: 'central', level: 'central', tail: 'caps', generic: true, qualified: true },
  // A research institute of a ministry ("Viện Khoa học Thủy lợi miền Nam", "Viện Vệ sinh dịch tễ Trung ương"): only with a
  // capital and its name; not the procuracy (its own head) nor "Viện trợ", "Viện dẫn" opening a sentence.
  { canonical: 'Viện', phrases: ['viện'], kind: 'agency', shape: 'central', level: 'central', tail: 'caps', generic: true, qualified: true, notBefore: ['kiểm', 'trợ', 'dẫn'] },
  { canonical: 'Sở', phrases: ['sở'], kind: 'department', shape: 'body', level: 'province', tail: 'caps', generic: true },
  { canonical: 'Phòng', phrases: ['phòng'], kind: 'department', shape: 'body', level: 'district', tail: 'caps', generic: true },
  { canonical: 'Trung tâm', phrases: ['trung tâm'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  { canonical: 'Đội', phrases: ['đội'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  // Units at sea and in ports, named by a capital and their own name ("Hải đội Biên phòng 2", "Chi đội Kiểm ngư số 5",
  // "Cảng vụ Hàng hải Quy Nhơn"): before, read as an "Đội" or not at all.
  { canonical: 'Hải đội', phrases: ['hải đội'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true },
  { canonical: 'Chi đội', phrases: ['chi đội'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true },
  { canonical: 'Cảng vụ', phrases: ['cảng vụ'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true },
  // A team or a club named by its work in lower case and closed by its area ("Tổ quản lý trật tự đô thị phường",
  // "Câu lạc bộ Tiếng Anh thanh niên phường"): only with a capital, as "tổ" opens "tổ chức" and "Tổ quốc".
  { canonical: 'Tổ', phrases: ['tổ'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true, notBefore: ['chức', 'quốc', 'dân', 'hợp', 'trưởng', 'phó', 'viên'] },
  { canonical: 'Câu lạc bộ', phrases: ['câu lạc bộ', 'CLB'], kind: 'mass-organization', shape: 'body', tail: 'caps', generic: true, qualified: true },
  // A village's own board ("Ban nhân dân ấp Tân Long", "Ban nhân dân các ấp"): the village's, named with it.
  { canonical: 'Ban nhân dân', phrases: ['ban nhân dân'], kind: 'residential', shape: 'body', level: 'ward' },
  // A state enterprise's works ("Xí nghiệp Cây xanh Lê Chân", "Xí nghiệp Thủy lợi Tiên Lãng"): with a capital and its name.
  { canonical: 'Xí nghiệp', phrases: ['xí nghiệp'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true },
  { canonical: 'Công ty', phrases: ['công ty'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  { canonical: 'Trạm', phrases: ['trạm'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  { canonical: 'Chi cục', phrases: ['chi cục'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  // A national institute ("Viện Pasteur Nha Trang", "Viện Vệ sinh dịch tễ Tây Nguyên"): only with a capital and its
  // name, as "viện" ends "bệnh viện", "thư viện", "học viện" and is the verb "viện dẫn".
  { canonical: 'Viện', phrases: ['viện'], kind: 'agency', shape: 'central', level: 'central', tail: 'caps', generic: true, qualified: true },
  { canonical: 'Bệnh viện', phrases: ['bệnh viện'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  // A ward of a hospital or health centre ("Khoa Kiểm soát bệnh tật và HIV/AIDS", "Khoa Hồi sức cấp cứu"):
  // only with a capital and its name, as "khoa học", "khoa" (of a school) are common words.
  { canonical: 'Khoa', phrases: ['khoa'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true, notBefore: ['học'] },
  // A section of a command or an office ("Bộ phận Tham mưu", "Bộ phận Phong trào Huyện đoàn"): its organ, only with a
  // capital and its field, as "các bộ phận, đơn vị" in lower case are any parts; not the ministry "Bộ" named "Phận".
  { canonical: 'Bộ phận', phrases: ['bộ phận'], kind: 'agency', shape: 'part', tail: 'caps', generic: true, qualified: true },
  // A public library of an area ("Thư viện tỉnh"): a school's "thư viện" in lower case is a room, no unit.
  { canonical: 'Thư viện', phrases: ['thư viện'], kind: 'agency', shape: 'body', qualified: true },
  // Workers of a commune or village named by post, who carry out its plans: "Thú y viên xã", "Nhân viên y tế thôn, khu".
  { canonical: 'Thú y viên', phrases: ['thú y viên'], kind: 'agency', shape: 'body', level: 'ward' },
  { canonical: 'Nhân viên thú y', phrases: ['nhân viên thú y'], kind: 'agency', shape: 'body', level: 'ward', keyKind: 'Thú y viên' },
  {
    canonical: 'nhân viên y tế thôn', phrases: ['nhân viên y tế thôn, bản', 'nhân viên y tế thôn, khu', 'nhân viên y tế thôn, tổ dân phố', 'nhân viên y tế thôn bản', 'nhân viên y tế thôn'],
    kind: 'residential', shape: 'subward', collective: true,
  },
  // A commune's civil servants by their post ("Công chức Tư pháp - Hộ tịch xã"): a unit of the
  // commune's People's Committee, named with a capital. "Văn phòng" would start a unit of its own.
  { canonical: 'Công chức Văn phòng - Thống kê', phrases: ['công chức văn phòng - thống kê', 'công chức văn phòng thống kê'], kind: 'agency', shape: 'body', level: 'ward' },
  // Written without "Công chức" too ("phối hợp với Công an phường, Văn phòng - Thống kê phường"): the same post, not an office of the UBND.
  { canonical: 'Văn phòng - Thống kê', phrases: ['văn phòng - thống kê'], kind: 'agency', shape: 'body', level: 'ward', keyKind: 'Công chức Văn phòng - Thống kê' },
  { canonical: 'Công chức', phrases: ['công chức'], kind: 'agency', shape: 'body', level: 'ward', tail: 'caps', generic: true },
  // "Cán bộ Thú y xã", "phối hợp với cán bộ Địa chính xã": a commune's staff by their field, written as "Công chức …"
  // is. Only before a capitalised field: "cán bộ, đảng viên", "Cán bộ UBND xã" are people, no unit (`NON_UNITS`).
  { canonical: 'Cán bộ', phrases: ['cán bộ'], kind: 'agency', shape: 'body', level: 'ward', tail: 'caps', generic: true },
  // Schools by grade, written in lower case ("các trường trung học phổ thông"): no capitalised name follows.
  { canonical: 'trường trung học phổ thông', phrases: ['trường trung học phổ thông', 'trường THPT'], kind: 'agency', shape: 'body', level: 'province' },
  { canonical: 'trường trung học cơ sở', phrases: ['trường trung học cơ sở', 'trường THCS'], kind: 'agency', shape: 'body', level: 'district' },
  { canonical: 'trường tiểu học', phrases: ['trường tiểu học'], kind: 'agency', shape: 'body', level: 'district' },
  { canonical: 'trường mầm non', phrases: ['trường mầm non'], kind: 'agency', shape: 'body', level: 'district' },
  // "Các trường học trên địa bàn xã": the schools of a place, any grade, in lower case as the grades are; plural only
  // ("Ban Thanh niên trường học", "chi bộ trường học" are one body's words).
  { canonical: 'trường học', phrases: ['trường học'], kind: 'agency', shape: 'body', level: 'district', pluralOnly: true },
  // The Farmers' Association's lending fund, at every level ("Quỹ Hỗ trợ nông dân tỉnh ưu tiên cho vay …"): its name has
  // lower-case words, so no generic head reads it.
  { canonical: 'Quỹ Hỗ trợ nông dân', phrases: ['quỹ hỗ trợ nông dân', 'quỹ HTND'], kind: 'mass-organization', shape: 'body' },
  // Groups of firms, investors and cooperatives as a task's subject or partner ("Các công ty khai thác công trình thủy lợi
  // phải …", "các doanh nghiệp chế biến thủy sản", "Các chủ đầu tư", "các hợp tác xã nông nghiệp"): a group of owners
  // named as printed, with its kind of business in lower case. Only made plural: alone the words are a name's
  // ("Công ty …", "Hợp tác xã …", read by the heads above) or prose's ("doanh nghiệp được hỗ trợ").
  { canonical: 'doanh nghiệp', phrases: ['doanh nghiệp'], kind: 'collective', shape: 'body', collective: true, pluralOnly: true, tail: 'kind' },
  { canonical: 'công ty', phrases: ['công ty'], kind: 'collective', shape: 'body', collective: true, pluralOnly: true, tail: 'kind' },
  { canonical: 'chủ đầu tư', phrases: ['chủ đầu tư'], kind: 'collective', shape: 'body', collective: true, pluralOnly: true, tail: 'kind' },
  { canonical: 'hợp tác xã', phrases: ['hợp tác xã', 'HTX'], kind: 'collective', shape: 'body', collective: true, pluralOnly: true, tail: 'kind' },
  // Owners of herds, forests, boats and dams the same way ("Các hộ chăn nuôi không mua heo …", "Các chủ tàu cá …", "các chủ
  // rừng là tổ chức …", "Các chủ đập thủy điện …"): labels35's groups of owners, 9 of 9 a unit where they are the subject.
  { canonical: 'hộ chăn nuôi', phrases: ['hộ chăn nuôi'], kind: 'collective', shape: 'body', collective: true, pluralOnly: true, tail: 'kind' },
  { canonical: 'chủ rừng', phrases: ['chủ rừng'], kind: 'collective', shape: 'body', collective: true, pluralOnly: true, tail: 'kind' },
  { canonical: 'chủ tàu', phrases: ['chủ tàu'], kind: 'collective', shape: 'body', collective: true, pluralOnly: true, tail: 'kind' },
  { canonical: 'chủ đập', phrases: ['chủ đập'], kind: 'collective', shape: 'body', collective: true, pluralOnly: true, tail: 'kind' },
  { canonical: 'chủ hồ', phrases: ['chủ hồ'], kind: 'collective', shape: 'body', collective: true, pluralOnly: true, tail: 'kind' },
  // A province's board of an economic zone named for the zone ("Ban Quản lý Khu kinh tế Vân Phong", "… cửa khẩu Đồng Đăng
  // - Lạng Sơn"): read as a generic Ban, the zone's name was taken for an unknown district's ("… Vân Phong quận"). With
  // its zone's name it is named whole (OWN_NAMED_HEADS); bare, or with its province after it, it is the province's.
  { canonical: 'Ban Quản lý Khu kinh tế', phrases: ['ban quản lý khu kinh tế', 'BQL khu kinh tế', 'BQL KKT'], kind: 'agency', shape: 'body', level: 'province', tail: 'caps', lowerKind: true },
  {
    canonical: 'Ban Quản lý Khu kinh tế và các khu công nghiệp',
    phrases: ['ban quản lý khu kinh tế và các khu công nghiệp', 'ban quản lý các khu công nghiệp và khu kinh tế'], kind: 'agency', shape: 'body', level: 'province',
  },
  { canonical: 'Ban Quản lý các khu công nghiệp', phrases: ['ban quản lý các khu công nghiệp', 'ban quản lý khu công nghiệp', 'BQL các KCN', 'BQL các khu công nghiệp'], kind: 'agency', shape: 'body', level: 'province' },
  { canonical: 'Trường', phrases: ['trường'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  { canonical: 'Hạt', phrases: ['hạt'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  { canonical: 'Đài Phát thanh và Truyền hình', phrases: ['đài phát thanh và truyền hình'], kind: 'agency', shape: 'body', keyKind: 'Đài Phát thanh - Truyền hình' },
  { canonical: 'Đài Phát thanh - Truyền hình', phrases: ['đài phát thanh - truyền hình', 'đài PT-TH', 'đài PTTH'], kind: 'agency', shape: 'body', keyKind: 'Đài Phát thanh - Truyền hình' },
  // A commune's or district's radio, mostly in lower case ("Đài truyền thanh xã tăng thời lượng …").
  { canonical: 'Đài Truyền thanh - Truyền hình', phrases: ['đài truyền thanh - truyền hình', 'đài truyền thanh và truyền hình', 'đài TT-TH'], kind: 'agency', shape: 'body' },
  { canonical: 'Đài Truyền thanh', phrases: ['đài truyền thanh'], kind: 'agency', shape: 'body' },
  { canonical: 'Đài', phrases: ['đài'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  { canonical: 'Báo', phrases: ['báo'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  // A publisher ("Nhà xuất bản Giáo dục Việt Nam", "Nhà xuất bản Nghệ An"), named as a paper is; only with a capital.
  { canonical: 'Nhà xuất bản', phrases: ['nhà xuất bản', 'NXB'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true },
  // An academy ("Học viện Phụ nữ Việt Nam") and a journal ("Tạp chí Phụ nữ Việt Nam"), written like a paper; only
  // with a capital, as "học", "tập" start common words ("học tập", "tập trung") that the unit scan would try.
  { canonical: 'Học viện', phrases: ['học viện'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true },
  { canonical: 'Tạp chí', phrases: ['tạp chí'], kind: 'agency', shape: 'body', tail: 'caps', generic: true, qualified: true },
  // The State's groups and corporations ("Tập đoàn Điện lực Việt Nam", "Tổng công ty Đông Bắc"): national
  // bodies. Unknown, "Điện lực Việt Nam" inside the first was read as the power company of a province.
  { canonical: 'Tập đoàn', phrases: ['tập đoàn'], kind: 'agency', shape: 'central', level: 'central', tail: 'caps', generic: true, qualified: true },
  { canonical: 'Tổng công ty', phrases: ['tổng công ty'], kind: 'agency', shape: 'central', level: 'central', tail: 'caps', generic: true },
  // "Tiểu ban Văn kiện", "Tiểu ban Nhân sự": a congress's subcommittees, not a "Ban" after the word "tiểu".
  { canonical: 'Tiểu ban', phrases: ['tiểu ban'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },
  // A school's board ("Ban Giám hiệu Trường THPT Lê Lợi", "Ban Giám hiệu các trường …"): a cell of the school it names
  // after it (find/union-cell.ts); read as a bare "Ban", the school after it was a unit of its own.
  { canonical: 'Ban Giám hiệu', phrases: ['ban giám hiệu'], kind: 'agency', shape: 'body', tail: 'caps' },
  { canonical: 'Ban', phrases: ['ban'], kind: 'agency', shape: 'body', tail: 'caps', generic: true },

  // Front and mass organisations.
  {
    canonical: 'Ủy ban MTTQ',
    phrases: ['ủy ban mặt trận tổ quốc việt nam', 'ủy ban mặt trận tổ quốc', 'mặt trận tổ quốc việt nam', 'mặt trận tổ quốc',
      // "UB MTTQ VIỆT NAM / HUYỆN CHƯ SÊ": the short forms with the country too, which is no province of the body.
      'ủy ban MTTQ việt nam', 'ủy ban MTTQ', 'ủy ban MTTQVN', 'UB MTTQ việt nam', 'UBMTTQ việt nam', 'MTTQ việt nam',
      'UB MTTQ', 'UBMTTQ', 'UBMTTQVN', 'MTTQ', 'MTTQVN', 'UBMT'],
    kind: 'front', shape: 'body',
  },
  { canonical: 'Ban Công tác Mặt trận khu dân cư', phrases: ['ban công tác mặt trận'], kind: 'front', shape: 'subward', collective: true },
  {
    canonical: 'tổ chức chính trị - xã hội',
    phrases: ['tổ chức chính trị - xã hội', 'tổ chức CT-XH', 'tổ chức CTXH', 'đoàn thể chính trị - xã hội', 'đoàn thể CT-XH', 'đoàn thể CTXH'],
    kind: 'mass-organization', shape: 'body', collective: true,
  },
  // The member organisations of the Front: "Ủy ban MTTQ tỉnh và các tổ chức thành viên".
  { canonical: 'tổ chức thành viên', phrases: ['tổ chức thành viên'], kind: 'front', shape: 'body', collective: true },
  { canonical: 'ngành, đoàn thể', phrases: ['ngành, đoàn thể', 'ngành đoàn thể'], kind: 'collective', shape: 'body', collective: true },
  { canonical: 'đoàn thể', phrases: ['hội, đoàn thể', 'hội đoàn thể', 'đoàn thể'], kind: 'mass-organization', shape: 'body', collective: true },
  { canonical: 'Đoàn Thanh niên', phrases: ['đoàn thanh niên cộng sản hồ chí minh', 'đoàn thanh niên', 'đoàn TNCS hồ chí minh', 'đoàn TN'], kind: 'mass-organization', shape: 'body' },
  // "Đoàn các xã, thị trấn", "Đoàn Trường THPT …": the word alone, with a capital, before an area or an institution.
  // Generic, so that it ends no place's name ("xã Đoàn Đào").
  { canonical: 'Đoàn', phrases: ['đoàn'], kind: 'mass-organization', shape: 'body', qualified: true, generic: true, keyKind: 'Đoàn Thanh niên' },
  { canonical: 'Hội Liên hiệp Phụ nữ', phrases: ['hội liên hiệp phụ nữ', 'hội LHPN', 'hội phụ nữ'], kind: 'mass-organization', shape: 'body' },
  { canonical: 'Hội Cựu chiến binh', phrases: ['hội cựu chiến binh', 'hội CCB'], kind: 'mass-organization', shape: 'body' },
  { canonical: 'Hội Nông dân', phrases: ['hội nông dân'], kind: 'mass-organization', shape: 'body' },
  // The Youth Union's committee of an area is written like a Party committee: "Huyện đoàn", "Tỉnh đoàn";
  // its header spells it out: "BCH ĐOÀN TỈNH NGHỆ AN" is the Tỉnh đoàn.
  { canonical: 'Tỉnh đoàn', phrases: ['tỉnh đoàn', 'ban chấp hành đoàn tỉnh', 'BCH đoàn tỉnh'], kind: 'mass-organization', shape: 'committee', level: 'province', areaTypes: ['tinh'], notBefore: ['kết', 'viên', 'thể'] },
  { canonical: 'Thành đoàn', phrases: ['thành đoàn', 'ban chấp hành đoàn thành phố', 'BCH đoàn thành phố'], kind: 'mass-organization', shape: 'committee', level: 'province', areaTypes: ['thanh-pho'], notBefore: ['kết', 'viên', 'thể'] },
  { canonical: 'Huyện đoàn', phrases: ['huyện đoàn', 'ban chấp hành đoàn huyện', 'BCH đoàn huyện'], kind: 'mass-organization', shape: 'committee', level: 'district', areaTypes: ['huyen'], notBefore: ['kết', 'viên', 'thể'] },
  { canonical: 'Quận đoàn', phrases: ['quận đoàn', 'ban chấp hành đoàn quận', 'BCH đoàn quận'], kind: 'mass-organization', shape: 'committee', level: 'district', areaTypes: ['quan'], notBefore: ['kết', 'viên', 'thể'] },
  { canonical: 'Thị đoàn', phrases: ['thị đoàn', 'ban chấp hành đoàn thị xã', 'BCH đoàn thị xã'], kind: 'mass-organization', shape: 'committee', level: 'district', areaTypes: ['thi-xa'], notBefore: ['kết', 'viên', 'thể'] },
  { canonical: 'Công đoàn', phrases: ['liên đoàn lao động', 'công đoàn', 'LĐLĐ'], kind: 'mass-organization', shape: 'body' },
  // The Youth Union's committee of an area, named like a Party committee: "Huyện đoàn Nam Đàn", "Tỉnh đoàn".
  { canonical: 'Tỉnh đoàn', phrases: ['tỉnh đoàn'], kind: 'mass-organization', shape: 'committee', level: 'province', areaTypes: ['tinh'] },
  { canonical: 'Thành đoàn', phrases: ['thành đoàn'], kind: 'mass-organization', shape: 'committee', level: 'province', areaTypes: ['thanh-pho'] },
  { canonical: 'Huyện đoàn', phrases: ['huyện đoàn'], kind: 'mass-organization', shape: 'committee', level: 'district', areaTypes: ['huyen'] },
  { canonical: 'Quận đoàn', phrases: ['quận đoàn'], kind: 'mass-organization', shape: 'committee', level: 'district', areaTypes: ['quan'] },
  { canonical: 'Thị đoàn', phrases: ['thị đoàn'], kind: 'mass-organization', shape: 'committee', level: 'district', areaTypes: ['thi-xa'] },
  // Associations of the Front whose names hold "và" or a comma in lower case, which end a name the grammar builds
  // ("Hội Doanh nghiệp nhỏ" and "vừa"), and the unions of a province's public servants.
  {
    canonical: 'Hội Doanh nghiệp nhỏ và vừa', phrases: ['hội doanh nghiệp nhỏ và vừa', 'hiệp hội doanh nghiệp nhỏ và vừa'], kind: 'mass-organization', shape: 'body',
  },
  { canonical: 'Hội Bảo trợ người khuyết tật và trẻ mồ côi', phrases: ['hội bảo trợ người khuyết tật và trẻ mồ côi', 'hội bảo trợ người khuyết tật, trẻ mồ côi'], kind: 'mass-organization', shape: 'body' },
  { canonical: 'Liên hiệp các Hội Khoa học và Kỹ thuật', phrases: ['liên hiệp các hội khoa học và kỹ thuật', 'liên hiệp các hội KH&KT'], kind: 'mass-organization', shape: 'body' },
  { canonical: 'Liên hiệp các tổ chức hữu nghị', phrases: ['liên hiệp các tổ chức hữu nghị'], kind: 'mass-organization', shape: 'body' },
  { canonical: 'Công đoàn Viên chức', phrases: ['công đoàn viên chức'], kind: 'mass-organization', shape: 'body', level: 'province' },
  // The Young Pioneers' council of an area, run by the Youth Union ("Hội đồng Đội tỉnh"): not a "Hội" with a team in its name.
  { canonical: 'Hội đồng Đội', phrases: ['hội đồng đội'], kind: 'mass-organization', shape: 'body' },
  // The Young Pioneers' unit of a school ("Liên đội Trường Tiểu học Kim Đồng"), a cell of the school named after it; only
  // with a capital.
  { canonical: 'Liên đội', phrases: ['liên đội'], kind: 'mass-organization', shape: 'body', tail: 'caps', capitalOnly: true },
  // The Youth Union's bases directly under a Tỉnh đoàn or Huyện đoàn ("các huyện, thị, thành đoàn và đoàn trực thuộc Tỉnh đoàn").
  { canonical: 'đoàn trực thuộc', phrases: ['đoàn trực thuộc', 'đoàn cơ sở trực thuộc'], kind: 'mass-organization', shape: 'member', collective: true },
  // The Youth Union's and the associations' cells of a village or residential group: "các chi đoàn tổ dân phố", "các chi hội".
  // The branches directly under a commune's or an agency's Union ("Các chi đoàn trực thuộc đăng ký …"), as "đoàn trực thuộc"
  // are under a Tỉnh đoàn: read as "chi đoàn", "trực thuộc" was lost and the branches became the area's.
  { canonical: 'chi đoàn trực thuộc', phrases: ['chi đoàn trực thuộc'], kind: 'mass-organization', shape: 'member', collective: true },
  { canonical: 'chi đoàn', phrases: ['chi đoàn thanh niên', 'chi đoàn'], kind: 'mass-organization', shape: 'body', collective: true, tail: 'caps' },
  { canonical: 'chi hội', phrases: ['chi hội'], kind: 'mass-organization', shape: 'body', collective: true, tail: 'caps' },
  // A commune's or a ward's own teams, named by their work in lower case, with the villages or groups they are set up in
  // after it ("Đội dân phòng các thôn", "Tổ công nghệ số cộng đồng các tổ dân phố"): read whole, not as the villages.
  {
    canonical: 'Tổ công nghệ số cộng đồng', phrases: ['tổ công nghệ số cộng đồng', 'tổ CNSCĐ'], kind: 'agency', shape: 'body', level: 'ward',
  },
  { canonical: 'Đội dân phòng', phrases: ['đội dân phòng'], kind: 'agency', shape: 'body', level: 'ward' },
  {
    canonical: 'Tổ bảo vệ an ninh, trật tự ở cơ sở', phrases: ['tổ bảo vệ an ninh, trật tự ở cơ sở', 'tổ bảo vệ an ninh, trật tự cơ sở', 'tổ bảo vệ an ninh trật tự ở cơ sở', 'tổ bảo vệ an ninh trật tự cơ sở', 'tổ bảo vệ ANTT ở cơ sở', 'tổ bảo vệ ANTT cơ sở'],
    kind: 'agency', shape: 'body', level: 'ward',
  },
  { canonical: 'Tổ an ninh trật tự', phrases: ['tổ an ninh trật tự', 'tổ an ninh, trật tự'], kind: 'agency', shape: 'body', level: 'ward' },
  { canonical: 'Tổ hòa giải', phrases: ['tổ hòa giải'], kind: 'agency', shape: 'body', level: 'ward' },
  // The Union's and the associations' grassroots units together ("Các cơ sở Đoàn báo cáo kết quả về Huyện Đoàn"): read
  // whole, or "sở" would open a department named "Đoàn".
  { canonical: 'cơ sở Đoàn', phrases: ['cơ sở đoàn'], kind: 'mass-organization', shape: 'body', collective: true, notBefore: ['kết', 'thể', 'viên'] },
  { canonical: 'cơ sở Hội', phrases: ['cơ sở hội'], kind: 'mass-organization', shape: 'body', collective: true, notBefore: ['đồng', 'nghị', 'thảo', 'viên', 'tụ'] },
  { canonical: 'Hội', phrases: ['hội'], kind: 'mass-organization', shape: 'body', tail: 'caps', generic: true },

  // Collectives.
  // "các đơn vị có liên quan" is the same collective (c01, c80 label it a unit: a supporting one after "phối hợp với").
  // One collective, named as printed: the key is shared.
  {
    canonical: 'cơ quan, đơn vị liên quan', phrases: ['cơ quan, đơn vị liên quan', 'cơ quan đơn vị liên quan', 'đơn vị liên quan', 'cơ quan liên quan'],
    kind: 'collective', shape: 'body', collective: true, keyKind: 'cơ quan, đơn vị liên quan',
  },
  {
    canonical: 'cơ quan, đơn vị có liên quan', phrases: ['cơ quan, đơn vị có liên quan', 'cơ quan đơn vị có liên quan', 'đơn vị có liên quan', 'cơ quan có liên quan'],
    kind: 'collective', shape: 'body', collective: true, keyKind: 'cơ quan, đơn vị liên quan',
  },
  // A Quyết định's execution article names the members its first article lists: "Văn phòng …, Công an xã và các
  // ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành …". They are a unit of the decision, named as printed.
  {
    canonical: 'thành viên có tên tại Điều',
    phrases: ['thành viên có tên tại điều', 'ông (bà) có tên tại điều', 'ông, bà có tên tại điều', 'ông/bà có tên tại điều'],
    kind: 'collective', shape: 'body', collective: true, article: true,
  },
  // The press ("phối hợp với các cơ quan thông tấn, báo chí tuyên truyền …"): not any agency, and its comma no list.
  { canonical: 'cơ quan thông tấn, báo chí', phrases: ['cơ quan thông tấn, báo chí', 'cơ quan thông tấn báo chí', 'cơ quan báo chí'], kind: 'collective', shape: 'body', collective: true },
  { canonical: 'cơ quan, đơn vị', phrases: ['cơ quan, đơn vị', 'cơ quan đơn vị', 'cơ quan', 'đơn vị'], kind: 'collective', shape: 'body', collective: true },
  { canonical: 'cơ quan, tổ chức', phrases: ['cơ quan, tổ chức'], kind: 'collective', shape: 'body', collective: true },
  { canonical: 'đơn vị chuyên môn', phrases: ['đơn vị chuyên môn'], kind: 'collective', shape: 'body', collective: true },
  // A district's specialised departments, a province's departments by their legal name ("các cơ quan chuyên môn thuộc UBND tỉnh").
  { canonical: 'phòng chuyên môn', phrases: ['phòng chuyên môn'], kind: 'department', shape: 'body', collective: true, level: 'district' },
  { canonical: 'cơ quan chuyên môn', phrases: ['cơ quan chuyên môn'], kind: 'department', shape: 'body', collective: true },
  // "các ban, ngành, đoàn thể xã" (a commune's) is one collective, not two. "phòng, ban, ngành,
  // đoàn thể" (a district's) stays two, the departments and the mass organisations, as seed 000 reads it.
  {
    canonical: 'ban, ngành, đoàn thể',
    phrases: ['ban, ngành, đoàn thể', 'ban ngành, đoàn thể', 'ban, ngành đoàn thể', 'ban ngành đoàn thể'],
    kind: 'collective', shape: 'body', collective: true,
  },
  { canonical: 'phòng, ban, ngành', phrases: ['phòng, ban, ngành', 'phòng ban ngành', 'phòng, ban', 'ban, ngành', 'ban ngành', 'phòng, ban chuyên môn', 'phòng, đơn vị'], kind: 'department', shape: 'body', collective: true },
  { canonical: 'sở, ban, ngành', phrases: ['sở, ban, ngành', 'sở ban ngành', 'ban, sở, ngành', 'sở, ngành'], kind: 'department', shape: 'body', collective: true, level: 'province' },
  { canonical: 'lực lượng chức năng', phrases: ['lực lượng chức năng'], kind: 'collective', shape: 'body', collective: true },
  { canonical: 'tổ dân phố', phrases: ['tổ dân phố', 'TDP'], kind: 'residential', shape: 'subward', collective: true },
  // The villages of a commune as the units that carry out its plan ("các thôn", "các xóm"): only
  // made plural, since "thôn", "bản" alone are also words of names and of "văn bản".
  { canonical: 'thôn', phrases: ['thôn'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true },
  { canonical: 'xóm', phrases: ['xóm'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true },
  { canonical: 'khu dân cư', phrases: ['khu dân cư'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true },
  { canonical: 'khu phố', phrases: ['khu phố'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true },
  // Nghệ An's cities name their residential groups "khối" ("khối phố"): "Trưởng các khối phố".
  { canonical: 'khối phố', phrases: ['khối phố'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true },
  // The Mekong provinces' wards and communes name theirs "khóm" and "ấp": "Trưởng các khóm", "các ấp".
  { canonical: 'khóm', phrases: ['khóm'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true },
  { canonical: 'ấp', phrases: ['ấp'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true },
  // The northern uplands' villages are "bản" ("Trưởng các bản tổ chức họp dân"); "các bản cam kết", "các bản đồ"
  // are papers and maps, and "Bản" with a capital the first syllable of a place ("xã Bản Lầu").
  {
    canonical: 'bản', phrases: ['bản'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true, lowerOnly: true,
    notBefore: ['đồ', 'sao', 'cam', 'kế', 'tin', 'án', 'thảo', 'chính', 'gốc', 'vẽ', 'quyền', 'lĩnh', 'thân', 'chất', 'địa', 'mềm', 'in',
      'dịch', 'đăng', 'tự', 'kiểm', 'báo', 'hướng', 'nhận', 'thỏa', 'hợp', 'ghi', 'tường', 'khai', 'điện', 'cứng', 'photo', 'sắc', 'nháp',
      'quy', 'đề', 'danh', 'tổng', 'phương', 'giải', 'xác', 'cập', 'nhạc', 'hùng', 'tình', 'lề', 'mẫu', 'ký', 'tiếng'],
  },
  // The Central Highlands' villages, listed with the communes' "thôn" ("Trưởng các thôn, làng", "Bí thư các chi bộ thôn,
  // bon", "các thôn, buôn, plei"): only in lower case and made plural, as "Buôn Đôn", "Làng Mọ" are names of places and
  // "các làng nghề", "buôn bán", "buôn lậu" no villages.
  { canonical: 'làng', phrases: ['làng'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true, lowerOnly: true, notBefore: ['nghề', 'văn', 'quê', 'xã', 'mạc'] },
  { canonical: 'buôn', phrases: ['buôn'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true, lowerOnly: true, notBefore: ['bán', 'lậu', 'làng', 'chuyến'] },
  { canonical: 'bon', phrases: ['bon'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true, lowerOnly: true },
  { canonical: 'plei', phrases: ['plei'], kind: 'residential', shape: 'subward', collective: true, pluralOnly: true, lowerOnly: true },
  // A ward's civil guard ("lực lượng bảo vệ dân phố"), as its militia is a unit: one force, not the collective "lực lượng".
  { canonical: 'lực lượng bảo vệ dân phố', phrases: ['lực lượng bảo vệ dân phố', 'bảo vệ dân phố'], kind: 'agency', shape: 'body', level: 'ward' },
  // The fishermen's groups at sea ("Tổ đoàn kết sản xuất trên biển", "các tổ đoàn kết khai thác hải sản"): named by their work
  // in lower case, as a steering committee by its topic; "Tổ" was no unit before "đoàn", and nothing read them.
  { canonical: 'Tổ đoàn kết', phrases: ['tổ đoàn kết'], kind: 'agency', shape: 'body', tail: 'topic' },
  // Museums, relic sites and nature reserves that run themselves ("Bảo tàng Gốm Bát Tràng", "Khu di tích Đền Sóc", "Khu Bảo
  // tồn thiên nhiên Pù Luông"): only with a capital and a name, as a national park's.
  { canonical: 'Bảo tàng', phrases: ['bảo tàng'], kind: 'agency', shape: 'body', tail: 'caps', qualified: true },
  { canonical: 'Khu di tích', phrases: ['khu di tích'], kind: 'agency', shape: 'body', tail: 'caps', qualified: true },
  { canonical: 'Khu di tích lịch sử', phrases: ['khu di tích lịch sử'], kind: 'agency', shape: 'body', tail: 'caps', qualified: true },
  { canonical: 'Khu di tích lịch sử - văn hóa', phrases: ['khu di tích lịch sử - văn hóa'], kind: 'agency', shape: 'body', tail: 'caps', qualified: true },
  { canonical: 'Khu bảo tồn', phrases: ['khu bảo tồn'], kind: 'agency', shape: 'body', tail: 'caps', qualified: true },
  { canonical: 'Khu bảo tồn thiên nhiên', phrases: ['khu bảo tồn thiên nhiên'], kind: 'agency', shape: 'body', tail: 'caps', qualified: true },
  { canonical: 'Khu bảo tồn thiên nhiên - văn hóa', phrases: ['khu bảo tồn thiên nhiên - văn hóa'], kind: 'agency', shape: 'body', tail: 'caps', qualified: true },
  // The national veterinary service's regional offices ("Cơ quan Thú y vùng VI"), named by their number.
  { canonical: 'Cơ quan Thú y vùng', phrases: ['cơ quan thú y vùng'], kind: 'agency', shape: 'central', level: 'central', tail: 'caps', capitalOnly: true },
  // A province's and a district's military command by their everyday names ("Đề nghị Tỉnh đội Bến Tre hỗ trợ …"): read
  // as a "Đội" of the document's issuer. Only with a capital: "toàn tỉnh đội ngũ cán bộ …" is no command.
  { canonical: 'Bộ Chỉ huy Quân sự', phrases: ['tỉnh đội'], kind: 'military', shape: 'body', level: 'province', capitalOnly: true },
  { canonical: 'Ban Chỉ huy Quân sự', phrases: ['huyện đội'], kind: 'military', shape: 'body', level: 'district', capitalOnly: true },
  // The coast guard's regional commands, named by their number ("Bộ Tư lệnh Vùng Cảnh sát biển 4"), and its national
  // command: "Cảnh sát" after "Vùng" opened another head and the name was cut at "Cảnh".
  { canonical: 'Bộ Tư lệnh Vùng Cảnh sát biển', phrases: ['bộ tư lệnh vùng cảnh sát biển'], kind: 'military', shape: 'central', level: 'central', tail: 'caps', capitalOnly: true },
  { canonical: 'Bộ Tư lệnh Cảnh sát biển', phrases: ['bộ tư lệnh cảnh sát biển'], kind: 'military', shape: 'central', level: 'central', capitalOnly: true },
  // A ward's urban order force ("Công an phường phối hợp với lực lượng trật tự đô thị …"), as its civil guard: one force, not
  // the collective "lực lượng" with a topic; lost, the partner's lead read "assigned".
  { canonical: 'lực lượng trật tự đô thị', phrases: ['lực lượng trật tự đô thị'], kind: 'agency', shape: 'body', level: 'ward' },
];

/**
 * Area words: a qualifier after a head ("UBND quận", "Công an phường", "UBND Thành phố Hà
 * Nội") or the type word of a place name. `types` are the gazetteer's types.
 */
export interface AreaWord {
  phrases: readonly string[];
  level: 'province' | 'district' | 'ward';
  types: readonly string[];
}

export const AREA_WORDS: readonly AreaWord[] = [
  { phrases: ['thành phố', 'TP', 'TP.', 'Tp', 'Tp.'], level: 'province', types: ['thanh-pho'] },
  { phrases: ['tỉnh'], level: 'province', types: ['tinh'] },
  { phrases: ['quận', 'Q.'], level: 'district', types: ['quan'] },
  { phrases: ['huyện', 'H.'], level: 'district', types: ['huyen'] },
  { phrases: ['thị xã', 'TX', 'TX.'], level: 'district', types: ['thi-xa'] },
  { phrases: ['phường', 'P.'], level: 'ward', types: ['phuong'] },
  { phrases: ['xã'], level: 'ward', types: ['xa'] },
  { phrases: ['thị trấn'], level: 'ward', types: ['thi-tran'] },
  // The island zones of the 2025 reform, at the level of a commune ("UBND các xã, phường, đặc khu", "đặc khu Phú Quốc").
  { phrases: ['đặc khu'], level: 'ward', types: ['dac-khu'] },
];

/**
 * Words after plural places that say which of them ("UBND các xã, thị trấn ven biển", "các xã biên giới"):
 * part of the unit's name. Lost, the unit became every commune of the district.
 */
export const AREA_QUALIFIERS: readonly string[] = [
  'biên giới', 'có đường biên giới', 'vùng biên giới', 'khu vực biên giới', 'miền núi', 'vùng cao',
  // Low-lying places, flooded first ("các xã, phường ven biển và vùng trũng thấp"): two syllables after "vùng".
  'vùng trũng thấp', 'vùng thấp trũng', 'trũng thấp',
  // The border posts along the coast or the land border ("Các đồn Biên phòng tuyến biển"): which posts, by their line.
  'tuyến biển', 'tuyến biên giới', 'tuyến biên giới đất liền',
  // The hill communes where forest fires start ("Các xã vùng gò đồi"): three syllables after "vùng", cut at two.
  'vùng gò đồi', 'vùng đồi gò',
  // Which land border, by the neighbour's name ("Các đồn biên phòng tuyến biên giới Việt Nam - Lào"): the country pair
  // was cut, the posts of every border read.
  ...['biên giới', 'tuyến biên giới'].flatMap((line) => ['Lào', 'Trung Quốc', 'Campuchia'].flatMap((country) => [`${line} Việt Nam - ${country}`, `${line} Việt - ${country}`])),
];

/**
 * Committees named after a city ("Thành ủy Biên Hòa", "Thành đoàn Đà Nẵng"): the city is a centrally-run one (a
 * province) or one inside a province (a district), and the name says which.
 */
export const CITY_COMMITTEES: ReadonlySet<string> = new Set(['Thành ủy', 'Thành đoàn']);

/** Words before an article's number that say which units it lists ("các huyện có tên tại Điều 2"). */
export const NAMED_IN_ARTICLE: readonly string[] = ['có tên tại điều', 'có tên ở điều', 'có tên trong điều', 'nêu tại điều'];

/**
 * "ven" and what the places lie along ("các xã ven đê", "ven sông Luộc"): which of them, read with
 * the one word after it and that feature's own name (find/which-places.ts).
 */
export const PLACE_BESIDE_WORDS: readonly string[] = ['ven'];

/**
 * Words before what the places grow or are ("các đảng ủy xã vùng mía", "các xã vùng lũ"): with one syllable after them,
 * which of the places. "có" ("các xã có rừng") is read so only where the clause goes on at once after its syllable (a
 * verb of the tables, a bracket of names, a comma): "các xã có kế hoạch …" is the clause's own words.
 */
export const PLACE_FEATURE_LEADS: readonly string[] = ['vùng'];
export const PLACE_HAVING_LEADS: readonly string[] = ['có'];

/** Features along which places lie whose common name is two words ("ven quốc lộ 5"). */
export const PLACE_FEATURE_ROADS: readonly string[] = ['quốc lộ', 'tỉnh lộ', 'đường tỉnh', 'đường huyện', 'kênh mương'];

/** "cơ sở" (the grassroots) stands for the wards of the document's district. */
export const GRASSROOTS_WORDS: readonly string[] = ['cơ sở'];

/** Words that make a unit plural: "các phường", "11 phường", "những đơn vị". */
export const PLURAL_WORDS: readonly string[] = ['các', 'những', 'cả', 'toàn'];

/**
 * Offices: a person named by office stands for the organisation that follows ("Chủ tịch UBND
 * phường" -> UBND phường, "Bí thư các chi bộ" -> the chi bộ, "lãnh đạo UBND Quận" -> UBND quận).
 */
export const OFFICE_WORDS: readonly string[] = [
  'các đồng chí', 'đồng chí', 'đ/c', 'phó bí thư', 'bí thư', 'phó chủ tịch', 'chủ tịch', 'ủy viên', 'lãnh đạo', 'LĐ',
  'tổ trưởng', 'phó trưởng', 'trưởng', 'phó giám đốc', 'giám đốc', 'thủ trưởng', 'người đứng đầu', 'chánh', 'chỉ huy trưởng',
  // A minister signs for the ministry: "Quyết định số … của Bộ trưởng Bộ Y tế".
  'bộ trưởng', 'thứ trưởng', 'tổng cục trưởng', 'cục trưởng',
  // The head of a sub-department, a forest ranger station, an institute or a border post signs for it as well: "Tờ
  // trình số … của Chi cục trưởng Chi cục Kiểm lâm", "Hạt trưởng Hạt Kiểm lâm huyện …" (read from "chi", "hạt",
  // "viện", "đồn", the post fell short of its own body).
  'chi cục trưởng', 'hạt trưởng', 'viện trưởng', 'đồn trưởng',
  // "các thành viên Ban Chỉ huy xã", "các thành viên Tổ công tác": the members stand for their body, printed with it.
  'các thành viên', 'thành viên',
  // "Hiệu trưởng các trường …": a school's head stands for the school; read from "trưởng", the post lost its first word.
  'hiệu trưởng',
];

/**
 * A committee's members named together stand for the committee: "Các đồng chí Đảng ủy viên phụ trách
 * thôn dự …" is a task of the Đảng ủy (its standing committee's are "Ủy viên Ban Thường vụ …").
 */
export const COMMITTEE_MEMBER_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['đảng ủy viên', 'Đảng ủy'], ['huyện ủy viên', 'Huyện ủy'], ['quận ủy viên', 'Quận ủy'], ['thị ủy viên', 'Thị ủy'],
  ['thành ủy viên', 'Thành ủy'], ['tỉnh ủy viên', 'Tỉnh ủy'],
];

/** Words that join units in a list: "UBND, UBMTTQVN và các đoàn thể", "Đảng ủy – UBND". */
export const LIST_GLUE: readonly string[] = [',', 'và', '–', '—', '-', ';', '&', 'cùng', 'cùng với', 'hoặc'];

/** Qualifiers marking units that belong to a place below the ward ("các hội đoàn thể ở khu dân cư"). */
export const SUBWARD_QUALIFIERS: readonly string[] = [
  'khu dân cư', 'tổ dân phố', 'thôn', 'xóm', 'bản', 'ấp', 'khu phố', 'khối phố',
  // The Mekong towns' wards are divided into "khóm" ("Các chi bộ khóm", "Chi bộ khóm 3").
  'khóm',
  // A state farm's or forestry company's production teams, its villages: "Các chi bộ đội sản xuất".
  'đội sản xuất',
  // The Central Highlands' villages: "Chi bộ buôn Kô Siêr", "Chi hội Phụ nữ bon Bu Prăng".
  'buôn', 'bon',
];

/** Not organisations, though they stand where a unit would: "Nhân dân quận", "người dân". */
export const NON_UNITS: readonly string[] = [
  'nhân dân', 'người dân', 'hệ thống chính trị', 'cán bộ', 'đảng viên',
  // The State's motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") where a page's header table lands in the body: no "Hội".
  'hội chủ nghĩa',
];

/**
 * Words that end a name's lower-case syllables: "Bộ Y tế tăng cường ..." is "Bộ Y tế", not
 * "Bộ Y tế tăng cường". Predicate words (src/parse/vocabulary/assignment.ts) end it too.
 */
export const NAME_STOPWORDS: readonly string[] = [
  'về', 'của', 'tại', 'theo', 'để', 'trong', 'với', 'cho', 'trên', 'đến', 'tới', 'từ', 'các', 'những', 'và', 'là', 'quy định', 'thuộc',
  // "Chi cục Kiểm lâm được giao …": the passive opens the predicate.
  'được', 'bị',
  // "Giao công chức Tài chính - Kế toán làm bộ phận thường trực": the role it is given, as after "là".
  'làm',
  // "Quyết định số … của Bộ Văn hóa, Thể thao và Du lịch phê duyệt Chương trình …": the cited act's verb, after its issuer.
  'phê duyệt',
];

/**
 * Lower-case phrases inside a name that hold a stopword ("Vụ Thị trường trong nước", "Khoa Dược - Trang thiết bị"):
 * words of the name.
 */
export const NAME_INNER_PHRASES: readonly string[] = [
  'trong nước', 'ngoài nước', 'ngoài nhà nước', 'thiết bị',
  // "Viện Khoa học Thủy lợi miền Nam", "Trung tâm Khí tượng Thủy văn khu vực Nam Bộ": the region a central body serves.
  'miền Nam', 'miền Bắc', 'miền Trung',
  // "Trung tâm Dịch vụ việc làm tỉnh": "làm" ends a name elsewhere (the role a unit is given).
  'việc làm',
  // "Ban Chỉ huy phòng cháy, chữa cháy rừng xã": the comma of the topic does not end the name.
  'phòng cháy, chữa cháy rừng', 'phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'phòng cháy, chữa cháy',
  // A ministry's departments whose fields are pairs written with a comma ("Cục Quản lý Khám, chữa bệnh", "Vụ Truyền
  // thông và Thi đua, khen thưởng", "Ban Thi đua, khen thưởng"): the comma is inside the name.
  'khám, chữa bệnh', 'thi đua, khen thưởng',
  // "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh": "thôn" is also a village.
  'nông thôn',
  // Boarding schools for ethnic minorities ("Trường Phổ thông Dân tộc nội trú Minh Hóa"): after the known "Dân tộc" the
  // lower-case "nội trú" ended the name, and the school's own name was lost.
  'nội trú', 'bán trú',
  // "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và … huyện X": "xã" is no commune in "xã hội".
  'xã hội',
  // The crime-prevention steering board's full topic, with a movement's capitalised name after "và xây dựng".
  'và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc',
];

/**
 * Common nouns that open a name inside a unit's name ("Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh"): the
 * capitalised syllable after one starts that name, and is no later syllable of a proper name (which takes
 * no lower-case words: "Quỹ Hỗ" lost "trợ nông dân").
 */
export const NAME_INNER_NOUNS: readonly string[] = ['Quỹ', 'Khu', 'Cụm', 'Chợ', 'Cảng', 'Nhà', 'Làng', 'Vườn', 'Bệnh'];

/**
 * A cooperative's kind of business, written after "Hợp tác xã" in lower case as the whole of its name where the text
 * names the one cooperative of its commune ("Hội Nông dân xã phối hợp với Hợp tác xã nông nghiệp tổ chức …"): read
 * without a proper name after it, only these, as a clause's verb may follow the head too ("Luật Hợp tác xã năm 2023").
 */
export const COOPERATIVE_KINDS: readonly string[] = ['dịch vụ nông nghiệp', 'nông nghiệp dịch vụ', 'dịch vụ nông nghiệp tổng hợp', 'nông nghiệp', 'thủy sản', 'chăn nuôi'];

/**
 * The armed forces as a sector of a mass organisation ("Hội Phụ nữ Quân đội", "Công đoàn Công an nhân dân"):
 * the national association of that force, written with a capital; "Quân" was read as a province's name.
 */
export const FORCE_SECTORS: readonly string[] = ['quân đội nhân dân việt nam', 'quân đội nhân dân', 'quân đội', 'công an nhân dân', 'CAND', 'QĐND'];

/**
 * After a school's grade ("Trường THPT Dân tộc nội trú", "Trường THCS Dân tộc bán trú Trà Tập"): boarding schools for
 * ethnic minorities, a kind of the school written in mixed case, no place ("Dân" was read as a province's name).
 */
export const SCHOOL_KINDS: readonly string[] = ['dân tộc nội trú', 'dân tộc bán trú', 'DTNT', 'DTBT'];

/** After a collective ("các sở, ngành liên quan"): which of its kind, a word of its name. */
export const RELATED_WORDS: readonly string[] = ['có liên quan', 'liên quan'];

/** After a collective, which of its kind by what they have ("các cơ quan, tổ chức có lực lượng tự vệ"): printed in its name. */
export const HAVING_WORDS: readonly string[] = ['có lực lượng tự vệ', 'có lực lượng dân quân tự vệ', 'có lực lượng dân quân'];

/** "cấp huyện", "cấp xã": every unit of that level, together. */
export const LEVEL_WORDS: ReadonlyArray<readonly [string, 'province' | 'district' | 'ward']> = [
  ['cấp tỉnh', 'province'], ['cấp huyện', 'district'], ['cấp xã', 'ward'], ['cấp quận', 'district'], ['cấp phường', 'ward'],
];

/**
 * Words that only qualify a steering committee's topic and are dropped from its key, so that
 * "Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 quận" (seed 001) and "Ban Chỉ đạo phòng, chống
 * dịch Quận" (seed 004) are one body. Folded forms (no diacritics, lower case).
 */
export const TOPIC_KEY_QUALIFIERS: readonly string[] = ['benh', 'covid-19', 'covid', '19', 'sars-cov-2', 'ncov'];

/**
 * The names departments and offices of an area go by ("Sở Tài chính", "Phòng Y tế", "Chi cục
 * Kiểm lâm"): a name found here ends where it ends, so the verb after it is no part of it ("Sở Tài
 * chính cân đối kinh phí", "Sở Y tế chỉ định …"). Names not listed, and those written with a
 * comma ("Văn hóa, Thể thao và Du lịch"), are read by their capitals.
 */
/**
 * Words that end a board's lower-case topic ("Ban Chỉ đạo phòng, chống dịch bệnh huyện có nhiệm vụ giúp
 * …"): what the board is to do starts there, though the topic's own words may be verbs ("phòng, chống").
 */
export const TOPIC_STOPS: readonly string[] = ['có nhiệm vụ', 'có trách nhiệm', 'chịu trách nhiệm', 'giúp', 'tham mưu', 'gồm', 'do'];

/**
 * What ends a name's lower-case words as the clause's predicate starts: an adverb of the clause ("Ban Chỉ đạo cũng yêu
 * cầu …") or an asking verb. Once a board's topic has a word, the predicate words of
 * vocabulary/assignment.ts end it too ("Ban Chỉ đạo quốc gia tổ chức trực ban …"); its first word may be one ("Ban Chỉ
 * đạo xây dựng nông thôn mới").
 */
export const TOPIC_CLAUSE_WORDS: readonly string[] = ['cũng', 'vẫn', 'yêu cầu', 'đề nghị'];

/**
 * Right after "Ban Chỉ đạo", the board acting on itself ("tự giải thể …"): no topic; inside a name "tự" is a syllable ("trật tự").
 * What a member works by ("Các thành viên Ban Chỉ đạo theo nhiệm vụ được phân công …") is no topic either.
 */
export const TOPIC_OPENING_STOPS: readonly string[] = ['tự', 'theo nhiệm vụ', 'theo chức năng', 'theo lĩnh vực', 'theo địa bàn', 'theo phân công', 'theo sự phân công'];

export const DEPARTMENT_NAMES: readonly string[] = [
  'tài chính', 'tư pháp', 'nội vụ', 'y tế', 'xây dựng', 'công thương', 'ngoại vụ', 'dân tộc', 'kinh tế', 'thống kê',
  'giao thông vận tải', 'giao thông', 'tài nguyên và môi trường', 'lao động - thương binh và xã hội', 'văn hóa và thông tin',
  'văn hóa - thông tin', 'văn hóa - xã hội', 'giáo dục và đào tạo', 'kế hoạch và đầu tư', 'khoa học và công nghệ',
  'nông nghiệp và phát triển nông thôn', 'nông nghiệp và môi trường', 'thông tin và truyền thông', 'quản lý đô thị',
  'kinh tế và hạ tầng', 'tài chính - kế hoạch', 'kiểm lâm', 'thủy lợi', 'thú y', 'chăn nuôi và thú y',
  'trồng trọt và bảo vệ thực vật', 'quản lý thị trường', 'an toàn vệ sinh thực phẩm', 'dân số - kế hoạch hóa gia đình',
  'phát triển quỹ đất', 'văn hóa - thông tin và thể thao', 'y tế dự phòng', 'kiểm soát bệnh tật',
  // The police's forces, whose names run in lower case over "về" ("Đội Cảnh sát điều tra tội phạm về ma túy"):
  // read by their capitals they ended at the first "về", and the team's roles were lost with the rest.
  'cảnh sát điều tra tội phạm về ma túy', 'cảnh sát điều tra tội phạm về trật tự xã hội', 'cảnh sát điều tra tội phạm về kinh tế và chức vụ',
  'cảnh sát điều tra tội phạm về trật tự quản lý kinh tế và chức vụ', 'cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu',
  'cảnh sát điều tra tội phạm về môi trường', 'cảnh sát quản lý hành chính về trật tự xã hội', 'cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'cảnh sát thi hành án hình sự và hỗ trợ tư pháp', 'cảnh sát hình sự', 'cảnh sát kinh tế', 'cảnh sát môi trường', 'cảnh sát cơ động',
  'cảnh sát giao thông', 'cảnh sát điều tra', 'an ninh điều tra',
  // Traffic police by the ways they patrol ("Đội Cảnh sát giao thông đường bộ số 2", "Phòng Cảnh sát đường thủy"): the
  // known "cảnh sát giao thông" ended the name before the lower-case way, and its number was lost with it.
  'cảnh sát giao thông đường bộ - đường sắt', 'cảnh sát giao thông đường bộ', 'cảnh sát giao thông đường thủy', 'cảnh sát đường thủy',
  // Fields whose two verbs a comma joins ("Tổng cục Phòng, chống thiên tai", "Cục Quản lý Khám, chữa bệnh", "Vụ Truyền thông
  // và Thi đua, khen thưởng"): the comma ended the name, the lower-case rest read as the clause's.
  'phòng, chống thiên tai', 'phòng, chống tệ nạn xã hội', 'quản lý khám, chữa bệnh', 'khám, chữa bệnh', 'thi đua, khen thưởng',
  // A district police's traffic and order team, its two fields joined by a dash ("Đội Cảnh sát giao thông - trật tự tổ
  // chức tuần tra …"): the known "cảnh sát giao thông" ended the name at the dash.
  'cảnh sát giao thông - trật tự', 'cảnh sát giao thông - trật tự - cơ động', 'cảnh sát quản lý hành chính - trật tự',
  'cảnh sát điều tra tội phạm về kinh tế - ma túy', 'cảnh sát điều tra tội phạm về ma túy - kinh tế',
  // A district police's security team ("Đội An ninh nắm chắc tình hình …"): the verb is no part of it.
  'an ninh', 'an ninh chính trị nội bộ', 'an ninh kinh tế', 'an ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao',
  // A military command's logistics board ("Ban Hậu cần - Kỹ thuật"): "cần" is also the verb "need".
  'hậu cần - kỹ thuật', 'hậu cần',
  // Its political and staff boards ("Ban Chính trị biên soạn tài liệu …"): the verb after them is no part of them.
  'chính trị', 'tham mưu',
  // A ministry's departments with lower-case words ("Cục Kỹ thuật an toàn và Môi trường công nghiệp").
  'điều tiết điện lực', 'kỹ thuật an toàn và môi trường công nghiệp',
  // A province's monitoring centre ("Trung tâm Quan trắc tài nguyên và môi trường lấy mẫu …"): "và" ended it.
  'quan trắc tài nguyên và môi trường',
  // Names with a verb inside ("xây dựng") that would otherwise end them: "Ban Quản lý dự án đầu tư xây dựng huyện".
  // A province's project boards are named by what they build: "… xây dựng các công trình giao thông".
  'quản lý dự án đầu tư xây dựng các công trình giao thông', 'quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp',
  'quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn',
  'quản lý dự án đầu tư xây dựng công trình', 'quản lý dự án đầu tư xây dựng', 'quản lý dự án', 'dịch vụ nông nghiệp',
  // A commune's board for the new-countryside programme: "Ban Quản lý xây dựng nông thôn mới xã".
  'quản lý xây dựng nông thôn mới', 'quản lý xây dựng NTM', 'quản lý nông thôn mới',
  // The culture, sports and tourism department, whose last group took the clause's verb after it ("Sở Văn hóa, Thể thao
  // và Du lịch định hướng tổ chức …": read as a short name with two lower-case words).
  'văn hóa, thể thao và du lịch', 'văn hóa - thể thao và du lịch', 'văn hóa và thể thao', 'văn hóa, thể thao',
  // A district police's economic and drugs team ("Đội Cảnh sát kinh tế - Ma túy đấu tranh, …"): the known "cảnh sát kinh
  // tế" ended at the dash, and "Ma túy" read on over the clause's three lower-case words.
  'cảnh sát kinh tế - ma túy', 'cảnh sát ma túy', 'kinh tế - ma túy',
  // A department of education's political and ideological office ("Phòng Chính trị, tư tưởng"): the comma ended it at
  // "Chính trị", a political department of the city.
  'chính trị, tư tưởng', 'chính trị - tư tưởng', 'chính trị tư tưởng',
  'chính trị, tư tưởng - công tác học sinh sinh viên', 'chính trị, tư tưởng - công tác học sinh, sinh viên',
  'chính trị tư tưởng - công tác học sinh sinh viên', 'chính trị tư tưởng - công tác học sinh, sinh viên',
  // A forest management board of protection and special-use forests ("Ban Quản lý rừng phòng hộ, đặc dụng Hà Nội").
  'quản lý rừng phòng hộ, đặc dụng', 'quản lý rừng phòng hộ và đặc dụng', 'quản lý rừng phòng hộ', 'quản lý rừng đặc dụng',
  // Continuing education joined to another field by a dash ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
  // "Phòng Giáo dục Trung học - Giáo dục thường xuyên"): the capitalised "Giáo dục" ended the name before "thường xuyên".
  'giáo dục thường xuyên', 'giáo dục nghề nghiệp - giáo dục thường xuyên', 'giáo dục trung học - giáo dục thường xuyên',
  'giáo dục trung học - giáo dục thường xuyên - giáo dục chuyên nghiệp', 'giáo dục chuyên nghiệp - giáo dục thường xuyên',
  // The drug and crime fighters of the border guard and the police ("Phòng Phòng chống ma túy và tội phạm", "Đội Đặc nhiệm
  // phòng, chống ma túy và tội phạm"): cut at the comma or at "và", the rest read as the clause's.
  'phòng, chống ma túy và tội phạm', 'phòng chống ma túy và tội phạm', 'phòng, chống ma túy', 'phòng chống ma túy',
  'đặc nhiệm phòng, chống ma túy và tội phạm', 'đặc nhiệm phòng chống ma túy và tội phạm',
  // A ministry's department of irrigation works ("Cục Quản lý và Xây dựng công trình thủy lợi"): cut before its
  // lower-case words, the rest read as the clause's.
  'quản lý và xây dựng công trình thủy lợi', 'quản lý xây dựng công trình thủy lợi',
  // A Party committee's departments whose fields a comma joins ("Phòng Tuyên truyền, báo chí, xuất bản", "Phòng Kiểm tra,
  // giám sát địa bàn số 1"): the comma ended the name, and the department's number with it.
  'tuyên truyền, báo chí, xuất bản', 'tuyên truyền, báo chí', 'kiểm tra, giám sát', 'kiểm tra, giám sát địa bàn',
  // Protection and special-use forests joined by a dash ("Ban Quản lý rừng phòng hộ - đặc dụng …").
  'quản lý rừng phòng hộ - đặc dụng',
];

/**
 * The kind words of an issuer that its own organs are named with, bare ("Văn phòng Ban", "Thanh tra Sở", "Văn phòng
 * Bộ"): the organ is the issuer's when the issuer is of that kind (find/issuer-organ.ts). A Party inspection committee's
 * office is named with its whole kind ("Văn phòng Ủy ban Kiểm tra"): with "Ủy ban" alone, "Kiểm tra" after it was a name.
 */
export const ISSUER_KIND_WORDS: readonly string[] = ['Ban', 'Sở', 'Bộ', 'Hội', 'Cục', 'Chi cục', 'Trung tâm', 'Ủy ban', 'Ủy ban Kiểm tra'];

/**
 * Heads of the cells the Party and the mass organisations set up inside an institution: "Đoàn Trường THPT Tam Dương",
 * "Chi bộ Trường THCS …", "Chi đoàn các cơ quan, doanh nghiệp" are one unit each (src/parse/find/union-cell.ts).
 */
/** Bodies whose Party committee or union is named after them as an enterprise's is ("Đảng ủy Vườn quốc gia …"). */
export const INSTITUTION_OWNER_HEADS: readonly string[] = ['Vườn quốc gia'];

/** Verbs of work after "phụ trách": the deputy is in charge of doing it, no field of a post (find/charge.ts). */
export const CHARGE_WORK_VERBS: readonly string[] = ['tiếp nhận', 'quản lý', 'công khai', 'liên hệ', 'điều hành', 'điều phối'];

/** Blocs of an area's bodies a committee member is in charge of ("Đảng ủy viên phụ trách khối chính quyền"). */
export const CHARGE_BLOCS: readonly string[] = [
  'khối chính quyền', 'khối đảng', 'khối dân vận', 'khối mặt trận và các đoàn thể', 'khối mặt trận, đoàn thể', 'khối mặt trận và đoàn thể', 'khối mặt trận',
  'khối nội chính', 'khối kinh tế', 'khối văn hóa - xã hội', 'khối văn hóa xã hội',
  // The bloc of the State's bodies of the area, named by its People's Committee or as the State's.
  'khối nhà nước', 'khối ủy ban', 'khối ủy ban nhân dân', 'khối UBND',
];

export const CELL_HEADS: readonly string[] = ['Đoàn', 'Đoàn Thanh niên', 'chi đoàn', 'chi hội', 'chi bộ trực thuộc', 'Công đoàn', 'Ban Giám hiệu', 'Liên đội'];
/** An association's branch named by its association in lower case: "Chi hội phụ nữ các ấp", "chi hội nông dân". */
export const CELL_ASSOCIATIONS: readonly string[] = ['phụ nữ', 'nông dân', 'cựu chiến binh', 'người cao tuổi', 'chữ thập đỏ', 'khuyến học', 'thanh niên'];
/**
 * The school a cell is set up in, named in lower case by the school's own documents or the ward's ("Chi bộ nhà trường",
 * "Đoàn Thanh niên nhà trường", "chi bộ trường học"): a word of the cell's name, as an association's is.
 */
export const CELL_SCHOOLS: readonly string[] = ['nhà trường', 'trường học'];
/**
 * The boards that run a village, written in lower case before it ("Ban điều hành các tổ dân phố", "Ban quản lý các khu dân
 * cư", "Ban tự quản thôn 3"): the board's words, read only before a village or a plural of villages (find/village-board.ts).
 */
export const VILLAGE_BOARD_WORDS: readonly string[] = ['điều hành', 'quản lý', 'tự quản', 'nhân dân'];
/** Kinds of institution listed after the first one in a cell's name: "Chi đoàn các cơ quan, doanh nghiệp". */
export const INSTITUTION_KINDS: readonly string[] = ['doanh nghiệp', 'cơ quan', 'đơn vị', 'trường học', 'bệnh viện', 'hợp tác xã', 'công ty'];
/** What may follow the bare word "Đoàn" for it to be the Youth Union of an area: "Đoàn các xã", "Đoàn xã", "Đoàn phường". */
export const BARE_UNION_NEXT: readonly string[] = ['các', 'xã', 'phường', 'thị', 'huyện', 'quận', 'tỉnh', 'thôn', 'khối', 'ấp', 'bản', 'cơ'];

/**
 * The country's regions, named apart from the administrative map and partly in lower case ("Viện Lúa Đồng bằng sông Cửu
 * Long", "Trung tâm … Duyên hải Nam Trung Bộ"): one word group of a name wherever they stand in it.
 */
export const COUNTRY_REGIONS: readonly string[] = [
  'Đồng bằng sông Cửu Long', 'Đồng bằng sông Hồng', 'Đồng bằng Bắc Bộ', 'Duyên hải Nam Trung Bộ', 'Duyên hải miền Trung',
  'Trung du và miền núi phía Bắc', 'Trung du miền núi phía Bắc', 'miền núi phía Bắc',
];

/**
 * Grades of school listed after the first one made plural ("các trường mầm non, tiểu học, trung học cơ sở", "các trường
 * THPT, PTDTNT"): one collective of the schools of those grades (find/school-grades.ts).
 */
export const SCHOOL_GRADES: readonly string[] = [
  'mầm non', 'mẫu giáo', 'tiểu học', 'trung học cơ sở', 'THCS', 'trung học phổ thông', 'THPT', 'phổ thông dân tộc nội trú',
  'PTDTNT', 'phổ thông dân tộc bán trú', 'PTDTBT', 'PTDT bán trú', 'PTDT nội trú', 'TH&THCS', 'THCS&THPT', 'liên cấp',
];

/**
 * What else a board in lower case runs, made plural after its words ("Ban quản lý các chợ", "Ban quản lý các cảng cá"):
 * one board of them all, named as printed (find/village-board.ts). Not units themselves, so nothing read them before.
 */
export const BOARD_RUN_PLACES: readonly string[] = ['các chợ', 'các cảng cá', 'các bến cá', 'các chợ đầu mối'];

/**
 * What a trade union is named by after its head, other than an area (find/union-sector.ts): a sector, with its name in
 * capitals after the word ("Công đoàn ngành Giáo dục"), or the industrial zones of a province ("Công đoàn các Khu công
 * nghiệp Đồng Nai").
 */
export const UNION_SECTOR_WORDS: readonly string[] = ['ngành'];
export const UNION_ZONES: readonly string[] = ['các khu công nghiệp', 'các KCN', 'các khu công nghiệp và khu kinh tế', 'khu kinh tế', 'các khu chế xuất và công nghiệp'];

/**
 * The nation's name, closing a national body's name before its chapter's place ("HỘI NÔNG DÂN VIỆT NAM TỈNH BÌNH
 * THUẬN"): a place, never a body's field (find/caps-field.ts).
 */
export const NATION_NAMES: readonly string[] = ['Việt Nam'];

/**
 * Party groups inside a State body or a mass organisation ("Ban cán sự đảng UBND tỉnh", "Đảng đoàn Hội Nông dân
 * tỉnh"): named with the body they lead, which is no Party committee, so a signing "T/M ĐẢNG ĐOÀN" is placed by the
 * body the text names with it, not by a committee's organs (find/signature-owner.ts).
 */
export const PARTY_GROUPS: ReadonlySet<string> = new Set(['Ban cán sự đảng', 'Đảng đoàn']);

/**
 * Heads whose capitalised tail is the body's whole name, written with no area after it: a cooperative ("Hợp tác xã Cà
 * phê Ia Dơk") and an economic zone's board ("Ban Quản lý Khu kinh tế Vân Phong"). The document's place is where it is,
 * not a word of its name (src/parse/resolve/orgs.ts).
 */
export const OWN_NAMED_HEADS: readonly string[] = ['Hợp tác xã', 'Ban Quản lý Khu kinh tế'];

/**
 * Verbs that close a group's kind of business (find/group-kind.ts) though no predicate table holds them, as tasks given
 * to firms and cooperatives use them: "Các công ty khai thác công trình thủy lợi vận hành hệ thống cống …".
 */
export const GROUP_KIND_CLOSERS: readonly string[] = ['vận hành', 'lắp đặt', 'lắp', 'cung cấp', 'ký kết', 'ký', 'cam kết', 'chi trả', 'trang bị', 'áp dụng', 'ủng hộ'];

/**
 * Kinds of owner joined to a group's head as one group ("Các doanh nghiệp, cơ sở đóng gói sầu riêng", "các doanh nghiệp,
 * hợp tác xã trên địa bàn huyện", "Các doanh nghiệp, nhà hảo tâm"): one unit as printed, the convention on groups.
 */
export const GROUP_JOINED_KINDS: readonly string[] = ['doanh nghiệp', 'công ty', 'hợp tác xã', 'HTX', 'tổ hợp tác', 'cơ sở', 'nhà hảo tâm', 'cá nhân', 'trang trại', 'hộ kinh doanh'];
