import type { DocType, Relation } from '../../model/record.js';

/**
 * Relation phrases: the words before a cited document that say what the citing document does
 * with it (docs/domain.md §8.1). The nearest phrase before a citation in its sentence decides;
 * a list of citations after one phrase shares it ("triển khai thực hiện Thông báo ..., Công
 * văn ..., Chỉ thị ...").
 */
export interface RelationTrigger {
  phrase: string;
  relation: Relation;
  /** `theo` only implements what can be carried out ("theo Chỉ thị"), not a report ("theo Báo cáo"). */
  actionableOnly?: boolean;
  /**
   * Words that hold a trigger word but name the results of carrying a document out: "Căn cứ kết quả
   * thực hiện Kế hoạch số …" is a basis, not an implementation. The trigger before them decides; with
   * none, they cite it (a meeting that reviews the results of work done under a document refers to it).
   */
  neutral?: boolean;
  /**
   * Counts only where it opens its clause ("Để thi hành Quyết định số …"): inside a cited act's
   * subject ("Nghị định … quy định chi tiết thi hành Luật …") it names what that act serves.
   */
  opensClause?: boolean;
  /** A basis trigger before it in the clause keeps its basis: "Căn cứ tiêu chuẩn quy định tại Thông tư số …". */
  keepsBasis?: boolean;
  /** Keeps a basis read from one of these triggers only (their phrases). */
  keepsBasisOf?: readonly string[];
  /**
   * A ground the document stands on (`trên cơ sở`), not a `Căn cứ`: a basis only for an act; a report
   * (`REPORT_TYPES`) or results looked back on after it are cited.
   */
  groundsOnly?: boolean;
  /**
   * Names the targets a document set ("đạt mục tiêu"): a numbered order's are carried out; a congress's
   * resolution named by its congress is the wider aim the work feeds (cites), as the four tune labels
   * of such names after these words read (f52, f138, f147, f148).
   */
  target?: boolean;
  /**
   * Takes a rule's noun as its object and still carries the document out: "…, đồng thời cụ thể hóa các quy
   * định của Luật Trẻ em" makes the Law's rules the document's own (implements, as labels35 settled: 122 of 124
   * labels after `cụ thể hóa` in a purpose), where "thực hiện đúng quy định của Luật …" only measures work
   * against them (`MEASURE_OBJECTS`, the `quy định của` triggers).
   */
  ownsMeasure?: boolean;
}

/**
 * Nouns of a rule or a procedure that a carrying-out verb may take as its object before the document
 * that sets them: "Thực hiện đúng quy trình kết nạp theo Quy định số …", "thực hiện đúng quy định của
 * Luật …". The document is the measure of the work, cited as after "theo quy định của"; the verb does
 * not carry it out. Four tune labels by three blind writers read so.
 */
export const MEASURE_OBJECTS: readonly string[] = ['quy trình', 'quy định', 'thủ tục', 'trình tự', 'chế độ', 'tiêu chí', 'tiêu chuẩn', 'định mức', 'nguyên tắc'];

