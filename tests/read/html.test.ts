import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseDocument } from '../../src/parse/index.js';
import { readDocumentFile } from '../../src/read/index.js';

const page = (name: string) => fileURLToPath(new URL(`../fixtures/html/${name}`, import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dg-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The page of a district Kế hoạch as a portal shows it: menus, a sidebar of related documents, a footer, scripts. */
const KE_HOACH_TEXT = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN TÂN LẠC',
  '-------',
  '',
  'Số: 187/KH-UBND',
  '',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '---------------',
  '',
  'Tân Lạc, ngày 10 tháng 3 năm 2025',
  '',
  'KẾ HOẠCH',
  '',
  'Phòng, chống sạt lở đất mùa mưa bão năm 2025 trên địa bàn huyện',
  '',
  'Thực hiện Chỉ thị số 04/CT-UBND ngày 20/02/2025 của Ủy ban nhân dân tỉnh Hòa Bình về chủ động ứng phó thiên tai năm 2025, Ủy ban nhân dân huyện Tân Lạc ban hành Kế hoạch phòng, chống sạt lở đất như sau:',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '',
  'Chủ động rà soát các điểm có nguy cơ sạt lở, di dời kịp thời các hộ dân ra khỏi vùng nguy hiểm; không để xảy ra thiệt hại về người.',
  '',
  'II. NHIỆM VỤ',
  '',
  '1. Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã rà soát, lập danh sách các hộ dân sống ở khu vực có nguy cơ sạt lở cao, báo cáo trước ngày 30/4/2025.',
  '',
  '2. Ủy ban nhân dân các xã, thị trấn tổ chức diễn tập sơ tán dân tại chỗ; bố trí lực lượng trực 24/24 giờ trong những ngày mưa lớn.',
  '',
  'Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.',
  '',
  'Nơi nhận:',
  '- UBND tỉnh (b/c);',
  '- TT Huyện ủy, TT HĐND huyện;',
  '- UBND các xã, thị trấn;',
  '- Lưu: VT.',
  '',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Bùi Văn Khánh',
].join('\n');

describe('readDocumentFile: an HTML page saved from a district portal', () => {
  it('keeps the document, the header table column by column, and nothing of the site around it', async () => {
    const f = await readDocumentFile(page('ke-hoach-ubnd-huyen.html'));
    expect(f.format).toBe('html');
    expect(f.encoding).toBe('html');
    expect(f.warnings).toEqual([]);
    expect(f.text).toBe(KE_HOACH_TEXT);
  });

  it('parses into the record the printed document gives', async () => {
    const f = await readDocumentFile(page('ke-hoach-ubnd-huyen.html'));
    const r = parseDocument(f.text, { path: f.path, encoding: f.encoding });
    expect(r).toMatchObject({
      number: '187/KH-UBND', docType: 'Kế hoạch', issuedOn: '2025-03-10', place: 'Tân Lạc',
      title: 'Phòng, chống sạt lở đất mùa mưa bão năm 2025 trên địa bàn huyện', signer: { name: 'Bùi Văn Khánh' },
    });
    expect(r.issuer).toMatchObject({ name: 'UBND huyện Tân Lạc', key: 'org:ubnd@d155' });
    // the sidebar's 22/QĐ-UBND and 310/UBND-NNMT and the search box's 15/CT-UBND are not the document's
    expect(r.citations.map((c) => [c.number, c.relation, c.issuer?.key])).toEqual([['04/CT-UBND', 'implements', 'org:ubnd@p17']]);
  });

  it('reads the same page saved as UTF-16 with a byte-order mark', async () => {
    const utf8 = readFileSync(page('ke-hoach-ubnd-huyen.html'), 'utf8').replace('<meta charset="utf-8">', '');
    const path = join(scratch, 'ke-hoach.htm');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]));
    const f = await readDocumentFile(path);
    expect(f.encoding).toBe('html+utf-16le');
    expect(f.text).toBe(KE_HOACH_TEXT);
  });
});

