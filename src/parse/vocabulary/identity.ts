/**
 * Words that tie a document to its issuer where no header does (src/parse/find/identity.ts).
 * Data only: the finder builds its tables from these lists.
 */

/**
 * The verbs of a subject that speaks as a document's issuer, "<body> <verb> …", in one table for the
 * two readers of such sentences: the issuer's sentence of a headless text (find/identity.ts) and the
 * own-issuer candidates of its body (find/own-issuer-candidates.ts). Their uses differ, so each entry
 * says which it serves:
 * - `issuer`: how the verb names the issuer in find/identity.ts. `always`: after any subject, "Ủy ban
 *   nhân dân huyện Đông Anh xây dựng Kế hoạch …", "Ban Thường vụ Huyện ủy yêu cầu …"; `lead-in`: only in
 *   a lead-in ("UBND huyện chỉ đạo như sau:"), since in a sentence of background ("Công an huyện triển
 *   khai nhiều đợt ra quân") their subject is anyone; `typed`: only when a document type follows, the
 *   number left out, a news lead "Ban Thường vụ Đảng ủy xã Thạch Hòa vừa có Thông báo kết luận về …".
 *   The readers there write "đã" and "vừa" into the phrase where they read it.
 * - `handsOutWork`: a subject handing out the document's work, an own-issuer candidate wherever the body
 *   says so ("Ban Thường vụ Hội LHPN huyện đề nghị …", "UBND huyện giao …"), perhaps after "đã" or "vừa".
 * - `handsToUnit`: a named body that hands a unit its work ("Đảng ủy phường X giao Ủy ban nhân dân phường
 *   chỉ đạo …") speaks as the issuer though its sentence leads in to nothing (find/assigning-subject.ts).
 */
export interface SubjectVerb {
  verb: string;
  issuer?: 'always' | 'lead-in' | 'typed';
  handsOutWork?: true;
  handsToUnit?: true;
}

export const SUBJECT_VERBS: readonly SubjectVerb[] = [
  { verb: 'xây dựng', issuer: 'always' },
  { verb: 'ban hành', issuer: 'always' },
  { verb: 'yêu cầu', issuer: 'always', handsOutWork: true },
  { verb: 'đề nghị', issuer: 'always', handsOutWork: true },
  { verb: 'thông báo', issuer: 'always', handsOutWork: true },
  { verb: 'chỉ thị', issuer: 'always', handsOutWork: true },
  { verb: 'kết luận', issuer: 'always', handsOutWork: true },
  { verb: 'quyết định', issuer: 'always' },
  // A council's resolution enacts in its own voice: "Hội đồng nhân dân xã … khóa XX, kỳ họp thứ 8 quyết nghị:".
  { verb: 'quyết nghị', issuer: 'always' },
  { verb: 'vừa ban hành', issuer: 'always' },
  { verb: 'đã ban hành', issuer: 'always' },
  // A Party body's resolution or conclusion opens on what its committee settled: "Ban Chấp hành Đảng bộ phường … xác định …";
  // "…, Ban Thường vụ Tỉnh Đoàn … xác định các nhiệm vụ, giải pháp sau:" in a lead-in too.
  { verb: 'xác định', issuer: 'always' },
  { verb: 'thống nhất', issuer: 'always' },
  { verb: 'vừa thống nhất', issuer: 'always' },
  // A reply's own act, in the present: "Chủ tịch UBND huyện … đồng ý cho các xã tổ chức lễ hội …" ("đã đồng ý" is a past act, not read).
  { verb: 'đồng ý', issuer: 'always' },
  { verb: 'chấp thuận', issuer: 'always' },
  { verb: 'chỉ đạo', issuer: 'lead-in' },
  { verb: 'giao', issuer: 'lead-in', handsOutWork: true, handsToUnit: true },
  { verb: 'hướng dẫn', issuer: 'lead-in' },
  { verb: 'triển khai', issuer: 'lead-in' },
  { verb: 'có ý kiến', issuer: 'lead-in' },
  // "Ban Chấp hành Đảng bộ phường … phân công thực hiện như sau:": the committee hands out its resolution's work.
  { verb: 'phân công', issuer: 'lead-in', handsOutWork: true, handsToUnit: true },
  // "…, Ban Thường vụ Tỉnh Đoàn … đề ra các nhiệm vụ trọng tâm sau:": the body sets its own work out.
  { verb: 'đề ra', issuer: 'lead-in' },
  // A Công điện's sender line: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐỒNG XUÂN điện:", "…, Chủ tịch UBND huyện điện:".
  { verb: 'điện', issuer: 'lead-in' },
  { verb: 'vừa có', issuer: 'typed' },
  { verb: 'đã có', issuer: 'typed' },
  { verb: 'mới có', issuer: 'typed' },
  { verb: 'vừa ký', issuer: 'typed' },
  { verb: 'vừa ký ban hành', issuer: 'typed' },
  { verb: 'mới ban hành', issuer: 'typed' },
  { verb: 'vừa ra', issuer: 'typed' },
];

