/**
 * Assignment vocabulary (docs/domain.md §8.2): the verbs that hand a task to a unit, the words
 * that open a predicate (so that the units before them are its subject), and the formulas of
 * a document's closing that are not tasks.
 */

/** Verbs that assign to the units after them: "Giao UBND quận ...", "Đề nghị Công an phường ...". */
export const ASSIGN_VERBS: readonly string[] = [
  'kính đề nghị', 'đề nghị', 'yêu cầu', 'chỉ thị cho', 'giao',
  // As OCR reads "đề nghị" with the hook of "để" (a scanned "… Phòng Giáo dục và Đào tạo để nghị các trường thực hiện …:"): no word of its own.
  'để nghị',
  // "Giao cho Văn phòng …", "Giao trách nhiệm cho Phòng …": the units come after "cho", which would open objects.
  'giao cho', 'giao trách nhiệm cho', 'giao nhiệm vụ cho', 'phân công cho', 'phân công trách nhiệm cho', 'phân công nhiệm vụ cho',
  // A committee hands a duty to its organ by delegation ("Đảng ủy ủy nhiệm Ủy ban Kiểm tra Đảng ủy xã kiểm tra …"): the
  // organ acts, not the committee that speaks.
  'ủy nhiệm', 'ủy nhiệm cho', 'ủy quyền cho',
];

/**
 * Words around an assigning verb that make it a noun: "theo đề nghị của Phòng … tại Tờ trình …",
 * "xét đề nghị của …", "theo yêu cầu của …". The body named after it proposed; it is asked nothing.
 */
export const ASSIGN_NOUN_BEFORE: readonly string[] = ['theo', 'xét'];
export const ASSIGN_NOUN_AFTER: readonly string[] = ['của'];

/**
 * Words that open with "giao" but are no assigning verb: "bảo đảm trật tự an toàn giao thông",
 * "giao lưu văn nghệ". A unit after them is no one the sentence hands a task to.
 */
export const NOT_ASSIGN_COMPOUNDS: readonly string[] = [
  'giao thông', 'giao lưu', 'giao dịch', 'giao tiếp', 'giao ban', 'giao thừa', 'giao nhận', 'giao hữu', 'giao thoa', 'giao lộ',
];

/** "X chủ trì, phối hợp với Y": X leads, Y supports. */
export const LEAD_WORDS: readonly string[] = ['chủ trì'];
export const SUPPORT_WORDS: readonly string[] = ['phối hợp với', 'phối hợp'];

/**
 * What opens the supporting units: "phối hợp với Y", and as documents also write it, "phối hợp
 * chặt chẽ với Y", "phối hợp cùng Y". A bare "phối hợp" opens them only when a unit follows at once
 * ("chủ trì, phối hợp Phòng Giáo dục …").
 */
export const SUPPORT_OPENERS: readonly string[] = [
  'phối hợp với', 'phối hợp chặt chẽ với', 'phối hợp chặt chẽ cùng', 'phối hợp cùng với', 'phối hợp cùng', 'cùng phối hợp với',
];

/**
 * The syllables of the role words that an OCR'd page may print without their marks ("chủ tri",
 * "phoi hợp với"): none of them, with its tone or all its marks lost, spells another word that
 * could stand in a role phrase ("cùng" is not here: "cung cấp" would read as "cùng").
 */
export const OCR_ROLE_SYLLABLES: readonly string[] = ['chủ', 'trì', 'phối', 'hợp', 'với', 'chặt', 'chẽ'];

/**
 * After "chủ trì," a bare "cùng" before a unit opens the supporting units too: "Công an huyện chủ
 * trì, cùng Ban Chỉ huy Quân sự huyện bảo đảm …".
 */
export const SUPPORT_AFTER_LEAD: readonly string[] = ['cùng'];

/**
 * What a subject is, written between it and its role ("Phòng Văn hóa và Thông tin - cơ quan
 * thường trực, chủ trì, phối hợp với …", "Phòng Nội vụ là cơ quan thường trực của Hội đồng, chủ
 * trì …"): read over, so that the role words after it still give the roles.
 */
