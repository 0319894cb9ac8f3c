/** Who is assigned, read from a sentence or a heading (contract "Documents in prose"). */
import { assignmentOf, splitUnits } from '../../../../src/core/import/prose/assign';
import { DEFAULT_UNIT_DIRECTORY, resolveUnit } from '../../../../src/core/units';

describe('splitUnits: one unit an item, titles carried', () => {
  it.each<[string, string[]]>([
    ['Thủ trưởng các phòng chuyên môn, các đơn vị sự nghiệp công lập và Chủ tịch Ủy ban nhân dân 10 phường',
      ['Thủ trưởng các phòng chuyên môn', 'Thủ trưởng các đơn vị sự nghiệp công lập', 'Chủ tịch Ủy ban nhân dân 10 phường']],
    ['Phòng Tài nguyên và Môi trường, Ủy ban nhân dân các xã', ['Phòng Tài nguyên và Môi trường', 'Ủy ban nhân dân các xã']],
    ['Ban Tuyên giáo Huyện ủy, Ban Dân vận Huyện ủy', ['Ban Tuyên giáo Huyện ủy', 'Ban Dân vận Huyện ủy']],
    ['Thu truong cdc phong chuyén mon, cdc don vi su nghiép cong lap', ['Thu truong cdc phong chuyén mon', 'Thu truong cdc don vi su nghiép cong lap']],
  ])('%s', (phrase, items) => {
    expect(splitUnits(phrase)).toEqual(items);
  });

  it.each([
    'các cơ quan, đơn vị',
    'Thủ trưởng các cơ quan, đơn vị',
    'Phòng Văn hóa và Thông tin',
    'Phòng Văn hóa - Khoa học và Thông tin',
    'Phòng Tài chính - Kế hoạch',
    'đồng chí Trần Văn Bình, Phó Chủ tịch Ủy ban nhân dân huyện',
  ])('keeps "%s" whole', (phrase) => {
    expect(splitUnits(phrase)).toEqual([phrase]);
  });
});

describe('assignmentOf: the lead inside a sentence', () => {
  it.each<[string, string, string[]]>([
    ['Giao Phòng Nội vụ tham mưu Ủy ban nhân dân huyện ban hành kế hoạch.', 'Phòng Nội vụ', []],
    ['Đề nghị các cơ quan, đơn vị tự kiểm tra công tác cải cách hành chính.', 'các cơ quan, đơn vị', []],
    ['Yêu cầu Thủ trưởng các cơ quan, đơn vị tập trung số hóa hồ sơ.', 'Thủ trưởng các cơ quan, đơn vị', []],
    ['Phòng Tư pháp chủ trì, phối hợp với Công an huyện hướng dẫn các xã.', 'Phòng Tư pháp', ['Công an huyện']],
    ['Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp Văn phòng Ủy ban nhân dân huyện bố trí kinh phí.', 'Phòng Tài chính - Kế hoạch', ['Văn phòng Ủy ban nhân dân huyện']],
    ['pé nghi cac co quan, don vi nghiém tuc khac phuc han ché.', 'cac co quan, don vi', []],
    ['Yéu cau Tht truGng cdc co quan, don vi tap trung s6 héa h6 so.', 'Tht truGng cdc co quan, don vi', []],
    ['Các phường chưa gửi báo cáo hoàn thành việc rà soát.', 'Các phường', []],
  ])('%s', (sentence, lead, coordinators) => {
    const a = assignmentOf(sentence);
    expect(a?.lead).toBe(lead);
    expect(a?.coordinators).toEqual(coordinators);
  });

  it.each([
    'Tổ chức tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công.',
    'Ban hành kế hoạch kiểm tra trong quý III.',
    'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.',
    'Rà soát các tuyến đường xuống cấp trên địa bàn.',
  ])('names nobody in "%s"', (sentence) => {
    expect(assignmentOf(sentence)).toBeNull();
  });
});

describe('units resolve through OCR damage, the printed lead kept', () => {
  it.each([
    ['Phong N¢i vu Quén 1', 'Phòng Nội vụ'],
    ['Phong N6i vu', 'Phòng Nội vụ'],
    ['Phong NOi vy', 'Phòng Nội vụ'],
    ['Phong Tai chinh - K6 hoach', 'Phòng Tài chính - Kế hoạch'],
    ['Phéng Van héa va Théng tin', 'Phòng Văn hóa - Khoa học và Thông tin'],
    ['Phong Quan ly dé thi', 'Phòng Quản lý đô thị'],
    ['Thu tru6ng cdc phong chuyén mon', 'Thủ trưởng cơ quan, đơn vị'],
  ])('%s -> %s', (written, canonical) => {
    const r = resolveUnit(written, DEFAULT_UNIT_DIRECTORY);
    expect(r.canonical).toBe(canonical);
    expect(r.written).toBe(written);
  });

  it.each(['Phong Kinh té', 'Phong Y té'])('%s does not become another unit', (written) => {
    const r = resolveUnit(written, DEFAULT_UNIT_DIRECTORY);
    expect(['Phòng Kinh tế', 'Phòng Y tế', written]).toContain(r.canonical);
  });
});
