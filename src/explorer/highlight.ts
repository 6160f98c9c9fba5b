/**
 * Where, in a document's text, the sentence establishing a link is. The graph keeps the sentence
 * (squashed whitespace) and the span of the citation inside it; the text keeps its line breaks.
 * The sentence is found around the span, whitespace-insensitively; failing that, the span alone.
 */
export interface Mark {
  start: number;
  end: number;
  /** What the mark is evidence for ("IMPLEMENTS → 17/CT-UBND"). */
  label: string;
  /** Index of the link it belongs to, for "show in text". */
  link: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function locateSentence(text: string, sentence: string | null, span: [number, number] | null): [number, number] | null {
  const validSpan = span && span[0] >= 0 && span[1] <= text.length && span[0] < span[1] ? span : null;
  const words = (sentence ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length > 0 && words.length <= 400) {
    const re = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
    let best: [number, number] | null = null;
    for (const m of text.matchAll(re)) {
      const at: [number, number] = [m.index, m.index + m[0].length];
      // Several occurrences: the one that holds the span.
      if (!validSpan || (at[0] <= validSpan[0] && at[1] >= validSpan[1])) return at;
      best ??= at;
    }
    if (best && !validSpan) return best;
  }
  return validSpan;
}

/** Non-overlapping marks, in text order: a later mark inside an earlier one is dropped, partial overlaps are clipped. */
export function layoutMarks(marks: Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && m.start < last.end) {
      if (m.end <= last.end) {
        if (!last.label.includes(m.label)) last.label = `${last.label}; ${m.label}`;
        continue;
      }
      out.push({ ...m, start: last.end });
      continue;
    }
    out.push({ ...m });
  }
  return out;
}

/** The text cut into plain and marked pieces, for rendering. */
export function pieces(text: string, marks: Mark[]): { text: string; mark: Mark | null }[] {
  const out: { text: string; mark: Mark | null }[] = [];
  let at = 0;
  for (const m of layoutMarks(marks)) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: null });
    out.push({ text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}
