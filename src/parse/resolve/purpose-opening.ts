import { phraseAlternation } from '../phrase-alternation.js';
import { PURPOSE_WORDS } from '../vocabulary/relations.js';
import { WRAPPED_GAP } from '../wrapped-line.js';

/**
 * Who carries out the work a `theo <document>` measures. A carrying-out trigger after a purpose word is the
 * document's own aim, however long the work's name before `theo` ("Để thực hiện đợt cao điểm theo Kế hoạch
 * số …, các đơn vị …", "Để triển khai Chiến dịch theo tinh thần Kế hoạch số …, Ban Thường vụ … đề nghị …",
 * "Kế hoạch nhằm triển khai Đề án … theo Quyết định số …"): the document is written to carry the cited one
 * out. Without one, inside a clause with a subject of its own ("Các đơn vị thực hiện báo cáo ca bệnh theo
 * Thông tư số …", "…; thực hiện việc cho vay theo Quyết định số …"), the trigger is a unit's work and the
 * document its measure, cited.
 */
const PURPOSE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${phraseAlternation(PURPOSE_WORDS, { gap: WRAPPED_GAP })})${WRAPPED_GAP}$`, 'iu');

/** True when a purpose word stands right before the carrying-out trigger at `at`. */
export function purposeBefore(text: string, at: number): boolean {
  return PURPOSE_BEFORE.test(text.slice(Math.max(0, at - 30), at));
}
