/**
 * The words of a web page's own lines around the document it carries: the portal's name above it, the
 * dateline of a news page. None is the document's: the readers that meet them step over them. (The
 * labels of a portal's property table are in properties.ts; the breadcrumb above a header is known by
 * its shape, web-copy.ts.) Data, not code: add a portal's wording here.
 */

/** A portal's name opens with one of these, in capitals: "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC". */
export const PORTAL_NAME_OPENERS: readonly string[] = ['CỔNG THÔNG TIN', 'TRANG THÔNG TIN'];
/** … or ends with one: "BÁO HÀ GIANG ĐIỆN TỬ". */
export const PORTAL_NAME_ENDINGS: readonly string[] = ['ĐIỆN TỬ'];

/** The word before a weekday's own on a dateline ("Thứ Hai, 17/3/2025 - 09:12"); any word may follow it. */
export const WEEKDAY_WORD = 'Thứ';
/** A weekday named whole: "Chủ nhật, 16/3/2025". */
export const WEEKDAY_NAMES: readonly string[] = ['Chủ nhật'];
/** The weekday's own word after WEEKDAY_WORD: "Thứ Ba", "Thứ 3". */
export const WEEKDAY_ORDINALS: readonly string[] = ['Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', '2', '3', '4', '5', '6', '7'];

/**
 * The page's stamp before a dateline's time or date, a colon optional after it: "Cập nhật lúc 10:20, Thứ
 * Ba, 12/03/2024", "Ngày đăng: 12/03/2025". The updating stamps are the ones a headline's dateline is known
 * by (resolve/context.ts); the finder of a news lead's dateline (find/identity.ts) knows the posting one too.
 */
export const UPDATED_STAMPS: readonly string[] = ['Cập nhật', 'Cập nhật lúc'];
export const POSTED_STAMPS: readonly string[] = ['Ngày đăng', 'Đăng ngày'];

/**
 * The word a newspaper's name opens on, before its place: a portal's breadcrumb "Báo Bắc Kạn điện tử > Thời sự"
 * names the province whose paper it is (resolve/context.ts reads it as a headline's place).
 */
export const PRESS_NAME_WORDS: readonly string[] = ['Báo'];

/**
 * What parts a news page's masthead from the section links after it on the first line: "BÌNH PHƯỚC ONLINE | Chính
 * trị", "PHÚ THỌ ONLINE > Chính trị" (resolve/masthead-place.ts reads the paper's province before it). A dash parts
 * it only from words not in capitals ("CỰU CHIẾN BINH VIỆT NAM - Cơ quan của …"): a province's name may hold one
 * ("BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ").
 */
export const MASTHEAD_SEPARATORS: readonly string[] = ['|', '›', '>', '»'];
export const MASTHEAD_DASHES: readonly string[] = [' - ', ' – '];
