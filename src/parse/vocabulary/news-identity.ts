/**
 * The words a news article uses to tell which document it reports and what that document's number,
 * date and issuer are, wherever in the article it says so (src/parse/find/news-identity.ts).
 */

/**
 * Verbs right before a type word of the lead that make it the document the article reports: "… vừa ban
 * hành kế hoạch (số …)", "… đã ký công điện khẩn", "… tổ chức hội nghị triển khai kế hoạch …", "mục tiêu
 * … đặt ra trong kế hoạch "…"". `dated`: the day the lead opens on ("Chiều 26/10, …") is the document's
 * (it was issued or signed that day); a meeting that carries a plan out is held after the plan was signed.
 */
export const NEWS_DOCUMENT_VERBS: ReadonlyArray<{ verb: string; dated: boolean }> = [
  { verb: 'ban hành', dated: true },
  { verb: 'ký', dated: true },
  { verb: 'phát hành', dated: true },
  // A council passes its resolution at a sitting, whose day is not the resolution's date.
  { verb: 'thông qua', dated: false },
  { verb: 'có', dated: true },
  { verb: 'ra', dated: true },
  { verb: 'triển khai', dated: false },
  { verb: 'xây dựng', dated: false },
  { verb: 'trong', dated: false },
];

/** Words that name a mention of the document again, by its type: "Văn bản này, tức Nghị quyết số …". */
export const APPOSITION_WORDS: readonly string[] = ['tức', 'tức là'];

/** Words that give the reported document's number further on in a sentence about it: "…, mang số 12-KH/HCCB, …". */
export const NUMBER_GIVING_WORDS: readonly string[] = ['mang số', 'có số', 'số hiệu'];

/** The issuing verbs after an agent introduced by "do": "Kế hoạch do Chủ tịch Hội … ký ngày …", "Văn bản do Bộ … ban hành". */
export const AGENT_ISSUING_VERBS: readonly string[] = ['ký ban hành', 'ký', 'ban hành', 'phát hành'];

/** The words opening a relative clause of a document's maker after its title: "kế hoạch … mà UBND thị xã ban hành" (find/news-opener.ts). */
export const MAKER_RELATIVES: readonly string[] = ['mà', 'do'];

/** Words between a lead's day and its comma that keep it the day of the lead: "Ngày 8/3 vừa qua, …". */
export const LEAD_DAY_PAST_WORDS: readonly string[] = ['vừa qua', 'vừa rồi'];

/** The words of a day a lead opens on: "Ngày 15/9, …", "Chiều 26/10, …", "tối 24/10, …", "Hôm nay (15/10), …", "Hôm 8/3, …". */
export const LEAD_DAY_WORDS: readonly string[] = ['ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hôm nay', 'hôm'];

/**
 * Days a lead names relative to the article's own ("Hôm qua, UBND tỉnh … ban hành …", "Sáng nay, … ký …"): the days
 * back from the dateline's date.
 */
export const RELATIVE_LEAD_DAYS: readonly { words: readonly string[]; back: number }[] = [
  { words: ['hôm qua', 'sáng qua', 'trưa qua', 'chiều qua', 'tối qua', 'đêm qua', 'sáng hôm qua', 'chiều hôm qua', 'tối hôm qua'], back: 1 },
  { words: ['hôm nay', 'sáng nay', 'trưa nay', 'chiều nay', 'tối nay'], back: 0 },
];

/** A month named relative to the article's own after a day ("ký ngày 5 tháng này"): the months back from the dateline's. */
export const RELATIVE_MONTHS: readonly { words: readonly string[]; back: number }[] = [
  { words: ['này'], back: 0 },
  { words: ['trước'], back: 1 },
];

/** A sitting or meeting named between the lead's day and its verb: the day is the sitting's ("Chiều 11/7, tại kỳ họp thứ 25, …"). */
export const SITTING_WORDS: readonly string[] = ['kỳ họp', 'phiên họp', 'hội nghị'];

/** The issuer named as the source of what the article says of the document: "Theo Đoàn Chủ tịch …, kế hoạch …", "<issuer> cho biết". */
export const SOURCE_BEFORE_WORDS: readonly string[] = ['Theo'];
export const SOURCE_AFTER_WORDS: readonly string[] = ['cho biết'];

/** Adverbs between a quoted speaker's "chúng tôi" and his asking verb: "Chúng tôi cũng đề nghị …" (find/news-quote.ts). */
export const ADVERB_BEFORE_ASKING: readonly string[] = ['cũng', 'tiếp tục', 'đồng thời'];

