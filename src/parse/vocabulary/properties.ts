/**
 * Labels of the property table a legal portal prints for a document ("Số ký hiệu: 96/KH-UBND",
 * "Ngày ban hành: 14/03/2024", "Loại văn bản: Kế hoạch", "Cơ quan ban hành: UBND phường …"), as
 * the HTML reader writes it (`label: value`) or as a web copy keeps it (`label | value`, a tab).
 * Folded: no diacritics, lower case. Data, not code: add a portal's wording here.
 */
export const PROPERTY_FIELD_LABELS = {
  number: ['so ky hieu', 'so hieu', 'so, ky hieu', 'so/ky hieu', 'so van ban', 'ky hieu'],
  date: ['ngay ban hanh', 'ngay ky', 'ngay van ban'],
  type: ['loai van ban', 'hinh thuc van ban', 'the loai'],
  issuer: ['co quan ban hanh', 'noi ban hanh', 'don vi ban hanh'],
} as const satisfies Record<string, readonly string[]>;

export type PropertyField = keyof typeof PROPERTY_FIELD_LABELS;

/** Other labels of the same table: not read, but they mark its lines as the portal's, not the document's. */
export const PROPERTY_OTHER_LABELS: readonly string[] = [
  'nguoi ky', 'chuc vu', 'chuc danh', 'trich yeu', 'trich yeu noi dung', 'linh vuc', 'ngay hieu luc', 'ngay co hieu luc',
  'tinh trang hieu luc', 'tinh trang', 'ngay dang', 'ngay cong bo', 'tep dinh kem', 'co quan',
];
