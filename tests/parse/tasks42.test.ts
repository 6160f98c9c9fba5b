import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

/**
 * Blind batch 42's task misses (tasks42 round), on short documents written for this test: the document's last paragraph
 * asking the general units only to carry it out, with the report back joined after a semicolon (the closing convention:
 * "also with a report request joined to it in the same sentence").
 */
const plan = `KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm chủ động khống chế dịch.

II. TỔ CHỨC THỰC HIỆN
1. Phòng Y tế chủ trì hướng dẫn phun hóa chất tại các ổ dịch.
2. Trung tâm Y tế huyện giám sát ca bệnh tại các xã.
`;
const texts = (doc: string) => parseDocument(doc).assignments.map((a) => a.text.slice(0, 30));
const two = ['Phòng Y tế chủ trì hướng dẫn p', 'Trung tâm Y tế huyện giám sát '];

describe('the closing paragraph that asks the units to carry the plan out and report back is no task', () => {
  it('"Thủ trưởng các phòng, ban … căn cứ nhiệm vụ được giao tổ chức triển khai thực hiện; định kỳ 6 tháng báo cáo kết quả về …./."', () => {
    expect(texts(plan + 'Thủ trưởng các phòng, ban, đơn vị và Chủ tịch UBND các xã, thị trấn căn cứ nhiệm vụ được giao tổ chức triển khai thực hiện; định kỳ 6 tháng báo cáo kết quả về UBND huyện (qua Phòng Y tế)./.\n')).toEqual(two);
  });

  it('"Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai; định kỳ báo cáo kết quả về …./." wrapped', () => {
    expect(texts(plan + 'Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai; định kỳ báo cáo kết quả về Văn phòng thường trực\nBan Chỉ đạo phòng, chống dịch huyện./.\n')).toEqual(two);
  });

  it('"<issuer> đề nghị các đơn vị nghiêm túc triển khai; báo cáo tình hình … về …./."', () => {
    expect(texts(plan + 'Ủy ban nhân dân huyện đề nghị các đơn vị nghiêm túc triển khai; báo cáo tình hình dịch bệnh định kỳ trước ngày 25 hằng tháng về Phòng Y tế để tổng hợp./.\n')).toEqual(two);
  });

  it('"Nhận được Công điện này, yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện; thường xuyên báo cáo …"', () => {
    expect(texts(plan + 'Nhận được Công điện này, yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện; thường xuyên báo cáo tình hình về Phòng Y tế.\n')).toEqual(two);
  });

  it('guard: units with work of their own before the report stay a task', () => {
    expect(texts(plan + 'Các xã, thị trấn rà soát các ổ dịch trên địa bàn; định kỳ báo cáo kết quả về Phòng Y tế./.\n')).toHaveLength(3);
  });
});

describe('the event as the subject of its deadline or its manner is no task', () => {
  // "Đại hội chi bộ hoàn thành trước ngày 31/5/2025; …", "Theo đó, đại hội các chi bộ hoàn thành trước ngày …", "Đại hội chi
  // bộ được tổ chức chặt chẽ, …" (tune f440, n358): when the congresses are to be done, or how, not a unit's work.
  const congress = (line: string) => `KẾ HOẠCH
Tổ chức đại hội chi bộ nhiệm kỳ 2027 - 2029

I. YÊU CẦU
${line}

II. TỔ CHỨC THỰC HIỆN
1. Ban Tổ chức Huyện ủy hướng dẫn quy trình nhân sự.
2. Văn phòng Huyện ủy bảo đảm kinh phí.
`;
  const two = ['Ban Tổ chức Huyện ủy hướng dẫn', 'Văn phòng Huyện ủy bảo đảm kin'];

  it('"Đại hội chi bộ hoàn thành trước ngày …; …" and "đại hội các chi bộ trực thuộc phải hoàn thành trước …"', () => {
    expect(texts(congress('- Đại hội chi bộ hoàn thành trước ngày 31/5/2027; đại hội điểm xong trong tháng 4/2027.'))).toEqual(two);
    expect(texts(congress('- Đại hội các chi bộ trực thuộc phải hoàn thành trước ngày 30/6/2027.'))).toEqual(two);
  });

  it('"Đại hội chi bộ được tổ chức chặt chẽ, đúng nguyên tắc …"', () => {
    expect(texts(congress('- Đại hội chi bộ được tổ chức chặt chẽ, đúng nguyên tắc, quy định của Điều lệ Đảng.'))).toEqual(two);
  });

  it('"Theo đó, đại hội các chi bộ hoàn thành trước ngày …" in a news report', () => {
    const doc = `Hà Nam: Chỉ thị về đại hội chi bộ
Ban Thường vụ Tỉnh ủy Hà Nam vừa ban hành Chỉ thị về đại hội chi bộ nhiệm kỳ 2027 - 2029. Theo đó, đại hội các chi bộ hoàn thành trước ngày 30/6/2027. Chỉ thị yêu cầu Ban Tổ chức Tỉnh ủy hướng dẫn quy trình nhân sự.
`;
    expect(texts(doc)).toEqual(['Chỉ thị yêu cầu Ban Tổ chức Tỉ']);
  });

  it('guard: a unit that leads the congresses to their deadline keeps its task', () => {
    expect(texts(congress('- Các đảng ủy cơ sở lãnh đạo, chỉ đạo đại hội chi bộ trực thuộc hoàn thành trước ngày 31/3/2027.'))).toHaveLength(3);
  });
});

describe('the polite closing "đề nghị X quan tâm, chỉ đạo thực hiện./." is no task, whoever X is', () => {
  // "Bộ … đề nghị Chủ tịch Ủy ban nhân dân các tỉnh, thành phố quan tâm chỉ đạo thực hiện./." (tune f526), "… đề nghị Ủy
  // ban nhân dân thành phố Hà Nội quan tâm, chỉ đạo thực hiện./." (c218): the addressee with its head, or one body.
  it('"… đề nghị Chủ tịch Ủy ban nhân dân các huyện, thị xã quan tâm chỉ đạo thực hiện./."', () => {
    expect(texts(plan + 'Sở Y tế đề nghị Chủ tịch Ủy ban nhân dân các huyện, thị xã quan tâm chỉ đạo thực hiện./.\n')).toEqual(two);
  });

  it('"… đề nghị Ủy ban nhân dân huyện Tam Nông quan tâm, chỉ đạo thực hiện./."', () => {
    expect(texts(plan + 'Sở Y tế đề nghị Ủy ban nhân dân huyện Tam Nông quan tâm, chỉ đạo thực hiện./.\n')).toEqual(two);
  });
});
