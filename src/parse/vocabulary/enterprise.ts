/**
 * Enterprises as issuers: an enterprise's Party committee ("ĐẢNG ỦY CÔNG TY CỔ PHẦN XI MĂNG …") is
 * the committee of that enterprise, not a ward's Đảng ủy whose place is "Công". Its name opens on
 * the legal form, written in lower case or abbreviated ("Công ty cổ phần …", "Công ty TNHH MTV …").
 */

/** Heads of an enterprise's name (canonical heads of vocabulary/units.ts). */
export const ENTERPRISE_HEADS: readonly string[] = ['Công ty'];

/** Legal forms between the head and the enterprise's own name (Luật Doanh nghiệp), any order, one after another. */
export const ENTERPRISE_FORMS: readonly string[] = [
  'cổ phần', 'CP', 'trách nhiệm hữu hạn', 'TNHH', 'một thành viên', 'MTV', 'hai thành viên trở lên', 'hai thành viên', 'hợp danh',
  'nhà nước', 'liên doanh',
];

/**
 * Verbs that end an enterprise's name: its capitalised words may be followed by lower-case ones
 * ("Cao su Krông Buk"), so the clause's verb would otherwise be read into it.
 */
export const ENTERPRISE_NAME_STOPS: readonly string[] = [
  'yêu cầu', 'đề nghị', 'thông báo', 'chỉ thị', 'kết luận', 'quyết định', 'ban hành', 'vừa', 'đã', 'giao', 'chỉ đạo', 'xây dựng',
];