export const RELATION_TRIGGERS: readonly RelationTrigger[] = [
  { phrase: 'căn cứ', relation: 'basis' },
  { phrase: 'thực hiện', relation: 'implements' },
  // "…, đồng thời triển khai các quy định của Luật …": deploying a Law's rules carries it out, as `cụ thể hóa` them does.
  { phrase: 'triển khai', relation: 'implements', ownsMeasure: true },
  { phrase: 'quán triệt', relation: 'implements' },
  { phrase: 'cụ thể hóa', relation: 'implements', ownsMeasure: true },
  { phrase: 'theo', relation: 'implements', actionableOnly: true },
  // "Để thi hành Quyết định số …": carrying out an act, as "thực hiện" an order.
  { phrase: 'thi hành', relation: 'implements', opensClause: true },
  // "theo chỉ đạo của Ban Thường vụ Thành ủy tại Công văn số …": the issuer stands between the
  // words and the number, too far for a bare "theo"; the instruction is carried out as with "thực hiện".
  ...['theo chỉ đạo', 'theo sự chỉ đạo', 'theo ý kiến chỉ đạo', 'theo ý kiến kết luận', 'theo kết luận']
    .map((phrase) => ({ phrase, relation: 'implements' as const })),
  // "Hưởng ứng Kế hoạch số … của Ban Chỉ đạo cuộc vận động tỉnh": joining a campaign carries it out.
  { phrase: 'hưởng ứng', relation: 'implements' },
  // "Trên tinh thần chỉ đạo tại Công văn số …": the spirit of an instruction is carried out; the words
  // stand too far from the number for a bare "theo".
  { phrase: 'trên tinh thần', relation: 'implements' },
  { phrase: 'theo tinh thần', relation: 'implements' },
  // "Được sự đồng ý của Ủy ban nhân dân huyện tại Công văn số …": the approval the document stands on.
  ...['được sự đồng ý', 'được sự nhất trí', 'được sự thống nhất', 'được sự cho phép'].map((phrase) => ({ phrase, relation: 'basis' as const })),
  // "Kế hoạch được xây dựng trên cơ sở Kết luận số …": the ground it stands on. What a report records or
  // the results of work done under a document are grounds of fact, not an act to stand on: "Trên cơ sở
  // Báo cáo số …", "trên cơ sở kết quả 5 năm thực hiện Chương trình số …" cite (`groundsOnly`).
  { phrase: 'trên cơ sở', relation: 'basis', groundsOnly: true },
  { phrase: 'dựa trên', relation: 'basis', groundsOnly: true },
  { phrase: 'dựa vào', relation: 'basis', groundsOnly: true },
  // "Chấp hành Chỉ thị số 08/CT-UBND …, UBND huyện yêu cầu …": obeying an order carries it out. Only
  // where it opens its clause: "Ban Chấp hành Đảng bộ" is a name.
  { phrase: 'chấp hành', relation: 'implements', opensClause: true },
  // "Để hoàn thành mục tiêu Nghị quyết số 08-NQ/HU …, Chủ tịch UBND huyện yêu cầu …": reaching the
  // targets a document set is carrying it out.
  // "Để hoàn thành các chỉ tiêu Nghị quyết số 05-NQ/ĐU …, Ban Thường vụ yêu cầu:": its figures, the same (s34).
  ...['hoàn thành mục tiêu', 'hoàn thành các mục tiêu', 'đạt mục tiêu', 'đạt được mục tiêu', 'đạt các mục tiêu',
    'hoàn thành chỉ tiêu', 'hoàn thành các chỉ tiêu', 'đạt chỉ tiêu', 'đạt các chỉ tiêu', 'đạt được các chỉ tiêu']
    .map((phrase) => ({ phrase, relation: 'implements' as const, target: true })),
  // "bám sát Nghị quyết Đại hội …", "bám sát tinh thần Nghị quyết số …", "bám sát định hướng tại Kế hoạch
  // số …": the work is kept in line with the text, as "so với" measures it; the document does not carry it
  // out. Every tune label after it reads cites (eight, four of them blind writers' own openings).
  { phrase: 'bám sát', relation: 'cites' },
  // "… quán triệt Chương trình đến từng đảng viên, gắn với Quy định số …": the work is tied to the document,
  // which it does not carry out (s40, c147's "gắn với thi đua thực hiện …" aside: a later trigger decides).
  { phrase: 'gắn với', relation: 'cites' },
  // "Đề án … nhằm cụ thể hóa Nghị quyết số …, phù hợp với Quyết định số …": conformity is measured, not
  // carried out; a basis before it ("Căn cứ …, phù hợp với …") keeps its basis.
  ...['phù hợp với', 'cho phù hợp với', 'đảm bảo phù hợp với', 'bảo đảm phù hợp với']
    .map((phrase) => ({ phrase, relation: 'cites' as const, keepsBasis: true })),
  // "Quy chế ban hành kèm theo Quyết định số …": the act that carries an annex, not an order. A ground of
  // the preamble before it keeps its basis: "Căn cứ Quy chế … ban hành kèm theo Quyết định số …" stands on
  // the decision that carries the rules (batch 25, h179); "xử lý trên cơ sở Quy chế … kèm theo …" in a
  // task measures the work against it (c143).
  { phrase: 'kèm theo', relation: 'cites', keepsBasisOf: ['căn cứ'] },
  // "so với yêu cầu tại Kết luận số 12-KL/TU": the work is measured against the text, not doing it.
  { phrase: 'so với', relation: 'cites' },
  // "lập hồ sơ theo quy định tại Nghị định số …": measured against the rules it sets, as "so với";
  // "theo" alone would make it carried out. "theo quy định của Luật …" is the same measure.
  ...['theo quy định tại', 'theo đúng quy định tại', 'theo các quy định tại', 'quy định tại', 'được quy định tại',
    'theo quy định của', 'theo đúng quy định của', 'theo các quy định của',
    // "bảo đảm đúng quy định của Điều lệ Hội …", "đúng nguyên tắc, quy định của Điều lệ Đảng": the charter
    // the work is measured against, as "theo quy định của" (blind batch 24, f196, h165).
    'quy định của']
    .map((phrase) => ({ phrase, relation: 'cites' as const, keepsBasis: true })),
  // "Việc bầu cử thực hiện theo Điều lệ Hội … và đúng quy trình tại Hướng dẫn số …": a rule's noun right
  // before "tại" makes the document the rule's source, the measure of the work, as "quy định tại" does
  // (blind batch 17, f152); the verb before does not carry it out.
  ...MEASURE_OBJECTS.filter((w) => w !== 'quy định').map((w) => `${w} tại`)
    .map((phrase) => ({ phrase, relation: 'cites' as const, keepsBasis: true })),
  // "việc thực hiện Dự án 1 …, được phê duyệt tại Quyết định số …": where the thing carried out was
  // approved; the act that approved it is referred to, as with "quy định tại".
  ...['phê duyệt tại', 'được phê duyệt tại', 'ban hành tại', 'được ban hành tại']
    .map((phrase) => ({ phrase, relation: 'cites' as const, keepsBasis: true })),
  // A reply or a follow-up refers to a document without carrying it out.
  { phrase: 'tiếp theo', relation: 'cites' },
  { phrase: 'phúc đáp', relation: 'cites' },
  { phrase: 'trả lời', relation: 'cites' },
  { phrase: 'thay thế', relation: 'cites' },
  { phrase: 'bãi bỏ', relation: 'cites' },
  { phrase: 'sửa đổi', relation: 'cites' },
  ...['kết quả thực hiện', 'kết quả triển khai', 'kết quả triển khai thực hiện', 'tình hình thực hiện', 'tình hình triển khai',
    'tình hình triển khai thực hiện', 'sơ kết thực hiện', 'sơ kết việc thực hiện', 'tổng kết thực hiện', 'tổng kết việc thực hiện',
    'kiểm tra việc thực hiện', 'giám sát việc thực hiện', 'tiến độ thực hiện'].map((phrase) => ({ phrase, relation: 'cites' as const, neutral: true })),
  // "Để đưa Nghị quyết Đại hội … vào cuộc sống, …": bringing a text into life carries it out. Only where it
  // opens its clause ("Để đưa", "Đưa"): inside one, "đưa" moves things about.
  { phrase: 'đưa', relation: 'implements', opensClause: true },
];

