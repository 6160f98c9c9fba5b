import type { DocType } from '../../model/record.js';
import { DOC_TYPES } from '../vocabulary/doc-types.js';
import { PARTY_COMMITTEE_CODES, STATE_CONG_VAN_ISSUERS, STATE_ISSUER_CODES } from '../vocabulary/issuer-codes.js';

/**
 * Numbers and symbols (docs/domain.md §2 and §3). Party: number, hyphen, type code, slash, issuer
 * code (`308-TB/QU`); State: number, slash, optional year, type code and issuer groups joined by
 * hyphens (`17/CT-UBND`, `30/2020/NĐ-CP`), or an issuer and a drafting unit for a Công văn
 * (`123/UBND-VP`). Spaces around the separators are typing slips (`Số 01 - TB/QU`).
 */
export interface DocNumber {
  /** As printed, without spaces, dashes made plain: "01-TB/QU", "17/CT-UBND". */
  number: string;
  family: 'party' | 'state';
  /** The running number ("308"). */
  serial: string;
  typeCode: string | null;
  issuerCode: string | null;
  /** A year written inside the symbol (VBQPPL: 30/2020/NĐ-CP). */
  year: number | null;
  docType: DocType | null;
}

// Bounded quantifiers only: these run over whole documents.
// Codes are compared case-insensitively (docs/domain.md §2: `CTr`, `TTg`, `BTGTw`); a State group may
// join two abbreviations with `&` (`SNN&PTNT`). New codes need no table: any capitalised group reads.
// A joint document names every issuer after the first: `05-HDLT/BTGTW-BDVTW`,
// `01/2024/NQLT-CP-ĐCTUBTWMTTQVN` (the Front's code has 13 letters); the first is the lead issuer.
// A web copy may wrap its line right after a slash too ("Công văn số 4108/" / "UBND-NL ngày …"): two capitals open the next line.
const SLASH_WRAP = String.raw`(?:[ ]{0,2}\n[ ]{0,3}(?=[A-ZĐ]{2})|[ ]{0,2})`;
const PARTY = String.raw`(\d{1,5})[ ]{0,2}[-–][ ]{0,2}([A-ZĐ][A-Za-zĐđ]{0,5})[ ]{0,2}\/${SLASH_WRAP}([A-ZĐ][A-Za-zĐđ]{0,11})(?:-[A-ZĐ][A-Za-zĐđ]{1,11}){0,2}`;
// OCR reads a thin hyphen between capitals as a colon ("412/PGDĐT:TH"): a colon with a capital right after it joins groups too.
// A line may break right after a hyphen ("Quyết định số 41/QĐ-" / "UBND ngày …"; OCR leaves a blank line between).
const STATE = String.raw`(\d{1,5})[ ]{0,2}\/${SLASH_WRAP}(?:((?:19|20)\d{2})[ ]{0,2}\/${SLASH_WRAP})?([A-ZĐ][A-Za-zĐđ0-9&]{0,9}(?:(?:[ ]{0,2}-[ ]{0,2}|-[ ]{0,2}\n(?:[ ]{0,3}\n)?[ ]{0,3}(?=[A-ZĐ]{2})|:(?=[A-ZĐ][A-ZĐ]))[A-ZĐ][A-Za-zĐđ0-9&]{0,15}){0,3})`;
const END = String.raw`(?![\p{L}\p{N}/])`;

/** A number+symbol anywhere (global, sticky-free): group 1-3 Party, 4-6 State. */
export const NUMBER_SOURCE = String.raw`(?<![\p{L}\p{N}/.-])(?:${PARTY}|${STATE})${END}`;

export function numberRegex(flags = 'gu'): RegExp {
  return new RegExp(NUMBER_SOURCE, flags);
}

const TYPE_BY_CODE = new Map<string, DocType>();
for (const entry of DOC_TYPES) for (const code of entry.codes) TYPE_BY_CODE.set(code.toUpperCase(), entry.type);

/** The document type of a symbol's type code ("TB" -> Thông báo), case-insensitive. */
export function docTypeOfCode(code: string): DocType | null {
  return TYPE_BY_CODE.get(code.toUpperCase()) ?? null;
}