export const ROLE_APPOSITIONS: readonly string[] = [
  'là cơ quan thường trực', 'cơ quan thường trực', 'là cơ quan đầu mối', 'cơ quan đầu mối', 'là đơn vị thường trực', 'đơn vị thường trực',
  'là đơn vị đầu mối', 'đơn vị đầu mối', 'là thường trực', 'thường trực', 'làm đầu mối', 'là đầu mối',
  // What a force is to the task ("Là lực lượng nòng cốt, chủ trì, phối hợp với Ban Chỉ huy Quân sự xã …" under "1. Công an xã").
  'là lực lượng nòng cốt', 'lực lượng nòng cốt', 'là lực lượng chủ công', 'là lực lượng chính', 'là cơ quan tham mưu', 'là cơ quan chuyên môn',
  // The ground of the duty: "Công an huyện, Ban Chỉ huy Quân sự huyện theo chức năng, nhiệm vụ phối hợp với …".
  'theo chức năng, nhiệm vụ được giao', 'theo chức năng, nhiệm vụ', 'theo chức năng nhiệm vụ', 'theo chức năng, nhiệm vụ của mình',
  'căn cứ chức năng, nhiệm vụ được giao', 'căn cứ chức năng, nhiệm vụ', 'căn cứ chức năng nhiệm vụ', 'trong phạm vi chức năng, nhiệm vụ',
  'theo thẩm quyền', 'theo lĩnh vực phụ trách', 'theo lĩnh vực được giao',
  // The lead said as what the unit is ("Sở Khoa học và Công nghệ là cơ quan chủ trì, phối hợp với …"): read over, the
  // partner's words after the comma give the roles, as after "chủ trì,".
  'là cơ quan chủ trì', 'là đơn vị chủ trì',
  // A board of a Party or Union committee said its standing part ("Ban Phong trào Tỉnh đoàn là bộ phận thường trực, chủ
  // trì, phối hợp với …"): read as no role, the lead was `assigned` and its partner lost.
  'là bộ phận thường trực', 'bộ phận thường trực', 'là bộ phận đầu mối', 'bộ phận đầu mối', 'là bộ phận chủ trì',
];

/** A duty before the predicate, read over: "X có trách nhiệm phối hợp với Y …" is "X phối hợp với Y …". */
export const DUTY_WORDS: readonly string[] = ['có trách nhiệm', 'chịu trách nhiệm'];

/**
 * How a unit is to work with its partners, said before the role word ("Chủ động phối hợp với Agribank …", "tích cực
 * phối hợp với …"): the roles are read after it.
 */
export const MANNER_BEFORE_ROLE: readonly string[] = ['chủ động', 'tích cực', 'thường xuyên', 'kịp thời'];

/**
 * Directing verbs: "UBND phường chỉ đạo cho Trạm y tế phường ... khẩn trương ..." makes the
 * units directed part of the task.
 */
export const DIRECT_VERBS: readonly string[] = ['chỉ đạo cho', 'chỉ đạo'];

/**
 * Words that open a predicate. The units written before the first of them are the subject.
 * "lãnh đạo" is a verb only when no unit follows it ("lãnh đạo UBND phường" is an office);
 * "được phân công" is not here: it qualifies a subject ("Ủy viên BCH được phân công đứng điểm
 * các chi bộ, lãnh đạo UBND phường; ... trực tiếp lãnh đạo", seed 002).
 */
export const PREDICATE_WORDS: readonly string[] = [
  'tiếp tục', 'tập trung', 'tăng cường', 'chủ động', 'kịp thời', 'khẩn trương', 'nghiêm túc', 'cần', 'phải',
  'có trách nhiệm', 'chịu trách nhiệm', 'chỉ đạo', 'trực tiếp', 'thực hiện', 'triển khai', 'tổ chức', 'xây dựng',
  'kiểm soát', 'kiểm tra', 'duy trì', 'tham mưu', 'tham gia', 'hướng dẫn', 'rà soát', 'phối hợp', 'chủ trì',
  'đẩy mạnh', 'quán triệt', 'bố trí', 'vận động', 'huy động', 'theo dõi', 'đôn đốc', 'giám sát', 'xác định',
  'nắm bắt', 'đảm bảo', 'bảo đảm', 'thống nhất', 'quan tâm', 'ban hành', 'lãnh đạo', 'cập nhật', 'quyết liệt',
  'làm tốt', 'nâng cao', 'phát huy', 'sẵn sàng', 'ưu tiên', 'tuyệt đối', 'thường xuyên', 'chuẩn bị', 'hoàn thành',
  'hoàn thiện', 'tuyên truyền', 'kiện toàn', 'tiến hành', 'xử lý', 'lập', 'tổng hợp', 'nghiên cứu', 'khắc phục',
  'chấn chỉnh', 'tạo điều kiện', 'hỗ trợ', 'báo cáo', 'gửi', 'thông báo', 'ghi nhận', 'đánh giá', 'biểu dương',
  'đã', 'đang', 'sẽ', 'không', 'cử', 'họp', 'nghe',
  // Holding a meeting with the residents is a task ("Trưởng các thôn họp dân …"); "họp" alone reports a meeting.
  'họp dân', 'họp nhân dân',
  // A meeting held on a schedule is a duty too ("Ban Chỉ đạo … họp giao ban hằng tháng, kịp thời tháo gỡ …").
  'họp giao ban', 'họp định kỳ', 'họp thường kỳ', 'họp xem xét',
  // The press's verbs, which a paper's name would otherwise run into ("Báo Hà Tĩnh mở chuyên mục …").
  'mở', 'đưa tin', 'đăng tải',
  // Training the level below, a hospital's or an institute's duty ("Bệnh viện Chợ Rẫy tập huấn cho tuyến dưới …"):
  // after a name opened by an inner noun ("Chợ"), the verb ran into it.
  'tập huấn',
  // What a board is to do: "Ban Chỉ đạo có nhiệm vụ giúp UBND huyện …" (UBND is whom it helps, no subject).
  'có nhiệm vụ',
  // Verifying what an inspection found ("Phòng Nghiệp vụ 4 thẩm tra, xác minh các nội dung …"): after a name closed by
  // its number, the verb ran into it.
  'thẩm tra', 'xác minh',
];

