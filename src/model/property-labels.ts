/**
 * Labels of the property table a legal portal prints for a document ("Số ký hiệu: 96/KH-UBND",
 * "Ngày ban hành: 14/03/2024", "Loại văn bản: Kế hoạch", "Cơ quan ban hành: UBND phường …").
 * One table for both stages that need it: src/read keeps a table of them as `label: value` rows,
 * src/parse reads those rows (or a web copy's `label | value`). It lives in src/model because
 * src/read may not import src/parse.
 * Folded: no diacritics, lower case. Data, not code: add a portal's wording here.
 */
export const PROPERTY_FIELD_LABELS = {
  number: ['so ky hieu', 'so hieu', 'so, ky hieu', 'so/ky hieu', 'so van ban', 'ky hieu', 'so hieu van ban', 'so ky hieu van ban'],
  date: ['ngay ban hanh', 'ngay ky', 'ngay van ban', 'ngay thang ban hanh'],
  type: ['loai van ban', 'hinh thuc van ban', 'the loai'],
  issuer: ['co quan ban hanh', 'noi ban hanh', 'don vi ban hanh', 'co quan phat hanh', 'don vi phat hanh'],
} as const satisfies Record<string, readonly string[]>;

export type PropertyField = keyof typeof PROPERTY_FIELD_LABELS;

/** Other labels of the same table: not read, but they mark its rows as the portal's, not the document's. */
export const PROPERTY_OTHER_LABELS: readonly string[] = [
  'nguoi ky', 'chuc vu', 'chuc danh', 'trich yeu', 'trich yeu noi dung', 'linh vuc', 'ngay hieu luc', 'ngay co hieu luc',
  'tinh trang hieu luc', 'tinh trang', 'ngay dang', 'ngay cong bo', 'tep dinh kem', 'co quan', 'van ban lien quan',
];

/**
 * Labels whose values are other documents the portal lists beside this one: page furniture, not
 * this document's citations.
 */
export const PROPERTY_RELATED_LABELS: readonly string[] = ['van ban lien quan'];

/** Every label of the table, read or not. */
export const PROPERTY_LABELS: readonly string[] = [...Object.values(PROPERTY_FIELD_LABELS).flat(), ...PROPERTY_OTHER_LABELS];
