/**
 * "Theo Kết luận, sau 2 năm thực hiện Nghị quyết số …", "Cũng theo văn bản, Văn phòng Sở …": a news
 * report's attribution, the article's own document named by its type and closed by a comma. It says
 * where the sentence's facts come from and governs nothing after the comma; read as a trigger it made
 * every document the sentence goes on to name carried out (blind batch 12, n19).
 */
const ATTRIBUTED_TYPES = ['chỉ thị', 'kế hoạch', 'kết luận', 'nghị quyết', 'quyết định', 'thông báo', 'công văn', 'văn bản',
  'hướng dẫn', 'chương trình', 'công điện', 'đề án', 'phương án'];

const TYPE_THEN_COMMA = new RegExp(String.raw`^[ \t]{1,2}(?:${ATTRIBUTED_TYPES.map((t) => t.replace(/ /g, '[ \\t]{1,2}')).join('|')})[ \t]*,`, 'iu');

/**
 * True when the trigger phrase `phrase` ending at `end` is an attribution: a `theo` phrase followed by
 * a comma at once ("Theo kết luận,") or by a bare type word and a comma ("Theo Chỉ thị,").
 */
export function attributionAt(text: string, phrase: string, end: number): boolean {
  if (!/(?:^|\s)theo(?:\s|$)/u.test(phrase)) return false;
  const after = text.slice(end, end + 24);
  return /^[ \t]*,/u.test(after) || (phrase === 'theo' && TYPE_THEN_COMMA.test(after));
}
