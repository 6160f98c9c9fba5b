import { NAME_ABBREVIATIONS } from '../vocabulary/name-abbreviations.js';

const BY_UPPER = new Map(Object.entries(NAME_ABBREVIATIONS).map(([k, v]) => [k.toUpperCase(), v]));
const WORD = /[\p{L}\p{N}&-]+/gu;

/** A department name's words for its key, abbreviations written out: "Nông nghiệp và PTNT" → "Nông nghiệp và phát triển nông thôn". */
export function expandedName(name: string): string {
  return name.replace(WORD, (w) => BY_UPPER.get(w.toUpperCase()) ?? w);
}
