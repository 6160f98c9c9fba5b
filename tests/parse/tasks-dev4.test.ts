import { describe, expect, it } from 'vitest';
import { taskTexts, unitsOf } from './helpers/task-units.js';

/**
 * Which sentences are tasks, eighth round (issue 9): the mechanisms behind the task misses of eleven blind headless
 * fragments and news reports, each in a report written for the test in the same pattern, not in the words of the one
 * that missed.
 */

// A district news item reporting a plan in prose.
const news = (body: string) => `Lục Nam: Chủ động phòng, chống dịch bệnh trên đàn vật nuôi

20/05/2024 | 10:12

(BBG) - Ngày 18/5, UBND huyện Lục Nam ban hành Kế hoạch số 77/KH-UBND về phòng, chống dịch bệnh trên đàn vật nuôi năm 2024.

Năm 2023, toàn huyện tiêm phòng được 85% tổng đàn gia súc.

${body}

Lan Anh
`;

// A Party committee's programme reported by a provincial portal.
const partyNews = (body: string) => `Định Hóa: Phát triển du lịch cộng đồng gắn với bảo tồn bản sắc

03/06/2024 07:30 | Lượt xem: 512

(thainguyen.gov.vn) - Ban Thường vụ Huyện ủy Định Hóa vừa ban hành Chương trình hành động số 21-CTr/HU ngày 28/5/2024 về phát triển du lịch cộng đồng giai đoạn 2024 - 2030.

${body}

Minh Thu
`;

describe('tasks, eighth round', () => {
  it('reads the prose after "Theo Chương trình," as the programme\'s tasks, as after "Theo Kế hoạch,"', () => {
    expect(unitsOf(partyNews(`Theo Chương trình, Ban Dân vận Huyện ủy chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện khảo sát các bản có tiềm năng du lịch trong quý III/2024.

Hội Phụ nữ huyện mở lớp dạy nấu món ăn truyền thống cho hội viên ở các bản làm du lịch.`))).toEqual([
      ['Ban Dân vận Huyện ủy Định Hóa [lead]', 'Phòng Văn hóa và Thông tin huyện Định Hóa [support]'],
      ['Hội Liên hiệp Phụ nữ huyện Định Hóa [assigned]'],
    ]);
  });

  it('reads the prose after "Theo Hướng dẫn," too, and still no figures of the year gone by', () => {
    expect(taskTexts(news(`Theo Hướng dẫn, Trạm Chăn nuôi và Thú y huyện cấp phát vắc xin cho các xã trước ngày 30/5.

Trung tâm Văn hóa, Thông tin và Thể thao huyện đưa tin về lịch tiêm phòng trên hệ thống truyền thanh.`))).toEqual([
      'Theo Hướng dẫn, Trạm Chăn nuôi và Thú y huyện cấp phát vắc xin cho các xã trước ngày 30/5.',
      'Trung tâm Văn hóa, Thông tin và Thể thao huyện đưa tin về lịch tiêm phòng trên hệ thống truyền thanh.',
    ]);
  });

  it('gives "Đối với X, kế hoạch yêu cầu <verb> …" to X, whatever the verb of the work', () => {
    expect(unitsOf(news(`Theo đó, Phòng Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra các cơ sở giết mổ.

Đối với Công an các xã, thị trấn, kế hoạch yêu cầu nắm chắc số hộ vận chuyển gia súc qua địa bàn.

Đối với Hội Nông dân các xã, Kế hoạch đề nghị vận động hội viên khai báo đàn vật nuôi mới nhập.`))).toEqual([
      ['Phòng Nông nghiệp và Phát triển nông thôn huyện Lục Nam [lead]'],
      ['Công an các xã, thị trấn huyện Lục Nam [assigned]'],
      ['Hội Nông dân các xã huyện Lục Nam [assigned]'],
    ]);
  });

  it('keeps the head of the topic\'s body named after the verb as the same unit ("Đối với UBND các xã …, Kế hoạch yêu cầu Chủ tịch UBND xã …")', () => {
    expect(unitsOf(news(`Theo đó, Phòng Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra các cơ sở giết mổ.

Đối với UBND các xã vùng cao, Kế hoạch yêu cầu Chủ tịch UBND xã chịu trách nhiệm trước Chủ tịch UBND huyện nếu để dịch lây lan.`))).toEqual([
      ['Phòng Nông nghiệp và Phát triển nông thôn huyện Lục Nam [lead]'],
      ['UBND các xã vùng cao huyện Lục Nam [assigned]'],
    ]);
  });

  it('goes on with a prose task past its semicolon when the next clause has no subject', () => {
    expect(taskTexts(news(`Theo đó, Phòng Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra các cơ sở giết mổ; hướng dẫn các hộ tiêu độc chuồng trại.

Đối với UBND các xã vùng cao, Kế hoạch yêu cầu Chủ tịch UBND xã chịu trách nhiệm nếu để dịch lây lan; lập chốt kiểm dịch tạm thời tại các thôn giáp ranh.`))).toEqual([
      'Theo đó, Phòng Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra các cơ sở giết mổ; hướng dẫn các hộ tiêu độc chuồng trại.',
      'Đối với UBND các xã vùng cao, Kế hoạch yêu cầu Chủ tịch UBND xã chịu trách nhiệm nếu để dịch lây lan; lập chốt kiểm dịch tạm thời tại các thôn giáp ranh.',
    ]);
  });

  it('still ends a prose task at a semicolon whose next clause reports the year gone by', () => {
    expect(taskTexts(news(`Theo đó, Phòng Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra các cơ sở giết mổ; năm 2023 đã kiểm tra 42 cơ sở.`))).toEqual([
      'Theo đó, Phòng Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra các cơ sở giết mổ;',
    ]);
  });
});

