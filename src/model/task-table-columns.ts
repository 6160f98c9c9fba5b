/**
 * The column labels of a task table's header ("TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian"): the
 * content column, the lead (or executing) column and the partners' column. One table for both stages that need it:
 * src/parse reads a table's rows by them (find/task-table.ts), and src/read tells a task table from a layout table by
 * its header row (a page's table of three columns and a few rows is otherwise read column by column, as a header is).
 * It lives in src/model because src/read may not import src/parse. Folded text (no diacritics, lower case), whole
 * cells read from their start.
 */
export const TASK_TABLE_COLUMNS = {
  // "Hoạt động": a month of activities' table names its rows so (h136); "Tên đề án": a programme's list of schemes.
  content: /^(?:noi dung|(?:cac )?nhiem vu|cong viec|noi dung (?:cong viec|nhiem vu)|ten (?:nhiem vu|de an|van ban)|(?:ten |noi dung |cac )?hoat dong)\b/,
  // "Đơn vị" or "Cơ quan, đơn vị" alone, beside a content column: the unit that carries the row out (h206). The bodies
  // may be named both ways ("Cơ quan, đơn vị chủ trì", "Đơn vị/cơ quan chủ trì"); the one that advises leads
  // ("Cơ quan tham mưu"); "Trách nhiệm thực hiện" / "Phân công thực hiện" name who carries it out.
  lead: /^(?:(?:co quan|don vi|bo phan)(?: ?[,/] ?(?:co quan|don vi))? (?:chu tri|thuc hien|phu trach|tham muu)|chu tri|(?:trach nhiem|phan cong) thuc hien|(?:co quan|don vi)(?:,? (?:co quan|don vi))?$)/,
  support: /^(?:(?:co quan|don vi)(?: ?[,/] ?(?:co quan|don vi))? phoi hop|phoi hop)\b/,
} as const;

/** Folded cells that make a task table's header: a content column and a lead or partners' column. */
export function isTaskTableHeader(folded: readonly string[]): boolean {
  const content = folded.findIndex((c) => TASK_TABLE_COLUMNS.content.test(c));
  return content >= 0 && folded.some((c, k) => k !== content && (TASK_TABLE_COLUMNS.lead.test(c) || TASK_TABLE_COLUMNS.support.test(c)));
}
