import { phraseSet } from '../phrases.js';
import { type Token, tokenize } from '../tokens.js';
import { FIRST_PERSON_WORDS } from '../vocabulary/identity.js';
import { ADVERB_BEFORE_ASKING } from '../vocabulary/news-identity.js';
import { ASSIGN } from './assignment-words.js';
import { mayStartUnit, parseUnitAt } from './units.js';

/*
 * A news report's quoted request: an official of the issuing body asking a unit, in the first person, for the work
 * the document gives it ("Chúng tôi đề nghị Hội Nông dân các xã giám sát …"). By the labelling convention (quotes38) the
 * request is a task of the reported document, whether the quotation opens the sentence (`"Chúng tôi đề nghị …", ông X
 * nói`) or follows the speaker and his colon (`Ông X, Phó Bí thư …, cho biết: "Chúng tôi đề nghị …"`). What else the
 * quotation says, in its later sentences, stays the speaker's words: warnings, aims, promises.
 */

const FIRST_PERSON = phraseSet(FIRST_PERSON_WORDS);
const ADVERB = phraseSet(ADVERB_BEFORE_ASKING);
const QUOTE_OPEN = /["“]/u;
/** What may stand before the quotation in its sentence: nothing, or its speaker and a colon. */
const SPEAKER_COLON = /:[ ]{0,2}$/u;

/**
 * Where the request's words start in the clause from `cs` to `ce` (past the speaker, his colon and the quotation mark),
 * when the clause is a first-person request in a quotation: one it opens, or one still open from the sentence before
 * (`open`). Null for any other clause.
 */
export function quotedRequestStart(text: string, cs: number, ce: number, open: boolean): number | null {
  const clause = text.slice(cs, ce);
  const q = QUOTE_OPEN.exec(clause);
  let at: number;
  // Inside a quotation still open, a quotation mark in the clause closes it: the words start at the clause's.
  if (open) at = cs;
  else if (q && (clause.slice(0, q.index).trim() === '' || SPEAKER_COLON.test(clause.slice(0, q.index)))) at = cs + q.index + 1;
  else return null;
  const tokens = tokenize(text, at, ce);
  const person = FIRST_PERSON.match(tokens, 0);
  if (!person) return null;
  const verb = ADVERB.match(tokens, person.end)?.end ?? person.end;
  return ASSIGN.has(tokens, verb) ? tokens[0]!.start : null;
}

/** The most words an official's title and name may take before his asking verb ("Phó Chủ tịch Thường trực Trần Văn A"). */
const OFFICIAL_MAX = 9;
/** The fewest capitalised words of a person's name after the title. */
const NAME_MIN = 2;

/**
 * "Tại buổi làm việc …, Thứ trưởng Trịnh Văn Lâm đề nghị Đài … tăng cường …": between the clause's opening (or the comma
 * closing its adverbial) and the asking verb at `k`, an official's title and name and nothing else, so the units after the
 * verb are asked (a reported request, quotes38). The title holds a word in small letters ("Thứ trưởng", "Phó Chủ tịch")
 * and the name ends the stretch, two capitalised words or more; a unit there ("Ban Chỉ huy Quân sự huyện Hải Hà") is no official.
 */
export function namedOfficialBefore(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j]!.text !== ',' && k - j <= OFFICIAL_MAX) j--;
  if (j >= 0 && tokens[j]!.text !== ',') return false;
  const words = tokens.slice(j + 1, k);
  if (words.length < NAME_MIN + 1 || !words.every((t) => /^\p{L}+$/u.test(t.text)) || !words[0]!.upper) return false;
  // "…, Ban Chỉ huy Quân sự huyện Hải Hà đề nghị …": a body named with its place is no official.
  if (mayStartUnit(tokens, j + 1, k) && parseUnitAt(tokens, j + 1, k)) return false;
  let name = 0;
  while (name < words.length && words[words.length - 1 - name]!.upper) name++;
  return name >= NAME_MIN && name < words.length && words.slice(0, words.length - name).some((t) => !t.upper);
}