/**
 * Types of document that put a proposal to the citing body ("Tờ trình"): whatever the words before
 * them, the decision cites them; it does not stand on or carry out a request.
 */
export const SUBMISSION_TYPES: ReadonlySet<DocType> = new Set<DocType>(['Tờ trình']);

/**
 * Types of document that record what was found or done ("Báo cáo"): a ground of fact for the citing one.
 * After `trên cơ sở` they are cited; after `Căn cứ` the convention still makes them a basis.
 */
export const REPORT_TYPES: ReadonlySet<DocType> = new Set<DocType>(['Báo cáo']);

/** Triggers that name a document of the citing one's own sender: "Tiếp theo Công văn số … ngày …" (no "của"). */
export const OWN_SERIES_TRIGGERS: readonly string[] = ['tiếp theo'];

/** How far back (characters) a trigger may stand from the citation it governs. */
export const TRIGGER_WINDOW = 240;

/**
 * Words between a citation's number or date and its issuer: "Thông báo số 428-TB/TU, ngày
 * 27/7/2021 kết luận của Thường trực Thành ủy". A notice's subject that is the conclusion of an
 * official ("Thông báo số 12/TB-UBND … về ý kiến kết luận của đồng chí Phó Chủ tịch UBND huyện …")
 * names its issuer the same way.
 */
export const ISSUER_LEAD_FILLERS: readonly string[] = ['kết luận', 'ý kiến chỉ đạo', 'ý kiến kết luận',
  'về kết luận', 'về ý kiến chỉ đạo', 'về ý kiến kết luận', 'thông báo ý kiến kết luận'];

/**
 * Words that introduce a cited document's issuer after its number and date: "của" as a rule; "giữa" for a
 * document two bodies made together ("Chương trình số 05/CTr-UBND … giữa UBND tỉnh Quảng Bình và UBND tỉnh
 * Quảng Trị"), whose first named body is read as its issuer, as a joint document's first signature is.
 */
export const ISSUER_LEAD_WORDS: readonly string[] = ['của', 'giữa'];

/**
 * Where the subject of a cited document ("về ...", a quoted title) stops when no quote or
 * sentence end closes it first: "... trên địa bàn Thành phố, trong đó lưu ý ...".
 */
export const TITLE_STOPS: readonly string[] = [
  ', trong đó', ', đồng thời', ', nhất là', ', qua đó', ', đặc biệt', ', theo đó', ', trước ', ', với ', ', nhằm ', ', để ', ', giao ', ', đề nghị ', ', yêu cầu ',
  // "… Kết luận số 47-KL/TU … về công tác đất đai và thay thế Chỉ thị số 08-CT/HU": the document's
  // own act on the next one, not part of the subject.
  ' và thay thế ', ' và bãi bỏ ', ', thay thế ', ', bãi bỏ ',
  // "Phúc đáp Công văn số 88/UBND … về việc đề nghị hỗ trợ kinh phí, sau khi xem xét, căn cứ Quyết
  // định số …": the reply's own clause, whose trigger governs the next document.
  ', căn cứ ', ', sau khi ', ', trên cơ sở ',
  // "Thực hiện Chỉ thị số 25-CT/TU … về tăng cường lãnh đạo công tác quản lý dân cư, ngăn chặn di cư tự do và căn
  // cứ Luật Biên giới quốc gia, Ban Thường vụ …": the citing document's own second ground, as after a comma.
  ' và căn cứ ',
  // "Kết luận số 65-KL/TW … về công tác dân tộc trong tình hình mới, phù hợp với các mục tiêu mà Nghị quyết
  // Đại hội … đề ra", "Nghị quyết số 52-NQ/TW … về …, gắn với mục tiêu Nghị quyết Đại hội …": the citing
  // document's own measure or aim, whose document is its citation, not part of the subject.
  ', phù hợp với ', ', gắn với ',
  // "Kế hoạch nhằm triển khai Chỉ thị số … về …, và được xây dựng trên cơ sở Nghị quyết số …": the citing
  // document's own second clause, whose trigger governs the next document (without "và" the clause may
  // be the cited one's: "Kế hoạch số …, được xây dựng trên cơ sở …").
  ', và được ',
  // "Thông báo số 215/TB-BCH về tình hình bão số 5 theo quy định của Luật Phòng thủ dân sự.": the Law the
  // notice was given under, named with its trigger; a Law is cited wherever it stands.
  ' theo quy định của Luật ', ' theo quy định tại Luật ',
];

/** Words that may stand between the comma and the trigger of a clause that ends a subject: ", đồng thời thực hiện …". */
export const CLAUSE_TRIGGER_LEADS: readonly string[] = ['đồng thời', 'và', 'để', 'nhằm', 'đồng thời tiếp tục', 'tiếp tục'];

/**
 * Words before a span of years that make the carrying out after them a result looked back on:
 * "kết quả sơ kết 03 năm thực hiện Nghị quyết số …", "sơ kết 9 tháng thực hiện Chỉ thị số …" look back on
 * the results, as "kết quả thực hiện" does (the `neutral` triggers), with the years or months between:
 * cited, unless a `Căn cứ` before makes them a basis.
 */
