import { DEFAULT_UNIT_DIRECTORY as DEFAULT, resolveUnit, resolveUnits, type UnitDirectory } from '../../../src/core/units';

const VP = 'Văn phòng HĐND và UBND';
const NV = 'Phòng Nội vụ';
const TCKH = 'Phòng Tài chính - Kế hoạch';
const VHTT = 'Phòng Văn hóa - Khoa học và Thông tin';
const CNTT = 'Trung tâm Công nghệ thông tin';
const MTTQ_GROUP = 'Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội';

describe('resolveUnit: every lead/coordinator phrase style of the 2024 Quận 1 appendix', () => {
  // Written as the appendix prints them (after the list cell is split into items).
  const cases: [written: string, canonical: string][] = [
    ['Chánh Văn phòng UBND quận', VP],
    ['- Chánh Văn phòng UBND quận.', VP],
    ['Chánh Văn phòng UBND Quận 1', VP],
    ['Văn phòng UBND quận', VP],
    ['Văn phòng UBND Quận 1', VP],
    ['Trưởng Phòng Nội vụ quận.', NV],
    ['Trưởng Phòng Nội vụ quận', NV],
    ['Trưởng Phòng Nội vụ.', NV],
    ['Trưởng phòng Nội vụ', NV],
    ['Phòng Nội vụ quận', NV],
    ['Trưởng Phòng Nội vụ quận và các cơ quan liên quan.', NV],
    ['Trưởng Phòng Tài chính - Kế hoạch quận', TCKH],
    ['Trưởng Phòng Tài chính - Kế hoạch quận.', TCKH],
    ['Trưởng phòng Tài chính – Kế hoạch', TCKH],
    ['Phòng Tài chính - Kế hoạch quận', TCKH],
    ['Phòng Tài chính - Kế hoạch (tổng hợp)', TCKH],
    ['Trưởng Phòng Tư pháp quận.', 'Phòng Tư pháp'],
    ['Trưởng Phòng Tư pháp Quận 1', 'Phòng Tư pháp'],
    ['Trưởng phòng Văn hóa và Thông tin Quận 1', VHTT],
    ['Trưởng Phòng Văn hóa và Thông tin quận', VHTT],
    ['Phòng Văn hóa và Thông tin quận', VHTT],
    ['Trung tâm Công nghệ Thông tin quận', CNTT],
    ['Trung tâm Công nghệ thông tin quận.', CNTT],
    ['Giám đốc Trung tâm CNTT Quận 1.', CNTT],
    ['Trưởng phòng Kinh tế quận', 'Phòng Kinh tế'],
    ['Trưởng phòng Tài nguyên và Môi trường', 'Phòng Tài nguyên và Môi trường'],
    ['Trưởng Phòng Giáo dục và đào tạo', 'Phòng Giáo dục và Đào tạo'],
    ['Trưởng Phòng Y tế', 'Phòng Y tế'],
    ['Giám đốc Chi nhánh Văn phòng đăng ký đất đai Quận 1.', 'Chi nhánh Văn phòng đăng ký đất đai'],
    ['Công an Quận 1', 'Công an'],
    ['Giám đốc Bệnh viện Quận 1', 'Bệnh viện'],
    ['Giám đốc Trung tâm Y tế Quận 1', 'Trung tâm Y tế'],
    ['Chi cục thuế Quận 1.', 'Cơ quan thuế'],
    ['Kho bạc Nhà nước Quận 1', 'Kho bạc Nhà nước'],
    ['Chủ tịch Liên đoàn Lao động Quận 1.', 'Liên đoàn Lao động'],
    ['Bí thư Quận Đoàn 1', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    ['Trưởng Ban Tuyên giáo Quận ủy', 'Ban Tuyên giáo và Dân vận'],
    ['Ban Chỉ đạo và Tổ giúp việc Ban Chỉ đạo CCHC Quận 1', 'Ban Chỉ đạo CCHC'],
    ['Các cơ quan, đơn vị thành viên BCĐ CCHC quận', 'Ban Chỉ đạo CCHC'],
    ['Chủ tịch UBND Quận 1', 'Lãnh đạo UBND'],
    ['Thủ trưởng cơ quan, đơn vị', 'Thủ trưởng cơ quan, đơn vị'],
    ['Thủ trưởng các cơ quan, đơn vị có liên quan', 'Thủ trưởng cơ quan, đơn vị'],
    ['Chủ tịch UBND 10 phường.', 'UBND các phường'],
    ['Chủ tịch Ủy ban nhân dân (UBND) 10 phường', 'UBND các phường'],
    ['Ủy ban nhân dân 10 phường', 'UBND các phường'],
    ['Hiệu trưởng các đơn vị trường học công lập thuộc quận.', 'Các trường học công lập'],
    ['Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội quận cùng tham gia tuyên truyền và giám sát.', MTTQ_GROUP],
    ['Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội quận cùng giám sát.', MTTQ_GROUP],
    ['Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội quận cùng tham gia giám sát.', MTTQ_GROUP],
    ['Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội quận cùng tham gia tuyên truyền.', MTTQ_GROUP],
    // A row cut by a page break: the clause ends in the middle.
    ['Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội quận cùng tham gia tuyên truyền và', MTTQ_GROUP],
    ['Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội quận tham gia tuyên truyền', MTTQ_GROUP],
  ];
  test.each(cases)('%s -> %s', (written, canonical) => {
    const r = resolveUnit(written, DEFAULT);
    expect(r).toMatchObject({ canonical, known: true });
    expect(r.fuzzy).toBeUndefined();
  });

  it('keeps the written form next to the canonical unit', () => {
    expect(resolveUnit('  Trưởng Phòng Nội vụ   quận. ', DEFAULT)).toEqual({
      written: 'Trưởng Phòng Nội vụ quận.',
      canonical: NV,
      known: true,
      kind: 'agency',
    });
  });
});

describe('resolveUnit: case, accents, abbreviations, places', () => {
  const cases: [written: string, canonical: string][] = [
    ['PHÒNG NỘI VỤ', NV],
    ['phòng nội vụ quận 3', NV],
    ['Phong Noi vu', NV],
    ['Truong phong Noi vu quan', NV],
    ['Chanh Van phong UBND quan', VP],
    ['Van phong Uy ban nhan dan quan', VP],
    ['VP UBND', VP],
    ['VP', VP],
    ['Văn phòng HĐND và UBND phường Sài Gòn', VP],
    ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', VP],
    ['TT CNTT', CNTT],
    ['TT CNTT Q1', CNTT],
    ['Giám đốc Trung tâm CNTT Quận Bình Thạnh', CNTT],
    ['TC-KH', TCKH],
    ['TCKH', TCKH],
    ['Phòng TC - KH', TCKH],
    ['Phòng Tài chính và Kế hoạch', TCKH],
    ['Phòng VH-KH&TT', VHTT],
    ['Phòng Văn hóa, Khoa học và Thông tin', VHTT],
    ['Phòng Văn hóa - Khoa học và Thông tin', VHTT],
    ['Phong Van hoa, Khoa hoc va Thong tin', VHTT],
    ['Phòng VHTT', VHTT],
    ['Chánh Thanh tra quận', 'Thanh tra'],
    ['Phòng TN-MT huyện Củ Chi', 'Phòng Tài nguyên và Môi trường'],
    ['Phòng GD&ĐT', 'Phòng Giáo dục và Đào tạo'],
    ['Trưởng Phòng LĐ-TB&XH', 'Phòng Lao động - Thương binh và Xã hội'],
    ['Chi nhánh VPĐKĐĐ Quận 1', 'Chi nhánh Văn phòng đăng ký đất đai'],
    ['Ban Chỉ đạo cải cách hành chính quận', 'Ban Chỉ đạo CCHC'],
    ['BCĐ CCHC', 'Ban Chỉ đạo CCHC'],
    ['MTTQ và các tổ chức CT-XH', MTTQ_GROUP],
    ['Ủy ban MTTQ Việt Nam quận', 'Mặt trận Tổ quốc Việt Nam'],
    ['UBND quận', 'Ủy ban nhân dân'],
    ['Chủ tịch UBND quận, huyện, thành phố Thủ Đức', 'Lãnh đạo UBND'],
    ['Phó Chủ tịch UBND phường', 'Lãnh đạo UBND'],
    ['UBND các phường', 'UBND các phường'],
    ['Chủ tịch UBND các xã, phường', 'UBND các phường'],
    ['Chủ tịch Ủy ban nhân dân\u00a010\u00a0phường', 'UBND các phường'],
    ['Giao Phòng Nội vụ:', NV],
  ];
  test.each(cases)('%s -> %s', (written, canonical) => {
    expect(resolveUnit(written, DEFAULT)).toMatchObject({ canonical, known: true });
  });
});

describe('resolveUnit: OCR with broken letters (thong-bao-241 fixture)', () => {
  const cases: [written: string, canonical: string][] = [
    ['Phong Vin hoa, Khoa hoc va va Thong tin', VHTT],
    ['Phong Vin héa, Khoa hoc va Thong tin', VHTT],
    ['Trung tdm Cong nghé thong tin Quan 1', CNTT],
    ['Phong Nội vu Quén 1', NV],
    ['Trung tim Cong nghé Thong tin', CNTT],
    ['Phong Tai chinh — Ké hoach', TCKH],
  ];
  test.each(cases)('%s -> %s (fuzzy)', (written, canonical) => {
    const r = resolveUnit(written, DEFAULT);
    expect(r.canonical).toBe(canonical);
    expect(r.known).toBe(true);
  });

  it('marks a one-letter-off match as fuzzy and an exact one not', () => {
    expect(resolveUnit('Phong Vin hoa, Khoa hoc va Thong tin', DEFAULT).fuzzy).toBe(true);
    expect(resolveUnit('Phong Van hoa, Khoa hoc va Thong tin', DEFAULT).fuzzy).toBeUndefined();
  });
});

describe('resolveUnit: must not match', () => {
  // Phrases that look like a directory unit but are another body: they stay unknown, as written.
  const unknown: [written: string, canonical: string][] = [
    ['Sở Nội vụ Thành phố', 'Sở Nội vụ Thành phố'],
    ['Văn phòng Chính phủ', 'Văn phòng Chính phủ'],
    ['Thủ trưởng sở, ban, ngành', 'Thủ trưởng sở, ban, ngành'],
    ['Bản tin Quận 1.', 'Bản tin Quận 1'],
    ['Hội Liên hiệp Phụ nữ quận cùng tham gia giám sát', 'Hội Liên hiệp Phụ nữ quận'],
    ['Trung tâm Phục vụ hành chính công', 'Trung tâm Phục vụ hành chính công'],
    ['Phòng Kinh tế số', 'Phòng Kinh tế số'],
    ['Phòng Nội vụ Tư pháp', 'Phòng Nội vụ Tư pháp'],
    ['Thanh tra Chính phủ', 'Thanh tra Chính phủ'],
    ['Phòng Tổ chức cán bộ', 'Phòng Tổ chức cán bộ'],
    ['Chủ tịch', 'Chủ tịch'],
  ];
  test.each(unknown)('%s stays unknown', (written, canonical) => {
    expect(resolveUnit(written, DEFAULT)).toMatchObject({ canonical, known: false });
  });

  const notThis: [written: string, wrong: string][] = [
    ['Chủ tịch UBND 10 phường', 'Lãnh đạo UBND'], // the wards' chairs, not the district's
    ['Phòng Y tế', 'Phòng Kinh tế'],
    ['Phòng Kinh tế', 'Phòng Y tế'],
    ['Phòng Tư pháp', 'Phòng Nội vụ'],
    ['Mặt trận Tổ quốc Việt Nam quận', MTTQ_GROUP],
    ['Trung tâm Y tế', CNTT],
  ];
  test.each(notThis)('%s is not %s', (written, wrong) => {
    expect(resolveUnit(written, DEFAULT).canonical).not.toBe(wrong);
  });
});

describe('resolveUnit: the directory is data (2025 reorganisation)', () => {
  // A ward after 1 July 2025: offices merged, new names; old names kept as aliases.
  const ward: UnitDirectory = {
    units: [
      { name: 'Văn phòng HĐND và UBND', aliases: ['Văn phòng UBND', 'Phòng Nội vụ', 'Phòng Tư pháp'] },
      { name: 'Phòng Kinh tế, Hạ tầng và Đô thị', aliases: ['Phòng Kinh tế', 'Phòng Quản lý đô thị', 'Phòng Tài chính - Kế hoạch'] },
      { name: 'Phòng Văn hóa - Xã hội', aliases: ['Phòng Văn hóa và Thông tin', 'Phòng Giáo dục và Đào tạo', 'Phòng Y tế'] },
      { name: 'Trung tâm Phục vụ hành chính công', aliases: ['Bộ phận Một cửa', 'TT PVHCC'] },
    ],
    abbreviations: { pvhcc: 'Phục vụ hành chính công' },
  };
  const cases: [written: string, canonical: string, known: boolean][] = [
    ['Trưởng Phòng Nội vụ quận.', 'Văn phòng HĐND và UBND', true],
    ['Phong Noi vu', 'Văn phòng HĐND và UBND', true],
    ['Trưởng Phòng Tư pháp Quận 1', 'Văn phòng HĐND và UBND', true],
    ['Trưởng phòng Văn hóa và Thông tin Quận 1', 'Phòng Văn hóa - Xã hội', true],
    ['Phòng VH-XH phường Bến Thành', 'Phòng Văn hóa - Xã hội', true],
    ['Trưởng phòng Tài chính – Kế hoạch', 'Phòng Kinh tế, Hạ tầng và Đô thị', true],
    ['Bộ phận Một cửa phường Sài Gòn', 'Trung tâm Phục vụ hành chính công', true],
    ['Trung tâm PVHCC', 'Trung tâm Phục vụ hành chính công', true],
    ['Công an Quận 1', 'Công an Quận 1', false],
  ];
  test.each(cases)('%s -> %s', (written, canonical, known) => {
    expect(resolveUnit(written, ward)).toMatchObject({ canonical, known });
  });
});

describe('resolveUnits: one list item, several units', () => {
  it('splits, resolves and keeps one entry per unit', () => {
    const units = resolveUnits('Mời Ban Tuyên giáo Quận ủy, Ban Dân vận Quận ủy phối hợp với Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội quận tham gia tuyên truyền.', DEFAULT);
    expect(units.map((u) => u.canonical)).toEqual(['Ban Tuyên giáo và Dân vận', MTTQ_GROUP]);
    expect(units[0]?.written).toBe('Ban Tuyên giáo Quận ủy');
  });

  it('resolves the appendix\'s most common lead item into two groups', () => {
    expect(resolveUnits('Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND 10 phường.', DEFAULT)).toEqual([
      { written: 'Thủ trưởng cơ quan, đơn vị', canonical: 'Thủ trưởng cơ quan, đơn vị', known: true, kind: 'group' },
      { written: 'Chủ tịch UBND 10 phường', canonical: 'UBND các phường', known: true, kind: 'group' },
    ]);
  });
});
