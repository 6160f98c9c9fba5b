import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * The document's own identity from the misses of blind batch 16's headless fragments and news reports
 * (28 documents moved whole to tune; docs/extraction-quality.md, "Document identity: what the misses
 * are", eleventh round): each case one structure of the text, on short documents written for this test
 * in their own words, with a guard where the rule has an edge.
 */
const identity = (text: string) => {
  const r = parseDocument(text);
  return { number: r.number, docType: r.docType, issuedOn: r.issuedOn, issuer: r.issuer?.name ?? null };
};
const told = (text: string) => parseDocument(text).warnings.filter((w) => w.code === 'IDENTITY_FROM_TEXT').map((w) => w.message);

describe('the warning names where a headless document\'s issuer was read', () => {
  const decision = (authority: string, signature: string) => `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Công chức Tư pháp - Hộ tịch.

${authority}
QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ hòa giải ở cơ sở thôn Đông, gồm các ông (bà) có tên trong danh sách kèm theo.

Điều 2. Công chức Tư pháp - Hộ tịch và các thành viên Tổ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
${signature}

Lê Thị Mai
`;

  it('the enacting formula "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ … / QUYẾT ĐỊNH:" is named as such, not as the signature block', () => {
    const text = decision('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA AN', 'CHỦ TỊCH');
    expect(identity(text).issuer).toBe('UBND xã Hòa An');
    expect(told(text)).toEqual(['the document has no header: its issuer from the enacting formula above its articles', 'the document has no header: its type from its closing lines']);
  });

  it('a signature naming its body and place is still "the signature block"', () => {
    const text = decision('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ', 'TM. ỦY BAN NHÂN DÂN XÃ HÒA AN\nCHỦ TỊCH');
    expect(identity(text).issuer).toBe('UBND xã Hòa An');
    expect(told(text)).toEqual(['the document has no header: its issuer from the signature block', 'the document has no header: its type from its closing lines']);
  });

  it('"T/M BAN THƯỜNG VỤ" whose owner only the body names: the body\'s mention is named', () => {
    const text = `1. Ban Tuyên giáo Huyện ủy chủ trì tổ chức hội nghị học tập chuyên đề năm 2024.

2. Ban Tổ chức Huyện ủy hướng dẫn các chi bộ kiểm điểm việc học tập.

3. Văn phòng Huyện ủy bố trí kinh phí, hội trường.

Nơi nhận:
- Các chi, đảng bộ cơ sở;
- Lưu: VP.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Trần Văn Hòa
`;
    expect(told(text)).toEqual(["the document has no header: its issuer from the body's mention of the signing organ's owner"]);
  });
});
