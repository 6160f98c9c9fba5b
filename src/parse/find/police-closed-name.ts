import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { startsSomething } from './name-shape.js';
import { AREAS, NAME_STOPS, OFFICES, PREDICATE_STOPS, glueAt, isCapWord, isLowerWord } from './unit-words.js';

const POLICE = phraseSet(['công an']);
/** At most this many words between the department's first word group and its police: a name's work, not a clause. */
const MAX_WORDS = 10;

/**
 * "Phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc Công an tỉnh", "Đội Xây dựng phong trào bảo vệ an ninh Tổ
 * quốc Công an huyện": a police department or team named by its work, in lower case (with the Fatherland's capitals),
 * closed by the police of an area it belongs to. Cut at its first word group, the department was the province's Construction one. After that
 * group at e: where the name ends (before "Công an"), `e` when no police closes it; a verb of the tables on the way
 * ("Phòng Cảnh sát hình sự phối hợp với Công an huyện …") is the clause's, and ends the search.
 */
export function policeClosedEnd(tokens: readonly Token[], e: number, limit: number): number {
  for (let k = e, words = 0; k < limit && words <= MAX_WORDS; k++, words++) {
    const police = POLICE.match(tokens, k, limit);
    if (police && tokens[k]!.upper) return words >= 2 && AREAS.has(tokens, police.end, limit) ? k : e;
    if (PREDICATE_STOPS.has(tokens, k, limit)) return e;
    const capital = isCapWord(tokens[k]) && !startsSomething(tokens, k, limit);
    // "toàn dân" is the movement's, no plural of units, inside such a name.
    const lower = isLowerWord(tokens[k]) && !NAME_STOPS.has(tokens, k, limit) && !glueAt(tokens, k, limit) && !AREAS.has(tokens, k, limit) && !OFFICES.has(tokens, k, limit);
    if (!capital && !lower) return e;
  }
  return e;
}