/**
 * How a body works, not a task it is given: "Đoàn kiểm tra làm việc theo chế độ kiêm nhiệm, được sử dụng con dấu …",
 * "Ban Chỉ huy hoạt động theo Quy chế …", "Tổ … hoạt động kiêm nhiệm", "… tự giải thể sau khi hoàn thành nhiệm vụ". Folded
 * text from the predicate.
 */
export const WORK_RULE = /^(?:(?:lam viec|hoat dong) (?:theo (?:che do|nguyen tac|quy che)|kiem nhiem)\b|theo che do (?:kiem nhiem|chuyen trach)\b|tu giai the\b)/;

/** A predicate that reports rather than asks: "UBND quận đã triển khai ..." is no task. */
export const NON_TASK_PREDICATES: readonly string[] = ['đã', 'đang', 'ghi nhận', 'đánh giá', 'biểu dương', 'họp', 'nghe', 'thống nhất', 'bị'];

/**
 * Words after which units are objects, not the subject: "trên cơ sở đề xuất của Trung tâm Y
 * tế, ... và các đơn vị chuyên môn, Hội đồng Thi đua – Khen thưởng quận kịp thời ...".
 * The object list ends after the unit that follows its "và". "ở" is where, as "tại" ("… nguy cơ cháy rừng ở các thôn
 * vùng cao …" names no subject).
 */
export const OBJECT_OPENERS: readonly string[] = ['của', 'phụ trách', 'trước', 'tại', 'ở', 'cho', 'với', 'trực thuộc', 'thuộc'];

/**
 * What a heading or a clause opens with to name whose duties follow: "1. Trách nhiệm của Ban Tuyên
 * giáo Huyện ủy", "Nhiệm vụ của UBND các xã". Read over at the start only: the unit after it is
 * the subject, not an object of "của".
 */
export const OWNER_OPENERS: readonly string[] = [
  'trách nhiệm của', 'nhiệm vụ của', 'nhiệm vụ cụ thể của', 'trách nhiệm cụ thể của', 'phân công nhiệm vụ cho', 'phân công trách nhiệm cho', 'phân công cho',
];

/** Phrases read over without effect, so that "với" in "Đối với X:" does not open an object list. */
export const NEUTRAL_PHRASES: readonly string[] = [
  'đối với', 'cùng với', 'trên cơ sở', 'trong đó', 'đồng thời', 'hàng tuần', 'hằng tuần', 'hằng ngày',
  // Who is meant, not what they do: "Chủ tịch UBND các huyện có tên tại Điều 2 và các ông (bà) … chịu trách nhiệm …".
  'có tên',
];

/**
 * What follows "<units>:" in a schedule line ("- Chi bộ xóm 1, xóm 2: ngày 15/9/2024."): a date or a
 * time and nothing else is a timetable, not a task. Matched on folded text.
 */
export const SCHEDULE_ONLY = /^[\s\d/:,.\-–()]*(?:(?:ngay|thang|nam|gio|luc|vao|tu|den|sang|chieu|toi|h|phut)\b[\s\d/:,.\-–()]*)+$/;

/**
 * Adverbial openers of a sentence whose subject comes after a comma: "Thực hiện Công điện số ...,
 * các cơ quan, đơn vị khẩn trương báo cáo ...".
 */
export const ADVERBIAL_OPENERS: readonly string[] = ['thực hiện', 'triển khai', 'để', 'trước', 'căn cứ', 'theo', 'nhằm', 'trên cơ sở', 'qua'];

/**
 * A sentence that announces the document itself ("..., Ủy ban nhân dân huyện xây dựng Kế hoạch
 * triển khai như sau:", "... ban hành Kế hoạch ...", "... thông báo ..."): no task. Folded text.
 */
export const ANNOUNCING = /\b(?:(?:ban hanh|xay dung) (?:ke hoach|chuong trinh|huong dan|quy che|quy dinh)|thong bao|nhu sau)\b/;

/**
 * Openers of a sentence that describes the situation ("Hiện nay 100% văn bản đi được ký số."): no
 * task, even under an item.
 */
export const SITUATION_OPENERS: readonly string[] = [
  // Background in a news report: "Được biết, năm nay Lễ hội … sẽ được tổ chức …".
  'được biết',
  'hiện nay', 'thời gian qua', 'trong thời gian qua', 'năm qua', 'vừa qua', 'kết quả', 'đến nay',
  // What was done at the event a news report tells of: "Dịp này, Đoàn phường trao 20 suất quà cho …".
  'dịp này', 'nhân dịp này',
  // A part of the units, not whom the document asks: "một số chi bộ còn chậm …", "nhiều đơn vị chưa …".
  'một số', 'nhiều', 'phần lớn', 'đa số', 'hầu hết',
  // A count of what there is: "Tổng quân số huấn luyện 1.248 đồng chí, trong đó dân quân năm thứ nhất 312 đồng chí, …".
  'tổng số', 'tổng quân số',
];

