import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations and cited issuers from the misses of blind batch 17, whole (issue 9;
 * docs/extraction-quality.md, "Citation relations: what the misses are", twelfth round): each case one
 * structure of the text, on a short document written for this test.
 */
const parsed = (text: string) => parseDocument(text).citations;
const cited = (text: string) => parsed(text).map((c) => [c.number ?? c.name, c.relation]);
const issuerOf = (text: string, number: string) => parsed(text).find((c) => c.number === number)?.issuer?.name ?? null;

describe('a rule\'s noun right before "tại" names the measure ("đúng quy trình tại Hướng dẫn số …")', () => {
  it('"Việc bầu cử thực hiện theo Điều lệ … và đúng quy trình tại Hướng dẫn số …" cites both', () => {
    expect(cited(`II. BẦU CỬ
- Việc bầu cử thực hiện theo Điều lệ Hội Nông dân Việt Nam và đúng quy trình tại Hướng dẫn số 21-HD/HNDT ngày 04/3/2024 của Ban Thường vụ Hội Nông dân tỉnh Bình Định.
`)).toEqual([['21-HD/HNDT', 'cites'], ['Điều lệ Hội Nông dân Việt Nam', 'cites']]);
  });

  it('"Công tác nhân sự thực hiện theo Điều lệ …, bảo đảm đúng trình tự, thủ tục tại Hướng dẫn số …" cites', () => {
    expect(cited(`4. Công tác nhân sự đại hội thực hiện theo Điều lệ Đoàn TNCS Hồ Chí Minh, bảo đảm đúng trình tự, thủ tục tại Hướng dẫn số 08-HD/TĐTN-TCKT ngày 10/01/2024 của Ban Thường vụ Tỉnh đoàn.
`).find(([n]) => n === '08-HD/TĐTN-TCKT')).toEqual(['08-HD/TĐTN-TCKT', 'cites']);
  });

  it('"Căn cứ tiêu chuẩn tại Thông tư số …" keeps its basis', () => {
    expect(cited(`Căn cứ tiêu chuẩn tại Thông tư số 12/2023/TT-BNV ngày 20/6/2023 của Bộ Nội vụ;
`)).toEqual([['12/2023/TT-BNV', 'basis']]);
  });
});