export const RESULT_SPAN_LEADS: readonly string[] = ['sơ kết', 'tổng kết', 'kết quả', 'đánh giá', 'kết quả sơ kết', 'kết quả tổng kết',
  // "Sau hơn 9 năm thực hiện Chỉ thị số …, nhận thức … có chuyển biến": the years looked back on.
  'sau', 'sau hơn', 'sau gần', 'qua', 'qua hơn'];

/**
 * Words right before an implementing trigger that make the carrying out a wider aim the document's
 * work feeds: "…, góp phần thực hiện thắng lợi Nghị quyết Đại hội …", "Góp phần thực hiện Nghị quyết
 * Đại hội đại biểu Hội Nông dân huyện …": the aim is named (cites); two blind writers of 2026-12-05
 * night label it so. Joined to a purpose by "đồng thời" ("nhằm cụ thể hóa …, đồng thời góp phần thực
 * hiện …") it is a second purpose of the document and stays as the trigger reads.
 */
export const CONTRIBUTION_LEADS: readonly string[] = ['góp phần', 'góp phần tích cực', 'góp phần vào việc', 'góp phần vào'];

/**
 * Words right before a carrying-out trigger that keep it the document's own purpose inside a clause
 * ("Hội nghị nhằm cụ thể hóa Nghị quyết Đại hội …", "…, đồng thời góp phần thực hiện …"): a congress's
 * resolution after such a trigger is carried out; after one that stands among other words of its
 * clause it is the wider aim the work is tied to (resolve/congress-aim.ts).
 */
export const AIM_OPENERS: readonly string[] = ['để', 'nhằm', 'đồng thời', 'góp phần', 'tiếp tục', 'và', 'để tiếp tục', 'nhằm tiếp tục',
  // "Ban Chấp hành Đảng bộ xã lãnh đạo thực hiện theo tinh thần Nghị quyết Đại hội …": one act of carrying out.
  'thực hiện', 'triển khai', 'triển khai thực hiện', 'tổ chức thực hiện'];

/**
 * Purpose words: right before a carrying-out trigger they make it the document's own aim, also where the work's
 * name runs on to a `theo <document>` (resolve/purpose-opening.ts). Narrower than AIM_OPENERS: "và", "đồng
 * thời", "tiếp tục" go on with a unit's work as well as with a purpose.
 */
export const PURPOSE_WORDS: readonly string[] = ['để', 'nhằm', 'để tiếp tục', 'nhằm tiếp tục'];

/**
 * Carrying-out verbs that, after a purpose word, name the document's own aim ("nhằm thực hiện Kế hoạch số …"). A
 * contribution joined to that aim by "và" ("… nhằm thực hiện Kế hoạch số … và góp phần thực hiện Nghị quyết Đại hội
 * …") is a second purpose of the document, as after "đồng thời" (resolve/purpose-contribution.ts).
 */
export const PURPOSE_CARRYING_VERBS: readonly string[] = ['thực hiện', 'triển khai', 'triển khai thực hiện', 'tổ chức thực hiện'];

/**
 * Triggers that name the spirit work is done in: opening a sentence ("Theo tinh thần Nghị quyết số …, Ban
 * Thường vụ yêu cầu …") the document carries the text out; after other words of its sentence ("Các hoạt
 * động tổ chức thiết thực, …, theo tinh thần Chỉ thị số …", "Triển khai Quyết định số … và theo tinh thần
 * Chỉ thị số …, kế hoạch giao …") it names the measure of that work, cited, as a bare "theo" inside a
 * clause is; the blind writers of c133, f104, f139 and n102 label it so (resolve/spirit-passive.ts).
 */
export const SPIRIT_TRIGGERS: readonly string[] = ['theo tinh thần', 'trên tinh thần'];

/**
 * Carrying-out verbs. After "được" they make a passive whose subject is what is carried out: "Kế hoạch
 * này được thực hiện cùng Kế hoạch số …", "Các nhiệm vụ trên được triển khai theo tinh thần …": the
 * document after them is what the work goes with, cited (resolve/spirit-passive.ts). The first of them
 * in a clause is where the clause's purpose is read (resolve/congress-aim.ts).
 */
export const CARRYING_OUT_VERBS: readonly string[] = ['thực hiện', 'triển khai', 'triển khai thực hiện', 'tổ chức thực hiện', 'quán triệt', 'cụ thể hóa'];

/**
 * Sentences of a document's closing section: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc,
 * các xã phản ánh về … theo Công văn số …". A document named there is referred to for the reporting,
 * not carried out by the document.
 */
export const CLOSING_LEADS: readonly string[] = [
  'trong quá trình thực hiện', 'trong quá trình tổ chức thực hiện', 'trong quá trình triển khai', 'trong quá trình triển khai thực hiện',
  'quá trình thực hiện', 'quá trình triển khai thực hiện', 'trong quá trình thực hiện kế hoạch', 'nếu có khó khăn', 'nếu có vướng mắc',
];

/**
 * "Quán triệt sâu sắc, đầy đủ các nội dung của Nghị quyết nói trên": words that say a repeat's
 * contents are what the trigger before acts on, however many adverbs stand between. A repeat after
 * one of these, followed by "của", "tại" or "trong", takes that trigger from further away.
 */
export const CONTENT_WORDS: readonly string[] = ['nội dung', 'tinh thần', 'nhiệm vụ', 'mục tiêu', 'quan điểm', 'yêu cầu', 'giải pháp', 'chủ trương'];

/**
 * The end of a trigger word whose start was cut off with the text above it: a fragment that begins
 * "hiện Kế hoạch số 56/KH-UBND …" is the rest of a "Thực hiện" sentence. Read only at the very start
 * of a text, in lower case.
 */