/**
 * The heading of a section that tells how things stand ("I. TÌNH HÌNH", "I. ĐẶC ĐIỂM TÌNH HÌNH", "1. Kết quả đạt
 * được", "II. KẾT QUẢ NĂM 2023 VÀ CHỈ TIÊU NĂM 2024", "Đánh giá chung"): what its sentences say units did or have is
 * no task, even under an item. So is when and where an event is held ("II. THỜI GIAN, ĐỊA ĐIỂM": "… các khu dân cư còn lại
 * tổ chức trước ngày …" is its date, not a duty). Not when the heading also names what is to be done ("… và nhiệm vụ …").
 * Folded text.
 */
export const SITUATION_HEADING = /^(?!.*\b(?:nhiem vu|giai phap|phuong huong|to chuc thuc hien|de xuat|kien nghi)\b)(?:(?:dac diem )?tinh hinh\b|thoi gian,? (?:va )?dia diem\b|ket qua (?:dat duoc|thuc hien|trien khai|nam)\b|danh gia (?:chung|ket qua|tinh hinh|thuc trang)\b|thuc trang\b)/;
/**
 * A target, not a task: a clause that opens with a share ("- 85% thôn, tổ dân phố đạt danh hiệu
 * …", "100% cơ quan, đơn vị sử dụng …") states what a plan aims at, whoever its words name.
 */
export const TARGET_OPENING = /^\d{1,3}(?:[.,]\d{1,2})?\s?%/u;
/**
 * The same target with its time frame or aim before the share ("đến cuối năm 2025, 100% tổ chức cơ sở đảng sử dụng …",
 * "Sau 5 năm, 100% chi bộ đưa …", "phấn đấu 100% cơ sở Hội có …"): what the plan aims at or reached, no task (8 of 9 tune
 * labels; the ninth is a unit's task before the semicolon). Folded text of the clause.
 */
export const TIMED_TARGET_OPENING = /^(?:sau \d{1,2} nam|(?:den|trong) (?:het |cuoi |giua )?(?:nam|thang|quy) [\d/]+|phan dau),? \d{1,3}(?:[.,]\d{1,2})? ?%/;
/**
 * A target each unit is to reach ("…; 100% ấp có chi bộ; mỗi chi bộ ấp kết nạp ít nhất 01 đảng viên trong năm", "Mỗi chi
 * đoàn tổ chức ít nhất 01 buổi sinh hoạt chuyên đề mỗi quý"): a clause opening with "mỗi" and a unit, with a count, among
 * a plan's targets or in its prose, says what each is to reach, no task (8 of 8 tune clauses; the labelled ones are items
 * of their own under a lead-in naming the units, and "mỗi" right after a unit's task goes on with it). Not a person's
 * ("Mỗi đảng viên …": labels35's post or group of people) nor a time's ("mỗi quý"). Folded text of the clause.
 */
export const EACH_TARGET = /^moi (?!(?:dang vien|can bo|hoi vien|doan vien|nguoi|ho|nam|quy|thang|tuan|ngay|dot|lan)\b)[^;:]{1,60}? (?:it nhat|toi thieu) \d/;
/**
 * The event as the subject of its deadline or its manner ("Đại hội chi bộ hoàn thành trước ngày 31/5/2025", "Theo đó, đại
 * hội các chi bộ hoàn thành trước ngày …", "Đại hội chi bộ được tổ chức chặt chẽ, …"): when or how the congresses or
 * meetings are to be held, no unit's work (10 of 10 tune clauses opening on such an event are none; a unit that leads
 * them to the deadline, "Các đảng ủy cơ sở lãnh đạo, chỉ đạo đại hội chi bộ … hoàn thành trước ngày …", opens on the
 * unit). Folded text of the clause.
 */
export const EVENT_DEADLINE = /^(?:theo do,? )?(?:dai hoi|hoi nghi|kiem diem)\b[^,;:]{0,60}? (?:phai |deu )?(?:(?:hoan thanh|xong) truoc (?:ngay|thang)\b|duoc (?:to chuc|tien hanh)\b)/;

/**
 * A liability told as a condition ("xã nào để phát sinh điểm ma túy thì người đứng đầu cấp ủy phải kiểm điểm trách
 * nhiệm"): whom it falls on if the work fails, no task (the liability convention in docs/extraction-quality.md). Folded text.
 */
/**
 * A target told of the whole body or place as its subject ("trong năm 2025 toàn Hội hỗ trợ ít nhất 30.000 phụ nữ …",
 * "toàn tỉnh phấn đấu có 300 tổ hội …"): what the plan aims at in figures, no unit's task. Folded text from the subject's
 * "toàn" to the clause's end: a count ("ít nhất", "phấn đấu", "đạt") before a number, or the whole body's deadline
 * ("…; toàn Đảng bộ hoàn thành đại hội chi bộ trước ngày 30/4/2020": when all is to be done, not who does it).
 */
