/**
 * Signature block (docs/domain.md §8.4): the capacity line, the position line (any line in
 * capitals under it) and the name.
 */

/** Capacity prefixes: Party T/M, T/L, K/T; State TM., TL., KT., TUQ., Q.; spelled out in capitals, "THAY MẶT". */
export const CAPACITY_PREFIX = /^(?:T\/M|T\/L|K\/T|T\/U|TM\.?|TL\.?|KT\.?|TUQ\.?|Q\.|THAY MẶT)\s+\S/u;

/**
 * A head who signs for the body in person, with no prefix: "TRƯỞNG CÔNG AN XÃ", "CHỈ HUY TRƯỞNG BAN
 * CHỈ HUY QUÂN SỰ HUYỆN" (a police or military chief signs so). The words after it name the body.
 */
export const HEAD_POST = /^(?:CHỈ HUY TRƯỞNG|TRƯỞNG|GIÁM ĐỐC)\s+\S/u;

/**
 * A head's post on a line of its own, under the name of the body it heads and over the signer's rank and name:
 * "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH … / CHỈ HUY TRƯỞNG / Đại tá …" (a military or police unit, a department,
 * signing with no "TM." before its name). "PHÓ" may precede any of them.
 */
export const BARE_HEAD_POSTS: readonly string[] = [
  'CHỈ HUY TRƯỞNG', 'CHÍNH ỦY', 'TƯ LỆNH', 'GIÁM ĐỐC', 'CHỦ TỊCH', 'TRƯỞNG BAN', 'BÍ THƯ', 'CHỦ NHIỆM', 'CỤC TRƯỞNG',
  'VIỆN TRƯỞNG', 'HIỆU TRƯỞNG', 'TRƯỞNG PHÒNG', 'CHI CỤC TRƯỞNG', 'HẠT TRƯỞNG', 'ĐỒN TRƯỞNG', 'TRƯỞNG CÔNG AN',
  // "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN / KT. BỘ TRƯỞNG / THỨ TRƯỞNG": a minister signs for the ministry.
  'BỘ TRƯỞNG',
];

/** Family names that open a Vietnamese personal name (the most frequent ones). */
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Trịnh', 'Đinh', 'Lâm', 'Mai', 'Tô', 'Đoàn', 'Lương', 'Trương', 'Chu', 'Hà', 'Tạ', 'Cao', 'Quách', 'Thái', 'Vương',
  'Đào', 'Kiều', 'Phùng', 'Lưu', 'Nghiêm', 'Tăng', 'Lại', 'Khúc', 'Âu', 'Đàm', 'Triệu', 'Từ', 'La', 'Văn', 'Hứa', 'Mạc',
  'Khổng', 'Giang', 'Doãn', 'Tống', 'Thân', 'Kim', 'Chế', 'Lò', 'Hầu', 'Viên', 'Nông', 'Quan', 'Tiêu', 'Ông', 'Bạch',
];

/** The Nơi nhận item of the archive copy: "- Lưu: VT, VP UBND huyện …" (src/parse/find/archive-issuer.ts). */
export const ARCHIVE_WORDS: readonly string[] = ['Lưu', 'Lưu trữ', 'LƯU'];
/** Unit heads of the issuer's own office, whose owner is the issuer when the archive copy goes there. */
export const OFFICE_HEADS: readonly string[] = ['Văn phòng'];
