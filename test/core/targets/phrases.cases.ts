/**
 * Target phrases as a user reads them: {input, expected} where expected lists the targets in
 * reading order as [comparator, value, unit] (plus scope / stretch / better where the case is
 * about them). One loop in phrases.test.ts runs them all.
 */
import type { Comparator } from '../../../src/core/model';

export interface Expect {
  c: Comparator;
  v: number;
  u: string;
  scope?: string;
  stretch?: number | null;
  better?: 'higher' | 'lower';
}

export interface PhraseCase {
  input: string;
  expected: Expect[];
}

const ge = (v: number, u = '%', more: Partial<Expect> = {}): Expect => ({ c: '>=', v, u, ...more });
const gt = (v: number, u = '%', more: Partial<Expect> = {}): Expect => ({ c: '>', v, u, ...more });
const lt = (v: number, u = '%', more: Partial<Expect> = {}): Expect => ({ c: '<', v, u, ...more });
const le = (v: number, u = '%', more: Partial<Expect> = {}): Expect => ({ c: '<=', v, u, ...more });

/** One row of the contract's "Target phrases" table per case, each comparator word in a real sentence. */
export const CONTRACT_TABLE: PhraseCase[] = [
  { input: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%.', expected: [ge(95)] },
  { input: 'Chứng thực bản sao điện tử từ bản chính đạt tỷ lệ 100%.', expected: [ge(100)] },
  { input: 'Chi nhánh giải quyết hồ sơ đúng hạn từ 98%.', expected: [ge(98)] },
  { input: 'Mức độ hài lòng đạt từ 99% trở lên.', expected: [ge(99)] },
  { input: 'Lĩnh vực khiếu nại, tố cáo 95% trở lên.', expected: [ge(95)] },
  { input: 'Kiểm tra tối thiểu 40% các cơ quan, đơn vị.', expected: [ge(40, '%', { scope: 'cơ quan, đơn vị' })] },
  { input: 'Gửi ít nhất 01 bài viết về Ban Chỉ đạo.', expected: [ge(1, 'bài viết')] },
  { input: 'Tỷ lệ hài lòng không thấp hơn 90%.', expected: [ge(90)] },
  { input: '100% các cơ quan, đơn vị công khai kết quả.', expected: [ge(100, '%', { scope: 'cơ quan, đơn vị' })] },
  { input: 'Trên 80% người dân không phải cung cấp lại giấy tờ.', expected: [gt(80, '%', { scope: 'người dân' })] },
  { input: 'Giải ngân vốn đầu tư công đạt trên 95%.', expected: [gt(95)] },
  { input: 'Chỉ số hài lòng cao hơn 85%.', expected: [gt(85)] },
  { input: 'Thu ngân sách vượt 5% dự toán.', expected: [gt(5)] },
  { input: 'Tỷ lệ hồ sơ trễ hạn dưới 2%.', expected: [lt(2, '%', { better: 'lower' })] },
  { input: 'Tỷ lệ hồ sơ phải bổ sung thấp hơn 3%.', expected: [lt(3, '%', { better: 'lower' })] },
  { input: 'Giảm tỷ lệ hồ sơ trễ hạn trên lĩnh vực đất đai xuống còn dưới 2%.', expected: [lt(2, '%', { scope: 'lĩnh vực đất đai', better: 'lower' })] },
  { input: 'Giảm tỷ lệ hồ sơ trễ hạn xuống dưới 1,5%.', expected: [lt(1.5, '%', { better: 'lower' })] },
  { input: 'Thời gian giải quyết tối đa 3 ngày làm việc.', expected: [le(3, 'ngày làm việc', { better: 'lower' })] },
  { input: 'Tỷ lệ sai sót không quá 5%.', expected: [le(5, '%', { better: 'lower' })] },
  { input: 'Chi thường xuyên không vượt quá 10% dự toán.', expected: [le(10, '%', { better: 'lower' })] },
];

/** A second plan's phrasing: decimal comma, symbols, caps. */
export const SECOND_PLAN: PhraseCase[] = [
  { input: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 95,5%.', expected: [ge(95.5)] },
  { input: 'Thời gian trả kết quả ≤ 3 ngày.', expected: [le(3, 'ngày', { better: 'lower' })] },
  { input: 'Thu ngân sách ≥ 105% dự toán được giao.', expected: [ge(105)] },
  { input: 'Thu ngân sách ≥105% dự toán.', expected: [ge(105)] },
  { input: 'Tỷ lệ hồ sơ trễ hạn không quá 5%.', expected: [le(5, '%', { better: 'lower' })] },
  { input: 'Thời gian xử lý đơn thư tối đa 3 ngày.', expected: [le(3, 'ngày', { better: 'lower' })] },
  { input: 'Tỷ lệ đúng hạn >= 98,5%; tỷ lệ trễ hạn <= 1,5%.', expected: [ge(98.5), le(1.5, '%', { better: 'lower' })] },
  { input: 'Số lượt truy cập đạt 1.000 lượt mỗi tháng.', expected: [ge(1000, 'lượt')] },
  { input: 'Chỉ số PAR INDEX đạt 90,25 điểm trở lên.', expected: [ge(90.25, 'điểm')] },
  { input: 'Tổ chức ít nhất 02 (hai) cuộc đối thoại.', expected: [ge(2, 'cuộc')] },
  { input: 'Đảm bảo 0% hồ sơ trễ hạn.', expected: [le(0, '%', { better: 'lower' })] },
  { input: 'Thời gian chờ tối đa 30 phút, phấn đấu dưới 15 phút.', expected: [le(30, 'phút', { stretch: 15 })] },
];

/** Several targets in one sentence; scopes; stretch; ranks. */
export const SENTENCES: PhraseCase[] = [
  {
    input: 'Số hóa kết quả giải quyết TTHC của cấp quận đạt tối thiểu 60% và 10 phường đạt tối thiểu 55%, trong đó, đảm bảo tải tập tin.',
    expected: [ge(60, '%', { scope: 'cấp quận' }), ge(55, '%', { scope: '10 phường' })],
  },
  {
    input: 'Số hóa kết quả giải quyết TTHC thuộc thẩm quyền của cấp quận, cấp phường đạt tỷ lệ tối thiểu tương ứng là 60%, 55%',
    expected: [ge(60, '%', { scope: 'cấp quận' }), ge(55, '%', { scope: 'cấp phường' })],
  },
  {
    input: 'Thực hiện kiểm tra định kỳ tối thiểu 40% các cơ quan, đơn vị và tối thiểu 20% phường; kiểm tra đột xuất tối thiểu 10% cơ quan, đơn vị và phường.',
    expected: [
      ge(40, '%', { scope: 'cơ quan, đơn vị' }),
      ge(20, '%', { scope: 'phường' }),
      ge(10, '%', { scope: 'cơ quan, đơn vị và phường' }),
    ],
  },
  {
    input: 'Tỷ lệ giải quyết hồ sơ đúng hạn đạt tỷ lệ 100% trong từng lĩnh vực, riêng lĩnh vực xử lý đơn đạt 98%; lĩnh vực giải quyết khiếu nại, tố cáo đạt 95% trở lên.',
    expected: [
      ge(100, '%', { scope: 'từng lĩnh vực' }),
      ge(98, '%', { scope: 'lĩnh vực xử lý đơn' }),
      ge(95, '%', { scope: 'lĩnh vực giải quyết khiếu nại, tố cáo', better: 'higher' }),
    ],
  },
  {
    input: 'Tỷ lệ người dân sử dụng dịch vụ công trực tuyến tại quận và 10 phường đạt trên 50%, phấn đấu đạt 80%.',
    expected: [gt(50, '%', { scope: 'quận và 10 phường', stretch: 80 })],
  },
  {
    input: 'Tỷ lệ sử dụng dịch vụ công trực tuyến đạt trên 50%, phần đầu đạt 80%, riêng tỷ lệ hồ sơ trực tuyến toàn trình đạt tỷ lệ 100%.',
    expected: [gt(50, '%', { stretch: 80 }), ge(100, '%', { scope: 'hồ sơ trực tuyến toàn trình', stretch: null })],
  },
  { input: 'Chỉ số hài lòng (SIPAS) đạt từ 85% trở lên; phấn đấu đạt 90%.', expected: [ge(85, '%', { stretch: 90 })] },
  { input: 'Tối thiểu 90% hồ sơ được số hóa, phấn đấu 100%.', expected: [ge(90, '%', { scope: 'hồ sơ', stretch: 100 })] },
  { input: 'Tỷ lệ giải quyết hồ sơ đúng hạn đạt 100%, trong đó lĩnh vực đất đai đạt 98%.', expected: [ge(100), ge(98, '%', { scope: 'lĩnh vực đất đai' })] },
  { input: 'Thời gian giải quyết giảm xuống còn 5 ngày.', expected: [le(5, 'ngày', { better: 'lower' })] },
  { input: 'Mỗi phường tổ chức ít nhất 02 buổi đối thoại.', expected: [ge(2, 'buổi', { scope: 'phường' })] },
  { input: 'Chỉ số cải thiện ít nhất 3 bậc so với năm 2023.', expected: [ge(3, 'bậc', { scope: '' })] },
  // A "phấn đấu" figure with no firm target beside it is the target itself, stretch null.
  { input: 'Phấn đấu đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%.', expected: [ge(80, '%', { stretch: null })] },
  { input: 'Phấn đấu đạt 90% hồ sơ được số hóa.', expected: [ge(90, '%', { stretch: null })] },
  { input: 'Phấn đấu 100% hồ sơ được giải quyết đúng hạn.', expected: [ge(100, '%', { stretch: null })] },
  // Ranks: "nhóm 05 đơn vị dẫn đầu" = rank 5 or better.
  {
    input: 'Phấn đấu Chỉ số CCHC (PAR Index) của Quận 1 nằm trong nhóm 05 đơn vị dẫn đầu Thành phố năm 2024.',
    expected: [le(5, 'hạng', { scope: 'Quận 1', better: 'lower', stretch: null })],
  },
  { input: 'Chỉ số chuyển đổi số thuộc top 10 của Thành phố.', expected: [le(10, 'hạng', { better: 'lower' })] },
  { input: 'Chỉ số PAR INDEX xếp hạng thứ 3 trở lên.', expected: [le(3, 'hạng', { better: 'lower' })] },
  { input: 'Chi nhánh Văn phòng đăng ký đất đai Quận 1 giải quyết hồ sơ TTHC đúng hạn từ 98%.', expected: [ge(98, '%', { scope: 'Chi nhánh Văn phòng đăng ký đất đai Quận 1' })] },
  { input: '100% hồ sơ TTHC giải quyết trễ hẹn phải kịp thời thông báo xin lỗi.', expected: [ge(100, '%', { scope: 'hồ sơ TTHC giải quyết trễ hẹn', better: 'higher' })] },
  { input: 'Giải quyết khiếu nại, tố cáo tỷ lệ đạt 95% trở lên.', expected: [ge(95, '%', { better: 'higher' })] },
  { input: 'Bảo đảm 100% thủ tục được công bố và 100% các hồ sơ được theo dõi trên Hệ thống.', expected: [ge(100, '%', { scope: 'thủ tục' }), ge(100, '%', { scope: 'hồ sơ' })] },
  { input: 'Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 để đảm bảo 100% cơ quan, đơn vị áp dụng.', expected: [ge(100, '%', { scope: 'cơ quan, đơn vị' })] },
  { input: 'Cử 100% cán bộ, công chức cấp xã tham gia các lớp bồi dưỡng do Quận 1 tổ chức trong năm 2024.', expected: [ge(100, '%', { scope: 'cán bộ, công chức' })] },
];

/** Without diacritics, as OCR leaves them (from the fixture thong-bao-241). */
export const OCR: PhraseCase[] = [
  { input: 'dam bao ty le dung han 100% va phai duoc cap nhat nhanh chong', expected: [ge(100)] },
  { input: 'Quan tam gioi thieu it nhat 01 san pham, mo hinh tuyen truyen', expected: [ge(1, 'sản phẩm')] },
  { input: 'Dam bao trien khai va tren 80% nguoi dan, doanh nghiep khi thuc hien thu tuc', expected: [gt(80, '%', { scope: 'nguoi dan, doanh nghiep' })] },
  { input: 'ty le ho so tre han duoi 2%', expected: [lt(2, '%', { better: 'lower' })] },
  { input: 'Muc do hai long dat tu 99% tro len', expected: [ge(99)] },
  { input: 'CHI SO HAI LONG TOI THIEU 95%', expected: [ge(95)] },
];

/**
 * Numbers that are not targets. Every entry must give no target at all.
 * (A count with a comparator IS a target: "ít nhất 01 bài viết" is in CONTRACT_TABLE.)
 */
export const MUST_NOT_MATCH: string[] = [
  'Quyết định số 2709/QĐ-UBND ngày 10 tháng 8 năm 2022 của Chủ tịch UBND Thành phố',
  'theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ',
  'Thực hiện Kế hoạch số 04/KH-UBND của Ủy ban nhân dân Quận 1',
  'Kế hoạch số 3815/KH-UBND ngày 18 tháng 10 năm 2022',
  'Nghị quyết số 98/2023/QH15 của Quốc hội',
  'Quyết định 2272/QĐ-UBND ngày 22 tháng 6 năm 2023',
  'Công văn số 2474/UBND-NV ngày 13 tháng 9 năm 2022',
  'Chương trình hành động số 05-CTr/QU ngày 30 tháng 10 năm 2020',
  'Đề án số 01-ĐA/TU ngày 05 tháng 02 năm 2021 của Thành ủy',
  'Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018',
  'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018',
  'Chủ tịch UBND 10 phường',
  'Ủy ban nhân dân Quận 1 và 10 phường thực hiện thanh toán điện tử',
  'khen thưởng 5 đơn vị, 61 cá nhân',
  'rà soát các thủ tục hành chính 03 (ba) năm không phát sinh hồ sơ',
  'Đảm bảo hàng quý gửi 01 bài viết về Ban Chỉ đạo',
  'giai đoạn 2021 - 2025',
  'giai đoạn 2022-2025, tầm nhìn đến năm 2030',
  'nhiệm kỳ 2020 - 2025',
  'Trong năm 2024',
  'Kế hoạch công tác CCHC năm 2024',
  'từ năm 2020 đến nay',
  'Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
  'áp dụng ISO 9001:2015 trong công tác hành chính',
  'Kinh phí thực hiện 500 triệu đồng từ ngân sách quận',
  'Mục 3.2 của Kế hoạch',
  'điểm a khoản 2 Điều 5 Nghị định',
  'tại Phụ lục 2 kèm theo',
  'phản hồi thông tin trên Cổng thông tin 1022',
  'xử lý phản ánh trên 1022 đúng quy định',
  'Có số ĐVSNCL tự đảm bảo chi thường xuyên cao hơn năm 2023',
  'Chỉ số CCHC năm 2024 cao hơn so với năm 2023',
  'Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII',
  'Quý I năm 2024: trình kế hoạch',
  'Báo cáo Quý 2/2025',
  'từ ngày 01/01/2024 đến ngày 31/12/2024',
  'trong thời hạn từ 01 đến 03 ngày',
  'doanh nghiệp 100% vốn nhà nước',
  'hỗ trợ người dưới 18 tuổi',
  'triển khai trên 10 phường của quận',
  'vốn đầu tư 95 tỷ đồng',
  'diện tích đất 500 m2',
  'theo mẫu số 01 của Thông tư',
  'Tổ 5, khu phố 3, phường Bến Nghé',
  'số điện thoại 028 3829 1234',
  'tháng 10 năm 2024',
  '6 tháng đầu năm 2024',
  'Dự án số 86 đường Nguyễn Huệ',
  'đạt chuẩn theo Quyết định số 41/2011/QĐ-UBND ngày 17 tháng 6 năm 2011',
  'Hoàn thành trước ngày 15/9/2020',
  'Triển khai 3.5 của Phụ lục',
  'năm 2023 triển khai thực hiện, năm 2024 thực hiện thường xuyên',
  'tại Quyết định số 41/2011/QĐ-UBND ngày 17 tháng 6 năm 2011<sup>1</sup>.',
  '<sup>2</sup> Thực hiện sắp xếp các cơ quan chuyên môn',
  'tăng 5% so với cùng kỳ năm 2023',
];