export const WHOLE_TARGET = /^toan \S+(?: \S+){0,8}? (?:phan dau(?: \S+){0,3}? \d|(?:it nhat|toi thieu|dat)(?: tren| khoang)? \d|hoan thanh\b[^;]{0,80}\btruoc (?:ngay|thang) \d)/;

export const CONDITIONAL_LIABILITY = /\bnao de (?:xay ra|phat sinh|tai dien|keo dai)\b.*\bthi\b/;

/**
 * A news report quoting someone ("Ông …, Trưởng phòng … cho biết, phòng sẽ tăng cường kiểm tra."): what
 * is said is no task of the document, whoever the speaker's office names. Folded text, prose only.
 */
// Also a speaker's words quoted after a colon ("Đồng chí Bí thư Đảng ủy xã nhấn mạnh: "Chuyển đổi số …"").
export const REPORTED_SPEECH = /\b(?:cho biet|chia se|trao doi voi phong vien)\b|\b(?:nhan manh|khang dinh|phat bieu|bay to|luu y)\s*:\s*["“]/;
/**
 * A report opened by whose words it gives ("Theo ông Hoàng Văn T., Phó Chủ tịch HĐND tỉnh, qua giám sát sẽ
 * kiến nghị …"): the speaker's office names a unit, but what he says is no task. Printed text, prose only.
 */
// Also the speaker named back by the pronoun alone ("Theo ông, Thường trực Tỉnh ủy sẽ …"), or a young one's ("Theo anh …").
export const ATTRIBUTED_SPEECH = /^Theo (?:ông|bà|anh|chị|đồng chí)(?: \p{Lu}|[ ]?,)/u;

/**
 * A line of a body's members ("2. Bà Đặng Thị H., công chức Văn hóa - Xã hội - Tổ phó thường trực;", under "… gồm các
 * ông (bà) có tên sau:"): who sits on it and as what, no task, whatever words of a duty its role has. Printed text.
 */
export const MEMBER_LINE = /^(?:Ông|Bà|Đồng chí|Đ\/c)\s+\p{Lu}[^,;:]{0,40},[^;:]{0,120}\s[-–]\s*(?:Tổ|Trưởng|Phó|Thành viên|Ủy viên|Thư ký|Chủ tịch|Bí thư|Chỉ huy)[^;:,]{0,40}[;.]?$/u;

/**
 * Openers of a sentence that reports what a document asks ("Theo đó, Phòng Y tế …", "Cụ thể, …"):
 * in the prose of a news report, from there on the sentences whose subject is a unit are its tasks.
 */
/**
 * A news report's place dateline or press tag before its first sentence ("SÓC TRĂNG - Theo kế hoạch, …", "ĐẮK NÔNG - Theo
 * Kế hoạch số …", "TTH.VN - …"): capitals up to a dash. Read over only where one of REPORTED_CONTENT_OPENERS follows it.
 * Printed text.
 */
export const PLACE_DATELINE = /^\p{Lu}[\p{Lu}.']*(?: \p{Lu}[\p{Lu}.']*){0,3}(?: \([^()\n]{1,30}\))? [-–] (?=\p{Lu})/u;

export const REPORTED_CONTENT_OPENERS: readonly string[] = [
  'theo đó', 'cụ thể', 'theo kế hoạch', 'theo công văn', 'theo chỉ thị', 'theo thông báo', 'theo quyết định', 'theo văn bản',
];

/**
 * The other kinds of document that hand out work, as the same openers when a comma follows them ("Theo Chương trình,
 * Ban Tuyên giáo … chủ trì …"); "Theo Nghị quyết số …, đến năm 2027 xã phấn đấu …" names the document and its targets.
 */
export const REPORTED_CONTENT_TYPES: readonly string[] = [
  'theo chương trình', 'theo nghị quyết', 'theo hướng dẫn', 'theo phương án', 'theo đề án', 'theo kết luận', 'theo công điện',
];

/**
 * The kinds of document a news report names as the one that asks ("Thông báo giao Đảng ủy xã …", "Thông báo yêu cầu UBND
 * huyện …"): right before an asking verb, the document speaks, as the issuer would; "thông báo" is also a verb.
 */
export const SPEAKING_DOCUMENTS: readonly string[] = [
  'thông báo', 'kết luận', 'kế hoạch', 'chỉ thị', 'nghị quyết', 'công điện', 'quyết định', 'công văn', 'văn bản', 'chương trình',
  'hướng dẫn', 'phương án', 'đề án',
];

/**
 * Body words written in small letters that a news report uses for the issuer named by its kind alone after an adverbial
 * ("Bên cạnh đó, đơn vị đề nghị …", "Với các nhà đầu tư, thị xã đề nghị …"); a capitalised kind ("Sở", "Chi cục") needs
 * no entry. An adverb there ("…, kịp thời đề nghị …") is no speaker.
 */
