import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

const seed = (name: string) => parseDocument(readFileSync(join('corpus/seeds', name), 'utf8'), { path: name });

describe('one body, several wordings', () => {
  it('keys the Ban Chỉ đạo of seed 001 ("… dịch bệnh Covid-19 quận") and seed 004 ("… dịch Quận") as one unit, and says so', () => {
    const units = (file: string) => seed(file).assignments.flatMap((a) => a.units).filter((u) => u.name.startsWith('Ban Chỉ đạo') && u.level === 'district');
    const [a] = units('001_6e391b9519626a64.txt');
    const [b] = units('004_d8026a3a8832f7a7.txt');
    expect(a?.name).toBe('Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 quận Hai Bà Trưng');
    expect(b?.name).toBe('Ban Chỉ đạo phòng, chống dịch quận Hai Bà Trưng');
    expect(a?.key).toBe('org:ban-chi-dao-phong-chong-dich@d007');
    expect(b?.key).toBe(a?.key);
    // The merge is an inference: the longer wording carries the rule that made it.
    expect(a?.resolvedBy).toContain('name:topic-qualifiers-dropped');
    expect(b?.resolvedBy ?? '').not.toContain('topic-qualifiers-dropped');
  });
});
