import { describe, expect, it } from 'vitest';
import { layoutPdfText, type PdfTextItem } from '../../src/read/pdf-layout.js';

/**
 * A page as a typesetter would lay it out: 10 pt text, 5 pt per character, lines 12 pt
 * apart, left margin 50, right margin at 350 (60 characters).
 */
const item = (str: string, x: number, y: number): PdfTextItem => ({ str, x, y, width: str.length * 5, fontSize: 10 });
const lines = (...rows: Array<[string, number]>) => rows.map(([str, y]) => item(str, 50, y));
/** `words` filled up with "x" words to a line of exactly 60 characters, ending in a letter. */
const full = (words: string) => {
  let s = words;
  while (s.length < 58) s += ' x';
  return s + 'xx'.slice(0, 60 - s.length);
};

describe('layoutPdfText', () => {
  it('orders items on one baseline by x and puts a space where there is a gap', () => {
    const page = { items: [item('ban', 80, 700), item('Ủy', 50, 700), item('nhân dân', 100, 700)] };
    expect(layoutPdfText([page])).toBe('Ủy ban nhân dân');
  });

  it('separates two columns on one line with a tab', () => {
    const page = { items: [item('QUẬN ỦY HAI BÀ TRƯNG', 50, 700), item('ĐẢNG CỘNG SẢN VIỆT NAM', 300, 700)] };
    expect(layoutPdfText([page])).toBe('QUẬN ỦY HAI BÀ TRƯNG\tĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('joins the lines of a wrapped paragraph and keeps a blank line between paragraphs', () => {
    const first = full('Thực hiện Công văn số 180-CV/QU ngày 16/7/2021 của Quận ủy');
    const page = { items: lines([first, 700], ['Liên Chiêu về phòng, chống dịch.', 688], ['Đoạn sau.', 664]) };
    expect(layoutPdfText([page])).toBe(`${first} Liên Chiêu về phòng, chống dịch.\n\nĐoạn sau.`);
  });

  it('does not join after a short line, nor before a list marker', () => {
    const page = {
      items: lines(['Nơi nhận:', 700], [full('- Thường trực Quận ủy'), 688], ['- Lưu VPQU.', 676], ['Trịnh Xuân Cường', 664]),
    };
    expect(layoutPdfText([page])).toBe(`Nơi nhận:\n${full('- Thường trực Quận ủy')}\n- Lưu VPQU.\nTrịnh Xuân Cường`);
  });

  it('joins a word broken after a hyphen without a space', () => {
    const first = `${full('phòng chống dịch bệnh').slice(0, 54)} Covid-`;
    const page = { items: lines([first, 700], ['19 trên địa bàn.', 688]) };
    expect(layoutPdfText([page])).toBe(`${first}19 trên địa bàn.`);
  });

  it('keeps the lines as they are with unwrap: false', () => {
    const first = full('Thực hiện');
    const page = { items: lines([first, 700], ['tiếp theo.', 688]) };
    expect(layoutPdfText([page], { unwrap: false })).toBe(`${first}\ntiếp theo.`);
  });

  it('joins pages with a blank line and skips pages without text', () => {
    const pages = [{ items: lines(['Trang một.', 700]) }, { items: [item('   ', 50, 700)] }, { items: lines(['Trang ba.', 700]) }];
    expect(layoutPdfText(pages)).toBe('Trang một.\n\nTrang ba.');
  });

  it('gives an empty string for a PDF without a text layer', () => {
    expect(layoutPdfText([{ items: [] }, { items: [] }])).toBe('');
  });
});
