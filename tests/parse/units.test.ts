import { describe, expect, it } from 'vitest';
import { unit, type ExpectedUnit } from './factories.js';
import { districtDoc, subjectUnits, wardDoc } from './docs.js';

/** Units written as the subject of a task, resolved in the document's context. */
const Q = 'quận Hai Bà Trưng';

describe('units in a district document (Quận ủy Hai Bà Trưng, Hà Nội)', () => {
  it.each<[string, ExpectedUnit[]]>([
    // the district's own people's committee
    ['UBND Quận', [unit(`UBND ${Q}`, 'org:ubnd@d007', 'district')]],
    // written out, capitalised
    ['Ủy ban nhân dân Quận', [unit(`UBND ${Q}`, 'org:ubnd@d007', 'district')]],
    // the wards of the district, together
    ['UBND 18 phường', [unit(`UBND các phường ${Q}`, 'org:ubnd-cac-phuong@d007', 'ward', true)]],
    // a bare "phường" in a district document is every ward
    ['Trạm y tế phường', [unit(`Trạm y tế các phường ${Q}`, 'org:tram-y-te-cac-phuong@d007', 'ward', true)]],
    // a department with a name in capitals, and its district
    ['Phòng Văn hóa và Thông tin quận', [unit(`Phòng Văn hóa và Thông tin ${Q}`, 'org:phong-van-hoa-va-thong-tin@d007', 'district')]],
    // "Thành phố" is the city of the document
    ['UBND Thành phố', [unit('UBND Thành phố Hà Nội', 'org:ubnd@p01', 'province')]],
    // a named district wins over the context
    ['UBND quận Hoàn Kiếm', [unit('UBND quận Hoàn Kiếm', 'org:ubnd@d002', 'district')]],
    // one unit per area: the district and its wards
    ['Công an Quận và các phường', [unit(`Công an ${Q}`, 'org:cong-an@d007', 'district'), unit(`Công an các phường ${Q}`, 'org:cong-an-cac-phuong@d007', 'ward', true)]],
    // the example: a trailing qualifier for a whole list
    ['Ủy ban MTTQ, các tổ chức chính trị - xã hội Quận và các phường', [
      unit(`Ủy ban MTTQ ${Q}`, 'org:uy-ban-mttq@d007', 'district'), unit(`Ủy ban MTTQ các phường ${Q}`, 'org:uy-ban-mttq-cac-phuong@d007', 'ward', true),
      unit(`Các tổ chức chính trị - xã hội ${Q}`, 'org:cac-to-chuc-chinh-tri-xa-hoi@d007', 'district', true),
      unit(`Các tổ chức chính trị - xã hội các phường ${Q}`, 'org:cac-to-chuc-chinh-tri-xa-hoi-cac-phuong@d007', 'ward', true),
    ]],
    // a dash-joined list of ward bodies
    ['Đảng ủy – HĐND – UBND 18 phường', [
      unit(`Đảng ủy các phường ${Q}`, 'org:dang-uy-cac-phuong@d007', 'ward', true), unit(`HĐND các phường ${Q}`, 'org:hdnd-cac-phuong@d007', 'ward', true),
      unit(`UBND các phường ${Q}`, 'org:ubnd-cac-phuong@d007', 'ward', true),
    ]],
    // an organ of the issuer itself has the issuer's level
    ['Văn phòng Quận ủy', [unit('Văn phòng Quận ủy Hai Bà Trưng', 'org:van-phong-quan-uy@d007', 'district')]],
    // an organ of a superior body has the superior's
    ['Ban Tuyên giáo Thành ủy', [unit('Ban Tuyên giáo Thành ủy Hà Nội', 'org:ban-tuyen-giao-thanh-uy@p01', 'province')]],
    // an office holder stands for the body
    ['Chủ tịch UBND phường', [unit(`UBND các phường ${Q}`, 'org:ubnd-cac-phuong@d007', 'ward', true)]],
    // a province department in a district document
    ['Sở Y tế', [unit('Sở Y tế Thành phố Hà Nội', 'org:so-y-te@p01', 'province')]],
    // a ministry
    ['Bộ Y tế', [unit('Bộ Y tế', 'org:bo-y-te', 'central')]],
    // another province's district, misspelt: resolved through the gazetteer
    ['Quận ủy Liên Chiêu', [unit('Quận ủy Liên Chiểu', 'org:quan-uy@d490', 'district')]],
    // organisations directly under the Quận ủy
    ['Các TCCS đảng trực thuộc', [unit('Các tổ chức cơ sở đảng trực thuộc Quận ủy Hai Bà Trưng', 'org:cac-to-chuc-co-so-dang-truc-thuoc-quan-uy@d007', 'ward', true)]],
    // "từ Quận đến cơ sở" is read as the district
    ['Các cơ quan, đơn vị từ Quận đến cơ sở', [unit(`Các cơ quan, đơn vị ${Q}`, 'org:cac-co-quan-don-vi@d007', 'district', true)]],
    // the people are no organisation
    ['Nhân dân quận', []],
    // a department name with a comma: "A, B và C" goes on as one name
    ['Phòng Kinh tế, Hạ tầng và Đô thị quận', [unit(`Phòng Kinh tế, Hạ tầng và Đô thị ${Q}`, 'org:phong-kinh-te-ha-tang-va-do-thi@d007', 'district')]],
    ['Phòng Văn hóa, Khoa học và Thông tin', [unit(`Phòng Văn hóa, Khoa học và Thông tin ${Q}`, 'org:phong-van-hoa-khoa-hoc-va-thong-tin@d007', 'district')]],
    ['Phòng Tài chính - Kế hoạch quận', [unit(`Phòng Tài chính - Kế hoạch ${Q}`, 'org:phong-tai-chinh-ke-hoach@d007', 'district')]],
    // ... but a comma before a unit head is a list of two units
    ['Phòng Y tế, Trung tâm Y tế quận', [unit(`Phòng Y tế ${Q}`, 'org:phong-y-te@d007', 'district'), unit(`Trung tâm Y tế ${Q}`, 'org:trung-tam-y-te@d007', 'district')]],
    // an office word as the last syllable of a place name (huyện Bình Chánh, Hồ Chí Minh)
    ['Huyện ủy Bình Chánh', [unit('Huyện ủy Bình Chánh', 'org:huyen-uy@d785', 'district')]],
    // ... and inside one (phường Tân Chánh Hiệp, quận 12)
    ['Công an phường Tân Chánh Hiệp', [unit('Công an phường Tân Chánh Hiệp', 'org:cong-an@w26776', 'ward')]],
    // an area word as a syllable of a place name (xã Tân Xã, huyện Thạch Thất)
    ['UBND xã Tân Xã', [unit('UBND xã Tân Xã', 'org:ubnd@w10000', 'ward')]],
    // Central Highlands names with an apostrophe, also a typographic one and after a lone capital
    ["Huyện ủy Cư M'gar", [unit("Huyện ủy Cư M'gar", 'org:huyen-uy@d648', 'district')]],
    ['UBND huyện Đắk R’Lấp', [unit("UBND huyện Đắk R'Lấp", 'org:ubnd@d666', 'district')]],
    ["Công an huyện Ia H' Drai", [unit("Công an huyện Ia H' Drai", 'org:cong-an@d618', 'district')]],
    // an office before a unit still stands for that unit
    ['Chánh Văn phòng Quận ủy', [unit('Văn phòng Quận ủy Hai Bà Trưng', 'org:van-phong-quan-uy@d007', 'district')]],
  ])('%s', (subject, expected) => {
    expect(subjectUnits(districtDoc, subject)).toEqual(expected);
  });
});