export const FRAGMENT_TRIGGER_TAILS: ReadonlyArray<{ tail: string; relation: Relation }> = [
  { tail: 'hiện', relation: 'implements' },
  { tail: 'khai', relation: 'implements' },
  { tail: 'khai thực hiện', relation: 'implements' },
  { tail: 'triệt', relation: 'implements' },
  { tail: 'cứ', relation: 'basis' },
  { tail: 'cứ vào', relation: 'basis' },
];

/**
 * Back-references to an earlier citation: "văn bản nêu trên", "Kế hoạch nói trên".
 * Written as `<type word or "văn bản"> <one of these>`.
 */
export const ANAPHORA_SUFFIXES: readonly string[] = ['nêu trên', 'nói trên', 'đã nêu', 'vừa nêu'];

/**
 * "Kế hoạch trên", "các văn bản trên": the bare "trên" is a back-reference only where the phrase
 * ends (a punctuation mark) or one of these words follows; "kế hoạch trên địa bàn", "trên cơ sở"
 * are no reference.
 */
export const ANAPHORA_BARE = 'trên';
export const ANAPHORA_BARE_FOLLOWERS: readonly string[] = ['của', 'và', 'để', 'đến', 'tới', 'một cách', 'có hiệu quả', 'được', 'đã', 'cùng', 'như'];

/**
 * A cited document's subject that carries out another: "Kế hoạch số 45/KH-UBND về thực hiện
 * Chỉ thị số 17/CT-UBND" makes 17/CT-UBND cited by 45/KH-UBND. A quoted title always nests.
 */
export const NESTING_LEADS: readonly string[] = ['về việc', 'về', 'v/v'];
export const NESTING_VERBS: readonly string[] = ['tiếp tục triển khai thực hiện', 'triển khai thực hiện', 'tiếp tục thực hiện', 'thực hiện', 'triển khai'];

/** Self-references: "Chỉ thị này", "Công văn này" are the document itself, not a citation. */
export const SELF_SUFFIXES: readonly string[] = ['này'];

/**
 * Phrases by which a document says that what some bodies issued carries out a list of orders:
 * "Quận ủy, UBND Quận đã kịp thời, khẩn trương ban hành các văn bản triển khai thực hiện Thông
 * báo kết luận số 420-TB/TU, ..., Công văn số 177-CV/TU, ..., Chỉ thị số 17/CT-UBND" (seed 001).
 * The subjects before the phrase are the issuers; the citations after it are the orders.
 */
export const COLLECTIVE_IMPLEMENTATION_PHRASES: readonly string[] = [
  'ban hành các văn bản triển khai thực hiện',
  'ban hành các văn bản triển khai',
  'ban hành các văn bản thực hiện',
  'ban hành các văn bản chỉ đạo triển khai thực hiện',
  'ban hành văn bản triển khai thực hiện',
  'ban hành nhiều văn bản triển khai thực hiện',
];

/** Confidence of an implementation inferred from a collective statement: stated, but not of that document by name. */
export const COLLECTIVE_CONFIDENCE = 0.6;

/**
 * A heading that governs the list under it: "Căn cứ:" then one document per item (numbered or
 * not) are the bases; "Thực hiện:" then items are all carried out, not only the first.
 */
export const BLOCK_HEADINGS: ReadonlyArray<{ phrase: string; relation: Relation }> = [
  { phrase: 'căn cứ', relation: 'basis' },
  { phrase: 'thực hiện', relation: 'implements' },
  { phrase: 'triển khai thực hiện', relation: 'implements' },
  { phrase: 'triển khai', relation: 'implements' },
];

/**
 * A heading may say more than its phrase: a section "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Căn cứ pháp
 * lý", "Căn cứ các văn bản sau:", "Thực hiện các văn bản chỉ đạo của cấp trên:". A basis heading with
 * more words needs a section marker, capitals or a colon; an implementation heading needs a colon and
 * one of these words, for "Thực hiện tốt các nội dung sau:" opens tasks, not documents.
 */
export const BLOCK_HEADING_DOCUMENT_WORDS: readonly string[] = ['văn bản', 'chỉ đạo', 'kết luận'];
/**
 * A longer implementation heading: "Thực hiện các văn bản chỉ đạo của Bộ Y tế và Ủy ban nhân dân
 * tỉnh về công tác phòng, chống dịch bệnh năm 2024, cụ thể:" names the documents as a plural and
 * lists them below. Its words after the phrase open with one of these; it ends with a colon and
 * holds no number of its own and no word that hands the items to someone (BLOCK_HEADING_HANDS_OVER).
 */
export const BLOCK_HEADING_PLURAL_LEADS: readonly string[] = ['các văn bản', 'những văn bản', 'một số văn bản', 'các chỉ đạo', 'các kết luận'];
export const BLOCK_HEADING_HANDS_OVER: readonly string[] = ['yêu cầu', 'đề nghị', 'giao', 'chủ trì'];
/** Characters at most of such a heading line. */
export const BLOCK_HEADING_LONG_MAX = 240;
/** Words at most after a heading's phrase. */
export const BLOCK_HEADING_MAX_WORDS = 10;

/**
 * Words that make the clause before a trigger a task for someone else: "Đề nghị UBND Quận ...
 * triển khai thực hiện Thông báo số 428-TB/TU", "UBND Quận tiếp tục chỉ đạo thực hiện Nghị
 * quyết 68/NQ-CP". The document then mandates the cited one; it does not carry it out itself.
 */
