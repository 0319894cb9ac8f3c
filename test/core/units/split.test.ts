import { splitUnitGroup, unitBody } from '../../../src/core/units';

describe('splitUnitGroup', () => {
  const cases: [item: string, expected: string[]][] = [
    ['Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND 10 phường', ['Thủ trưởng cơ quan, đơn vị', 'Chủ tịch UBND 10 phường']],
    ['- Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND 10 phường.', ['Thủ trưởng cơ quan, đơn vị', 'Chủ tịch UBND 10 phường']],
    ['Thủ trưởng cơ quan, đơn vị; Chủ tịch Ủy ban nhân dân (UBND) 10 phường.', ['Thủ trưởng cơ quan, đơn vị', 'Chủ tịch Ủy ban nhân dân (UBND) 10 phường']],
    ['Thủ trưởng cơ quan, đơn vị, Chủ tịch UBND 10 phường.', ['Thủ trưởng cơ quan, đơn vị', 'Chủ tịch UBND 10 phường']],
    ['Thủ trưởng các cơ quan, đơn vị có liên quan, Ủy ban nhân dân 10 phường', ['Thủ trưởng các cơ quan, đơn vị có liên quan', 'Ủy ban nhân dân 10 phường']],
    // A bullet glued to the previous item where the source lost the line break (appendix 7.4).
    [
      'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND 10 phường.- Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội quận cùng tham gia tuyên truyền và giám sát.',
      ['Thủ trưởng cơ quan, đơn vị', 'Chủ tịch UBND 10 phường', 'Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội quận cùng tham gia tuyên truyền và giám sát'],
    ],
    ['Thủ trưởng các cơ quan: Văn phòng UBND Quận 1; Kho bạc Nhà nước Quận 1', ['Văn phòng UBND Quận 1', 'Kho bạc Nhà nước Quận 1']],
    ['Trung tâm Văn hóa; Bản tin Quận 1.', ['Trung tâm Văn hóa', 'Bản tin Quận 1']],
    [
      'Mời Ban Tuyên giáo Quận ủy, Ban Dân vận Quận ủy phối hợp với Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội quận tham gia tuyên truyền.',
      ['Ban Tuyên giáo Quận ủy', 'Ban Dân vận Quận ủy', 'Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội quận tham gia tuyên truyền'],
    ],
    ['Thủ trưởng sở, ban, ngành; Chủ tịch UBND quận, huyện, thành phố Thủ Đức', ['Thủ trưởng sở, ban, ngành', 'Chủ tịch UBND quận, huyện, thành phố Thủ Đức']],
    ['Văn phòng UBND quận, Phòng Nội vụ, Trung tâm CNTT', ['Văn phòng UBND quận', 'Phòng Nội vụ', 'Trung tâm CNTT']],
    ['+ Chánh Văn phòng UBND quận;', ['Chánh Văn phòng UBND quận']],
    ['Giao Phòng Nội vụ:', ['Phòng Nội vụ']],
    ['Phong Noi vu, Trung tam CNTT quan', ['Phong Noi vu', 'Trung tam CNTT quan']], // OCR without accents
    ['Giao Vin phong Uy ban nhéan din quén, Trung tim Cong nghé Thong tin:', ['Vin phong Uy ban nhéan din quén', 'Trung tim Cong nghé Thong tin']], // OCR, one letter off
  ];
  test.each(cases)('%s', (item, expected) => {
    expect(splitUnitGroup(item)).toEqual(expected);
  });

  // Never split inside a unit name.
  const whole = [
    'Phòng Tài chính - Kế hoạch',
    'Trưởng phòng Tài chính – Kế hoạch',
    'Phòng Văn hóa, Khoa học và Thông tin',
    'Phòng Văn hóa - Khoa học và Thông tin quận',
    'Phòng Kinh tế, Hạ tầng và Đô thị',
    'Phòng Lao động - Thương binh và Xã hội',
    'Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội quận cùng tham gia tuyên truyền và giám sát',
    'Ban Chỉ đạo và Tổ giúp việc Ban Chỉ đạo CCHC Quận 1',
    'Ban Chỉ đạo Cải cách hành chính, Chuyển đổi số, Đề án 06 Quận 1',
    'Các cơ quan, đơn vị thành viên BCĐ CCHC quận',
    'Chủ tịch, Phó Chủ tịch UBND',
    'Phòng Tài chính - Kế hoạch (tổng hợp; báo cáo)',
    'Trung tâm Văn hóa, Bản tin Quận 1',
  ];
  test.each(whole)('keeps "%s" whole', (item) => {
    expect(splitUnitGroup(item)).toEqual([item]);
  });

  it('gives nothing for an empty or dash-only cell', () => {
    expect(splitUnitGroup('')).toEqual([]);
    expect(splitUnitGroup(' - ; ')).toEqual([]);
  });
});

describe('unitBody: the phrase without bullet, verb and role clause', () => {
  const cases: [written: string, body: string][] = [
    ['- Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội quận cùng tham gia tuyên truyền và giám sát.', 'Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội quận'],
    ['Trưởng Phòng Nội vụ quận và các cơ quan liên quan.', 'Trưởng Phòng Nội vụ quận'],
    ['Thủ trưởng các cơ quan, đơn vị có liên quan', 'Thủ trưởng các cơ quan, đơn vị'],
    ['Mời Ban Dân vận Quận ủy', 'Ban Dân vận Quận ủy'],
    ['Hội Liên hiệp Phụ nữ quận cùng phối hợp thực hiện;', 'Hội Liên hiệp Phụ nữ quận'],
    ['Trưởng Phòng Tư pháp quận.', 'Trưởng Phòng Tư pháp quận'],
  ];
  test.each(cases)('%s', (written, body) => {
    expect(unitBody(written)).toBe(body);
  });
});
