import { describe, expect, it } from 'vitest';
import { DocumentMemo, memoKey, remembered } from '../../src/parse/document-memo.js';

describe('remembered', () => {
  it('makes a value once per memo, and afresh each time with no memo', () => {
    const key = memoKey<number>('district word count');
    let made = 0;
    const make = () => ++made;
    const memo = new DocumentMemo();
    expect([remembered(memo, key, make), remembered(memo, key, make)]).toEqual([1, 1]);
    expect([remembered(undefined, key, make), remembered(undefined, key, make)]).toEqual([2, 3]);
    // Another parse's memo keeps its own value.
    expect(remembered(new DocumentMemo(), key, make)).toBe(4);
  });
});