export const MANDATE_WORDS: readonly string[] = [
  'đề nghị', 'yêu cầu', 'giao', 'chỉ đạo', 'đôn đốc', 'hướng dẫn', 'chủ trì', 'phối hợp', 'tham mưu',
  'có trách nhiệm', 'chịu trách nhiệm',
];

/** Organs that act for their committee: "Ban Thường vụ Huyện ủy triển khai …" is the Huyện ủy's own act. */
export const ISSUER_ORGANS: ReadonlySet<string> = new Set(['Ban Thường vụ', 'Thường trực', 'Ban Chấp hành']);

/**
 * Kinds of body a place has many of: "Đội Quản lý thị trường số 4" and the "Ban Chỉ đạo 389" of the same
 * district are two agencies, so sharing kind and place does not make a subject the issuer under
 * another name (as "Đảng bộ xã" is the "Đảng ủy xã Đông Hội").
 */
export const MANY_PER_PLACE: ReadonlySet<string> = new Set(['agency', 'department', 'party-organ', 'party-cell', 'mass-organization', 'council-organ', 'residential', 'collective']);

/**
 * Plural subjects that open a task without naming a unit the gazetteer knows: "Các xã, thị trấn rà
 * soát … theo Quyết định số …", "Các xóm tổ chức …". Never the issuer, so the clause is a task.
 */
export const COLLECTIVE_SUBJECTS: readonly string[] = [
  'xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố', 'thôn', 'xóm', 'bản', 'ấp', 'khu phố', 'tổ dân phố', 'khối phố',
  'sở', 'ban', 'ngành', 'cơ quan', 'đơn vị', 'địa phương', 'chi bộ', 'đảng bộ', 'cấp ủy', 'tổ chức đảng', 'đoàn thể', 'trường', 'doanh nghiệp',
];

/**
 * People a duty may be laid on as a group ("Mỗi đảng viên …", "Mọi hội viên …", "Các đoàn viên …"): such a subject is
 * never the issuer, so what it carries out is cited (extraction-quality.md, "What is scored": a group of people that
 * is the subject of a duty is the task's unit; `thực hiện` in a rule of conduct cites).
 */
export const MEMBER_SUBJECTS: readonly string[] = [
  'đảng viên', 'hội viên', 'đoàn viên', 'cán bộ', 'công chức', 'viên chức', 'cán bộ, đảng viên', 'cán bộ, công chức',
  'cán bộ, công chức, viên chức', 'người lao động', 'giáo viên', 'học sinh', 'sinh viên', 'người dân', 'hộ gia đình', 'hộ dân',
];
/** The words that make such a noun a group: every one, each one. */
export const MEMBER_QUANTIFIERS: readonly string[] = ['mỗi', 'mọi', 'từng', 'các', 'tất cả các', 'toàn thể'];

/** Words before the subject of a task in a news report: "Theo kế hoạch, các xã rà soát …". */
export const SUBJECT_LEADS: readonly string[] = ['theo kế hoạch', 'theo chỉ thị', 'theo đó', 'cụ thể', 'đồng thời', 'bên cạnh đó', 'ngoài ra'];

/** Words that start with a mandate word but are no mandate ("giao thông", "yêu cầu của"). */
export const MANDATE_EXCEPTIONS: readonly string[] = [
  'giao thông', 'giao dịch', 'giao lưu', 'giao tiếp', 'giao nhận', 'giao đất', 'giao khoán', 'giao thương', 'bàn giao',
  'yêu cầu của', 'theo yêu cầu', 'đề nghị của', 'theo đề nghị', 'chỉ đạo của', 'sự chỉ đạo', 'theo hướng dẫn', 'hướng dẫn của',
  // "Hưởng ứng Kế hoạch số … của Ban Chỉ đạo cuộc vận động tỉnh, tiếp tục thực hiện …": a name.
  'ban chỉ đạo',
  // "đồng chí Chủ tịch chủ trì cuộc họp nghe báo cáo tình hình triển khai Kế hoạch số …": chairing a
  // meeting hands nothing to anyone.
  'chủ trì cuộc họp', 'chủ trì hội nghị', 'chủ trì buổi làm việc', 'chủ trì cuộc làm việc', 'chủ trì phiên họp',
];

/** Documents cited by name alone (no number): a Law, a congress resolution, working rules. */
export const NAMED_DOCUMENT_LEADS: ReadonlyArray<{
  lead: string; docType: 'Luật' | 'Nghị quyết' | 'Quy chế' | 'Quy định' | 'Kết luận' | 'Chương trình' | 'Khác'; ownerFollows?: boolean;
  /**
   * Named only with the year it is for: "Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm
   * 2025 của …", "… và Chương trình phối hợp và thống nhất hành động năm 2024 của …". The name runs to
   * that year, unbroken; without one ("thực hiện Chương trình mục tiêu quốc gia …") it names a programme
   * of work, no document.
   */
  yearly?: boolean;
  /** An enacted instrument, cited wherever it is named, with no trigger before it (as a Law is). */
  enacted?: boolean;
  /** The name holds its issuer: "Nghị quyết Đại hội đại biểu Đảng bộ xã Đoàn Đào lần thứ XXIV" is that Đảng bộ's. */
  issuerInName?: boolean;
}> = [
  { lead: 'Bộ luật', docType: 'Luật' },
  { lead: 'Luật', docType: 'Luật' },
  { lead: 'Hiến pháp', docType: 'Luật' },
  { lead: 'Nghị quyết Đại hội', docType: 'Nghị quyết', issuerInName: true },
  { lead: 'Pháp lệnh', docType: 'Luật' },
  // "Thực hiện Kết luận của Ban Thường vụ Tỉnh ủy tại Hội nghị ngày …": a conclusion named by who drew
  // it; its name goes on with "của". Followed by "tại <Type> số …" it is that numbered document's issuer.
  { lead: 'Kết luận', docType: 'Kết luận', ownerFollows: true, issuerInName: true },
  { lead: 'Quy chế', docType: 'Quy chế' },
  // "phần thi kiến thức về …, Điều lệ Hội Nông dân Việt Nam": a charter named by itself is cited wherever it stands, as a Law
  // is (labels35); inside a numbered document's subject it is that document's business.
  { lead: 'Điều lệ', docType: 'Quy định', enacted: true },
  { lead: 'Chương trình', docType: 'Chương trình', yearly: true },
  // "… phải tuân thủ Nghị định thư giữa Bộ … và Tổng cục Hải quan Trung Quốc về …": a treaty named by its parties.
  { lead: 'Nghị định thư', docType: 'Khác', enacted: true },
];

