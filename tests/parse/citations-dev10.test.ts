import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations and cited issuers from the misses of blind batch 16's headless fragments and
 * news reports (issue 9; docs/extraction-quality.md, "Citation relations: what the misses are",
 * eleventh round): each case one structure of the text, on a short document written for this test.
 */
const parsed = (text: string) => parseDocument(text).citations;
const cited = (text: string) => parsed(text).map((c) => [c.number ?? c.name, c.relation]);

describe('the reported document\'s type word is no mandate ("Hướng dẫn nhằm triển khai …")', () => {
  it('a news report: "Hướng dẫn nhằm triển khai Chỉ thị số …" implements', () => {
    expect(cited(`Ngày 14/3/2025, Sở Nông nghiệp tỉnh Hà Tĩnh ban hành Hướng dẫn số 05/HD-SNN về chăm sóc lúa vụ xuân. Hướng dẫn nhằm triển khai Chỉ thị số 08/CT-UBND ngày 02/3/2025 của Chủ tịch UBND tỉnh về phòng trừ sâu bệnh.

Theo đó, các phòng nông nghiệp cấp huyện hướng dẫn nông dân thăm đồng thường xuyên.
`).find(([n]) => n === '08/CT-UBND')).toEqual(['08/CT-UBND', 'implements']);
  });

  it('a quote: "… ban hành hướng dẫn căn cứ Hướng dẫn số … và thực hiện Kế hoạch số …": basis, then implements', () => {
    expect(cited(`Ông Lò Văn Tâm, Chủ tịch Hội Nông dân huyện cho biết: "Ban Thường vụ Hội ban hành hướng dẫn căn cứ Hướng dẫn số 30-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh và thực hiện Kế hoạch số 88-KH/HU của Ban Thường vụ Huyện ủy, để phong trào đi vào thực chất".
`)).toEqual([['30-HD/HNDT', 'basis'], ['88-KH/HU', 'implements']]);
  });

  it('"Hướng dẫn được xây dựng nhằm cụ thể hóa Nghị quyết số …" implements; "hướng dẫn các trường thực hiện …" is still a task for others (cites)', () => {
    expect(cited(`Hướng dẫn được xây dựng nhằm cụ thể hóa Nghị quyết số 21-NQ/TU ngày 05/01/2024 của Ban Chấp hành Đảng bộ tỉnh.

Phòng Giáo dục và Đào tạo hướng dẫn các trường thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân huyện.
`)).toEqual([['21-NQ/TU', 'implements'], ['12/KH-UBND', 'cites']]);
  });
});
