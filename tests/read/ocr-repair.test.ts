import { describe, expect, it } from 'vitest';
import { repairOcrNumbers, repairOcrWords, repairWarnings } from '../../src/read/ocr-repair.js';
import { pagesFromTsv } from '../../src/read/ocr.js';

describe('repairOcrNumbers: confusions OCR makes in document numbers', () => {
  it('gives ĐU back to a Party committee code read DU or PDU, and says where', () => {
    const input = 'Số 41-CV/PDU\n\nThực hiện Công văn số 180-CV/QU và Thông báo số 12-TB/DU ngày 3/8/2024';
    const { text, repairs } = repairOcrNumbers(input);
    expect(text).toBe('Số 41-CV/ĐU\n\nThực hiện Công văn số 180-CV/QU và Thông báo số 12-TB/ĐU ngày 3/8/2024');
    expect(repairs.map((r) => [r.from, r.to, r.rules, text.slice(...r.span)])).toEqual([
      ['41-CV/PDU', '41-CV/ĐU', ['PDU is ĐU'], '41-CV/ĐU'],
      ['12-TB/DU', '12-TB/ĐU', ['DU is ĐU'], '12-TB/ĐU'],
    ]);
  });

  it('reads O and l in a serial as 0 and 1, and restores the stroke of QĐ and NĐ', () => {
    const { text, repairs } = repairOcrNumbers('Số: 1O5/QD-UBND\ncăn cứ Nghị định số l3/2023/ND-CP');
    expect(text).toBe('Số: 105/QĐ-UBND\ncăn cứ Nghị định số 13/2023/NĐ-CP');
    expect(repairs.map((r) => r.rules)).toEqual([['letters for digits in the serial', 'QD is QĐ'], ['letters for digits in the serial', 'ND is NĐ']]);
  });

  it('joins a serial split by a stray space on the Số line only', () => {
    const { text } = repairOcrNumbers('Số: 1 87/KH-UBND\nNgày 12 18/KH-UBND');
    expect(text).toBe('Số: 187/KH-UBND\nNgày 12 18/KH-UBND');
  });

  it('replaces the eth look-alike everywhere and reports it once', () => {
    const { text, repairs } = repairOcrNumbers('ÐẢNG ỦY XÃ ÐÔNG SƠN\nSố 7-TB/DU');
    expect(text).toBe('ĐẢNG ỦY XÃ ĐÔNG SƠN\nSố 7-TB/ĐU');
    expect(repairWarnings('scan.png', repairs).map((w) => [w.code, w.message, w.span])).toEqual([
      ['OCR_REPAIRED', 'scan.png: OCR read "7-TB/DU", repaired to "7-TB/ĐU" (DU is ĐU)', [23, 30]],
      ['OCR_REPAIRED', 'scan.png: OCR read Ð (eth) for Đ 2 times, repaired', null],
    ]);
  });

  it('leaves alone what is not a misread number', () => {
    const clean = 'I- NHIỆM VỤ\nCovid-19 ngày 16/7/2021, Số 100- CV/ĐU, 17/CT-UBND, Q. Hai Bà Trưng, 30/2020/NĐ-CP, 05-NQ/TW, O/QU';
    expect(repairOcrNumbers(clean)).toEqual({ text: clean, repairs: [] });
  });
});

describe('pagesFromTsv: text and confidence from Tesseract TSV', () => {
  const row = (page: number, block: number, par: number, line: number, word: number, conf: number, text: string) =>
    ['5', page, block, par, line, word, 0, 0, 10, 10, conf, text].join('\t');
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    '1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t',
    row(1, 1, 1, 1, 1, 96, 'ỦY'), row(1, 1, 1, 1, 2, 94, 'BAN'), row(1, 1, 1, 2, 1, 90, 'Số:'), row(1, 1, 1, 2, 2, 80, '12/KH-UBND'),
    row(1, 1, 1, 2, 3, 30, '_'),
    row(1, 2, 1, 1, 1, 70, 'Thực'), row(1, 2, 1, 1, 2, 90, 'hiện'), row(1, 2, 1, 2, 1, 60, '_-'), row(1, 2, 1, 2, 2, 96, 'Lưu'),
  ].join('\n');

  it('joins words into lines, paragraphs by a blank line, drops specks, averages the word confidences', () => {
    expect(pagesFromTsv(tsv)).toEqual([{ page: 1, text: 'ỦY BAN\nSố: 12/KH-UBND\n\nThực hiện\n- Lưu', confidence: 0.845, words: 8 }]);
  });
});

describe('repairOcrWords: words OCR gets wrong in the lines that identify a document', () => {
  it('gives Đảng its hook back, spaces a glued type heading, drops specks after header lines', () => {
    const input = 'ĐẲNG BỘ HUYỆN ĐỨC TRỌNG\nỦY BAN NHÂN DÂN.\nĐộc lập - Tự do - Hạnh phúc :\nKẾHOẠCH\nTHÔNG BÁO .\nchịu trách nhiệm trước Ban Thường vụ Đẳng ủy về công tác';
    expect(repairOcrWords(input)).toEqual({
      text: 'ĐẢNG BỘ HUYỆN ĐỨC TRỌNG\nỦY BAN NHÂN DÂN\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nTHÔNG BÁO\nchịu trách nhiệm trước Ban Thường vụ Đảng ủy về công tác',
      counts: { 'Đảng read with a breve': 2, 'type heading read without its space': 1, 'speck after a header line': 3 },
    });
  });

  it('leaves real words and sentences alone', () => {
    const input = 'Đăng tải trên Cổng thông tin\nĐĂNG KÝ\nSố: 12/KH-UBND.\nLưu: VT.\nKT. CHỦ TỊCH\nCác đơn vị báo cáo kết quả.';
    expect(repairOcrWords(input)).toEqual({ text: input, counts: {} });
  });
});
