import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../scripts/eval/corpus.js';
import { parseOnly, selectDocuments } from '../../scripts/eval/select.js';

const doc = (path: string) => ({ id: path, path, expectationPath: path.replace(/\.\w+$/, '.yaml'), expectation: {} }) as unknown as CorpusDocument;
const corpus = [
  doc('/c/web-copy/w269-kh-ubnd-huyen-u-minh-chay-rung.txt'),
  doc('/c/news/n201-bao-chu-tich-ubnd-tinh-yen-bai.txt'),
  doc('/c/html/h250-cv-so-y-te-kien-giang.html'),
];

describe('eval --only', () => {
  it('reads ids from a comma list or from a file with comments and blank lines', () => {
    expect([...parseOnly('w269,n201', () => '')]).toEqual(['w269', 'n201']);
    const files: Record<string, string> = { 'ids.txt': '# batch 30, news\nn201\n\nh250  # portal page\n' };
    expect([...parseOnly('@ids.txt', (p) => files[p]!)]).toEqual(['n201', 'h250']);
  });

  it('keeps the documents whose file name starts with an id, and names the ids that match none', () => {
    const picked = selectDocuments(corpus, new Set(['n201', 'h250', 'w999']));
    expect(picked.docs.map((d) => d.path)).toEqual(['/c/news/n201-bao-chu-tich-ubnd-tinh-yen-bai.txt', '/c/html/h250-cv-so-y-te-kien-giang.html']);
    expect(picked.missing).toEqual(['w999']);
  });

  it('does not take an id for the start of a longer one (w26 is not w269)', () => {
    expect(selectDocuments(corpus, new Set(['w26'])).docs).toEqual([]);
  });
});