export const BARE_SPEAKER_WORDS: readonly string[] = ['đơn vị', 'ngành', 'tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn'];


/** A lead-in ends in one of these: "... thực hiện một số nhiệm vụ sau:". */
export const LEAD_IN_ENDINGS: readonly string[] = ['sau:', 'như sau:', 'các nội dung:', 'nội dung sau:', 'nhiệm vụ sau:'];

/**
 * Closing formulas (not tasks, and the end of the enumeration). Matched on the folded text of
 * a paragraph (no diacritics, lower case).
 */
export const CLOSING_PATTERNS: readonly RegExp[] = [
  /^van phong .{0,80}thong bao .{0,200}\bbiet\b/,
  // "Ban Thường vụ Quận ủy thông báo để các cấp ủy, tổ chức đảng biết, thực hiện."
  /^[a-z ,-]{0,80}\b(?:thong bao|tra loi|phuc dap) de .{0,200}\bbiet\b/,
  // "Ủy ban nhân dân huyện Nghi Xuân kính gửi Sở Tài nguyên và Môi trường tổng hợp./.": to whom the letter goes, and why.
  /^[a-z ,-]{0,80}\bkinh gui [^.]{0,120}\.\/\.?$/,
  // "Sở Giáo dục và Đào tạo đề nghị các đơn vị nghiêm túc thực hiện./.": the same formula with its issuer.
  /^[a-z ,-]{0,80} (?:de nghi|yeu cau) (?:thu truong )?cac (?:don vi|dong chi|co quan)\b[^.]{0,120}(?:thuc hien|trien khai)[^.]{0,40}\.\/\.?$/,
  // "X thông báo kết luận ... để các ... biết"; not "thông báo công khai ... để người dân biết".
  /^[a-z ,]{0,60}thong bao (?:y kien )?(?:ket luan|noi dung)\b.{0,200}\bbiet\b/,
  // "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện./.": whoever "các …" names, with
  // nothing asked but to carry the document out, up to its end mark; the body may come before "các" ("đề nghị Ủy
  // ban nhân dân các tỉnh, thành phố … quan tâm, chỉ đạo thực hiện./.").
  // Its last words as a scan may print them ("triển khai thực biện./."); or with where to turn after a semicolon ("…
  // triển khai thực hiện nghiêm túc; quá trình thực hiện có khó khăn, vướng mắc báo cáo về UBND xã …./."), or in a
  // sentence of its own ("… khẩn trương triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn, …./.").
  /^(?=[^\n]*\.\/\.?$)[a-z ,-]{0,80}\b(?:de nghi|yeu cau) (?:thu truong )?(?:[a-z]+ ){0,4}?cac [a-z ,-]{1,80}?(?:nghiem tuc |khan truong |to chuc )?(?:trien khai )?(?:thuc [hb]ien|trien khai)(?: nghiem tuc| tot| co hieu qua)?\s*(?:\.\/\.?|[;.] (?:trong )?qua trinh (?:to chuc )?thuc hien\b[^.;]{0,40}\b(?:kho khan|vuong mac)\b.*)$/,
  /^nhan duoc (?:cong van|van ban|chi thi|ke hoach|thong bao|quyet dinh|cong dien) nay\b/,
  /^de nghi cac dong chi quan tam\b/,
  /^tren day la\b/,
  // "Đề nghị Thủ trưởng các đơn vị quan tâm triển khai thực hiện./.", "Yêu cầu ... nghiêm túc thực hiện Chỉ thị này./."
  /^(?:de nghi|yeu cau) (?:thu truong )?cac (?:don vi|dong chi|co quan)\b[^.]{0,120}(?:thuc hien|trien khai)[^.]{0,40}\.\/\.$/,
  // "Yêu cầu Thủ trưởng các cơ quan, đơn vị … tổ chức thực hiện nghiêm túc Kế hoạch này, …".
  // "… nghiêm túc thực hiện nội dung Thông báo này./." too.
  /^(?:de nghi|yeu cau)\b.{0,300}(?:thuc hien|trien khai|thi hanh)(?: nghiem tuc| nghiem| co hieu qua| tot)? (?:(?:cac )?noi dung (?:cua )?)?(?:chi thi|ke hoach|quyet dinh|cong van|thong bao|van ban|huong dan) nay\b/,
  /^noi nhan\b/,
  // "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, … nghiêm túc thực hiện Chỉ thị này./.", or the units alone before it
  // ("Giám đốc các Sở, Thủ trưởng các cơ quan … thực hiện nghiêm túc Chỉ thị này./."): nothing asked but to carry the
  // document out, up to its end mark. "thi hành" (the execution article of a Quyết định) is a task, and is not here.
  /^[a-z ,-]{0,200}?\b(?:nghiem tuc (?:to chuc )?(?:trien khai )?thuc hien|thuc hien nghiem tuc) (?:chi thi|ke hoach|quyet dinh|cong van|thong bao|huong dan|nghi quyet|cong dien) nay\s*\.\/\.?$/,
  // "Bộ Y tế trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo và báo cáo kết quả thực hiện về
  // Bộ Y tế (Cục Y tế dự phòng) trước ngày …./.": the polite formula, the report only coming back to the issuer.
  /^[a-z ,-]{0,80}?\b(?:de nghi|yeu cau) [a-z ,-]{0,120}?\bcac [a-z ,-]{1,80}?\bquan tam(?: chi dao)?(?: va bao cao\b[^.]{0,160})?\s*\.\/\.?$/,
  // The same polite formula asking only to see the document carried out, whoever is asked: the addressee with its head
  // ("… đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo thực hiện./.") or one body ("… đề nghị Ủy
  // ban nhân dân thành phố Hà Nội quan tâm, chỉ đạo thực hiện./."): 7 of 7 tune lines none (blind batch 42).
  /^[a-z ,-]{0,80}?\b(?:de nghi|yeu cau) [a-z ,-]{1,160}?\bquan tam,? chi dao,? (?:trien khai )?thuc hien\s*\.\/\.?$/,
  // "Quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Ban …": where to turn with difficulties, no task.
  // "Trong quá trình thực hiện, có gì vướng mắc, đề nghị …" says the same without "nếu".
  /^(?:trong )?qua trinh (?:to chuc )?(?:trien khai )?thuc hien\b[^.]{0,60}\b(?:neu (?:co|phat sinh|gap)\b[^.]{0,40}|co gi )\b(?:kho khan|vuong mac)\b/,
  // Nothing asked of "các …" but to carry the document out, its last paragraph (blind batch 24): the issuer's request
  // with "phối hợp" or ending on a plain full stop ("Ban Thường vụ Tỉnh Đoàn đề nghị các đơn vị nghiêm túc triển khai
  // thực hiện Kế hoạch này.", "… đề nghị các tổ chức thành viên, … phối hợp triển khai thực hiện Kế hoạch này./."),
  // the same with the report coming back to the issuer ("Yêu cầu các thành viên …, Chủ tịch UBND các xã … triển khai
  // thực hiện; kết quả báo cáo về Ban Chỉ đạo …./."), or the units alone ("Các ngành, đoàn thể căn cứ nhiệm vụ được
  // giao nghiêm túc triển khai thực hiện./.", "Các cơ quan, đơn vị triển khai thực hiện./.").
  // The document may be named without "này" ("… đề nghị các cơ sở Đoàn nghiêm túc triển khai thực hiện Kế hoạch./.").
  /^[a-z ,-]{0,80}?\b(?:de nghi|yeu cau) (?:thu truong )?cac [a-z ,-]{1,160}?(?:nghiem tuc |phoi hop |khan truong )?trien khai thuc hien(?: (?:chi thi|ke hoach|quyet dinh|cong van|thong bao|huong dan|nghi quyet)(?: nay)?)?\s*(?:\.\/\.?|\.)$/,
  /^(?:de nghi|yeu cau) [a-z ,-]{1,200}?\btrien khai thuc hien; (?:ket qua|dinh ky) bao cao ve [^;]{0,160}\.\/\.?$/,
  // Also written with a comma between the two verbs ("Các chi bộ trực thuộc nghiêm túc triển khai, thực hiện./.").
  /^cac [a-z ,-]{1,120}?(?:can cu (?:chuc nang, )?nhiem vu duoc giao,? )?(?:nghiem tuc )?trien khai,? thuc hien\s*\.\/\.?$/,
  // The document's last words ask the general "các …" only to report back to a body that gathers the results, after
  // how often ("Định kỳ 6 tháng, các cơ quan, đơn vị báo cáo kết quả về Phòng Nông nghiệp và Phát triển nông thôn để
  // tổng hợp./."): the report duty of the whole plan, not a task of its own.
  /^dinh ky [a-z0-9 ]{1,20}, cac [a-z ,-]{1,80}? bao cao ket qua(?: thuc hien)? ve [^.;]{1,160}?\bde tong hop\s*\.\/\.?$/,
  // The units alone asked only to carry the plan out, then where to turn with difficulties, up to the end mark (blind
  // batch 39): "Các đơn vị căn cứ Kế hoạch này khẩn trương triển khai; trong quá trình thực hiện, nếu có khó khăn báo cáo
  // Sở Y tế để giải quyết./.", "Các sở, ngành, địa phương tổ chức thực hiện; trong quá trình thực hiện, nếu có khó khăn,
  // vướng mắc, báo cáo về …./." (6 of 6 tune labels none). Work of their own before the semicolon stays a task.
  /^cac [a-z ,-]{1,120}?(?:can cu (?:ke hoach|chi thi|cong van|huong dan|thong bao|quyet dinh|nghi quyet)(?: nay)?,? )?(?:nghiem tuc |khan truong )?(?:to chuc )?(?:trien khai|thuc hien)(?: thuc hien)?(?: nghiem tuc)?[;.] (?:trong )?qua trinh (?:to chuc )?thuc hien\b[^.;]{0,40}\b(?:kho khan|vuong mac)\b[^;]*\.\/\.?$/,
  // The units (or their heads) asked only to carry the document out, the report back joined after a semicolon, up to the
  // end mark (blind batch 42; the closing convention "also with a report request joined to it in the same sentence"):
  // "Thủ trưởng các phòng, ban, đơn vị và Chủ tịch UBND các xã, phường căn cứ nhiệm vụ được giao tổ chức triển khai thực
  // hiện; định kỳ 6 tháng báo cáo kết quả về UBND thành phố …./.", "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai;
  // định kỳ báo cáo kết quả về …./.", "Sở … đề nghị các đơn vị nghiêm túc triển khai; báo cáo tình hình … về Sở …./.".
  // Work of their own before the semicolon stays a task.
  /^(?:[a-z ,-]{0,80}?\b(?:de nghi|yeu cau) )?(?:[a-z]+ ){0,2}?cac [a-z ,-]{1,160}?(?:can cu (?:chuc nang, )?nhiem vu duoc giao,? )?(?:nghiem tuc |khan truong )?(?:to chuc )?(?:trien khai|thuc hien)(?:,? thuc hien)?(?: nghiem tuc)?; (?:dinh ky(?: [a-z0-9 ]{1,20}?)?,? |thuong xuyen |ket qua )?bao cao\b[^;]{1,240}\.\/\.?$/,
];

