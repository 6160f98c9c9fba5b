import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/parse/clean.js';
import { parseDocument } from '../../src/parse/index.js';

/** Documents written for these tests in the shape text takes when copied from a web page. */
const doc = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/web-copy/${name}`, import.meta.url)), 'utf8');
const lines = (text: string, n: number) => clean(text).text.split('\n').slice(0, n);

describe('web copy: a header copied as a markdown table, a blank left in the number, a date cut in its cell', () => {
  const text = doc('ke-hoach-bang-markdown.txt');

  it('reads the header column by column: issuer and number, then motto and the whole date', () => {
    expect(lines(text, 7)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN KIM BẢNG',
      'Số: 187/KH-UBND',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Kim Bảng, ngày 14 tháng 5 năm 2025',
    ]);
  });

  it('gives number, issuer, date and the implemented plan, with spans into the text as copied', () => {
    const r = parseDocument(text);
    expect(r).toMatchObject({ number: '187/KH-UBND', docType: 'Kế hoạch', issuedOn: '2025-05-14', place: 'Kim Bảng',
      title: 'Ra quân làm sạch kênh mương nội đồng năm 2025' });
    expect(r.issuer).toMatchObject({ name: 'UBND huyện Kim Bảng', key: 'org:ubnd@d350' });
    expect(r.citations.map((c) => [c.number, c.relation, c.issuer?.key])).toEqual([['52/KH-UBND', 'implements', 'org:ubnd@p35']]);
    expect(text.slice(...r.spans.number![0]!)).toBe('187    /KH-UBND');
    expect(text.slice(...r.spans.issuedOn![0]!)).toBe('ngày 14 tháng 5 |\n|  | năm 2025');
    expect(text.slice(...r.spans.place![0]!)).toBe('Kim Bảng');
    // the sentence wrapped over three lines is one sentence, its issuer whole
    expect(r.citations[0]!.evidence).toBe('Thực hiện Kế hoạch số 52/KH-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh Hà Nam về vệ sinh môi trường nông thôn, Ủy ban nhân dân huyện Kim Bảng ban hành Kế hoạch ra quân như sau:');
    expect(r.assignments.map((a) => a.units.map((u) => u.name))).toEqual([['Phòng Nông nghiệp và Môi trường huyện Kim Bảng'], ['UBND các xã, thị trấn huyện Kim Bảng']]);
  });
});

describe('web copy: header cells glued on one line, paragraphs wrapped at a fixed width', () => {
  const text = doc('cong-van-dinh-lien.txt');

  it('splits issuer from motto and number from place-date', () => {
    expect(lines(text, 7)).toEqual([
      'ĐẢNG BỘ TỈNH NINH BÌNH',
      'HUYỆN ỦY YÊN MÔ',
      'Số 214-CV/HU',
      '',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Yên Mô, ngày 03 tháng 6 năm 2024',
      'V/v chủ động phòng, chống dịch tả lợn châu Phi',
    ]);
  });

  it('joins wrapped lines into paragraphs, keeps list items apart, mends a word hyphenated at the break', () => {
    const body = clean(text).text.split('\n\n');
    expect(body).toContain('1. Đảng ủy các xã, thị trấn chỉ đạo kiểm soát chặt việc vận chuyển lợn qua địa bàn, phát hiện sớm ổ dịch và xử lý kịp thời theo hướng dẫn của Trạm Chăn nuôi và Thú y huyện; không để dịch lây lan sang các thôn, xóm lân cận.');
    expect(body).toContain('2. Đảng ủy các xã chỉ đạo tuyên truyền để người chăn nuôi không giấu dịch, không bán chạy lợn ốm; hướng dẫn các hộ khử trùng chuồng trại bằng vôi bột và hóa chất Anti-Virus theo đúng liều lượng.');
    expect(body).toContain('Nơi nhận:\n- Như kính gửi;\n- Lưu VPHU.');
  });

  it('gives the issuer whole although "Ban Thường vụ" and "Tỉnh ủy Ninh Bình" were on two lines', () => {
    const r = parseDocument(text);
    expect(r).toMatchObject({ number: '214-CV/HU', docType: 'Công văn', issuedOn: '2024-06-03', place: 'Yên Mô', family: 'party' });
    expect(r.issuer).toMatchObject({ name: 'Ban Thường vụ Huyện ủy Yên Mô', key: 'org:huyen-uy@d377' });
    expect(r.citations.map((c) => [c.number, c.relation, c.issuer?.name, c.issuer?.key])).toEqual([
      ['1180-CV/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Ninh Bình', 'org:tinh-uy@p37'],
      ['95/KH-UBND', 'implements', 'UBND tỉnh Ninh Bình', 'org:ubnd@p37'],
    ]);
    // spans point into the text as copied, line breaks and all
    expect(r.citations.map((c) => text.slice(...c.spans[0]!))).toEqual([
      'Công văn số 1180-CV/TU ngày 28/5/2024 của Ban Thường vụ\nTỉnh ủy Ninh Bình',
      'Kế hoạch\nsố 95/KH-UBND ngày 30/5/2024 của Ủy ban nhân dân tỉnh Ninh Bình',
    ]);
    expect(r.warnings).toEqual([]);
  });
});

describe('web copy: a header table copied with tabs between the cells', () => {
  const text = doc('thong-bao-tab.txt');

  it('reads the columns apart and the record whole', () => {
    expect(lines(text, 6)).toEqual([
      'ỦY BAN NHÂN DÂN', 'PHƯỜNG TÂN HIỆP', 'Số: 36/TB-UBND', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
    ]);
    const r = parseDocument(text);
    expect(r).toMatchObject({ number: '36/TB-UBND', docType: 'Thông báo', issuedOn: '2025-10-21', place: 'Đồng Nai' });
    // Dated after 1 July 2025: read against the 2025 map, where Đồng Nai has no phường Tân Hiệp (the
    // old one went into phường Tam Hiệp); the issuer is kept apart, not guessed into a namesake.
    expect(r.issuer).toMatchObject({ name: 'UBND phường Tân Hiệp' });
    expect(r.issuer!.key).toMatch(/^org:ubnd-phuong-tan-hiep@\?doc-/u);
    expect(r.warnings.map((w) => w.code)).toEqual(['UNIT_UNRESOLVED', 'UNIT_UNRESOLVED']);
    expect(r.citations.map((c) => [c.number, c.relation, c.issuer?.key])).toEqual([['140/KH-UBND', 'basis', 'org:ubnd@2025.p75']]);
    expect(text.slice(...r.spans.issuer![0]!)).toBe('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG TÂN HIỆP');
  });
});

describe('clean: web-copy passes and the offset contract', () => {
  it.each([
    ['Số:      12/KH-UBND', 'Số: 12/KH-UBND'],
    ['Số: 12..../KH-UBND', 'Số: 12/KH-UBND'],
    ['theo Kế hoạch số 45     /KH-UBND', 'theo Kế hoạch số 45/KH-UBND'],
    ['Số 7-   TB/ĐU', 'Số 7-TB/ĐU'],
    ['Hà Nội, ngày 5 tháng 3\nnăm 2025', 'Hà Nội, ngày 5 tháng 3 năm 2025'],
    // a date line wrapped in its column, the other column's cells between its pieces (webhead40)
    ['HUYỆN ỦY SÌN HỒ\nSìn Hồ, ngày 11 tháng 12 năm\n*\n2023\nSố 57-CV/HU', 'HUYỆN ỦY SÌN HỒ\nSìn Hồ, ngày 11 tháng 12 năm 2023\n*\nSố 57-CV/HU'],
    ['*\nQuỳnh Lưu, ngày 07 tháng\nSố 215-KH/HU\n6 năm 2023\nKẾ HOẠCH', '*\nQuỳnh Lưu, ngày 07 tháng 6 năm 2023\nSố 215-KH/HU\nKẾ HOẠCH'],
    ['HUYỆN ỦY HƯƠNG KHÊ\nHương Khê,\n*\nngày 14 tháng 9 năm 2023\nSố 301-CV/HU', 'HUYỆN ỦY HƯƠNG KHÊ\nHương Khê, ngày 14 tháng 9 năm 2023\n*\nSố 301-CV/HU'],
    // a rest that does not make the line a whole date stays where it is
    ['Quỳnh Lưu, ngày 07 tháng\nSố 215-KH/HU\n2023\nKẾ HOẠCH', 'Quỳnh Lưu, ngày 07 tháng\nSố 215-KH/HU\n2023\nKẾ HOẠCH'],
  ])('%j -> %j', (input, expected) => {
    expect(clean(input).text).toBe(expected);
  });

  it('leaves a header of separate lines and a short fragment alone', () => {
    const header = 'ỦY BAN NHÂN DÂN\nQUẬN NINH KIỀU\n\nSố: 120/KH-UBND\n\nKẾ HOẠCH\nPhòng, chống bệnh sốt xuất huyết\ntrên địa bàn quận';
    expect(clean(header).text).toBe(header);
    expect(clean('a\nb').text).toBe('a\nb');
  });

  it('maps the rest of a date moved back on its line to where it stood', () => {
    const text = 'HUYỆN ỦY LỆ THỦY\n*\nLệ Thủy, ngày 19 tháng\nSố 142-KH/HU\n8 năm 2022\nKẾ HOẠCH';
    const c = clean(text);
    for (let i = 0; i < c.text.length; i++) {
      if (/\s/.test(c.text[i]!)) continue;
      const [s, e] = c.toOriginal([i, i + 1]);
      expect(`${i}:${text.slice(s, e)}`).toBe(`${i}:${c.text[i]}`);
    }
  });

  it('maps every character of the cleaned text back to the same character of the original', () => {
    for (const name of ['ke-hoach-bang-markdown.txt', 'cong-van-dinh-lien.txt', 'thong-bao-tab.txt']) {
      const text = doc(name);
      const c = clean(text);
      for (let i = 0; i < c.text.length; i++) {
        const ch = c.text[i]!;
        if (/\s/.test(ch)) continue;
        const [s, e] = c.toOriginal([i, i + 1]);
        expect(`${name}@${i}:${text.slice(s, e)}`).toBe(`${name}@${i}:${ch}`);
      }
    }
  });
});
