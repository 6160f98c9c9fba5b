import { phraseSet, type PhraseMatch } from '../phrases.js';
import type { Token } from '../tokens.js';
import { REPORTED_CONTENT_TYPES } from '../vocabulary/assignment.js';
import type { UnitMention } from './units.js';

// Out of the functions: tsx compiles a \p{…} literal to `new RegExp(…)`, built again at every call.
const OPENS_SMALL = /^\p{Ll}/u;

/** The subject scan's reading of a clause (find/assignments.ts's `SubjectScan`, whose module imports this one). */
interface Scan { units: UnitMention[] }

const TOPIC = phraseSet(['đối với']);
/** How many words may name the one who asks between the topic's comma and its verb ("kế hoạch", "Chủ tịch UBND tỉnh"). */
const SPEAKER_WORDS = 6;

export interface TopicRequest {
  units: UnitMention[];
  verb: string;
  /** Token index of the first word of what is asked. */
  predicate: number;
}

/** A mention after the verb that only names the head of a topic's body again ("Chủ tịch UBND xã" after "UBND các xã …"). */
function headOfTopic(m: UnitMention, topic: readonly UnitMention[]): boolean {
  return m.office !== null && !m.owner && m.areas.every((a) => !a.name) && topic.some((t) => t.head.canonical === m.head.canonical);
}

/**
 * "Đối với Công an các xã, phường, thị trấn, kế hoạch yêu cầu nắm chắc …": a news report names whom the document asks
 * as the topic, then who asks (the document, its issuer) and the asking verb, then what is asked with no unit of its
 * own. The topic's units are the task's, whatever the verb of the work (the subject scan only stops at the predicate
 * words it knows). "…, Chỉ thị yêu cầu Chủ tịch UBND xã chịu trách nhiệm …": the head of the topic's body named after
 * the verb is the same unit. Null when the clause is not written so, or another unit is asked after the verb.
 */
export function topicRequest(
  tokens: readonly Token[], s: Scan, assignAt: (tokens: readonly Token[], k: number) => PhraseMatch<string> | null,
): TopicRequest | null {
  const opened = TOPIC.match(tokens, 0);
  if (!opened || s.units.length === 0 || s.units[0]!.from !== opened.end) return null;
  for (let c = s.units[0]!.to; c < tokens.length; c++) {
    const t = tokens[c]!;
    if (t.text === ';' || t.text === '.' || t.text === ':') return null;
    if (t.text !== ',') continue;
    const topic = s.units.filter((u) => u.to <= c);
    for (let k = c + 1; k < Math.min(tokens.length, c + 1 + SPEAKER_WORDS); k++) {
      if (tokens[k]!.text === ',') break;
      const v = assignAt(tokens, k);
      if (!v) continue;
      const later = s.units.filter((u) => u.from >= v.end);
      if (s.units.some((u) => u.from > c && u.from < k)) return null;
      if (later.some((u) => !headOfTopic(u, topic))) return null;
      const next = tokens[v.end];
      if (!next?.word || !OPENS_SMALL.test(next.text)) return later.length > 0 ? { units: topic, verb: v.values[0]!, predicate: later[later.length - 1]!.to } : null;
      return { units: topic, verb: v.values[0]!, predicate: v.end };
    }
  }
  return null;
}

/**
 * "X kiểm tra …; xử lý nghiêm …" in the prose of a report: a clause with no subject right after the semicolon that ends
 * a task's clause (nothing but spaces between) is more of that task, as it is in an item.
 */
export function sameSentenceAfter(text: string, taskEnd: number, clauseStart: number): boolean {
  if (text[taskEnd - 1] !== ';') return false;
  for (let k = taskEnd; k < clauseStart; k++) if (text[k] !== ' ') return false;
  return true;
}

const BY_TYPE = phraseSet(REPORTED_CONTENT_TYPES);

/** "Theo Chương trình, …", "Theo Hướng dẫn, …": the report of what the document asks begins here (a comma right after). */
export function reportedByType(tokens: readonly Token[]): boolean {
  const m = BY_TYPE.match(tokens, 0);
  return m !== null && tokens[m.end]?.text === ',';
}