describe('readDocumentFile: an old table-layout page in windows-1258', () => {
  it('decodes the declared charset and drops the menu column, banner and footer', async () => {
    const f = await readDocumentFile(page('thong-bao-dang-uy-xa.windows-1258.htm'));
    expect(f.encoding).toBe('html+windows-1258');
    expect(f.text.split('\n').slice(0, 12)).toEqual([
      'ĐẢNG BỘ HUYỆN QUẢNG TRẠCH',
      'ĐẢNG ỦY XÃ QUẢNG PHÚ',
      '*',
      'Số 27-TB/ĐU',
      '',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Quảng Phú, ngày 06 tháng 5 năm 2024',
      '',
      'THÔNG BÁO',
      'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY',
      'về công tác chuẩn bị mùa khô năm 2024',
      '',
    ]);
    expect(f.text).not.toMatch(/Trang chủ|05-HD\/ĐU|lượt truy cập|TRANG THÔNG TIN/u);
    expect(f.text.split('\n').slice(-3)).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Trần Văn Lương']);
  });

  it('parses number, issuer, date and the implemented document', async () => {
    const f = await readDocumentFile(page('thong-bao-dang-uy-xa.windows-1258.htm'));
    const r = parseDocument(f.text, { path: f.path });
    expect(r).toMatchObject({ number: '27-TB/ĐU', docType: 'Thông báo kết luận', issuedOn: '2024-05-06', family: 'party' });
    expect(r.issuer).toMatchObject({ name: 'Ban Thường vụ Đảng ủy xã Quảng Phú', key: 'org:dang-uy@w19021' });
    expect(r.citations.map((c) => [c.number, c.relation, c.issuer?.key])).toEqual([['112-CV/HU', 'implements', 'org:huyen-uy@d454']]);
  });
});

describe('readDocumentFile: HTML without a document', () => {
  it('says that a page of menus and scripts has no document text', async () => {
    const path = join(scratch, 'menu.html');
    writeFileSync(path, '<html><head><script>var a = 1;</script></head><body><nav><a href="/">Trang chủ</a></nav><footer>Bản quyền</footer></body></html>');
    const err = await readDocumentFile(path).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('DG_INPUT_EMPTY');
    expect((err as InputError).message).toBe(`${path} has no document text (only navigation, scripts or markup)`);
  });

  it('keeps the marker a browser draws before a list item, so that each bullet of a page is one task', async () => {
    const path = join(scratch, 'list-items.html');
    writeFileSync(path, `<html><body><div class="content">
<p><strong>ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ</strong></p><p>Số: 58/KH-UBND</p><p><em>Quảng Phú, ngày 20 tháng 3 năm 2024</em></p>
<p><strong>KẾ HOẠCH<br>Phòng cháy, chữa cháy rừng năm 2024</strong></p>
<p><strong>1. Công an xã</strong></p>
<ul><li>Chủ trì, phối hợp với Ban Chỉ huy Quân sự xã kiểm tra việc sử dụng lửa gần rừng.</li>
<li>Xử lý nghiêm các trường hợp vi phạm.</li></ul>
<ol start="2"><li>Đoàn Thanh niên xã ra quân phát quang đường băng cản lửa.</li><li>- Hội Nông dân xã vận động hội viên ký cam kết.</li></ol>
</div></body></html>`);
    const doc = await readDocumentFile(path);
    expect(doc.text.split('\n').filter((l) => /^(?:-|\d\.)/.test(l))).toEqual([
      '1. Công an xã',
      '- Chủ trì, phối hợp với Ban Chỉ huy Quân sự xã kiểm tra việc sử dụng lửa gần rừng.',
      '- Xử lý nghiêm các trường hợp vi phạm.',
      '2. Đoàn Thanh niên xã ra quân phát quang đường băng cản lửa.',
      '- Hội Nông dân xã vận động hội viên ký cam kết.',
    ]);
    expect(parseDocument(doc.text).assignments.map((a) => a.units.map((u) => `${u.name} [${u.role}]`))).toEqual([
      ['Công an xã Quảng Phú [lead]', 'Ban Chỉ huy Quân sự xã Quảng Phú [support]'],
      ['Công an xã Quảng Phú [assigned]'],
      ['Đoàn Thanh niên xã Quảng Phú [assigned]'],
      ['Hội Nông dân xã Quảng Phú [assigned]'],
    ]);
  });
});

