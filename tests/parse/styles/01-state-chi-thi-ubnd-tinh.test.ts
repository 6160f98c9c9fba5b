/**
 * Style 1: State Chỉ thị of a province-level city UBND (Đà Nẵng): "Số: 25/CT-UBND", state motto,
 * "Căn cứ" lines (two laws without number, one Nghị định with number and date), an implementing
 * "Thực hiện Chỉ thị ... của Thủ tướng Chính phủ", "Giao X chủ trì, phối hợp với Y", a "Giao X
 * phối hợp với Y" without "chủ trì", items with points a) b), two self-references "Chỉ thị này"
 * that must not become citations, TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH. Conventions: see harness.ts.
 */
import { describeStyle } from './harness.js';

const DA_NANG = { province: 'Đà Nẵng', provinceCode: '48', district: null, ward: null };

describeStyle({
  file: '01-state-chi-thi-ubnd-tinh.txt',
  family: 'state',
  number: '25/CT-UBND',
  docType: 'Chỉ thị',
  issuer: {
    name: 'Ủy ban nhân dân thành phố Đà Nẵng',
    body: 'Ủy ban nhân dân thành phố Đà Nẵng',
    level: 'province',
    area: DA_NANG,
  },
  issuedOn: '2021-03-05',
  place: 'Đà Nẵng',
  title: 'Về tăng cường công tác bảo đảm an toàn thực phẩm trên địa bàn thành phố Đà Nẵng năm 2021',
  citations: [
    // "Căn cứ Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ ..."
    { number: '15/2018/NĐ-CP', docType: 'Nghị định', relation: 'basis', issuedOn: '2018-02-02', issuer: { name: 'Chính phủ', level: 'central' } },
    // "Thực hiện Chỉ thị số 17/CT-TTg ngày 19/6/2020 của Thủ tướng Chính phủ ..."; the two later
    // "Chỉ thị này" are the document itself, not 17/CT-TTg.
    { number: '17/CT-TTg', docType: 'Chỉ thị', relation: 'implements', issuedOn: '2020-06-19', issuer: { name: 'Thủ tướng Chính phủ', level: 'central' } },
  ],
  assignments: [
    {
      clause: '1',
      units: [
        { name: 'Sở Y tế thành phố Đà Nẵng', level: 'province', role: 'lead' },
        { name: 'Công an thành phố Đà Nẵng', level: 'province', role: 'support' },
        { name: 'Sở Công Thương thành phố Đà Nẵng', level: 'province', role: 'support' },
        { name: 'Sở Nông nghiệp và Phát triển nông thôn thành phố Đà Nẵng', level: 'province', role: 'support' },
      ],
    },
    {
      // "Giao Sở Thông tin và Truyền thông phối hợp với ..." (no "chủ trì": the unit after Giao leads)
      clause: '2',
      units: [
        { name: 'Sở Thông tin và Truyền thông thành phố Đà Nẵng', level: 'province', role: 'lead' },
        { name: 'Sở Y tế thành phố Đà Nẵng', role: 'support' },
        // Proper names that already carry the city: only that they were found is asserted.
        { surfaceHas: 'Đài Phát thanh - Truyền hình Đà Nẵng', role: 'support' },
        { surfaceHas: 'Báo Đà Nẵng', role: 'support' },
      ],
    },
    {
      // Item heading "3. Ủy ban nhân dân các quận, huyện:" gives the unit of its points; whether
      // "Ủy ban nhân dân các phường, xã" (whom it must direct) is a unit of 3.a is debatable.
      clause: '3.a',
      unitsInclude: [{ surfaceHas: 'Ủy ban nhân dân các quận', collective: true, level: 'district' }],
    },
    { clause: '3.b', units: [{ surfaceHas: 'Ủy ban nhân dân các quận', collective: true, level: 'district' }] },
    // "Công an thành phố chỉ đạo Phòng Cảnh sát kinh tế ...": the sub-unit may or may not be listed.
    { clause: '4', unitsInclude: [{ name: 'Công an thành phố Đà Nẵng', level: 'province' }] },
    {
      clause: '5',
      units: [{ name: 'Sở Y tế thành phố Đà Nẵng', level: 'province', role: 'assigned' }],
      deadline: '2021-06-15',
    },
  ],
  signer: { name: 'Trần Minh Quang', capacity: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' },
});
