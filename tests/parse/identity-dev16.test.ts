import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity from the misses of batch 25's headless fragments and news reports moved to
 * tune (f212–f217, n146–n149; docs/extraction-quality.md, "Round on batch 25's headless and news
 * documents"): each case one structure, on short documents written for this test, with a variant in
 * another province or another kind of body, and a guard where the rule has an edge.
 */
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, type: r.docType, date: r.issuedOn, issuer: r.issuer?.name ?? null };
};

describe('a news lead signing a document without its number outranks one of another type announced below it', () => {
  it('a chairman\'s telegram in the lead, an older plan "dù UBND tỉnh đã có Kế hoạch số …" in the next paragraph, the number in brackets later', () => {
    expect(identity(`Lào Cai: Chủ động ứng phó mưa lũ cuối mùa

Cập nhật lúc 08:15, thứ Hai, 14/10/2024

(Baolaocai.vn) - Trước nguy cơ sạt lở đất ở các huyện vùng cao, ngày 12/10, Chủ tịch UBND tỉnh đã ký công điện khẩn yêu cầu các địa phương sơ tán dân khỏi vùng nguy hiểm.

Năm 2023, mưa lũ làm 12 ngôi nhà bị cuốn trôi, dù UBND tỉnh đã có Kế hoạch số 88/KH-UBND ngày 02/4/2023 về phòng, chống thiên tai.

Công điện (số 09/CĐ-UBND) giao Sở Nông nghiệp và Phát triển nông thôn theo dõi chặt chẽ diễn biến mưa lũ.
`)).toEqual({ number: '09/CĐ-UBND', type: 'Công điện', date: '2024-10-12', issuer: 'UBND tỉnh Lào Cai' });
  });

  it('a district\'s directive signed by its chairman, a resolution of the council told below; no number given', () => {
    expect(identity(`BÁO THANH HÓA
Xã hội | 05/11/2024 10:20

Nga Sơn siết chặt quản lý khai thác cát

Ngày 4/11, Chủ tịch UBND huyện Nga Sơn đã ký Chỉ thị yêu cầu các xã ven sông chấm dứt khai thác cát trái phép.

Từ năm 2022, HĐND huyện đã ban hành Nghị quyết số 15/NQ-HĐND về quản lý tài nguyên khoáng sản.
`)).toEqual({ number: null, type: 'Chỉ thị', date: '2024-11-04', issuer: 'UBND huyện Nga Sơn' });
  });

  it('guard: the same type announced below with its number is the lead\'s own', () => {
    expect(identity(`BÁO THANH HÓA
Xã hội | 05/11/2024 10:20

Nga Sơn siết chặt quản lý khai thác cát

Ngày 4/11, Chủ tịch UBND huyện Nga Sơn đã ký Chỉ thị yêu cầu các xã ven sông chấm dứt khai thác cát trái phép.

Theo đó, UBND huyện ban hành Chỉ thị số 07/CT-UBND ngày 4/11/2024 giao Công an huyện tuần tra trên sông.
`)).toMatchObject({ number: '07/CT-UBND', type: 'Chỉ thị', date: '2024-11-04' });
  });
});
