import { readChiTieuSection } from '../../../src/core/targets';

/** [id, ref, comparator, value, unit] of every target read from `body`. */
function read(body: string): unknown[][] {
  return readChiTieuSection(body).targets.map((t) => [t.id, t.ref, t.comparator, t.value, t.unit]);
}

const ITEMS = ['1. Tỷ lệ hồ sơ đúng hạn đạt 98%.', '2. Tỷ lệ hồ sơ trễ hạn dưới 2%.'];
const TWO = [
  ['CT-1-1', '1', '>=', 98, '%'],
  ['CT-2-1', '2', '<', 2, '%'],
];

describe('finds the CHỈ TIÊU section whatever its heading', () => {
  test.each([
    ['## II. CHỈ TIÊU:'],
    ['II. CHỈ TIÊU'],
    ['**II. CHỈ TIÊU**'],
    ['### **II. CHỈ TIÊU CỤ THỂ**'],
    ['II. CHI TIEU'],
    ['Chỉ tiêu cụ thể'],
    ['Chỉ tiêu:'],
    ['2. Chỉ tiêu:'],
    ['b) Các chỉ tiêu chủ yếu'],
    ['I. MỤC TIÊU, CHỈ TIÊU'],
  ])('%s', (heading) => {
    const body = ['I. MỤC TIÊU', '1. Nâng cao chất lượng phục vụ, 100% hài lòng là mục tiêu chung.', heading, ...ITEMS, 'III. NHIỆM VỤ', '1. Đạt 100% nhiệm vụ.'].join('\n');
    // "MỤC TIÊU" alone is not the section; the figure under it is not read.
    expect(read(body)).toEqual(TWO);
  });

  it('ignores "chỉ tiêu" inside running text', () => {
    const body = ['1.1. Xây dựng kế hoạch đảm bảo tiến độ và các chỉ tiêu đề ra, đạt 100% nhiệm vụ.', '2. Đạt 95% hồ sơ.'].join('\n');
    expect(readChiTieuSection(body)).toEqual({ targets: [], warnings: [] });
  });

  it('returns nothing, and no warning, for a plan without the section', () => {
    expect(readChiTieuSection('I. MỤC TIÊU\n1. Tập trung thực hiện.\nII. NHIỆM VỤ\n1. Đạt 100%.')).toEqual({ targets: [], warnings: [] });
  });
});

describe('where the section ends', () => {
  test.each([
    ['## III. NHIỆM VỤ TRỌNG TÂM'],
    ['III. NHIỆM VỤ VÀ GIẢI PHÁP'],
    ['NHIỆM VỤ TRỌNG TÂM'],
    ['**IV. TỔ CHỨC THỰC HIỆN**'],
  ])('stops at %s', (next) => {
    const body = ['II. CHỈ TIÊU', ...ITEMS, next, '3. Đạt 100% nhiệm vụ.', '4. Trên 80% hồ sơ trực tuyến.'].join('\n');
    expect(read(body)).toEqual(TWO);
  });

  it('under "2. Chỉ tiêu:" items are 2.1, 2.2 and the section ends at "3."', () => {
    const body = ['1. Mục tiêu chung', '2. Chỉ tiêu:', '2.1. Tỷ lệ hồ sơ đúng hạn đạt 98%.', '2.2. Tỷ lệ hồ sơ trễ hạn dưới 2%.', '3. Giải pháp: đạt 100% số hóa.'].join('\n');
    expect(read(body)).toEqual([
      ['CT-2.1-1', '2.1', '>=', 98, '%'],
      ['CT-2.2-1', '2.2', '<', 2, '%'],
    ]);
  });

  it('under "2. Chỉ tiêu:" items numbered again from "1." run to the next top heading', () => {
    const body = ['2. Chỉ tiêu:', ...ITEMS, '3. Tối thiểu 60% hồ sơ số hóa.', 'III. NHIỆM VỤ', '4. Đạt 100%.'].join('\n');
    expect(read(body).map((t) => t[0])).toEqual(['CT-1-1', 'CT-2-1', 'CT-3-1']);
  });
});

