/**
 * Reading directive keys back into their parts. The format is written by src/model/keys.ts
 * directiveKey: `doc:<number>|<issuer key>[|<year>]`, or `doc:<fallback>` for an unnumbered document.
 */

export interface DirectiveKeyParts {
  /** `doc:<number>|<issuer key>`: the key without its year. */
  series: string;
  numberKey: string;
  /** null when the issuer was not known (`org:?`). */
  issuerKey: string | null;
  year: number | null;
}

export const UNKNOWN_ISSUER = 'org:?';

export function parseDirectiveKey(key: string): DirectiveKeyParts | null {
  if (!key.startsWith('doc:')) return null;
  const parts = key.slice(4).split('|');
  if (parts.length < 2 || parts.length > 3) return null;
  const [numberKey, issuer, year] = parts as [string, string, string | undefined];
  if (!numberKey || !issuer) return null;
  if (year !== undefined && !/^\d{4}$/.test(year)) return null;
  return {
    series: `doc:${numberKey}|${issuer}`,
    numberKey,
    issuerKey: issuer === UNKNOWN_ISSUER ? null : issuer,
    year: year === undefined ? null : Number(year),
  };
}
