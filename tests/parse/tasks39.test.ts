import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Blind batch 39's task misses (tasks39 round), on short documents written for this test: a target opened by its time
 * frame, a whole body's deadline, and the last paragraph that asks the units alone to carry the plan out and says where
 * to turn with difficulties.
 */
const plan = (extra: string) => `KẾ HOẠCH
Phòng, chống dịch bệnh trên đàn gia cầm năm 2026

I. MỤC ĐÍCH, YÊU CẦU
${extra}

II. TỔ CHỨC THỰC HIỆN
1. Phòng Nông nghiệp và Môi trường chủ trì hướng dẫn tiêm phòng cho đàn gia cầm.
2. Trạm Chăn nuôi và Thú y huyện cấp phát vắc-xin cho các xã.
`;
const texts = (doc: string) => parseDocument(doc).assignments.map((a) => a.text.slice(0, 30));

describe('a target opened by its time frame is no task', () => {
  // After an opening that leads in ("… xây dựng Kế hoạch thực hiện như sau:") every clause with a unit for subject was a
  // task, the target's "tổ chức cơ sở đảng" too (tune w195, c327).
  const party = (aims: string) => `ĐẢNG BỘ TỈNH AN GIANG
HUYỆN ỦY CHÂU PHÚ
Số 12-KH/HU
KẾ HOẠCH
Tuyên truyền phòng, chống dịch bệnh năm 2026

Thực hiện Kế hoạch số 40-KH/TU, ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy Châu Phú xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
${aims}

II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì hướng dẫn tuyên truyền.
2. Văn phòng Huyện ủy theo dõi, tổng hợp kết quả.
`;
  const two = ['Ban Tuyên giáo Huyện ủy chủ tr', 'Văn phòng Huyện ủy theo dõi, t'];

  it('"…; đến cuối năm 2026, 100% tổ chức cơ sở đảng …" and "Sau 3 năm, 100% chi bộ …" state what the plan aims at or reached', () => {
    expect(texts(party('Nâng cao nhận thức của cấp ủy về phòng dịch; đến cuối năm 2026, 100% tổ chức cơ sở đảng tuyên truyền phòng dịch, 80% hộ được hướng dẫn.'))).toEqual(two);
    expect(texts(party('Sau 3 năm, 100% chi bộ đưa nội dung phòng dịch vào sinh hoạt hằng quý; 12 tập thể được khen thưởng.'))).toEqual(two);
    expect(texts(party('Nâng cao nhận thức của cấp ủy về phòng dịch; phấn đấu 100% chi bộ tổ chức sinh hoạt chuyên đề về phòng dịch.'))).toEqual(two);
  });

  it('guard: a clause that opens with a time frame and names its unit stays a task', () => {
    expect(texts(party('Nâng cao nhận thức của cấp ủy về phòng dịch; đến cuối năm 2026, các chi bộ tổ chức sinh hoạt chuyên đề về phòng dịch.'))).toHaveLength(3);
  });
});

describe('a whole body\'s deadline is no task', () => {
  it('"…; toàn Đảng bộ hoàn thành đại hội chi bộ trước ngày …" after the task of the item', () => {
    const doc = `CHỈ THỊ
Về đại hội chi bộ nhiệm kỳ 2027 - 2029

1. Chi bộ Tổ dân phố số 2 tổ chức đại hội điểm trong tuần đầu tháng 3/2027, rút kinh nghiệm cho các chi bộ còn lại; toàn Đảng bộ hoàn thành đại hội chi bộ trước ngày 15/4/2027.
2. Văn phòng Đảng ủy hướng dẫn quy trình bầu cử.
`;
    const found = parseDocument(doc).assignments;
    expect(found).toHaveLength(2);
    expect(found[0]!.text).not.toContain('toàn Đảng bộ');
  });
});

describe('the last paragraph asking the units to carry the plan out is no task', () => {
  it('"Các đơn vị căn cứ Kế hoạch này khẩn trương triển khai; trong quá trình thực hiện, nếu có khó khăn báo cáo …./."', () => {
    expect(texts(plan('Bảo đảm chủ động khống chế dịch.') + 'Các đơn vị căn cứ Kế hoạch này khẩn trương triển khai; trong quá trình thực hiện, nếu có khó khăn báo cáo Phòng Nông nghiệp và Môi trường để giải quyết./.\n')).toHaveLength(2);
  });

  it('"Các sở, ngành, địa phương tổ chức thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo …./." wrapped', () => {
    expect(texts(plan('Bảo đảm chủ động khống chế dịch.') + 'Các xã, thị trấn tổ chức thực hiện; trong quá trình thực hiện, nếu có khó khăn,\nvướng mắc, báo cáo về Ủy ban nhân dân huyện (qua Phòng Nông nghiệp và Môi trường) để xem xét./.\n')).toHaveLength(2);
  });

  it('guard: units with work of their own before the difficulties stay a task', () => {
    expect(texts(plan('Bảo đảm chủ động khống chế dịch.') + 'Các xã, thị trấn rà soát đàn gia cầm trên địa bàn; trong quá trình thực hiện, nếu có khó khăn báo cáo Ủy ban nhân dân huyện./.\n')).toHaveLength(3);
  });
});

