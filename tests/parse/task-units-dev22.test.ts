import { describe, expect, it } from 'vitest';
import { headed, PLAN_SECTION } from './docs.js';
import { unitsOf } from './helpers/task-units.js';

/**
 * Task units, twenty-second round (issue 9): the mechanisms behind the units lost in batch 29's documents moved to tune,
 * each tested on documents written for the test in other provinces and bodies than the first.
 */


const disasterBoard = headed({ issuer: 'UBND TỈNH BẠC LIÊU\nBAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI\nVÀ TÌM KIẾM CỨU NẠN', number: '58/BCH-PCTT', placeDate: 'Bạc Liêu, ngày 11 tháng 3 năm 2025', kind: 'CÔNG VĂN', title: 'V/v ứng phó xâm nhập mặn cao điểm mùa khô' });

const districtHealthPlan = headed({ issuer: 'ỦY BAN NHÂN DÂN\nHUYỆN TIÊN LÃNG', number: '77/KH-UBND', placeDate: 'Tiên Lãng, ngày 02 tháng 6 năm 2025', kind: 'KẾ HOẠCH', title: 'Phòng, chống dịch sốt xuất huyết năm 2025', section: PLAN_SECTION });

describe('task units, twenty-second round: a table cell saying each role after its units', () => {
  it('reads "X chủ trì; Y phối hợp" in the one unit column as a lead and its partner, in a disaster board\'s letter', () => {
    const doc = disasterBoard(`TT | Nội dung | Đơn vị thực hiện | Thời gian
1 | Đóng cống ngăn mặn, trữ nước ngọt trong kênh nội đồng | Sở Nông nghiệp và Môi trường chủ trì; Chi cục Thủy lợi phối hợp | Từ 15/3/2025
2 | Chở nước sinh hoạt cho hộ dân thiếu nước | Ủy ban nhân dân huyện Phước Long | Trong đợt mặn`);
    expect(unitsOf(doc)).toEqual([
      ['Sở Nông nghiệp và Môi trường tỉnh Bạc Liêu [lead]', 'Chi cục Thủy lợi tỉnh Bạc Liêu [support]'],
      ['UBND huyện Phước Long [assigned]'],
    ]);
  });

  it('does so with two partners before the support word, in a district\'s plan; a lone "chủ trì" splits nothing', () => {
    const doc = districtHealthPlan(`TT | Nội dung | Đơn vị thực hiện
1 | Phun hóa chất diệt muỗi tại các ổ dịch | Trung tâm Y tế huyện chủ trì, Phòng Y tế, Ủy ban nhân dân các xã phối hợp
2 | Tuyên truyền diệt bọ gậy trên loa truyền thanh | Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì`);
    expect(unitsOf(doc)).toEqual([
      ['Trung tâm Y tế huyện Tiên Lãng [lead]', 'Phòng Y tế huyện Tiên Lãng [support]', 'UBND các xã huyện Tiên Lãng [support]'],
      ['Trung tâm Văn hóa, Thông tin và Thể thao huyện Tiên Lãng [assigned]'],
    ]);
  });
});