/** Lower-case words after a comma that continue a name ("Luật Phòng, chống thiên tai", "Luật sửa đổi, bổ sung"). */
export const NAME_COMMA_CONTINUATIONS: readonly string[] = ['chống', 'chữa cháy', 'bổ sung', 'thay thế',
  // "Quy chế thi đua, khen thưởng của Hội Nông dân tỉnh": emulation and rewards, one field.
  'khen thưởng',
  // "Quy chế quản lý, sử dụng Quỹ …", "Luật Quản lý, sử dụng vũ khí …": managing and using, one act.
  'sử dụng'];

/**
 * Lower-case words after a Quy chế's lead that still make a name ("… thực hiện theo Quy chế quản lý,
 * sử dụng Quỹ "Vì người nghèo" của Ủy ban MTTQ phường"): the capital of "Quy chế" mid-sentence marks it.
 */
export const NAMED_LOWER_STARTS: readonly string[] = ['sửa đổi', 'làm việc', 'đại biểu', 'quản lý', 'hoạt động', 'phối hợp', 'công tác', 'thi đua',
  // "Nghị định thư giữa A và B": an agreement named by its parties.
  'giữa',
  // "… thực hiện Chương trình kiểm tra, giám sát năm 2024 của Ban Chấp hành Đảng bộ huyện": a Party committee's yearly
  // programme, which its control committee's plans carry out.
  'kiểm tra', 'giám sát'];

/**
 * Rules rather than orders: "Thực hiện Quy chế làm việc …", "theo Luật …" say under which rules
 * the document acts (basis), not which order it carries out.
 */
export const RULE_TYPES: ReadonlySet<string> = new Set(['Luật', 'Quy chế', 'Quy định']);

/**
 * Headings of a web page's list of other pages, copied with the text: "Tin liên quan:", "Văn bản
 * mới". The documents listed under them are the site's, not cited by this one.
 */
export const RELATED_HEADINGS: readonly string[] = [
  'tin liên quan', 'bài liên quan', 'bài viết liên quan', 'văn bản liên quan', 'tin cùng chuyên mục', 'tin khác', 'các tin khác',
  'văn bản mới', 'văn bản khác', 'xem thêm', 'đọc thêm', 'tin mới nhất', 'tin đã đưa',
];

/**
 * Marks, in brackets after a document announced in a fragment's opening, that it came with the
 * letter as an enclosure: "Sở … có Công văn số 845/… về việc … (có văn bản gửi kèm)". What is sent
 * on is received, not the document itself.
 */
export const ENCLOSURE_MARKS: readonly string[] = ['gửi kèm', 'gửi kèm theo', 'sao gửi kèm', 'có văn bản gửi kèm', 'có văn bản kèm theo', 'văn bản kèm theo', 'kèm theo', 'sao gửi kèm theo'];

/** Words that carry out or stand on a document named just before, opening the next sentence: "Để triển khai thực hiện văn bản trên, …". */
export const RECEIVING_TRIGGERS: readonly string[] = ['triển khai thực hiện', 'triển khai', 'thực hiện', 'quán triệt', 'căn cứ', 'thi hành'];

/**
 * Verbs of the act a document records, with the types of document that record it: "UBND xã báo cáo
 * tình hình … tại Báo cáo số …" is UBND xã's report, "Phòng Tư pháp trình … (Tờ trình số …)" its
 * submission (find/report-issuer.ts). Another act ("yêu cầu … tại Kế hoạch số …") names no author.
 */
export const REPORTING_VERBS: ReadonlyArray<{ verb: string; types: readonly DocType[] }> = [
  { verb: 'báo cáo', types: ['Báo cáo'] },
  { verb: 'trình', types: ['Tờ trình'] },
  { verb: 'đề nghị', types: ['Tờ trình'] },
  { verb: 'hướng dẫn', types: ['Hướng dẫn'] },
  { verb: 'thông báo', types: ['Thông báo', 'Thông báo kết luận'] },
  { verb: 'kết luận', types: ['Thông báo kết luận', 'Kết luận'] },
];

/**
 * Triggers whose object is an event (a day, a movement, a campaign), not a document: in "Hưởng ứng
 * ngày 19 tháng 8 … là Ngày hội Toàn dân bảo vệ an ninh Tổ quốc theo Quyết định số …" the decision
 * is the one that set the day up, cited as the measure a bare "theo" names (resolve/citations.ts).
 */
export const EVENT_TRIGGERS: ReadonlySet<string> = new Set(['hưởng ứng']);

