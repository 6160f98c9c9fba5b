import { describe, expect, it } from 'vitest';
import { isClosingFold, needsBiet, needsEndMark } from '../../src/parse/find/task-blocks.js';
import { CLOSING_PATTERNS } from '../../src/parse/vocabulary/assignment.js';

// isClosingFold tries the patterns that need the end mark "./" only on a text ending in it: the same answer as trying
// every pattern, faster.
const every = (f: string): boolean => CLOSING_PATTERNS.some((re) => re.test(f));

describe('closing patterns gated on the end mark', () => {
  it('sets apart only patterns whose every match ends on the end mark', () => {
    expect(needsEndMark(/^a [a-z]{0,9}\.\/\.?$/)).toBe(true);
    expect(needsEndMark(/^(?=[^\n]*\.\/\.?$)a/)).toBe(true);
    expect(needsEndMark(/^a|b\.\/\.?$/)).toBe(false);
    expect(needsEndMark(/^a(?:\.\/\.?|\.)$/)).toBe(false);
    expect(needsEndMark(/^a\.\/\.?$/m)).toBe(false);
    expect(needsEndMark(/^a[|]b\.\/\.?$/)).toBe(true);
    expect(CLOSING_PATTERNS.filter(needsEndMark).length).toBeGreaterThan(0);
  });

  it('sets apart only patterns whose every match holds "biet"', () => {
    expect(needsBiet(/^[a-z ]{0,9}thong bao .{0,20}\bbiet\b/)).toBe(true);
    expect(needsBiet(/^a(?:\bbiet\b)?/)).toBe(false);
    expect(needsBiet(/^a[\bbiet\b]/)).toBe(false);
    expect(needsBiet(/^a|b\bbiet\b/)).toBe(false);
    expect(CLOSING_PATTERNS.filter(needsBiet).length).toBeGreaterThan(0);
  });

  it('answers as every pattern tried', () => {
    const texts = [
      'uy ban nhan dan huyen nghi xuan kinh gui so tai nguyen va moi truong tong hop./.',
      'so giao duc va dao tao de nghi cac don vi nghiem tuc thuc hien./.',
      'so giao duc va dao tao de nghi cac don vi nghiem tuc thuc hien.',
      'ban thuong vu tinh doan de nghi cac don vi nghiem tuc trien khai thuc hien ke hoach nay.',
      'cac chi bo truc thuoc nghiem tuc trien khai, thuc hien./.',
      'cac chi bo truc thuoc nghiem tuc trien khai, thuc hien./',
      'cac chi bo truc thuoc nghiem tuc trien khai, thuc hien./. ',
      'tren day la ke hoach',
      'noi nhan:',
      'giao so y te chu tri thuc hien.',
      'de nghi cac don vi trien khai thuc hien./.',
      'dinh ky 6 thang, cac co quan, don vi bao cao ket qua ve phong nong nghiep de tong hop./.',
      '',
      './.',
      'ban thuong vu quan uy thong bao de cac cap uy, to chuc dang biet, thuc hien.',
      'van phong ubnd tinh thong bao y kien cua chu tich de cac co quan biet',
      'ubnd huyen thong bao ket luan cua chu tich de cac don vi biet, thuc hien.',
      'thong bao cong khai de nguoi dan biet',
    ];
    for (const t of texts) expect(isClosingFold(t), t).toBe(every(t));
  });
});