/**
 * Issuer verbs that are the document's own act and so its type, when the sentence leads in to the
 * text: "Ban Thường vụ Đảng ủy phường … thông báo bổ sung một số nội dung như sau:" is a Thông báo.
 */
export const TYPE_VERBS: ReadonlyArray<readonly [verb: string, type: 'Thông báo' | 'Chỉ thị' | 'Hướng dẫn' | 'Công điện']> = [['thông báo', 'Thông báo'], ['chỉ thị', 'Chỉ thị'], ['hướng dẫn', 'Hướng dẫn'], ['điện', 'Công điện']];

/** Words opening a clause that names the body an office holder signs for: "Thay mặt Ban Thường vụ Tỉnh ủy, …". */
export const ON_BEHALF_OPENERS: readonly string[] = ['thay mặt'];

/**
 * An announcing verb just before "<type> số <number>": the sentence of a news article (or of the
 * document itself) that introduces it. "có" is an announcement only as "đã có / vừa có".
 */
export const ANNOUNCE_VERB_WORDS: readonly string[] = [
  'ban hành', 'vừa ban hành', 'đã ban hành', 'mới ban hành', 'ký ban hành', 'đã ký ban hành', 'vừa ký ban hành',
  'đã có', 'vừa có', 'có', 'phát hành', 'vừa phát hành', 'ra', 'vừa ra', 'đã ra', 'ký', 'vừa ký', 'đã ký',
  // A council passes its resolutions: "HĐND tỉnh khóa XVIII, kỳ họp thứ 19 đã thông qua Nghị quyết số …".
  'thông qua', 'đã thông qua', 'vừa thông qua',
  // "… khóa VIII đã biểu quyết thông qua Nghị quyết số …": the vote is the passing.
  'biểu quyết thông qua', 'đã biểu quyết thông qua', 'vừa biểu quyết thông qua',
];

/**
 * A Party committee's resolution may open on its meeting: "Ban Chấp hành Đảng bộ xã … họp phiên thường
 * kỳ, thảo luận và thống nhất ban hành Nghị quyết …". The meeting's clause (up to its comma) and the
 * words that join the deliberation to the verb stand between the issuer and its verb.
 */
export const MEETING_VERBS: readonly string[] = ['họp', 'đã họp', 'tổ chức họp', 'tiến hành họp', 'tổ chức hội nghị', 'đã tổ chức hội nghị'];
/**
 * What may follow a committee named as its meeting's: "Hội nghị Ban Chấp hành Đảng bộ phường … (TP Thủ
 * Đức) mở rộng vừa thống nhất ban hành nghị quyết …": the meeting widened to guests is still the committee's.
 */
export const MEETING_QUALIFIERS: readonly string[] = ['mở rộng', 'lần thứ', 'thường kỳ', 'bất thường'];
export const MEETING_JOINS: readonly string[] = ['thảo luận và', 'thảo luận, bàn và', 'bàn và', 'thảo luận,', 'sau khi thảo luận,', 'đã thảo luận và'];

/**
 * A notice of conclusions named in a news lead with the meeting it concludes: "Thông báo kết luận số 312-TB/HU
 * ngày 11/3/2024, sau buổi làm việc của Thường trực Huyện ủy …": the body that held the meeting issued it.
 */
export const CONCLUDED_MEETINGS: readonly string[] = ['buổi làm việc', 'cuộc làm việc', 'cuộc họp', 'phiên họp', 'hội nghị'];

