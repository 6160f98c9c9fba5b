import { dateAt, type FoundDate } from './dates.js';
import { sentenceEnd } from './sentences.js';

/**
 * The meeting a conclusion reports: "Ngày 12/8/2020, Ban Thường vụ Quận ủy đã họp ...",
 * "..., ngày 28/7/2021, Ban Thường vụ Quận ủy đã họp ...". A date followed, in the same
 * sentence, by "họp" or "hội nghị"; dates that belong to a citation are not meetings.
 */
const DAY = /(?<![\p{L}])ngày(?=[ ]{1,3}\d)/giu;
const MEETING = /(?<![\p{L}])(?:họp|hội nghị|làm việc)(?![\p{L}])/iu;

/** How much of the body is searched (a meeting is reported in the opening paragraphs). */
const WINDOW = 4000;

export function findMeeting(text: string, from: number, to: number, taken: ReadonlyArray<readonly [number, number]>): FoundDate | null {
  const end = Math.min(to, from + WINDOW);
  const slice = text.slice(from, end);
  DAY.lastIndex = 0;
  for (let m = DAY.exec(slice); m; m = DAY.exec(slice)) {
    const at = from + m.index;
    if (taken.some(([s, e]) => at >= s && at < e)) continue;
    const date = dateAt(text, at);
    if (!date) continue;
    const stop = Math.min(sentenceEnd(text, date.end, end), date.end + 160);
    if (MEETING.test(text.slice(date.end, stop))) return date;
  }
  return null;
}
