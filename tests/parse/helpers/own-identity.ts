import { expect } from 'vitest';
import { foldName } from '../../../scripts/eval/score.js';
import { parse } from '../docs.js';

/** The record's issuer names the scorer compares (scripts/eval/score.ts): its name, surface or body. */
function issuerNames(text: string): { names: string[]; record: ReturnType<typeof parse> } {
  const record = parse(text);
  const names = record.issuer ? [record.issuer.name, record.issuer.surface, record.issuer.body].filter((x): x is string => !!x) : [];
  return { names, record };
}

/** True when one of the issuer's names is one of `expected`, folded as the scorer folds; none expected: no issuer. */
function matches(got: readonly string[], expected: readonly string[]): boolean {
  return expected.length === 0 ? got.length === 0 : got.some((g) => expected.some((e) => foldName(e) === foldName(g)));
}

/** The own issuer is one of the expected names (none given: the parser finds no issuer). */
export function issuerIs(text: string, ...expected: string[]): void {
  const { names } = issuerNames(text);
  expect(matches(names, expected), `got ${JSON.stringify(names)}, expected ${expected.length ? expected.join(' | ') : 'null'}`).toBe(true);
}

/** As issuerIs, and where a place name is shared by two provinces, the issuer's province too. */
export function issuerInProvinceIs(text: string, province: string | null, ...expected: string[]): void {
  const { names, record } = issuerNames(text);
  expect(matches(names, expected), `got ${JSON.stringify(names)}, expected ${expected.length ? expected.join(' | ') : 'null'}`).toBe(true);
  if (province) expect(record.issuer?.area?.province, JSON.stringify(record.issuer?.area)).toBe(province);
}

export interface ExpectedIdentity {
  number: string | null;
  issuedOn: string | null;
  docType: string | null;
  /** One of these names (empty: no issuer). */
  issuer: string[];
}

/** Number and date exactly, `Khác` as no type, the issuer as issuerIs compares it: all four in one assertion. */
export function identityIs(text: string, want: ExpectedIdentity): void {
  const { names, record: r } = issuerNames(text);
  expect({
    number: r.number ?? null,
    issuedOn: r.issuedOn ?? null,
    docType: r.docType === 'Khác' ? null : r.docType ?? null,
    issuer: matches(names, want.issuer) ? want.issuer : names,
  }).toEqual(want);
}
