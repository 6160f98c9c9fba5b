import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluate, loadCorpus } from '../../scripts/eval/corpus.js';

const label = {
  style: 'headless', split: 'tune', level: 'district', family: 'state', covers: ['test'],
  document: { number: null, type: 'Kế hoạch', date: null, issuer: 'Ủy ban nhân dân huyện Gia Lâm' },
  citations: [{ number: '52/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Hà Nội', relation: 'implements' }],
  tasks: [{ anchor: 'tham mưu bố trí kinh phí', units: ['Phòng Tài chính - Kế hoạch huyện Gia Lâm'] }],
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eval-corpus-'));
  await mkdir(join(dir, 'headless'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('pairs each JSON or YAML expectation with the document of the same name and ignores files at the top', async () => {
    await writeFile(join(dir, 'floors.json'), '{}');
    await writeFile(join(dir, 'headless', 'a.txt'), 'KẾ HOẠCH …');
    await writeFile(join(dir, 'headless', 'a.json'), JSON.stringify(label));
    await writeFile(join(dir, 'headless', 'b.html'), '<p>…</p>');
    await writeFile(join(dir, 'headless', 'b.yaml'), 'style: html\nsplit: holdout\nlevel: ward\nfamily: party\ncovers: [x]\ndocument: { number: 1-KH/ĐU, type: null, date: null, issuer: null }\n');
    const docs = await loadCorpus(dir);
    expect(docs.map((d) => [d.id, d.expectation.style, d.expectation.tasks.length])).toEqual([['headless/a', 'headless', 1], ['headless/b', 'html', 0]]);
  });

  it('names the file and the field of an expectation that does not validate', async () => {
    await writeFile(join(dir, 'headless', 'a.txt'), '…');
    await writeFile(join(dir, 'headless', 'a.yaml'), 'style: fax\n');
    await expect(loadCorpus(dir)).rejects.toThrow(`${join(dir, 'headless', 'a.yaml')}: style: Invalid option`);
  });

  it('refuses an expectation without its document', async () => {
    await writeFile(join(dir, 'headless', 'a.json'), JSON.stringify(label));
    await expect(loadCorpus(dir)).rejects.toThrow('headless/a: expected one document beside a.json, found 0');
  });
});

describe('evaluate', () => {
  it('counts a document that cannot be read as misses and keeps the reason', async () => {
    await writeFile(join(dir, 'headless', 'a.odt'), 'not a supported format');
    await writeFile(join(dir, 'headless', 'a.json'), JSON.stringify(label));
    const [r] = await evaluate(await loadCorpus(dir));
    expect(r!.error).toContain('unsupported file type ".odt"');
    expect(r!.score.tallies.citations).toEqual({ expected: 1, predicted: 0, correct: 0, compared: 0 });
    expect(r!.score.tallies.tasks.expected).toBe(1);
  });

  it('scores a readable document through the parser', async () => {
    await writeFile(join(dir, 'headless', 'a.txt'), 'Thực hiện Kế hoạch số 52/KH-UBND ngày 20/02/2023 của UBND Thành phố Hà Nội về chuyển đổi số, Ủy ban nhân dân huyện Gia Lâm xây dựng Kế hoạch như sau:\n\n1. Phòng Tài chính - Kế hoạch huyện tham mưu bố trí kinh phí thực hiện.\n');
    await writeFile(join(dir, 'headless', 'a.json'), JSON.stringify(label));
    const [r] = await evaluate(await loadCorpus(dir));
    expect(r!.error).toBeNull();
    expect(r!.score.tallies.citations.correct).toBe(1);
    expect(r!.score.tallies['citation relation'].correct).toBe(1);
  });
});
