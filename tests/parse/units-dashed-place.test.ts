import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { provinceDoc } from './docs.js';

/**
 * fixes35 (issue 9): a place the gazetteer names with a dash ("Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm") is one
 * name in running text, however the dash is written; a dash before a clause or a list item that no such name
 * completes is no part of a name ("UBND tỉnh Bình Dương - Sở Y tế" is two bodies).
 */

const units = (body: string) =>
  parseDocument(provinceDoc(body)).assignments.map((a) => a.units.map((u) => [u.name, u.role]));

describe('fixes35: a place name the gazetteer writes with a dash', () => {
  it('reads "UBND tỉnh Bà Rịa - Vũng Tàu" whole, with a spaced hyphen', () => {
    expect(units('1. UBND tỉnh Bà Rịa - Vũng Tàu chủ trì, phối hợp với Sở Y tế tổ chức kiểm tra.')).toEqual([
      [['UBND tỉnh Bà Rịa - Vũng Tàu', 'lead'], ['Sở Y tế tỉnh Quảng Ninh', 'support']],
    ]);
  });

  it('reads it whole with an en dash, under the gazetteer\'s spelling', () => {
    expect(units('1. UBND tỉnh Bà Rịa – Vũng Tàu chủ trì, phối hợp với Sở Y tế tổ chức kiểm tra.')).toEqual([
      [['UBND tỉnh Bà Rịa - Vũng Tàu', 'lead'], ['Sở Y tế tỉnh Quảng Ninh', 'support']],
    ]);
  });

  it('reads it whole with an unspaced hyphen, under the gazetteer\'s spelling', () => {
    expect(units('1. UBND tỉnh Bà Rịa-Vũng Tàu chủ trì, phối hợp với Sở Y tế tổ chức kiểm tra.')).toEqual([
      [['UBND tỉnh Bà Rịa - Vũng Tàu', 'lead'], ['Sở Y tế tỉnh Quảng Ninh', 'support']],
    ]);
  });

  it('reads a department of the province with the whole name after "tỉnh"', () => {
    expect(units('1. Sở Du lịch tỉnh Bà Rịa - Vũng Tàu tổ chức chiến dịch truyền thông trên các báo, đài.')).toEqual([
      [['Sở Du lịch tỉnh Bà Rịa - Vũng Tàu', 'assigned']],
    ]);
  });

  it('reads a Party committee\'s place whole after "Tỉnh ủy", and its board with it', () => {
    expect(units('1. Ban Tuyên giáo Tỉnh ủy Bà Rịa - Vũng Tàu chủ trì, phối hợp với Sở Y tế tổ chức kiểm tra.\n2. Tỉnh ủy Bà Rịa – Vũng Tàu lãnh đạo tổ chức kiểm tra.')).toEqual([
      [['Ban Tuyên giáo Tỉnh ủy Bà Rịa - Vũng Tàu', 'lead'], ['Sở Y tế tỉnh Quảng Ninh', 'support']],
      [['Tỉnh ủy Bà Rịa - Vũng Tàu', 'assigned']],
    ]);
  });

  it('reads a district-level city the gazetteer writes with a hyphen, spaced in the text', () => {
    expect(units('1. UBND thành phố Phan Rang - Tháp Chàm kiểm tra các cơ sở kinh doanh.')).toEqual([
      [['UBND thành phố Phan Rang-Tháp Chàm', 'assigned']],
    ]);
  });

  it('keeps "UBND tỉnh Bình Dương - Sở Y tế" two bodies: no gazetteer name spans the dash', () => {
    expect(units('1. UBND tỉnh Bình Dương - Sở Y tế tổ chức kiểm tra.')).toEqual([
      [['UBND tỉnh Bình Dương', 'assigned'], ['Sở Y tế tỉnh Quảng Ninh', 'assigned']],
    ]);
  });

  it('keeps a dash list apart: an item after a province ends is not part of its name', () => {
    expect(units('1. Các đơn vị sau tổ chức kiểm tra:\n- UBND tỉnh Bình Dương\n- Vũng Tàu Port tổ chức kiểm tra.')
      .flat().map(([name]) => name)).not.toContain('UBND tỉnh Bình Dương - Vũng Tàu');
  });
});
