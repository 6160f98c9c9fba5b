import { fold } from '../../model/keys.js';
import { tokenize } from '../tokens.js';
import { DOC_TYPES } from '../vocabulary/doc-types.js';
import type { PropertyField } from '../vocabulary/properties.js';
import { dateAt } from './dates.js';
import type { TextIdentity } from './identity.js';
import { numberRegex, readNumber } from './number.js';
import { FIELD_OF, propertyLineMatch, propertySegments } from './property-lines.js';
import { parseUnitAt } from './units.js';

/**
 * The identity a portal's property table gives ("Số ký hiệu: 96/KH-UBND", "Ngày ban hành:
 * 14/03/2024", "Loại văn bản: Kế hoạch", "Cơ quan ban hành: UBND phường Quang Trung"), one field a
 * line. The portal states them outright, so they are trusted over what a sentence suggests; a
 * header, where the page has one, still comes first (the caller's choice).
 */

/** Lines at the top where a property table may stand (a page title and a breadcrumb come first). */
const PROPERTY_LINES = 60;
const TYPE_OF = new Map(DOC_TYPES.filter((d) => d.type !== 'Khác').flatMap((d) => d.words.map((w) => [fold(w), d.type] as const)));

export function findPropertyIdentity(text: string): TextIdentity | null {
  const id: TextIdentity = { source: 'properties', num: null, docType: null, date: null, issuer: null };
  let seen = 0;
  let found = 0;
  for (let s = 0; s < text.length && seen < PROPERTY_LINES;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const line = text.slice(s, e);
    if (line.trim()) seen++;
    for (const [k, part] of propertySegments(line)) {
      const m = mayHoldField(part) ? propertyLineMatch(part) : null;
      const field = m ? FIELD_OF.get(fold(m[1]!).replace(/\s+/g, ' ').trim()) : undefined;
      if (m && field) {
        const at = s + k + part.indexOf(m[2]!, m[1]!.length);
        if (readField(id, field, text, at, s + k + part.length)) found++;
      }
    }
    s = e + 1;
  }
  return found > 0 ? id : null;
}

/** The first words of the labels read (`so`, `ngay`, `loai`, `co`, …), cut where a label's words are cut. */
const FIELD_FIRST_WORDS = new Set([...FIELD_OF.keys()].map((k) => k.split(/[\s,/]/u)[0]!));
const FIRST_WORD = /^\s*([^\s:|,/]+)/u;

/**
 * Can PROPERTY_LINE's label on this line be one of the fields read? Its label, trimmed, begins with the line's first
 * word and folds (character by character) to a label of FIELD_OF, so that word must fold to a label's first word.
 * Most lines of a document are sentences: this keeps PROPERTY_LINE's lazy label (up to 30 tries of its separator)
 * off them; it cost 48 µs per seed document of the 60 lines read.
 */
export function mayHoldField(part: string): boolean {
  const m = FIRST_WORD.exec(part);
  return m !== null && FIELD_FIRST_WORDS.has(fold(m[1]!));
}

/** Fill one field from the value at `at` (to the line end `to`); false when the value does not read. */
function readField(id: TextIdentity, field: PropertyField, text: string, at: number, to: number): boolean {
  const value = text.slice(at, to);
  if (field === 'number' && !id.num) {
    const re = numberRegex('u');
    const m = re.exec(value);
    if (!m || m.index > 4) return false;
    id.num = { num: readNumber(m), start: at + m.index, end: at + m.index + m[0].length };
    return true;
  }
  if (field === 'date' && !id.date) {
    const d = dateAt(text, at);
    if (!d?.iso) return false;
    id.date = d;
    return true;
  }
  if (field === 'type' && !id.docType) {
    const type = TYPE_OF.get(fold(value).replace(/\s+/g, ' ').trim());
    if (!type) return false;
    id.docType = { type, span: [at, to] };
    return true;
  }
  if (field === 'issuer' && !id.issuer) {
    const tokens = tokenize(text, at, to);
    const unit = tokens.length > 0 ? parseUnitAt(tokens, 0) : null;
    if (!unit) return false;
    id.issuer = unit;
    return true;
  }
  return false;
}

/** The property table's fields first; what it lacks from the title line or the sentences. */
export function withProperties(props: TextIdentity | null, told: TextIdentity | null): TextIdentity | null {
  if (!props) return told;
  if (!told) return props;
  const issuerSource = props.issuer ? undefined : told.issuer ? told.issuerSource ?? told.source : undefined;
  return {
    source: 'properties',
    num: props.num ?? told.num,
    // A portal files a "Thông báo kết luận" under "Thông báo": the document's own words are finer.
    docType: props.docType && told.docType?.type.startsWith(`${props.docType.type} `) ? told.docType : props.docType ?? told.docType,
    date: props.date ?? told.date,
    issuer: props.issuer ?? told.issuer,
    ...(issuerSource ? { issuerSource } : {}),
  };
}
