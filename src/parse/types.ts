import type { Area, Level, Span } from '../model/record.js';
import type { Place, PlaceLevel } from './gazetteer.js';
import type { Warnings } from './warnings.js';
import type { DocumentMemo } from './document-memo.js';

/**
 * Types every stage of the parser shares, in one low-level module: layout produces lines, find
 * reads them, resolve produces organisations, and none of them has to import another stage for a
 * type.
 */

/**
 * Layout: where the parts of a document sit. The header (issuer lines, number, date line,
 * type heading, trích yếu, Kính gửi) comes first in any order (the seeds put the date line
 * above the number, or have no number at all); the body follows; the Nơi nhận list and the
 * signature close it, in either order.
 */
export interface Line {
  index: number;
  /** Offsets of the line in the cleaned text, without its line break. */
  start: number;
  end: number;
  text: string;
  /** Offset of the first non-space character. */
  contentStart: number;
  trimmed: string;
  folded: string;
  blank: boolean;
}

/** A resolved organisation, spans still in the cleaned text. */
export interface ResolvedOrg {
  key: string;
  name: string;
  surface: string;
  kind: string;
  level: Level | null;
  area: Area | null;
  collective: boolean;
  resolvedBy: string | null;
  spans: Span[];
  /** For an organ: the organisation it belongs to ("Quận ủy Hai Bà Trưng" for its Văn phòng). */
  body: string | null;
  partOf: string | null;
}

/** What the document itself is about: the area of its issuer. */
export interface DocContext {
  province: Place | null;
  district: Place | null;
  ward: Place | null;
  /** Level of the issuing body; "quận", "phường" written alone are read against it. */
  level: Level | null;
  /** The issuer's own place when the gazetteer does not have it (a commune created in 2025). */
  unlisted: { level: PlaceLevel; word: string; name: string } | null;
  /** The type word of the issuer's own area when its place is not known ("xã" for "UBND xã",
   * "huyện" for "Huyện ủy"): units written without one are of that kind of area, not a guessed one. */
  ownWord?: string;
  /** The issuing organisation, owner of organs written without one ("Văn phòng", "Ban Thường vụ"). */
  issuerBody: ResolvedOrg | null;
  /** Scope of keys for units whose area is unknown. */
  scope: string;
  text: string;
  warnings: Warnings;
  /** The parse's own memo (document-memo.ts), shared by both map readings; absent, nothing is kept. */
  memo?: DocumentMemo;
}
