import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { headed } from './docs.js';

/**
 * Citations and their relations from the misses of batch 28's 28 documents moved to tune (2026-12-07;
 * docs/extraction-quality.md, "Citations of batch 28's moved documents"), on short documents written for
 * this test, each with a variant in another province or another kind of body.
 */
const cited = (text: string) =>
  parseDocument(text).citations.map((c) => [c.number ?? c.name, c.relation, c.issuer?.name ?? null])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

const communeState = headed({
  issuer: 'ỦY BAN NHÂN DÂN THỊ XÃ ĐIỆN BÀN\nỦY BAN NHÂN DÂN XÃ ĐIỆN PHƯỚC',
  number: '41/KH-UBND',
  placeDate: 'Điện Phước, ngày 25 tháng 3 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Phát triển làng nghề gốm gắn với du lịch năm 2024',
});

const districtParty = headed({
  issuer: 'ĐẢNG BỘ TỈNH THÁI NGUYÊN\nHUYỆN ỦY ĐỊNH HÓA',
  number: '72-KH/HU',
  placeDate: 'Định Hóa, ngày 08 tháng 5 năm 2024',
  kind: 'KẾ HOẠCH',
  title: 'Bảo đảm an ninh, trật tự tại các điểm du lịch',
  rule: '*',
});

describe('a subject that runs to the next number through "và <instruction> của <giver> tại" is two items of one list', () => {
  it('"… gắn với du lịch và chỉ đạo của UBND thị xã tại Công văn số …": the letter is carried out with the resolution', () => {
    expect(cited(communeState(`Thực hiện Nghị quyết số 07-NQ/ĐU ngày 12/3/2024 của Ban Chấp hành Đảng bộ xã Điện Phước về phát triển làng nghề gắn với du lịch và chỉ đạo của Ủy ban nhân dân thị xã Điện Bàn tại Công văn số 845/UBND-KT ngày 20/3/2024, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:

1. Các thôn rà soát hộ làm gốm.`))).toEqual([
      ['07-NQ/ĐU', 'implements', 'Ban Chấp hành Đảng bộ xã Điện Phước'],
      ['845/UBND-KT', 'implements', 'UBND thị xã Điện Bàn'],
    ]);
  });

  it('"… so với yêu cầu mới và ý kiến kết luận của Thường trực Huyện ủy tại Thông báo số …" in a Party plan', () => {
    expect(cited(districtParty(`Quán triệt Chỉ thị số 05-CT/TU ngày 15/01/2024 của Ban Thường vụ Tỉnh ủy về bảo đảm an ninh nông thôn so với yêu cầu mới và ý kiến kết luận của Thường trực Huyện ủy tại Thông báo số 112-TB/HU ngày 02/5/2024, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

1. Công an huyện tăng cường tuần tra.`))).toEqual([
      ['05-CT/TU', 'implements', 'Ban Thường vụ Tỉnh ủy Thái Nguyên'],
      ['112-TB/HU', 'implements', 'Thường trực Huyện ủy Định Hóa'],
    ]);
  });
});
