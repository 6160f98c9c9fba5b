import { describe, expect, it } from 'vitest';
import { parse } from './docs.js';

/** Headless documents whose issuer only the signature block or a news lead names. Written for the test. */
const issuerOf = (text: string) => {
  const r = parse(text);
  return { issuer: r.issuer?.name ?? null, level: r.issuer?.level ?? null, identity: r.warnings.filter((w) => w.code === 'IDENTITY_FROM_TEXT').map((w) => w.message) };
};

const BODY = `Thực hiện chỉ đạo của Tỉnh ủy về phòng, chống lụt bão, đề nghị các cấp ủy, chính quyền thực hiện tốt các nội dung sau:

1. UBND các phường, xã sơ tán người dân khỏi vùng nguy hiểm trước ngày 20/9/2024.

2. Các phòng, ban, ngành thị xã theo dõi diễn biến mưa lũ.
`;

describe('issuer of a headless document', () => {
  it('is the one the signature block names with its place, with a warning', () => {
    const text = `${BODY}\nTM. BAN THƯỜNG VỤ THỊ ỦY KỲ ANH\nBÍ THƯ\n\nTrần Văn Nam\n`;
    expect(issuerOf(text)).toEqual({
      issuer: 'Ban Thường vụ Thị ủy Kỳ Anh', level: 'district',
      identity: ['the document has no header: its issuer from the signature block'],
    });
    expect(parse(text).assignments.map((a) => a.units.map((u) => u.name))).toEqual([
      ['UBND các phường, xã thị xã Kỳ Anh'], ['Các phòng, ban, ngành thị xã Kỳ Anh'],
    ]);
  });

  it('is not read from a signature that names no place', () => {
    expect(issuerOf(`${BODY}\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nTrần Văn Nam\n`).issuer).toBeNull();
  });

  it('takes the signature\'s place when the body names the same body without one', () => {
    const text = `Ban Thường vụ Huyện ủy yêu cầu:\n\n1. Các đảng ủy xã, thị trấn quán triệt Chỉ thị đến cán bộ, đảng viên.\n\nT/M BAN THƯỜNG VỤ HUYỆN ỦY CAN LỘC\nPHÓ BÍ THƯ\n\nNguyễn Văn Hùng\n`;
    expect(issuerOf(text)).toEqual({
      issuer: 'Ban Thường vụ Huyện ủy Can Lộc', level: 'district',
      identity: ['the document has no header: its issuer from the signature block'],
    });
    expect(parse(text).assignments[0]!.units.map((u) => u.name)).toEqual(['Đảng ủy các xã, thị trấn huyện Can Lộc']);
  });

  it('is the subject of a news lead "… (<district>) vừa có Thông báo …", with the type', () => {
    const text = `Thạch Hòa chuẩn bị đại hội chi bộ\n\nThứ Hai, 13/05/2024 - 08:15\n\nBan Thường vụ Đảng ủy xã Thạch Hòa (huyện Thạch Hà) vừa có Thông báo kết luận về công tác chuẩn bị đại hội chi bộ.\n\nBan Thường vụ Đảng ủy xã yêu cầu các chi bộ trực thuộc hoàn thành đại hội trước ngày 30/6/2024.\n`;
    const r = parse(text);
    expect([r.issuer?.name, r.docType]).toEqual(['Ban Thường vụ Đảng ủy xã Thạch Hoà', 'Thông báo kết luận']);
    expect(r.assignments.map((a) => a.units.map((u) => u.name))).toEqual([['Các chi bộ trực thuộc Đảng ủy xã Thạch Hoà']]);
  });

  it('is not taken from "vừa có" without a document type after it', () => {
    const text = `Tin địa phương\n\nThứ Hai, 13/05/2024 - 08:15\n\nCông an huyện Thạch Hà vừa có nhiều hoạt động tuyên truyền an toàn giao thông trong dịp lễ.\n`;
    expect(parse(text).issuer).toBeNull();
  });
});
