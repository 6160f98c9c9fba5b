/**
 * Names of bodies and titles that administrative Vietnamese capitalises even inside a sentence
 * ("các đồng chí Ủy viên Ban Thường vụ", "Ủy ban MTTQ"). TCVN3 loses the capital of their toned
 * first letter; restoreTcvn3Capitals puts it back when one of these phrases follows.
 * `notAfter`: words before the phrase that make it part of a lower-case compound
 * ("Thành ủy viên" is a member of the Thành ủy, not a title).
 */
export const CAPITALISED_PHRASES: ReadonlyArray<{ phrase: string; notAfter: readonly string[] }> = [
  { phrase: 'ủy ban', notAfter: ['thành', 'tỉnh', 'quận', 'huyện', 'thị', 'đảng', 'cấp', 'các'] },
  { phrase: 'ủy viên', notAfter: ['thành', 'tỉnh', 'quận', 'huyện', 'thị', 'đảng', 'cấp'] },
];
