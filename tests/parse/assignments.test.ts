import { describe, expect, it } from 'vitest';
import { districtDoc, parse } from './docs.js';

/** Tasks of a body in a Hai Bà Trưng district document: [body, tasks as clause / rule / units(role)]. */
const tasks = (body: string) => parse(districtDoc(body)).assignments.map((a) =>
  `${a.clause} ${a.rule}: ${a.units.map((u) => `${u.name.replace(' quận Hai Bà Trưng', '')}${u.role === 'assigned' ? '' : ` (${u.role})`}`).join('; ')}`);

const LEAD = 'Quận ủy yêu cầu các cơ quan, đơn vị thực hiện các nhiệm vụ sau:\n\n';

describe('assignments', () => {
  it.each<[string, string[]]>([
    // "chủ trì, phối hợp với": lead and support
    [`${LEAD}1. Giao Phòng Y tế quận chủ trì, phối hợp với Trung tâm Y tế quận và Công an quận triển khai tiêm chủng.`,
      ['1 assign:giao: Phòng Y tế (lead); Trung tâm Y tế (support); Công an (support)']],
    // "X chủ trì, Y phối hợp"
    [`${LEAD}1. UBND các phường chủ trì, Công an quận phối hợp thực hiện.`,
      ['1 subject: UBND các phường (lead); Công an (support)']],
    // a bullet that names no unit falls to the item's lead-in; one that names a unit is that unit's
    [`${LEAD}1. Giao UBND quận chỉ đạo các nội dung:\n\n- Rà soát các khu cách ly.\n\n- Công an quận tăng cường tuần tra.`,
      ['1.-1 lead-in: UBND', '1.-2 subject: Công an']],
    // an item that names no unit falls to the body's lead-in
    [`${LEAD}1. Tăng cường tuyên truyền.`, ['1 lead-in: Các cơ quan, đơn vị']],
    // sections, points and bullets make the clause path
    [`${LEAD}II. Nhiệm vụ\n\n1. Công an quận tuần tra.\n\na) UBND quận kiểm tra.\n\n- UBND 18 phường báo cáo.\n\n2. Giao Văn phòng Quận ủy theo dõi.`,
      ['II.1 subject: Công an', 'II.1.a subject: UBND', 'II.1.a.-1 subject: UBND các phường', 'II.2 assign:giao: Văn phòng Quận ủy Hai Bà Trưng']],
    // a repeated number is told apart; a sub-item names its own place
    [`${LEAD}3. Công an quận tuần tra.\n\n3. UBND quận kiểm tra.\n\n3.1. Phòng Y tế quận báo cáo.`,
      ['3 subject: Công an', '3(2) subject: UBND', '3.1 subject: Phòng Y tế']],
    // a report is no task; nor is a closing formula
    [`${LEAD}1. UBND quận đã triển khai kế hoạch.\n\nVăn phòng Quận ủy thông báo để các đơn vị biết, thực hiện./.`, []],
    // before any lead-in, prose is not a task unless it opens with an assigning verb
    ['Công an quận tăng cường tuần tra.\n\nĐề nghị UBND quận báo cáo kết quả.', [' assign:đề nghị: UBND']],
    // "X chỉ đạo cho Y <verb>": the task is X's; Y is whom X directs, no unit of this document
    [`${LEAD}1. UBND quận chỉ đạo cho Trung tâm Y tế quận khẩn trương truy vết.`, ['1 subject+directed: UBND']],
    // "1/" items are items (never numbers): the first names its unit, the second falls to the lead-in
    [`${LEAD}1/ Công an quận tăng cường tuần tra.\n2/ Rà soát các khu cách ly.`, ['1 subject: Công an', '2 lead-in: Các cơ quan, đơn vị']],
    // the closing formula with its issuer in front is no task
    [`${LEAD}1. Công an quận tuần tra.\n\nBan Thường vụ Quận ủy thông báo để các cấp ủy, tổ chức đảng biết, thực hiện.`, ['1 subject: Công an']],
    [`${LEAD}1. Công an quận tuần tra.\n\nVăn phòng Quận ủy đề nghị các đơn vị nghiêm túc thực hiện./.`, ['1 subject: Công an']],
    // a numbered heading on its own line and the description under it are no task
    [`${LEAD}II. Nhiệm vụ\n1. Phát triển chính quyền số\nHiện nay 100% văn bản đi được ký số.\n2. Công an quận tuần tra.`, ['II.2 subject: Công an']],
    // a timetable line "<units>: <date>" is no task; the request after it is
    ['Quận ủy thông báo lịch đại hội các chi bộ như sau:\n\n- Chi bộ khu dân cư số 1: ngày 15/9/2024.\n- Chi bộ Trường Tiểu học: ngày 18/9/2024.\n\nĐề nghị các chi bộ chuẩn bị văn kiện.',
      ['-2 assign:đề nghị: Các chi bộ trực thuộc Quận ủy Hai Bà Trưng']],
    // "Thực hiện ..., <units> <verb> ...": the subject after the comma, once a lead-in has opened the tasks
    [`${LEAD}1. Công an quận tuần tra.\n\nThực hiện Công điện số 07/CĐ-UBND ngày 10/10/2022 của UBND Thành phố, UBND 18 phường khẩn trương báo cáo tình hình.`,
      ['1 subject: Công an', '1 subject: UBND các phường']],
    // "<issuer> chỉ thị cho <units> ... sau:" leads in its items like "yêu cầu"
    ['Ban Thường vụ Quận ủy chỉ thị cho Đảng ủy các phường thực hiện các nội dung sau:\n\n1. Rà soát các khu cách ly.', ['1 lead-in: Đảng ủy các phường']],
    // "(Để ..., ) <issuer> đề nghị <units> <verb>": the units after the verb, not the issuer speaking
    [`${LEAD}1. Để kịp thời sơ cứu, Ủy ban nhân dân quận đề nghị Trung tâm Y tế quận bố trí cán bộ trực.`, ['1 assign:đề nghị: Trung tâm Y tế']],
    [`${LEAD}1. UBND quận đề nghị Công an quận tăng cường tuần tra.`, ['1 assign:đề nghị: Công an']],
    // the sentence that announces the document is none, even with a subject after its comma
    ['Thực hiện Kế hoạch số 52/KH-UBND ngày 20/02/2023 của UBND Thành phố, Ủy ban nhân dân quận xây dựng Kế hoạch triển khai như sau:\n\nI. MỤC ĐÍCH\n\nNâng cao chất lượng phục vụ.', []],
  ])('%s', (body, expected) => {
    expect(tasks(body)).toEqual(expected);
  });

  it('reads a deadline', () => {
    const [t] = parse(districtDoc(`${LEAD}1. UBND quận báo cáo kết quả trước ngày 30/8/2021.`)).assignments;
    expect(t!.deadline).toBe('2021-08-30');
  });

  it('gives each task an id, its text and the span of that text', () => {
    const text = districtDoc(`${LEAD}1. Công an quận tăng cường tuần tra; UBND 18 phường kiểm tra.`);
    const r = parse(text);
    expect(r.assignments.map((a) => [a.taskId, a.text])).toEqual([['t1', 'Công an quận tăng cường tuần tra;'], ['t2', 'UBND 18 phường kiểm tra.']]);
    for (const a of r.assignments) expect(text.slice(a.span[0], a.span[1])).toBe(a.text);
  });
});

