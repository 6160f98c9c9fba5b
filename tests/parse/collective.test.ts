import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

const inferred = (text: string) => parseDocument(text).citations
  .filter((c) => c.rule === 'collective-statement')
  .map((c) => `${c.citedBy} -> ${c.number}`);

/** A district conclusion in the shape of seed 001, with the date of the Quận ủy letter as a parameter. */
const conclusion = (letterDate: string, letterTitle: string) => `ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
QUẬN ỦY HAI BÀ TRƯNG
*
Số 310-TB/QU

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ QUẬN ỦY
Về công tác phòng, chống dịch

Ban Thường vụ Quận ủy đánh giá việc thực hiện Công văn số 501-CV/QU, ngày ${letterDate} của Quận ủy “${letterTitle}”.

Quận ủy, UBND Quận đã kịp thời ban hành các văn bản triển khai thực hiện Thông báo kết luận số 420-TB/TU, ngày 23/7/2021, Công văn số 177-CV/TU, ngày 23/7/2021 của Ban Thường vụ Thành ủy, Chỉ thị số 17/CT-UBND, ngày 23/7/2021 của UBND Thành phố Hà Nội.
`;

describe('implementations stated collectively', () => {
  it('seed 001: 500-CV/QU implements 17/CT-UBND and 420-TB/TU by the collective sentence, marked as an inference', () => {
    const r = parseDocument(readFileSync('corpus/seeds/001_6e391b9519626a64.txt', 'utf8'));
    const found = r.citations.filter((c) => c.rule === 'collective-statement');
    expect(found.map((c) => `${c.citedBy} -> ${c.number}`).sort()).toEqual(['500-CV/QU -> 17/CT-UBND', '500-CV/QU -> 420-TB/TU']);
    for (const c of found) {
      expect(c.confidence).toBeLessThan(0.87); // below every citation stated by name in the seed
      expect(c.evidence).toMatch(/^Quận ủy, UBND Quận đã kịp thời, khẩn trương ban hành các văn bản triển khai thực hiện/);
    }
  });

  it.each([
    // [letter date, letter title, expected inferences, why]
    ['24/7/2021', 'thực hiện Công văn số 177-CV/TU, ngày 23/7/2021 của Ban Thường vụ Thành ủy', ['501-CV/QU -> 17/CT-UBND', '501-CV/QU -> 420-TB/TU'], 'issued after the orders and carries out one of them'],
    ['20/7/2021', 'thực hiện Công văn số 177-CV/TU, ngày 23/7/2021 của Ban Thường vụ Thành ủy', [], 'dated before the orders: cannot carry them out'],
    ['24/7/2021', 'về tăng cường kiểm tra', [], 'not known to carry out any of the orders'],
  ])('letter of %s "%s" -> %j (%s)', (date, title, expected) => {
    expect(inferred(conclusion(date, title)).sort()).toEqual(expected);
  });
});
