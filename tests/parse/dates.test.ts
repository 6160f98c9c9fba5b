import { describe, expect, it } from 'vitest';
import { dateAt, readDateLine } from '../../src/parse/find/dates.js';

describe('dateAt', () => {
  // [written, ISO or null when not a real day]
  it.each<[string, string | null]>([
    ['ngày 14 tháng 8 năm 2020', '2020-08-14'], // words, as on a date line
    ['ngày 05 tháng 3 năm 2020', '2020-03-05'], // leading zero
    ['ngày 23/7/2021', '2021-07-23'], // inline numeric
    ['Ngày 12/8/2020', '2020-08-12'], // capitalised, sentence start
    ['23/7/2021', '2021-07-23'], // bare
    ['ngày 01-10-1997', '1997-10-01'], // Party style with hyphens
    ['ngày 21/2/2021', '2021-02-21'], // as printed in seed 001
    ['ngày 31/2/2021', null], // no 31 February: unreadable, not guessed
    ['ngày 29/2/2020', '2020-02-29'], // a leap day
    ['ngày 29/2/2021', null], // not a leap year
    ['ngày 12/13/2021', null], // no month 13
  ])('%s -> %s', (written, iso) => {
    expect(dateAt(written, 0)?.iso).toBe(iso);
  });

  it('finds nothing where there is no date', () => {
    expect(dateAt('ngày mai', 0)).toBeNull();
    expect(dateAt('24/7 để người dân', 0)).toBeNull();
  });
});

describe('readDateLine', () => {
  // [line, place, ISO]
  it.each<[string, string | null, string | null]>([
    ['Thanh Xuân, ngày 14 tháng 8 năm 2020', 'Thanh Xuân', '2020-08-14'], // seed 000
    ['Q. Hai Bà Trưng, ngày 25 tháng 4 năm 2022', 'Q. Hai Bà Trưng', '2022-04-25'], // seed 004, abbreviated
    ['Hoà Minh, ngày 19 tháng 7 năm 2021', 'Hoà Minh', '2021-07-19'], // seed 002, old tone placement kept as printed
    ['        Hà Nội, ngày 03 tháng 01 năm 2022', 'Hà Nội', '2022-01-03'], // indented (right column)
    ['(Ngày 11 tháng 9 năm 2025)', null, '2025-09-11'], // parenthesised, no place
    ['Quận 1, ngày 2 tháng 3 năm 2021', 'Quận 1', '2021-03-02'], // a numbered district
  ])('%s', (line, place, iso) => {
    const d = readDateLine(line, 0)!;
    expect(d.place).toBe(place);
    expect(d.date?.iso).toBe(iso);
    if (place) expect(line.slice(d.placeStart, d.placeEnd)).toBe(place);
  });

  it('reads a template date as a date line without a date', () => {
    const d = readDateLine('Hà Nội, ngày    tháng    năm 2021', 0)!;
    expect(d.place).toBe('Hà Nội');
    expect(d.date).toBeNull();
  });

  // Body sentences that start with a date are no date lines.
  it.each([
    'Ngày 12/8/2020, Ban Thường vụ Quận ủy đã họp nghe báo cáo',
    'Thực hiện Công văn số 180-CV/QU ngày 16/7/2021 của Quận ủy',
    'Số 01 - TB/QU',
  ])('%s is no date line', (line) => {
    expect(readDateLine(line, 0)).toBeNull();
  });
});
