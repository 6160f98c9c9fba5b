import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Citation relations of a web copy's `Thực hiện:` list (webhead40, after blind batch 40's w408 and w415): passages
 * written for this test (real places, made-up numbers). An item wrapped inside its date or its number puts figures
 * at the start of a line ("3/2021 của …", "01-KL/TW;") that read as another kind of marker; and the document the
 * title names by its type and issuer is the one the list numbers. Every citation with its exact relation.
 */
const relations = (text: string): Record<string, string> =>
  Object.fromEntries(parseDocument(text).citations.map((c) => [`${c.number ?? c.name ?? '?'}${c.citedBy ? ` in ${c.citedBy}` : ''}`, c.relation]));

describe('a web copy\'s "Thực hiện:" list: an item wrapped inside its date or number stays in the list', () => {
  it('1. "… ngày 14/" / "4/2022 của …": the items after it are still carried out', () => {
    const text = `ĐẢNG BỘ TỈNH SƠN LA
HUYỆN ỦY MỘC CHÂU
Số 96-KH/HU
Mộc Châu, ngày 10 tháng 6 năm 2022
KẾ HOẠCH
phát triển du lịch nông nghiệp năm 2022
Thực hiện:
- Chương trình hành động số 21-CTr/TU ngày 14/
4/2022 của Ban Thường vụ Tỉnh ủy Sơn La về phát triển du lịch;
- Kế hoạch số 880/KH-UBND ngày 02/5/2022 của Ủy ban nhân dân tỉnh Sơn La về du lịch nông nghiệp
năm 2022,
Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Phát huy lợi thế của huyện về du lịch.
`;
    expect(relations(text)).toEqual({ '21-CTr/TU': 'implements', '880/KH-UBND': 'implements' });
  });

  it('2. "… thực hiện Kết luận số" / "12-KL/TU;", and the title naming the first document by its type and issuer', () => {
    const text = `ĐẢNG BỘ TỈNH BẾN TRE
HUYỆN ỦY CHỢ LÁCH
Số 77-KH/HU
Chợ Lách, ngày 02 tháng 7 năm 2021
KẾ HOẠCH
triển khai thực hiện Kết luận của Ban Thường vụ Tỉnh ủy về phát triển cây giống
Thực hiện:
- Kết luận số 12-KL/TU, ngày 10/5/2021 của Ban Thường vụ Tỉnh ủy về phát triển cây giống;
- Kế hoạch số 30-KH/TU, ngày 02/6/2021 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số
12-KL/TU;
- Hướng dẫn số 05-HD/BTGTU, ngày 15/6/2021 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền năm 2021,
Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Các cấp ủy quán triệt Kết luận 12 đến cán bộ, đảng viên.
`;
    expect(relations(text)).toEqual({ '12-KL/TU': 'implements', '30-KH/TU': 'implements', '05-HD/BTGTU': 'implements' });
  });

  it('3. a line that opens a numbered section under a list closed by a comma is no item', () => {
    const text = `HUYỆN ỦY CHỢ LÁCH
Số 78-KH/HU
Chợ Lách, ngày 05 tháng 7 năm 2021
KẾ HOẠCH
tuyên truyền phát triển cây giống
Thực hiện:
- Kết luận số 12-KL/TU, ngày 10/5/2021 của Ban Thường vụ Tỉnh ủy về phát triển cây giống,
Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:
1. Các chi bộ tuyên truyền theo Hướng dẫn số 05-HD/BTGTU ngày 15/6/2021 của Ban Tuyên giáo Tỉnh ủy.
`;
    expect(relations(text)).toEqual({ '12-KL/TU': 'implements', '05-HD/BTGTU': 'cites' });
  });
});