describe('item markers are not document numbers', () => {
  it('reads "3/ Ban cán sự đảng ..." as item 3, with no citation', () => {
    const r = parse(districtDoc(`${LEAD}1/ Rà soát các khu cách ly.\n3/ Ban cán sự đảng UBND quận chỉ đạo tổng hợp thiệt hại.`));
    expect(r.citations.map((c) => c.number)).toEqual([]);
    expect(r.assignments.map((a) => a.clause)).toEqual(['1', '3']);
  });
});

describe('units whose area the text does not name', () => {
  // no header: the district is unknown, so the word as printed stays
  const units = (body: string) => parse(body).assignments.flatMap((a) => a.units.map((u) => u.name));

  it('keeps "huyện" for a department of an unnamed district', () => {
    expect(units('Đề nghị Phòng Y tế huyện báo cáo kết quả trước ngày 30/9/2024.')).toEqual(['Phòng Y tế huyện']);
  });

  it('reads "quận, huyện" as one collective unit', () => {
    expect(units('Đề nghị Phòng Giáo dục và Đào tạo quận, huyện hướng dẫn các trường.')).toEqual(['Phòng Giáo dục và Đào tạo quận, huyện']);
  });
});

describe('a Kính gửi list with no blank line after it (web copy)', () => {
  it('ends at the body, so the body has its tasks and the Nơi nhận its recipients', () => {
    const text = [
      'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'QUẬN ỦY HAI BÀ TRƯNG', '*', 'Số 512-CV/QU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hai Bà Trưng, ngày 03 tháng 10 năm 2022',
      'Kính gửi:', '- Đảng ủy các phường;', '- Ban cán sự đảng UBND quận.',
      'Thực hiện Thông báo số 1055-TB/TU ngày 26/9/2022 của Thường trực Thành ủy, Thường trực Quận ủy yêu cầu Ban cán sự đảng UBND quận thực hiện tốt một số nội dung sau:',
      '1- Tăng cường kiểm tra các vi phạm lấn chiếm vỉa hè.',
      'Nơi nhận:', '- Thường trực Thành ủy (để b/c),', '- Lưu VPQU.', 'T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG', 'Phạm Văn An',
    ].join('\n');
    const r = parse(text);
    expect(r.recipients.filter((x) => x.list === 'kinhGui').map((x) => x.name)).toEqual(['Đảng ủy các phường quận Hai Bà Trưng', 'Ban cán sự đảng UBND quận Hai Bà Trưng']);
    expect(r.citations.map((c) => [c.number, c.relation])).toEqual([['1055-TB/TU', 'implements']]);
    expect(r.assignments.map((a) => [a.clause, a.units.map((u) => u.name)])).toEqual([['1', ['Ban cán sự đảng UBND quận Hai Bà Trưng']]]);
  });
});
