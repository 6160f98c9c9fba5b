import { phraseSet } from '../phrases.js';
import type { Token } from '../tokens.js';
import { TITLED_TOPIC_LEADS, TOPIC_PROGRAMME_WORDS } from '../vocabulary/topic-names.js';
import { isLowerWord } from './unit-words.js';

const PROGRAMME = phraseSet(TOPIC_PROGRAMME_WORDS);
const TITLED_LEAD = phraseSet(TITLED_TOPIC_LEADS);

// Out of the function: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

function capitalised(t: Token | undefined): boolean {
  return !!t?.word && CAPITALISED.test(t.text);
}

/**
 * The end of a capitalised stretch inside a board's lower-case topic at `j`, or `j` when none
 * starts there: a programme's name ("Đề án 06", "Chương trình mục tiêu …"), its type word in
 * capitals then a number or a lower-case word, or a subject in title case after "về" ("về Phòng,
 * chống thiên tai"). Read as a place otherwise ("Đề", "Phòng" taken for a province's name), the
 * board's name was cut there and its real place lost.
 */
export function titledTopicEnd(tokens: readonly Token[], j: number, limit: number, topicStart: number): number {
  const t = tokens[j];
  if (!capitalised(t)) return j;
  const p = PROGRAMME.match(tokens, j, limit);
  if (p && p.end < limit) {
    const next = tokens[p.end]!;
    if (/^\d{1,4}$/u.test(next.text)) return p.end + 1;
    if (next.norm === 'số' && /^\d{1,4}$/u.test(tokens[p.end + 1]?.text ?? '')) return p.end + 2;
    if (isLowerWord(next)) return p.end;
  }
  // "… quốc gia về Phòng, chống thiên tai": one capitalised word after "về" inside the topic, then lower case.
  const lead = j > topicStart ? j - 1 : -1;
  if (lead >= 0 && TITLED_LEAD.has(tokens, lead, limit) && j + 1 < limit && (isLowerWord(tokens[j + 1]) || (tokens[j + 1]!.text === ',' && isLowerWord(tokens[j + 2])))) return j + 1;
  return j;
}