/** The level words of a province named after a lead's subject and its comma: "Huyện ủy Ba Tri, tỉnh Bến Tre vừa …". */
export const SUBJECT_PROVINCE_WORDS: readonly string[] = ['tỉnh', 'thành phố'];

/** The generic word for a document, whose type its number or a bracket gives: "văn bản hỏa tốc (Công văn số …)". */
export const GENERIC_DOCUMENT_WORD = 'văn bản';

/**
 * Words before "tại" and a numbered type word in the lead that make that document the one whose content the
 * lead reports: "Đó là một trong những yêu cầu tại Chỉ thị số … của …", "Nội dung kết luận được Ban Thường vụ …
 * ban hành tại Thông báo số …". Not "đề ra tại", "quy định tại": what a document stands on.
 */
export const STATED_IN_WORDS: readonly string[] = ['yêu cầu', 'nêu', 'nêu rõ', 'ban hành', 'kết luận', 'chỉ đạo'];

/** The preposition after them. */
export const STATED_IN_PREPOSITION = 'tại';

/**
 * Verbs of a document's own making in the passive right after its owner ("Công văn số … của Sở được ban hành
 * nhằm …", "Nghị quyết số … của Ban Chấp hành Đảng bộ xã được xây dựng để …"): the clause is about the
 * document's issuing, so the owner is its issuer, not another document's.
 */
export const OWN_MAKING_PASSIVES: readonly string[] = ['được ban hành', 'được ký ban hành', 'được xây dựng', 'được ký'];

/**
 * A type the article may name more exactly after the lead named it by its general word: the lead's
 * "Thông báo số 318-TB/HU" is then "Thông báo kết luận nêu rõ …".
 */
export const NARROWER_TYPES: ReadonlyArray<readonly [string, string]> = [['Thông báo', 'Thông báo kết luận']];

/**
 * Words before "luật" that make it a common noun, not the type word of a law: "pháp luật", "kỷ luật" ("Chỉ thị về
 * tăng cường kỷ luật, kỷ cương hành chính (Chỉ thị số …)" names no law before its bracket).
 */
export const NOT_A_LAW_BEFORE: readonly string[] = ['pháp', 'kỷ'];

/**
 * The document's making told in the passive after its type word (and its title), its agent after "được" or "do":
 * "… kế hoạch được Ban Thường vụ Thành đoàn ban hành trong tháng 5", "Chỉ thị "…", do đồng chí Phó Bí thư … ký ngày
 * 19/4/2024", "Nghị quyết "…" được HĐND thành phố thông qua tại kỳ họp …". The agent is the issuer where it is a body
 * (a signer's title is not); the day after the verb is the document's.
 */
export const MAKING_AGENT_WORDS: readonly string[] = ['được', 'do'];
export const MAKING_VERBS: readonly string[] = ['ký ban hành', 'ký', 'ban hành', 'thông qua', 'phát hành'];
/** How long the agent between them may be: a body's full name, or a signer's title and name. */
export const MAKING_AGENT_CHARS = 110;

/**
 * How a letter's subject line opens, quoted after the generic word: `Bộ … đã có văn bản "Về việc chủ động phòng,
 * chống hạn hán …" gửi UBND các tỉnh` reports a công văn, as its "V/v" line under the number says in the letter itself.
 */
export const LETTER_TITLE_LEADS: readonly string[] = ['Về việc', 'V/v'];

/**
 * How an article speaks of the document it reports again, further on, by its bare type word: "Theo kế hoạch (số …), …",
 * "Tại Kế hoạch số …, tỉnh giao …" opening a clause, or the word with a demonstrative after it ("kế hoạch trên", "văn bản này", "công điện nói trên").
 * A number in brackets or "mang số …" after such a mention is the reported document's.
 */
export const BACK_REFERENCE_OPENERS: readonly string[] = ['Theo', 'Tại'];
export const BACK_REFERENCE_DEMONSTRATIVES: readonly string[] = ['nói trên', 'trên', 'này'];

/**
 * Words right before a numbered type word that tie it to another document than the one the article reports: the
 * reported one replaces, amends or carries that one out ("Quyết định này thay thế Quyết định số …", "để thực hiện
 * Chỉ thị số …"). Such a number is never the reported document's, whatever "của" says after it.
 */
export const OTHER_DOCUMENT_BEFORE: readonly string[] = ['thay thế', 'thay cho', 'sửa đổi', 'bổ sung', 'bãi bỏ', 'hủy bỏ'];
