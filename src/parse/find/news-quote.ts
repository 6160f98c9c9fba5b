import { phraseSet } from '../phrases.js';
import { tokenize } from '../tokens.js';
import { FIRST_PERSON_WORDS } from '../vocabulary/identity.js';
import { ADVERB_BEFORE_ASKING } from '../vocabulary/news-identity.js';
import { ASSIGN } from './assignment-words.js';

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
