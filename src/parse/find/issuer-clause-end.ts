/**
 * "… Kế hoạch số 241-KH/TU ngày 02/8/2024 của Ban Thường vụ Thành ủy Hải Phòng, Ban Thường vụ Huyện ủy chỉ thị
 * như sau:": a comma, then a word in capitals, may open the main clause after a citation's issuer. Read on
 * over it, the unit grammar took "Phòng, Ban …" for a list of offices and cut the city's name. Some names
 * hold such a comma ("Bộ Lao động, Thương binh và Xã hội"): the caller reads the phrase up to the comma
 * only where the whole reading stopped before it.
 */
const MAIN_CLAUSE = /,[ \t\n]{1,3}(?=\p{Lu})/u;

/** Where the issuer phrase in text[from, to) ends: at a comma that opens a main clause, else `to`. */
export function mainClauseAt(text: string, from: number, to: number): number {
  const m = MAIN_CLAUSE.exec(text.slice(from, to));
  return m ? from + m.index : to;
}
