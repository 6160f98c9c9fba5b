/**
 * A council's or committee's term written between its name and the verb of its act: "Hội đồng nhân
 * dân tỉnh Quảng Nam khóa X, kỳ họp thứ 20 đã thông qua Nghị quyết số …". The term names no place
 * and no unit; the name before it is the issuer. Anchored at the end of the text it is tried on.
 */
export const COUNCIL_TERM = /[ ,]{1,3}(?:khóa|khoá)[ ]{1,2}[IVXL\d]{1,6}(?:[ ]{0,2},?[ ]{1,2}kỳ[ ]{1,2}họp[ ]{1,2}thứ[ ]{1,2}[\p{L}\d]{1,8})?[ ,]{0,3}$/iu;
