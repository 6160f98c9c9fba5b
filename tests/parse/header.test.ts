import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseDocument } from '../../src/parse/index.js';
import { districtDoc, parse, provinceDoc, wardDoc } from './docs.js';

describe('header, recipients and signature', () => {
  it('reads a State header (UBND tỉnh Quảng Ninh, Chỉ thị, "Số:")', () => {
    const r = parse(provinceDoc('Căn cứ Luật Tổ chức chính quyền địa phương;\n\nChủ tịch UBND tỉnh chỉ thị:\n\n1. Sở Y tế chủ trì theo dõi.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Thắng'));
    expect(r).toMatchObject({
      number: '25/CT-UBND', family: 'state', docType: 'Chỉ thị', issuedOn: '2021-03-05', place: 'Quảng Ninh',
      title: 'Về việc tăng cường công tác phòng, chống dịch Covid-19', key: 'doc:25/CT-UBND|org:ubnd@p22|2021',
      signer: { name: 'Nguyễn Văn Thắng', capacity: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' },
    });
    expect(r.issuer).toMatchObject({ name: 'UBND tỉnh Quảng Ninh', body: 'UBND tỉnh Quảng Ninh', key: 'org:ubnd@p22', level: 'province' });
    expect(r.assignments.map((a) => a.units.map((u) => [u.name, u.key, u.role]))).toEqual([[['Sở Y tế tỉnh Quảng Ninh', 'org:so-y-te@p22', 'lead']]]);
    expect(r.recipients).toEqual([]);
  });

  it('reads a ward header and its superior district', () => {
    const r = parse(wardDoc('Nội dung.'));
    expect(r.issuer).toMatchObject({ name: 'Đảng ủy phường Hòa Minh', key: 'org:dang-uy@w20200', level: 'ward', resolvedBy: null });
    expect(r.issuer!.area).toMatchObject({ districtCode: '490', provinceCode: '48' });
  });

  it('reads Kính gửi on one line and a Nơi nhận with purposes and an archive copy', () => {
    const r = parse(districtDoc('Kính gửi: UBND các phường.\n\nĐề nghị các đơn vị thực hiện.\n\nNơi nhận:\n- Thường trực Thành ủy (để b/c);\n- Như trên (t/hiện);\n- Lưu: VT.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn Nam'));
    expect(r.recipients.map((x) => [x.list, x.name, x.purpose])).toEqual([
      ['kinhGui', 'UBND các phường quận Hai Bà Trưng', 't/hiện'],
      ['noiNhan', 'Thường trực Thành ủy Hà Nội', 'để b/c'],
    ]);
    expect(r.signer).toMatchObject({ name: 'Nguyễn Văn Nam', capacity: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ' });
    expect(r.issuer!.name).toBe('Ban Thường vụ Quận ủy Hai Bà Trưng');
  });

  it('warns about a number line it cannot read', () => {
    const r = parse('QUẬN ỦY HAI BÀ TRƯNG\nSố ......-CV/QU\n\nHà Nội, ngày 02 tháng 8 năm 2021\n\nNội dung.');
    expect(r.number).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('NUMBER_MALFORMED');
  });

  it('flags a district issuer after the 2025 reform', () => {
    const r = parse(districtDoc('Nội dung.').replace('năm 2021', 'năm 2025').replace('tháng 8', 'tháng 9'));
    expect(r.warnings.map((w) => w.code)).toContain('DISTRICT_AFTER_REFORM');
  });
});

describe('input errors', () => {
  it.each([
    ['', 'DG_INPUT_EMPTY'],
    ['   \n\t\n', 'DG_INPUT_EMPTY'],
    ['PK\u0003\u0004\u0000\u0000binary', 'DG_INPUT_BINARY'],
  ])('%j -> %s', (text, code) => {
    let err: unknown;
    try { parseDocument(text, { path: 'x.txt' }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe(code);
    expect((err as InputError).location?.path).toBe('x.txt');
  });
});
