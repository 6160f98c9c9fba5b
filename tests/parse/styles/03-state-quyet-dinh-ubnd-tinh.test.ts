/**
 * Style 3: State Quyết định of a province UBND (Thừa Thiên Huế): authority line, "Căn cứ" lines
 * (laws without number, a Nghị định, a Thông tư of a ministry), "Theo đề nghị của Chánh Văn phòng"
 * (a person, not a document), "QUYẾT ĐỊNH:", Điều 1-3, "thay thế Quyết định số ..." and the
 * execution clause of Điều 3; "Quyết định này" (three times) is the document itself.
 * Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const TTH = { province: 'Thừa Thiên Huế', provinceCode: '46', district: null, ward: null };

describeStyle({
  file: '03-state-quyet-dinh-ubnd-tinh.txt',
  family: 'state',
  number: '1520/QĐ-UBND',
  docType: 'Quyết định',
  issuer: {
    name: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
    body: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
    level: 'province',
    area: TTH,
  },
  issuedOn: '2021-06-22',
  place: 'Thừa Thiên Huế',
  title: 'Về việc ban hành Quy chế công tác văn thư, lưu trữ của Văn phòng Ủy ban nhân dân tỉnh',
  citations: [
    { number: '30/2020/NĐ-CP', docType: 'Nghị định', relation: 'basis', issuedOn: '2020-03-05', issuer: { name: 'Chính phủ', level: 'central' } },
    { number: '02/2019/TT-BNV', docType: 'Thông tư', relation: 'basis', issuedOn: '2019-01-24', issuer: { name: 'Bộ Nội vụ', level: 'central' } },
    // "thay thế Quyết định số 2345/QĐ-UBND ngày 15/10/2016 của Ủy ban nhân dân tỉnh": replaced, so cites;
    // "tỉnh" is this document's own province.
    { number: '2345/QĐ-UBND', docType: 'Quyết định', relation: 'cites', issuedOn: '2016-10-15', issuer: { name: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế', level: 'province' } },
  ],
  assignments: [
    {
      // Heads named by office ("Chánh Văn phòng ...", "Giám đốc Sở Nội vụ") stand for their units;
      // "Thủ trưởng các phòng, đơn vị ... và các cá nhân có liên quan" may or may not be a unit.
      clause: 'Điều 3',
      unitsInclude: [
        { name: 'Văn phòng Ủy ban nhân dân tỉnh Thừa Thiên Huế', level: 'province' },
        { name: 'Sở Nội vụ tỉnh Thừa Thiên Huế', level: 'province' },
      ],
    },
  ],
  // The block is "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": whether capacity is the
  // KT. line or both lines is a convention, so only name and position are asserted.
  signer: { name: 'Nguyễn Văn Phương', position: 'PHÓ CHỦ TỊCH' },
});