/**
 * Words after a mandate word that is also a type of document ("hướng dẫn") that make it the document,
 * not the verb: "Hướng dẫn nhằm triển khai Kết luận số …", "… ban hành hướng dẫn căn cứ Hướng dẫn số …
 * và thực hiện Kế hoạch số …". A verb takes its object ("hướng dẫn các xã thực hiện …"); a noun is
 * followed by its purpose, its ground or a passive.
 */
export const DOCUMENT_WORD_FOLLOWERS: readonly string[] = ['nhằm', 'này', 'được', 'căn cứ', 'trên cơ sở', 'là', 'nêu rõ', 'đề ra', 'xác định', 'gồm'];

/**
 * Verbs that report someone's assessment, before a comma and a clause whose subject is the carrying out of a
 * document: "Thông báo số … nêu rõ, việc thực hiện Kế hoạch số … thời gian qua còn hình thức" reviews how it
 * was carried out; the document refers to it (resolve/reviewed-subject.ts).
 */
export const ASSESSMENT_VERBS: readonly string[] = ['nêu rõ', 'chỉ rõ', 'đánh giá', 'nhận định', 'nhận xét', 'cho biết', 'khẳng định', 'thừa nhận', 'chỉ ra'];

/**
 * Words that open a list item naming its issuer before its number: "… và chỉ đạo của Sở Nông nghiệp và Môi
 * trường thành phố tại Công văn số …". After "và" at the end of a cited document's subject they end that
 * subject (find/issuer-first-item.ts); the item then shares the list's trigger (`ISSUER_LEAD_ITEM`, resolve/citations.ts).
 */
export const ISSUER_FIRST_ITEM_LEADS: readonly string[] = ['ý kiến chỉ đạo', 'ý kiến kết luận', 'ý kiến thống nhất', 'ý kiến', 'chỉ đạo', 'kết luận'];

/**
 * Words that join the next document to a list whose first document's subject nothing ends ("… phê duyệt
 * Chương trình … miền núi, cùng Nghị quyết số …"): the next one shares the list's trigger
 * (resolve/relation-context.ts, runsOnToListItem). News reports write "cùng" where a plan writes "và".
 */
export const LIST_RUN_GLUE: readonly string[] = ['và', 'cùng', 'cùng với'];

/**
 * Verbs that look back on work done, whose object may be the carrying out of a document: "Thường trực Huyện
 * ủy đánh giá việc triển khai Kế hoạch số …", "họp nghe … báo cáo tình hình … và việc thực hiện Nghị quyết
 * số …". The results are reviewed; the document refers to the one they came under (resolve/reviewed-subject.ts).
 */
export const REVIEW_VERBS: readonly string[] = ['đánh giá', 'báo cáo', 'kiểm điểm', 'sơ kết', 'tổng kết', 'nhận xét'];

/** Words that, between a review verb and "việc thực hiện", open other work: the carrying out is no longer what is reviewed. */
export const REVIEW_BREAKS: readonly string[] = ['yêu cầu', 'đề nghị', 'giao', 'đồng thời', 'tiếp tục', 'đẩy mạnh', 'tăng cường', 'chỉ đạo', 'để', 'nhằm', 'phải'];

/**
 * Nouns of the means of the work right before a carrying-out trigger: "Kinh phí thực hiện từ nguồn dự phòng
 * ngân sách xã theo Kế hoạch số …", "bố trí kinh phí thực hiện Quyết định số …". The trigger names what the
 * money is for, not an act of the document's own; the document after it is cited (resolve/relation-context.ts).
 */
export const MEANS_NOUNS: readonly string[] = ['kinh phí', 'nguồn kinh phí', 'chi phí', 'nguồn vốn', 'ngân sách'];

/**
 * Verbs of the issuer's own act that may open, in lower case and without a subject, the main clause after
 * "Theo <document>,": "Theo Kế hoạch số …, đề nghị các xã …", "…, tổ chức tuyên truyền …". Any other
 * lower-case opening ("…, việc gỡ thẻ vàng là …", "…, năm nay các chiến dịch … tập trung …") states what the
 * document says (resolve/stated-after-theo.ts); the mandate words and carrying-out triggers count too.
 */
export const OWN_ACT_OPENERS: readonly string[] = ['tổ chức', 'xây dựng', 'ban hành', 'tiếp tục', 'đồng thời', 'khẩn trương', 'tăng cường',
  'đẩy mạnh', 'thông báo', 'kết luận', 'quyết định', 'đề ra', 'thống nhất'];

/**
 * Section headings a plan writes in sentence case, alone on a numbered line ("2. Nhiệm vụ", "a) Mục đích, yêu
 * cầu:"): no stop ends them, so the sentence under them would read as running on from them; the heading is no
 * part of that sentence's clause (resolve/mandate.ts), as a heading in capitals is not.
 */
export const SECTION_HEADINGS: readonly string[] = [
  'mục đích', 'yêu cầu', 'mục đích, yêu cầu', 'mục đích và yêu cầu', 'mục tiêu', 'mục tiêu cụ thể', 'nhiệm vụ', 'nhiệm vụ cụ thể',
  'nhiệm vụ trọng tâm', 'nhiệm vụ và giải pháp', 'nhiệm vụ, giải pháp', 'giải pháp', 'các giải pháp', 'nội dung', 'nội dung thực hiện',
  'nội dung và giải pháp', 'tổ chức thực hiện', 'phân công nhiệm vụ', 'phân công thực hiện', 'kinh phí', 'kinh phí thực hiện',
];