describe('items and their numbers', () => {
  it('keys items by printed number at any depth, bold or not', () => {
    const body = [
      'II. CHỈ TIÊU',
      '### 3. Về giải quyết hồ sơ TTHC:',
      '3.1. Tỷ lệ đúng hạn đạt 100% trong từng lĩnh vực, riêng lĩnh vực xử lý đơn đạt 98%.',
      '**3.2.** Giảm tỷ lệ trễ hạn xuống còn dưới 2%.',
      '10.5. 100% dịch vụ công trực tuyến toàn trình được phê duyệt.',
      '3.10 Tỷ lệ hài lòng tối thiểu 95%.',
    ].join('\n');
    expect(read(body)).toEqual([
      ['CT-3.1-1', '3.1', '>=', 100, '%'],
      ['CT-3.1-2', '3.1', '>=', 98, '%'],
      ['CT-3.2-1', '3.2', '<', 2, '%'],
      ['CT-10.5-1', '10.5', '>=', 100, '%'],
      ['CT-3.10-1', '3.10', '>=', 95, '%'],
    ]);
  });

  it('finds the item number after a watermark fragment and says so', () => {
    const body = [
      '## II. CHỈ TIÊU:',
      '9. Đạt 100% đơn vị thanh toán điện tử.',
      '## Tran Van Binh 12345 10. Xây dựng môi trường làm việc điện tử',
      'Tran Van Binh - 12345',
      '10.1. 100% văn bản được trao đổi trên môi trường điện tử.',
      '## III. NHIỆM VỤ',
    ].join('\n');
    const r = readChiTieuSection(body);
    expect(r.targets.map((t) => [t.id, t.ref])).toEqual([
      ['CT-9-1', '9'],
      ['CT-10.1-1', '10.1'],
    ]);
    expect(r.warnings.map((w) => [w.code, w.detail?.text])).toEqual([
      ['chi-tieu-junk-skipped', 'Tran Van Binh 12345'],
      ['chi-tieu-junk-skipped', 'Tran Van Binh - 12345'],
    ]);
  });

  it('does not take a number inside a sentence for an item number', () => {
    const body = ['II. CHỈ TIÊU', '1. Ủy ban nhân dân Quận 1 và 10 phường đạt tỷ lệ 100%.', 'III. NHIỆM VỤ'].join('\n');
    expect(read(body)).toEqual([['CT-1-1', '1', '>=', 100, '%']]);
  });

  it('joins an item continued on the next line (a page break inside the item)', () => {
    const body = ['II. CHỈ TIÊU', '7. Số hóa kết quả giải quyết TTHC của cấp quận đạt tối thiểu', '60% và 10 phường đạt tối thiểu 55%.'].join('\n');
    expect(read(body)).toEqual([
      ['CT-7-1', '7', '>=', 60, '%'],
      ['CT-7-2', '7', '>=', 55, '%'],
    ]);
  });

  it('reads an OCR body without diacritics', () => {
    const body = ['II. CHI TIEU:', '1. Ty le ho so dung han dat 98%.', '2. Ty le ho so tre han duoi 2%.', 'III. NHIEM VU'].join('\n');
    expect(read(body)).toEqual(TWO);
  });

  it('keeps ids unique when a number is printed twice, and warns', () => {
    const body = ['II. CHỈ TIÊU', '1. Đạt 98% hồ sơ đúng hạn.', '1. Tối thiểu 60% hồ sơ được số hóa.'].join('\n');
    const r = readChiTieuSection(body);
    expect(r.targets.map((t) => t.id)).toEqual(['CT-1-1', 'CT-1-2']);
    expect(r.warnings.map((w) => w.code)).toEqual(['chi-tieu-duplicate-ref']);
  });

  it('warns when an item holds a figure it could not read as a target', () => {
    const body = ['II. CHỈ TIÊU', '1. Tỷ lệ hồ sơ trực tuyến 85% so với năm trước.'].join('\n');
    const r = readChiTieuSection(body);
    expect(r.targets).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.detail?.ref])).toEqual([['target-unread', '1']]);
  });
});