describe('units in a ward document (Đảng ủy phường Hòa Minh, quận Liên Chiểu)', () => {
  const P = 'phường Hòa Minh';
  it.each<[string, ExpectedUnit[]]>([
    // a bare "phường" in a ward document is the ward itself
    ['UBND phường', [unit(`UBND ${P}`, 'org:ubnd@w20200', 'ward')]],
    // "Quận ủy" is the superior district's
    ['Quận ủy', [unit('Quận ủy Liên Chiểu', 'org:quan-uy@d490', 'district')]],
    // the qualifier of the first unit does not pass forward
    ['Công an phường, Ban Chỉ huy Quân sự', [unit(`Công an ${P}`, 'org:cong-an@w20200', 'ward'), unit(`Ban Chỉ huy Quân sự ${P}`, 'org:ban-chi-huy-quan-su@w20200', 'ward')]],
    // cells below the ward
    ['Bí thư các chi bộ', [unit(`Các chi bộ trực thuộc Đảng ủy ${P}`, 'org:cac-chi-bo-truc-thuoc-dang-uy@w20200', 'internal', true)]],
    ['Tổ trưởng TDP', [unit(`Các tổ dân phố ${P}`, 'org:cac-to-dan-pho@w20200', 'internal', true)]],
    // old tone placement
    ['Uỷ ban nhân dân phường Hoà Minh', [unit(`UBND ${P}`, 'org:ubnd@w20200', 'ward')]],
  ])('%s', (subject, expected) => {
    expect(subjectUnits(wardDoc, subject)).toEqual(expected);
  });
});
