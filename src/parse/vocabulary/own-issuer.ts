/**
 * The evidence a headless text or a news report gives of its own issuer, and what each piece weighs
 * (src/parse/find/own-issuer-candidates.ts gathers it, own-issuer-score.ts chooses). Data only.
 */

/** Where a candidate for the own issuer was read. */
export type OwnEvidence = 'chain' | 'signature' | 'organ-owner' | 'archive' | 'closing' | 'lead-in' | 'speaker' | 'office' | 'symbol' | 'meeting' | 'turn-to' | 'own-office';

/**
 * What one piece of evidence weighs. A group of candidates naming one body scores the sum over its
 * kinds of evidence, each kind once: two sentences of one kind are not two independent witnesses.
 * - chain: what the chain of findTextIdentity (title, announcement, issuer sentence, closing) returned;
 * - signature: a capacity that names its body with its place ("TM. ỦY BAN NHÂN DÂN XÃ …");
 * - organ-owner: "T/M BAN THƯỜNG VỤ" alone, its owner guessed from the body's mentions of such an organ;
 * - archive: "Lưu: VT, VP UBND huyện …" in the Nơi nhận;
 * - closing: "Trên đây là Kế hoạch … của X";
 * - lead-in: a sentence whose subject hands out the work ("X yêu cầu / đề nghị / giao …");
 * - speaker: an official quoted by a news report ("Ông …, Chủ tịch UBND huyện X, cho biết");
 * - office: the body's own office following up ("Văn phòng X theo dõi, tổng hợp …");
 * - symbol: the issuer code of the document's own number ("…/KH-UBND"), which names a kind of body only;
 * - meeting: the body that held the meeting the body's opening paragraph reports ("Ban Thường vụ Huyện ủy đã nghe …");
 * - turn-to: the body the closing sends the implementers to with their difficulties, to be guided ("nếu có vướng
 *   mắc, các đơn vị phản ánh về X để được hướng dẫn"): the body that wrote the rules answers for them;
 * - own-office: the body whose office the document hands its follow-up ("Giao Văn phòng HĐND và UBND huyện Can Lộc
 *   theo dõi, đôn đốc …"): a body gives work to its own office only; read only where the office names its body's place.
 */
export const OWN_EVIDENCE_WEIGHTS: Readonly<Record<OwnEvidence, number>> = {
  chain: 2,
  signature: 3,
  'organ-owner': 2,
  archive: 1,
  closing: 3,
  'lead-in': 2,
  speaker: 1,
  office: 1,
  symbol: 1,
  meeting: 3,
  'turn-to': 3,
  'own-office': 3,
};

/** Verbs of a meeting after its convener, in a fragment's opening: "… đã nghe báo cáo …", "… tổ chức hội nghị sơ kết …". */
export const OPENING_MEETING_VERBS: readonly string[] = ['họp', 'tổ chức họp', 'tiến hành họp', 'tổ chức hội nghị', 'nghe báo cáo', 'chủ trì hội nghị', 'chủ trì cuộc họp', 'chủ trì họp'];

/**
 * What one kind of evidence must weigh to name the own issuer alone, where the chain names no body:
 * the signature's capacity with its place, the closing "Trên đây là … của X".
 */
export const ALONE_WEIGHT = 3;

/** Verbs of an office that follows up the document for its body: "Văn phòng Đảng ủy theo dõi, …". */
export const FOLLOW_UP_VERBS: readonly string[] = ['theo dõi', 'tổng hợp', 'đôn đốc'];

/** The post of an official a news report quotes, before its body: "…, Phó Chủ tịch UBND thị xã X, cho biết". */
export const SPEAKER_POSTS: readonly string[] = ['Chủ tịch', 'Phó Chủ tịch', 'Bí thư', 'Phó Bí thư', 'Giám đốc', 'Phó Giám đốc', 'Trưởng ban', 'Phó Trưởng ban'];

/**
 * Heads that issue no document: a newspaper that prints the report, "chính quyền" that describes the
 * government without naming its body ("người đứng đầu chính quyền tỉnh").
 */
export const NOT_ISSUER_HEADS: readonly string[] = ['Báo', 'Tạp chí', 'chính quyền'];

/**
 * A closing sends the implementers with their difficulties to a body: "Quá trình thực hiện, nếu có vướng mắc, các
 * đơn vị phản ánh về X (qua …) để được hướng dẫn". The trouble words open the clause; the verbs (with "về", "với"
 * or nothing after them) name where to turn; the purposes say the body answers itself. A body that only gathers
 * the reports for another ("… về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh") is no purpose of this list.
 */
export const TURN_TO_TROUBLES: readonly string[] = ['vướng mắc', 'khó khăn', 'phát sinh'];
export const TURN_TO_VERBS: readonly string[] = ['phản ánh', 'báo cáo', 'liên hệ', 'trao đổi'];
export const TURN_TO_PURPOSES: readonly string[] = ['hướng dẫn', 'giải quyết', 'xem xét, giải quyết', 'xem xét giải quyết', 'phối hợp giải quyết', 'hướng dẫn, giải quyết', 'trao đổi, thống nhất'];

/**
 * Words before a body the text names as the issuer's partner or neighbour, another body than the issuer: "phối hợp với
 * UBND huyện Nam Đàn", "giáp ranh tỉnh Quảng Bình". Its place is not the issuer's (resolve/context.ts).
 */
export const PARTNER_WORDS: readonly string[] = ['phối hợp với', 'phối hợp cùng', 'giáp ranh với', 'giáp ranh', 'tiếp giáp với', 'tiếp giáp', 'giáp với', 'liền kề với'];

/**
 * Words naming the ground a document's units work on ("… UBND các huyện, thành, thị trên địa bàn tỉnh Phú Thọ báo cáo
 * …"): the place after them is the issuer's own (find/own-issuer-score.ts, for a province a text names among others).
 */
export const TERRITORY_WORDS: readonly string[] = ['trên địa bàn'];