// A ward Party committee's resolution copied from its measures on, as a headless fragment is.
const fragment = (body: string) => `II. NHIỆM VỤ, GIẢI PHÁP
${body}

III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Đảng ủy phường tuyên truyền Nghị quyết đến đảng viên trong tháng 5/2024.
`;

describe('tasks, eighth round: counts and shares', () => {
  it('reads units counted after the clause\'s own words as what it counts ("phấn đấu … có thêm 03 chi bộ …"), no task', () => {
    expect(taskTexts(fragment(`1. Nâng cao chất lượng sinh hoạt chi bộ; phấn đấu đến cuối năm 2025 có thêm 02 chi bộ đạt "Trong sạch, vững mạnh tiêu biểu".
2. Đẩy mạnh phát triển đảng viên; phấn đấu mỗi năm kết nạp thêm 15 đảng viên, thành lập mới 01 chi bộ doanh nghiệp.`))).toEqual([
      'Ban Tuyên giáo Đảng ủy phường tuyên truyền Nghị quyết đến đảng viên trong tháng 5/2024.',
    ]);
  });

  it('reads a clause that opens with a share of units ("4/9 tổ dân phố …") as a figure, no task', () => {
    expect(taskTexts(fragment(`1. Kết quả năm 2023: 4/9 tổ dân phố chưa đạt chuẩn văn minh đô thị; 2/9 chi bộ chưa hoàn thành chỉ tiêu.`))).toEqual([
      'Ban Tuyên giáo Đảng ủy phường tuyên truyền Nghị quyết đến đảng viên trong tháng 5/2024.',
    ]);
  });
});

describe('tasks, eighth round: a name\'s abbreviated half', () => {
  it('ends a name at its abbreviated half after "và", so the verb after it asks ("Bộ Nông nghiệp và PTNT đề nghị UBND các tỉnh …")', () => {
    const doc = `Siết chặt quản lý mã số vùng trồng cà phê xuất khẩu

15/05/2024 | 09:30

Bộ Nông nghiệp và Phát triển nông thôn vừa có Công văn số 3120/BNN-TT gửi UBND các tỉnh Tây Nguyên về tăng cường quản lý mã số vùng trồng.

Bộ Nông nghiệp và PTNT đề nghị UBND các tỉnh chỉ đạo rà soát các mã số vùng trồng đã cấp, thu hồi những mã số không còn đủ điều kiện.

Sở Tài nguyên và MT phối hợp với Cục Trồng trọt cập nhật bản đồ vùng trồng trên hệ thống dữ liệu.

Thanh Hà
`;
    expect(unitsOf(doc).map((units) => units.map((u) => u.replace(/ \[.*$/, '')))).toEqual([
      ['UBND các tỉnh'],
      ['Sở Tài nguyên và MT tỉnh', 'Cục Trồng trọt'],
    ]);
  });
});
