import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/parse/find/number.js';

/** Numbers and symbols: [as printed, normalised, family, type, issuer code, year]. */
const ROWS: Array<[string, string, 'party' | 'state', string | null, string | null, number | null, string]> = [
  ['308-TB/QU', '308-TB/QU', 'party', 'Thông báo', 'QU', null, 'Party form: hyphen, type, slash, issuer'],
  ['01 - TB/QU', '01-TB/QU', 'party', 'Thông báo', 'QU', null, 'seed 000: spaces around the hyphen'],
  ['100- CV/ĐU', '100-CV/ĐU', 'party', 'Công văn', 'ĐU', null, 'seed 002: Đ kept, space dropped'],
  ['08-QĐi/TW', '08-QĐi/TW', 'party', 'Quy định', 'TW', null, 'a Quy định of the Central Committee'],
  ['147-CTHĐ/TU', '147-CTHĐ/TU', 'party', 'Chương trình', 'TU', null, 'Chương trình hành động'],
  ['3398-CV/BTGTU', '3398-CV/BTGTU', 'party', 'Công văn', 'BTGTU', null, 'an organ of a Tỉnh ủy'],
  ['17/CT-UBND', '17/CT-UBND', 'state', 'Chỉ thị', 'UBND', null, 'State form: slash, type, hyphen, issuer'],
  ['3642/QĐ-UBND', '3642/QĐ-UBND', 'state', 'Quyết định', 'UBND', null, 'Quyết định (individual)'],
  ['68/NQ-CP', '68/NQ-CP', 'state', 'Nghị quyết', 'CP', null, 'Nghị quyết of the Government'],
  ['30/2020/NĐ-CP', '30/2020/NĐ-CP', 'state', 'Nghị định', 'CP', 2020, 'a legal text carries its year'],
  ['44 /2005/QĐ-UBND', '44/2005/QĐ-UBND', 'state', 'Quyết định', 'UBND', 2005, 'an OCR space before the slash'],
  ['123/UBND-VP', '123/UBND-VP', 'state', 'Công văn', 'UBND', null, 'a State Công văn has no type code'],
  ['1286/NQ-UBTVQH15', '1286/NQ-UBTVQH15', 'state', 'Nghị quyết', 'UBTVQH', null, 'the term number is no part of the issuer code'],
  ['64/2025/QH15', '64/2025/QH15', 'state', null, 'QH', 2025, 'a law: year and term, no type code'],
  ['25/KH-UBND', '25/KH-UBND', 'state', 'Kế hoạch', 'UBND', null, 'Kế hoạch'],
  ['12/CTr-UBND', '12/CTr-UBND', 'state', 'Chương trình', 'UBND', null, 'mixed-case type code'],
];

describe('parseNumber', () => {
  it.each(ROWS)('%s -> %s (%s; %s)', (printed, number, family, docType, issuerCode, year) => {
    const n = parseNumber(printed)!;
    expect({ number: n.number, family: n.family, docType: n.docType, issuerCode: n.issuerCode, year: n.year })
      .toEqual({ number, family, docType, issuerCode, year });
  });

  // Not numbers: dates, times, percentages, bare digits.
  it.each(['23/7/2021', '24/7', '30/4', '100%', 'F0', '17', 'CT-UBND', '12/8/2020, Ban'])('%s is no number', (s) => {
    expect(parseNumber(s)).toBeNull();
  });
});