/** Read one match of numberRegex(). */
/**
 * A number as keyed: no spaces, dashes and colons made hyphens. At module level, not a closure made per call: under
 * tsx each closure made also gets its name set at run time.
 */
function plain(s: string): string {
  return s.replace(/\s+/g, '').replace(/[–—:]/g, '-');
}

export function readNumber(m: RegExpExecArray): DocNumber {
  if (m[1] !== undefined) {
    const typeCode = m[2]!;
    // OCR doubles the first letter of a committee code too ("07-NQ/ĐĐU"): read it once when that makes a known one.
    const issuerCode = undoubledCommittee(m[3]!);
    return {
      number: issuerCode === m[3] ? plain(m[0]) : plain(m[0]).replace(`/${m[3]}`, `/${issuerCode}`), family: 'party', serial: m[1], typeCode, issuerCode, year: null,
      docType: typeCode.toUpperCase() === 'CV' ? 'Công văn' : docTypeOfCode(typeCode),
    };
  }
  const groups = plain(m[6]!).split('-');
  let first = groups[0]!;
  let number = plain(m[0]);
  // OCR doubles a letter of a type code ("06/QĐĐ-TTg"): a code no table knows whose last letter,
  // written once, makes a known one is that one.
  const n = first.length;
  const undoubled = groups.length > 1 && n > 2 && first[n - 1]!.toUpperCase() === first[n - 2]!.toUpperCase() && !docTypeOfCode(first) ? first.slice(0, -1) : null;
  if (undoubled && docTypeOfCode(undoubled)) {
    number = number.replace(`/${first}-`, `/${undoubled}-`);
    first = undoubled;
    groups[0] = undoubled;
  }
  const firstType = docTypeOfCode(first);
  const year = m[5] ? Number(m[5]) : null;
  if (firstType && !STATE_CONG_VAN_ISSUERS.has(first.toUpperCase()) && groups.length > 1) {
    return { number, family: 'state', serial: m[4]!, typeCode: first, issuerCode: typedIssuerCode(groups), year, docType: firstType };
  }
  if (groups.length === 1) {
    // "64/2025/QH15": a law of the National Assembly; the digits are the term.
    return { number: plain(m[0]), family: 'state', serial: m[4]!, typeCode: null, issuerCode: first.replace(/\d+$/, ''), year, docType: firstType };
  }
  // "123/UBND-VP": a Công văn carries no type code, only its issuer and drafting unit.
  return { number: plain(m[0]), family: 'state', serial: m[4]!, typeCode: null, issuerCode: first, year, docType: 'Công văn' };
}

/**
 * One pattern for every parseNumber call: without the g and y flags, exec ignores lastIndex and
 * keeps no state, so sharing it gives the same matches. Built per call, it was a RegExp object and
 * a compilation-cache look-up each time the citations' resolver asked about the document's own number.
 */
const ONE_NUMBER = numberRegex('u');

/** Parse a string that should be exactly one number+symbol. */
export function parseNumber(s: string): DocNumber | null {
  const trimmed = s.trim();
  const m = ONE_NUMBER.exec(trimmed);
  return m && m.index === 0 && m[0].length === trimmed.length ? readNumber(m) : null;
}

/**
 * The issuer group of a typed State symbol: the last ("17/CT-UBND"), unless a known issuer stands
 * before a drafting department ("64/QĐ-BNN-TL": the ministry, its Department of Irrigation after it).
 */
function typedIssuerCode(groups: readonly string[]): string {
  const last = groups[groups.length - 1]!.replace(/\d+$/, '');
  if (groups.length < 3 || STATE_ISSUER_CODES[last.toUpperCase()]) return last;
  return groups.slice(1, -1).find((g) => STATE_ISSUER_CODES[g.toUpperCase()]) ?? last;
}

function undoubledCommittee(code: string): string {
  const up = code.toUpperCase();
  return up.length >= 3 && up[0] === up[1] && !PARTY_COMMITTEE_CODES[up] && PARTY_COMMITTEE_CODES[up.slice(1)] ? code.slice(1) : code;
}
