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

  it('ends a one-line trích yếu at the place-date line right under it', () => {
    const r = parse('ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA MINH\n-------\nSố: 12/UBND-VP\nV/v triển khai thu gom rác\nHòa Minh, ngày 20 tháng 8 năm 2021\n\nNội dung.');
    expect(r).toMatchObject({ title: 'V/v triển khai thu gom rác', issuedOn: '2021-08-20', place: 'Hòa Minh' });
  });

  it('does not read the signature block as a place', () => {
    // A ward the gazetteer lacks (a 2025 phường), so the issuer's place is looked for in the text.
    const r = parse('ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀN KIẾM\n-------\nSố: 312/UBND-VP\nV/v thu gom rác\nHoàn Kiếm, ngày 20 tháng 8 năm 2025\n\n'
      + 'Ủy ban nhân dân phường yêu cầu:\n\n1. Công an phường xử lý vi phạm.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nVũ Đăng Định\n');
    expect(r.signer).toMatchObject({ name: 'Vũ Đăng Định', capacity: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' });
    expect(r.warnings.map((w) => w.message).filter((m) => /CHỦ TỊCH|Vũ Đăng/u.test(m))).toEqual([]);
  });

  it('picks the one of two same-named districts that holds the issuing commune', () => {
    // huyện An Lão is in Hải Phòng (313) and in Bình Định (542); only Hải Phòng's has xã Trường Thọ.
    const r = parse('ĐẢNG BỘ HUYỆN AN LÃO\nĐẢNG ỦY XÃ TRƯỜNG THỌ\n*\n\nTrường Thọ, ngày 02 tháng 6 năm 2020\n\nSố 78-CV/ĐU\n\nV/v thử nghiệm\n\nThực hiện Công văn số 344-CV/HU ngày 29/5/2020 của Huyện ủy An Lão về quản lý đất đai.');
    expect(r.issuer).toMatchObject({ key: 'org:dang-uy@w11635', name: 'Đảng ủy xã Trường Thọ', level: 'ward' });
    expect(r.issuer!.area).toMatchObject({ provinceCode: '31', districtCode: '313', wardCode: '11635' });
    expect(r.citations[0]!.issuer).toMatchObject({ key: 'org:huyen-uy@d313' });
    expect(r.warnings.filter((w) => w.code === 'UNIT_UNRESOLVED')).toEqual([]);
  });

  it('keeps an issuer of unknown area when both same-named districts have the commune, and names them', () => {
    // Both huyện An Lão have a thị trấn An Lão: nothing in the document tells them apart.
    const r = parse('ĐẢNG BỘ HUYỆN AN LÃO\nĐẢNG ỦY THỊ TRẤN AN LÃO\n*\n\nAn Lão, ngày 02 tháng 6 năm 2020\n\nSố 78-CV/ĐU\n\nV/v thử nghiệm\n\nNội dung.');
    expect(r.issuer!.key).toMatch(/^org:dang-uy-thi-tran-an-lao@\?doc-/u);
    expect(r.warnings.map((w) => w.message)).toContain('2 places named "AN LÃO" (huyện An Lão, Hải Phòng; huyện An Lão, Bình Định): none chosen');
  });

  it.each([
    // a city inside a province (thành phố Hạ Long, Quảng Ninh) is a district-level issuer, in either family
    ['ĐẢNG BỘ TỈNH QUẢNG NINH\nTHÀNH ỦY HẠ LONG\n*\nSố 12-CV/TU', { key: 'org:thanh-uy@d193', name: 'Thành ủy Hạ Long', level: 'district' }],
    ['ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẠ LONG\n-------\nSố: 12/UBND-VP', { key: 'org:ubnd@d193', name: 'UBND thành phố Hạ Long', level: 'district' }],
    // a centrally-run city stays a province
    ['ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\nSố: 12/UBND-VP', { key: 'org:ubnd@p01', name: 'UBND Thành phố Hà Nội', level: 'province' }],
  ])('reads the level of a "thành phố" issuer from the place: %j', (header, issuer) => {
    const r = parse(`${header}\n\nHạ Long, ngày 02 tháng 8 năm 2021\n\nV/v thử nghiệm\n\nNội dung.`);
    expect(r.issuer).toMatchObject(issuer);
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
