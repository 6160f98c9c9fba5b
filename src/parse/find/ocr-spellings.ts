import { PhraseTable } from '../phrases.js';

/**
 * Role words as an OCR'd page prints them. Tesseract often loses a syllable's tone mark ("chủ
 * tri") or every mark ("phoi hợp"), and keeps the rest: a phrase of the role vocabulary is matched
 * with each of its listed syllables written whole, without its tone, or bare. Only the syllables
 * listed (vocabulary/assignment.ts) vary: they are the ones no other role word shares once bare.
 */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const MARKS = /[\u0300-\u036f]/g;

function spellingsOf(syllable: string, vary: ReadonlySet<string>): string[] {
  if (!vary.has(syllable)) return [syllable];
  const d = syllable.normalize('NFD');
  const toneless = d.replace(TONES, '').normalize('NFC');
  const bare = d.replace(MARKS, '').replace(/đ/g, 'd');
  return [...new Set([syllable, toneless, bare])];
}

/** Every spelling of a phrase, the phrase itself first. */
export function ocrSpellings(phrase: string, vary: ReadonlySet<string>): string[] {
  let out = [''];
  for (const syllable of phrase.split(' ')) {
    const next: string[] = [];
    for (const head of out) for (const s of spellingsOf(syllable, vary)) next.push(head ? `${head} ${s}` : s);
    out = next;
  }
  return out;
}

/** A phrase set whose every OCR spelling matches, with the phrase as printed right as its value. */
export function ocrPhraseSet(phrases: Iterable<string>, syllables: readonly string[]): PhraseTable<string> {
  const vary = new Set(syllables);
  const table = new PhraseTable<string>();
  for (const p of phrases) for (const spelling of ocrSpellings(p, vary)) table.add(spelling, p);
  return table;
}