/** Words just before a number whose document the reader carries out or stands on: another body's, not its own. */
export const CARRYING_OUT_WORDS: readonly string[] = ['thực hiện', 'căn cứ', 'triển khai', 'quán triệt', 'theo tinh thần'];

/**
 * Words opening an aside between the issuer and its verb: "Ban Thường vụ Đảng ủy xã X, căn cứ
 * Hướng dẫn số … của …, đề nghị …". The subject still owns the verb after the aside.
 */
export const ASIDE_OPENERS: readonly string[] = ['căn cứ', 'thực hiện', 'theo', 'trên cơ sở', 'sau khi'];

/**
 * A sentence opening on these recalls an earlier document ("Trước đó, UBND tỉnh đã ban hành Kế
 * hoạch số …"): a news article's background, not the document it reports.
 */
export const RECALL_OPENERS: readonly string[] = ['Trước đó', 'Trước đây', 'Trước đấy', 'Năm trước'];

/** A numbered document as the subject of a passive: "Nghị quyết số 12-NQ/TU ngày … được ban hành nhằm …". */
export const PASSIVE_ISSUED = ['được ban hành', 'được ký ban hành', 'được thông qua'] as const;

/**
 * What may stand between a council and its verb: its term and its session ("khóa XVIII, kỳ họp
 * thứ 19", "nhiệm kỳ 2021 - 2026, tại kỳ họp chuyên đề").
 */
export const COUNCIL_SITTING = String.raw`(?:[ ,]{1,3}(?:nhiệm kỳ[ ]\d{4}[ ]?[-–][ ]?\d{4}|khóa[ ][IVXLC\d]+))?(?:[ ,]{1,3}(?:tại[ ])?kỳ họp(?:[ ]thứ)?[ ][\p{L}\d]+(?:[ ]\(kỳ họp[^()\n]{1,30}\))?)?`;

/** A news article's lead may name the document first: "Theo Kế hoạch số … của UBND tỉnh …", "Tại Chỉ thị số …". */
export const NEWS_LEAD_WORDS: readonly string[] = ['Theo', 'Tại', 'Với'];

/**
 * A news lead may open on when, then a comma, before the document it reports: "Vừa qua, Kế hoạch số
 * … đã được … ban hành", "Mới đây, Chỉ thị số …".
 */
export const NEWS_LEAD_OPENERS: readonly string[] = ['Vừa qua', 'Mới đây', 'Vừa mới đây', 'Gần đây', 'Hôm qua', 'Tuần qua', 'Thời gian qua'];

/**
 * Words that are never a place, though the gazetteer holds a commune whose name folds to them
 * ("Đảng" and a xã "Dang"): read as a place they would put a Party document in that commune.
 */
export const NOT_PLACE_NAMES: readonly string[] = ['Đảng', 'Nhà nước', 'Nhân dân', 'Chính phủ', 'Quốc hội', 'Trung ương'];

/**
 * "<type> này" names the document itself: "Kế hoạch này được phổ biến …", "Nhận được Công văn
 * này, …", "Thông báo này …". Where nothing else gives a headless fragment's type, it does.
 * The words that may stand before the type word and still refer to it.
 */
export const SELF_REFERENCE_WORD = 'này';

/**
 * A reply opens on its writer receiving what it answers: "Phòng Tài chính - Kế hoạch huyện X nhận được Công văn số …";
 * where the text then speaks in the first person (FIRST_PERSON_WORDS), that subject is its writer (find/issuer-sentence.ts).
 */
export const RECEIVING_VERBS: readonly string[] = ['nhận được', 'đã nhận được', 'vừa nhận được'];
export const FIRST_PERSON_WORDS: readonly string[] = ['chúng tôi'];

/**
 * Type words that are their own verb: "Huyện ủy Kỳ Sơn đã thông báo kết luận, …" reports the notice as
 * "đã ký ban hành Thông báo kết luận" would (find/unnumbered-lead.ts).
 */
export const VERB_NOUN_TYPES: readonly string[] = ['thông báo kết luận'];

