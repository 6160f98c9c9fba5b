import { describe, expect, it } from 'vitest';
import { FirstWords, PhraseTable, phraseSet } from '../../src/parse/phrases.js';
import { tokenize } from '../../src/parse/tokens.js';

/** A text long enough for the tokenizer to keep its tokens (tokens.ts caches from 512 characters). */
function longText(sentence: string): string {
  const filler = 'Các phòng, ban chuyên môn tổ chức thực hiện nghiêm túc nội dung trên. ';
  return `${filler.repeat(8)}\n${sentence}\n${filler.repeat(2)}`;
}

const matchAt = (table: PhraseTable<string>, text: string, word: string) => {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.text === word);
  const m = table.match(tokens, i);
  return m && { values: m.values, words: tokens.slice(i, m.end).map((t) => t.text).join(' ') };
};

describe('phrase tables', () => {
  const table = new PhraseTable<string>([
    ['Ủy ban nhân dân', 'ubnd-full'], ['ủy ban', 'uy-ban'], ['chính trị - xã hội', 'ctxh'], ['CA', 'police'],
  ]);

  it('finds the longest phrase at a token, with either tone placement and dashes optional', () => {
    expect(matchAt(table, 'Giao Uỷ ban nhân dân xã thực hiện', 'Uỷ')).toEqual({ values: ['ubnd-full'], words: 'Uỷ ban nhân dân' });
    expect(matchAt(table, 'Giao Ủy ban xã thực hiện', 'Ủy')).toEqual({ values: ['uy-ban'], words: 'Ủy ban' });
    expect(matchAt(table, 'các tổ chức chính trị-xã hội', 'chính')).toEqual({ values: ['ctxh'], words: 'chính trị - xã hội' });
    expect(matchAt(table, 'các tổ chức chính trị xã hội', 'chính')).toEqual({ values: ['ctxh'], words: 'chính trị xã hội' });
  });

  it('matches a word written in capitals in the table only where the text writes it in capitals', () => {
    expect(matchAt(table, 'giao CA xã', 'CA')).toEqual({ values: ['police'], words: 'CA' });
    expect(matchAt(table, 'bài ca dao', 'ca')).toBeNull();
  });

  it('says no at a word that starts no phrase, and at a dash', () => {
    const tokens = tokenize('- ban nhân dân');
    expect(table.match(tokens, 0)).toBeNull();
    expect(table.match(tokens, 1)).toBeNull();
    expect(table.has(tokens, 1)).toBe(false);
  });

  it('finds the words of a table built after the text was first tokenized', () => {
    const text = longText('Giao Hội Cựu chiến binh phường chủ trì.');
    expect(tokenize(text).some((t) => t.text === 'Cựu')).toBe(true);
    const late = phraseSet(['hội cựu chiến binh']);
    expect(matchAt(late, text, 'Hội')).toEqual({ values: ['hội cựu chiến binh'], words: 'Hội Cựu chiến binh' });
  });
});

describe('first words of several tables', () => {
  it('knows the first word of every table, in either case, and no other word', () => {
    const heads = phraseSet(['Công an', 'Trạm Y tế']);
    const caps = phraseSet(['MTTQ']);
    const first = new FirstWords([heads, caps]);
    const tokens = tokenize('công an Trạm mttq tế xã');
    expect(tokens.map((t) => first.has(t))).toEqual([true, false, true, true, false, false]);
  });
});