/**
 * A table of tasks (a Kế hoạch's "phân công" table, flattened to `|`-separated rows by the HTML
 * reader or copied with tabs): the header cells that name its columns. Matched on folded cells. One table in
 * src/model: the HTML reader tells a task table from a layout table by them.
 */
export { TASK_TABLE_COLUMNS } from '../../model/task-table-columns.js';
/**
 * The other column labels a task table's header holds beside TASK_TABLE_COLUMNS: the row number ("TT", "STT", "Số TT")
 * and what a row says besides its units (deadline, product, notes). A header copied one cell per line is told by a
 * run of lines each of them a column label. Folded text, whole cells.
 */
export const TASK_TABLE_NUMBER_COLUMN = /^(?:s?tt|so tt|so thu tu)$/;
export const TASK_TABLE_OTHER_COLUMN = /^(?:thoi (?:gian|han)|tien do|san pham|ket qua|ghi chu|kinh phi|nguon kinh phi|moc thoi gian)\b.{0,40}$/;
/**
 * A group row of a task table ("I. Lĩnh vực hạ tầng số", "II | Lĩnh vực chính quyền số", "A. Nhiệm vụ chung"): its
 * number a Roman numeral or a capital letter, which numbers the groups, not the rows. Raw cell text.
 */
export const TASK_TABLE_GROUP_NUMBER = /^(?:[IVX]{1,5}|[A-H]|Đ)(?:[.\-–)]|$)/u;
/**
 * A units cell naming people, not a body ("Cha mẹ học sinh", "Nhân dân các thôn"): no unit as printed (the convention:
 * where the partner is people, the lead alone carries the task). Folded text, from the cell's start.
 */