/**
 * Where nothing says "<type> này", a fragment still names itself by its type word alone, capitalised
 * inside a sentence as a name is, and followed by no name, number or owner of another document:
 * "theo dõi việc thực hiện Kế hoạch;", "báo cáo kết quả thực hiện Kế hoạch về Công an tỉnh", or
 * opening the sentence that says what it was built on: "Kế hoạch triển khai Chiến dịch được xây dựng
 * trên cơ sở …". What may follow the bare type word:
 */
// Not "đến": "quán triệt Chỉ thị đến cán bộ" carries out the superior's Chỉ thị just told. "về" is read only
// before a body reported to ("về Công an tỉnh"): "Chỉ thị về …" is a title, perhaps another's.
export const BARE_SELF_FOLLOWERS: readonly string[] = ['trước', 'đúng', 'đạt', 'hiệu quả'];
/** Heads of an organ named by its field: "Vụ Kế hoạch", "Phòng Kế hoạch - Tài chính" name a body, not the document. */
export const FIELD_NAMED_HEADS: readonly string[] = ['Vụ', 'Phòng', 'Ban', 'Cục', 'Viện', 'Sở', 'Tổ', 'Khoa'];
/**
 * The closing of a notice of conclusions copied without its header: the office notifies the conclusions
 * ("Văn phòng Huyện ủy thông báo ý kiến kết luận của Ban Thường vụ Huyện ủy để … biết, thực hiện"), or they were
 * notified by it ("Trên đây là ý kiến kết luận của Thứ trưởng, được Văn phòng Bộ … thông báo ngày …").
 */
export const CONCLUSIONS_WORDS: readonly string[] = ['kết luận', 'ý kiến kết luận', 'ý kiến chỉ đạo, kết luận'];
/**
 * A closing's formula before a bare type word: "Trong quá trình thực hiện Kế hoạch, nếu có vướng mắc, …" asks about
 * carrying out the fragment itself, even where a numbered document of that type was cited above.
 */
export const CLOSING_SELF_OPENERS: readonly string[] = ['quá trình thực hiện', 'quá trình tổ chức thực hiện', 'quá trình triển khai thực hiện', 'quá trình triển khai'];
/** The verbs of a sentence opening on the type word and its subject that tell what the document was built on. */
export const BUILT_ON: readonly string[] = ['được xây dựng trên cơ sở', 'được xây dựng căn cứ', 'được ban hành trên cơ sở'];
/** The passive closing a clause that opens on the type word and presents what follows: "kế hoạch … được xây dựng như sau:". */
export const BUILT_AS_FOLLOWS: readonly string[] = ['được xây dựng như sau', 'được xây dựng cụ thể như sau', 'được xây dựng với các nội dung sau', 'được xây dựng với những nội dung sau'];

/**
 * Words between a type word and its number that leave the type as it is: "Công văn hỏa tốc số …",
 * "Nghị quyết chuyên đề số 05-NQ/HU", "Kế hoạch liên tịch số …".
 */
export const TYPE_QUALIFIERS: readonly string[] = ['hỏa tốc', 'hoả tốc', 'khẩn', 'thượng khẩn', 'chuyên đề', 'liên tịch', 'liên ngành', 'phối hợp'];

/**
 * An office named by the bodies it serves sits where they do: a headless "Văn phòng HĐND và UBND huyện
 * thông báo ý kiến kết luận của đồng chí Chủ tịch UBND huyện Vũ Quang …" is Vũ Quang's office. Read for
 * the issuer's place when the text names one of those bodies, at the issuer's level, with its place.
 */
export const PLACE_SHARED_WITH: Readonly<Record<string, readonly string[]>> = {
  'Văn phòng HĐND và UBND': ['UBND', 'HĐND'],
};

/** Verbs of a committee's decision to issue, before "ban hành" and the type: "… thống nhất ban hành Nghị quyết về …". */
export const SETTLING_VERBS: ReadonlySet<string> = new Set(['thống nhất', 'vừa thống nhất', 'quyết định']);

/**
 * Verbs of a passive whose subject is the document itself and whose agent is its issuer: "Nghị quyết
 * này được Ban Chấp hành Đảng bộ phường … thông qua tại Hội nghị lần thứ 23", "Kế hoạch này được
 * UBND xã … ban hành kèm theo …" (src/parse/find/self-passive.ts).
 */
export const SELF_PASSIVE_VERBS: readonly string[] = ['ký ban hành', 'ban hành', 'thông qua', 'xây dựng'];