describe('an inter-branch team named as the subject or the partner', () => {
  // "Công an xã phối hợp với Tổ kiểm soát liên ngành kiểm tra …" (tune f472): the team was no unit, and the police alone
  // was assigned; "Tổ kiểm tra liên ngành" likewise.
  it('names "Tổ kiểm soát liên ngành" and "Tổ kiểm tra liên ngành" with the commune, the police leading', () => {
    const doc = `ỦY BAN NHÂN DÂN XÃ PHƯỚC LÝ
Số: 45/UBND
V/v phòng, chống bệnh cúm gia cầm
1. Công an xã phối hợp với Tổ kiểm soát liên ngành kiểm tra việc vận chuyển gia cầm trên các tuyến đường liên ấp.
2. Tổ kiểm tra liên ngành xã kiểm tra các điểm kinh doanh gia cầm tại chợ.
`;
    const units = parseDocument(doc).assignments.map((a) => a.units.map((u) => `${u.name}:${u.role}`));
    expect(units).toEqual([
      ['Công an xã Phước Lý:lead', 'Tổ kiểm soát liên ngành xã Phước Lý:support'],
      ['Tổ kiểm tra liên ngành xã Phước Lý:assigned'],
    ]);
  });
});

describe('a news report\'s place dateline before "Theo kế hoạch, …"', () => {
  // "SÓC TRĂNG - Theo kế hoạch, chiến dịch diễn ra …" (tune n327, and n249's "ĐẮK NÔNG - Theo Kế hoạch số …"): the
  // dateline hid the opener, and the sentences after it that give units their work were no tasks.
  const news = (lead: string) => `Bạc Liêu: ra quân Mùa hè xanh

Ngày 18/5/2026, Ban Thường vụ Tỉnh đoàn Bạc Liêu ban hành kế hoạch tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2026.

${lead}

Huyện đoàn, Thị đoàn, Thành đoàn tổ chức lễ ra quân đồng loạt vào ngày 02/6.
`;
  const found = (doc: string) => parseDocument(doc).assignments.map((a) => a.text.slice(0, 20));

  it('reads the opener after "BẠC LIÊU - ", as without it', () => {
    expect(found(news('Theo kế hoạch, chiến dịch diễn ra từ ngày 01/6 đến 31/8/2026.'))).toEqual(['Huyện đoàn, Thị đoàn']);
    expect(found(news('BẠC LIÊU - Theo kế hoạch, chiến dịch diễn ra từ ngày 01/6 đến 31/8/2026.'))).toEqual(['Huyện đoàn, Thị đoàn']);
  });

  it('the opener\'s document with its number and maker ("Theo Kế hoạch số … do UBND xã … ban hành ngày …, …") gives the maker no task', () => {
    expect(found(news('BẠC LIÊU - Theo Kế hoạch số 09/KH-UBND do UBND xã Vĩnh Trạch ban hành ngày 12/01/2026, mùa khô năm nay được dự báo đến sớm.'))).toEqual(['Huyện đoàn, Thị đoàn']);
  });

  it('guard: a dateline before a sentence that is no opener changes nothing', () => {
    expect(found(news('BẠC LIÊU - Năm 2025, chiến dịch đã làm mới 14 km đường giao thông nông thôn.'))).toEqual([]);
  });
});

describe('a group of owners as the subject of a duty', () => {
  // "4. Các hộ chăn nuôi không mua heo không rõ nguồn gốc …" (tune f472), "Các chủ tàu cá …", "Các chủ rừng …": a group of
  // owners that is the subject of a duty is the task's unit, named as printed (the convention of labels35, 9 of 9).
  it('names "Các hộ chăn nuôi" and "Các chủ tàu cá" with the commune', () => {
    const doc = `ỦY BAN NHÂN DÂN XÃ PHƯỚC LÝ
Số: 45/UBND
V/v phòng, chống bệnh cúm gia cầm
Ủy ban nhân dân xã yêu cầu các đơn vị thực hiện các nội dung sau:
1. Các hộ chăn nuôi không mua gia cầm không rõ nguồn gốc, chủ động tiêm phòng.
2. Các chủ tàu cá không chở gia cầm qua bến đò.
`;
    const units = parseDocument(doc).assignments.map((a) => a.units.map((u) => u.name));
    expect(units).toEqual([['Các hộ chăn nuôi xã Phước Lý'], ['Các chủ tàu cá xã Phước Lý']]);
  });
});