export const TASK_TABLE_PEOPLE_CELL = /^(?:cac |toan the )?(?:cha me|phu huynh|nguoi dan|nhan dan|hoc sinh|sinh vien|ho gia dinh|ho dan|can bo|cong chuc|vien chuc|doan vien|hoi vien|dang vien|giao vien|nguoi lao dong|thanh nien|phu nu|nong dan|ba con)\b/;
/**
 * A lead column whose header says the units lead ("Đơn vị chủ trì"), not only carry out ("Đơn vị thực hiện"): its
 * units lead with or without a partner in the row. A header naming both roles ("Đơn vị chủ trì, phối hợp") does not
 * say which unit leads. Folded text.
 */
export const TASK_TABLE_LEAD_HEADER = /^(?!.*\bphoi hop\b).*\bchu tri\b/;
/**
 * The line under an annexed plan's title that ties it to the decision above it: "(Ban hành kèm theo
 * Quyết định số 412/QĐ-UBND …)", "(Kèm theo Quyết định số …)". Folded text.
 */
export const ANNEX_MARK = /^\(?\s*(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet|chi thi|cong van|ke hoach|thong bao)\b/;
/** Where an annex ends: its own Nơi nhận or signature capacity ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). Folded text. */
export const ANNEX_END = /^(?:noi nhan\b|(?:t\/m|tm|kt|k\/t|tl|t\/l|tuq)\.?\s)/;

/**
 * Words a clause puts between its subject and "chủ trì" besides the manner (`MANNER_BEFORE_ROLE`): "Sở Xây dựng đồng thời
 * chủ trì …". A name read on in lower case up to the role word (find/lead-closed-name.ts) stops before them.
 */
export const CLAUSE_WORDS_BEFORE_ROLE: readonly string[] = ['đồng thời', 'trực tiếp', 'tiếp tục', 'cùng', 'sẽ', 'được', 'vẫn', 'luôn', 'là', 'làm'];