/**
 * Verbs that make a document, whose day written right after them is the document's own when their object is
 * the document itself: "Công văn này được ký ngày 08/4/2024", "(Văn bản do Sở Y tế … ban hành ngày …)",
 * "… ban hành Kế hoạch này" (src/parse/find/own-date.ts). "xây dựng" is not one: a plan is drafted before it is issued.
 */
export const MAKING_VERBS: readonly string[] = ['ký ban hành', 'ban hành', 'thông qua', 'ký'];

/**
 * Verbs of a passive on a numbered document opening a sentence of a fragment's last lines, that make or spread it to
 * those who carry it out: "Kế hoạch số 78-KH/ĐU ngày 14/4/2021 được phổ biến đến các chi bộ …", "Nghị quyết số
 * 09-NQ/ĐU được Ban Chấp hành Đảng bộ xã thông qua …" (src/parse/find/closing-number.ts).
 */
export const SPREAD_OR_MADE_VERBS: readonly string[] = [...MAKING_VERBS, 'phổ biến', 'quán triệt', 'triển khai đến', 'gửi đến'];

/**
 * The heading of the section that organises carrying a document out ("III. TỔ CHỨC THỰC HIỆN"): under it a plan names
 * itself, by its number where it gives one (src/parse/find/closing-number.ts).
 */
export const CARRYING_OUT_SECTION_HEADINGS: readonly string[] = ['tổ chức thực hiện'];

/** Words a document calls itself by besides its type: "(Văn bản do … ban hành ngày …)", "Văn bản này được ký ngày …". */
export const GENERIC_SELF_WORDS: readonly string[] = ['văn bản'];

/**
 * Words of a session's ordinal after an elected body's term, before its act: "… khóa XIX, kỳ họp thứ mười bảy
 * thông qua …" (the numeral may also be written in figures or as a Roman numeral).
 */
export const SESSION_ORDINAL_WORDS: readonly string[] = ['nhất', 'một', 'mốt', 'hai', 'ba', 'bốn', 'tư', 'năm', 'lăm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mươi'];

/**
 * How a letter names its own contents as a passive's subject: "… các nội dung dưới đây đã được Bộ … thống nhất …, đề
 * nghị …" (src/parse/find/self-passive.ts).
 */
export const SELF_CONTENTS: readonly string[] = ['các nội dung dưới đây', 'các nội dung sau đây', 'các nội dung sau', 'những nội dung dưới đây', 'những nội dung sau'];

/** What a body does before adopting a text, between its name and the act: "… thảo luận, nhất trí thông qua". */
export const SELF_PASSIVE_DELIBERATION: readonly string[] = ['thảo luận', 'nhất trí', 'thống nhất', 'biểu quyết', 'xem xét'];

/**
 * Party committees whose name says their level without a place: a fragment signed "T/M BAN THƯỜNG VỤ"
 * whose organs are "Ban Tổ chức Thị ủy", "Văn phòng Thị ủy" is the Thị ủy's; "Văn phòng Đảng ủy" says
 * no level (a commune's, a ward's, an enterprise's) and names no issuer (src/parse/find/signature-organ.ts).
 */
export const LEVEL_NAMED_COMMITTEES: readonly string[] = ['Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy'];

/**
 * Area words a news lead may name its document's issuer by, the place standing for the body:
 * "huyện Ba Tri vừa có Đề án số …" (find/place-lead.ts). Longest first.
 */
export const PLACE_LEAD_LEVELS: readonly string[] = ['thành phố', 'thị trấn', 'thị xã', 'huyện', 'tỉnh', 'quận', 'phường', 'xã'];

/**
 * Verbs whose object is a unit ("Đảng ủy giao Ủy ban nhân dân phường xây dựng kế hoạch …", "Đề nghị Ủy ban MTTQ
 * … ban hành hướng dẫn"): a unit right after one is given the work, not the subject that issues the document.
 */
// "UBND xã chủ trì, phối hợp với Ban Quản lý Khu di tích … xây dựng phương án …": the partner after "với" supports a task.
export const OBJECT_TAKING_VERBS: readonly string[] = ['giao', 'giao cho', 'đề nghị', 'yêu cầu', 'chỉ đạo', 'phân công', 'ủy quyền', 'với'];
