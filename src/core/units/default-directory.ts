import type { UnitDirectory } from './types';

/**
 * A starting directory for a People's Committee (district before 1 July 2025, ward or commune
 * after). Canonical names follow the 2025 reorganisation where a unit was renamed; older names
 * stay as aliases so 2024 plans still resolve. Users copy and edit this as JSON.
 * Place words ("quận", "Quận 1", "phường ...") and heads' titles ("Trưởng", "Chánh", "Giám đốc")
 * are handled by resolveUnit, so aliases need not repeat them.
 */
export const DEFAULT_UNIT_DIRECTORY: UnitDirectory = {
  units: [
    {
      name: 'Văn phòng HĐND và UBND',
      kind: 'agency',
      aliases: ['Văn phòng UBND', 'VP UBND', 'VP', 'Văn phòng', 'Văn phòng HĐND - UBND', 'VP HĐND và UBND'],
    },
    { name: 'Phòng Nội vụ', kind: 'agency', aliases: ['Phòng NV'] },
    { name: 'Phòng Tài chính - Kế hoạch', kind: 'agency', aliases: ['Phòng TC-KH', 'TC-KH', 'Phòng Tài chính'] },
    { name: 'Phòng Tư pháp', kind: 'agency', aliases: ['Phòng TP'] },
    {
      name: 'Phòng Văn hóa - Khoa học và Thông tin',
      kind: 'agency',
      aliases: ['Phòng Văn hóa và Thông tin', 'Phòng VHTT', 'Phòng VH-KH&TT', 'VH-KH&TT', 'VHTT', 'Phòng Văn hóa - Thông tin'],
    },
    { name: 'Phòng Văn hóa - Xã hội', kind: 'agency', aliases: ['Phòng VH-XH'] },
    {
      name: 'Trung tâm Công nghệ thông tin',
      kind: 'agency',
      aliases: ['TT CNTT', 'Trung tâm CNTT'],
    },
    { name: 'Phòng Kinh tế', kind: 'agency', aliases: ['Phòng Kinh tế, Hạ tầng và Đô thị'] },
    { name: 'Phòng Quản lý đô thị', kind: 'agency', aliases: ['Phòng QLĐT'] },
    { name: 'Phòng Tài nguyên và Môi trường', kind: 'agency', aliases: ['Phòng TN-MT', 'Phòng TNMT'] },
    { name: 'Phòng Giáo dục và Đào tạo', kind: 'agency', aliases: ['Phòng GD-ĐT', 'Phòng GDĐT'] },
    { name: 'Phòng Lao động - Thương binh và Xã hội', kind: 'agency', aliases: ['Phòng LĐ-TB&XH', 'Phòng LĐTBXH'] },
    { name: 'Phòng Y tế', kind: 'agency', aliases: [] },
    { name: 'Thanh tra', kind: 'agency', aliases: ['Thanh tra quận', 'Thanh tra huyện'] },
    {
      name: 'Chi nhánh Văn phòng đăng ký đất đai',
      kind: 'agency',
      aliases: ['Chi nhánh VPĐKĐĐ', 'Văn phòng đăng ký đất đai', 'VPĐKĐĐ'],
    },
    { name: 'Công an', kind: 'agency', aliases: [] },
    { name: 'Trung tâm Y tế', kind: 'agency', aliases: [] },
    { name: 'Bệnh viện', kind: 'agency', aliases: [] },
    { name: 'Kho bạc Nhà nước', kind: 'agency', aliases: ['KBNN'] },
    { name: 'Cơ quan thuế', kind: 'agency', aliases: ['Chi cục Thuế', 'Thuế cơ sở', 'Đội Thuế'] },
    { name: 'Trung tâm Văn hóa - Thể thao', kind: 'agency', aliases: ['Trung tâm Văn hóa'] },
    { name: 'Mặt trận Tổ quốc Việt Nam', kind: 'agency', aliases: ['MTTQ', 'MTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'] },
    {
      name: 'Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
      kind: 'group',
      aliases: [
        'MTTQ và các tổ chức chính trị - xã hội',
        'MTTQ và các tổ chức CT-XH',
        'Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội',
        'Mặt trận Tổ quốc và các đoàn thể',
      ],
    },
    { name: 'Liên đoàn Lao động', kind: 'agency', aliases: ['LĐLĐ'] },
    { name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', kind: 'agency', aliases: ['Quận Đoàn', 'Phường Đoàn', 'Đoàn TNCS', 'Đoàn Thanh niên'] },
    { name: 'Ban Tuyên giáo và Dân vận', kind: 'agency', aliases: ['Ban Tuyên giáo', 'Ban Dân vận'] },
    {
      name: 'Ban Chỉ đạo CCHC',
      kind: 'group',
      aliases: [
        'Ban Chỉ đạo cải cách hành chính',
        'BCĐ CCHC',
        'Ban Chỉ đạo và Tổ giúp việc Ban Chỉ đạo CCHC',
        'Tổ giúp việc Ban Chỉ đạo CCHC',
        'Các cơ quan, đơn vị thành viên BCĐ CCHC',
        'Thành viên Ban Chỉ đạo CCHC',
      ],
    },
    { name: 'Ủy ban nhân dân', kind: 'agency', aliases: ['UBND'] },
    {
      name: 'Lãnh đạo UBND',
      kind: 'leader',
      aliases: ['Chủ tịch UBND', 'Phó Chủ tịch UBND', 'Thường trực UBND', 'Chủ tịch, Phó Chủ tịch UBND'],
    },
    {
      name: 'Thủ trưởng cơ quan, đơn vị',
      kind: 'group',
      aliases: [
        'Các cơ quan, đơn vị',
        'Thủ trưởng các cơ quan, đơn vị có liên quan',
        'Thủ trưởng các phòng, ban, đơn vị',
        'Thủ trưởng các phòng chuyên môn, các đơn vị sự nghiệp công lập',
        'Các phòng chuyên môn',
      ],
    },
    {
      name: 'UBND các phường',
      kind: 'group',
      aliases: ['Chủ tịch UBND các phường', 'Ủy ban nhân dân các phường', 'UBND các xã, phường', 'Chủ tịch UBND các xã, phường'],
    },
    {
      name: 'Các trường học công lập',
      kind: 'group',
      aliases: ['Đơn vị trường học công lập', 'Trường học công lập', 'Các trường công lập'],
    },
  ],
};
