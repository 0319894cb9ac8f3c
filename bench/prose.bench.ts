/**
 * Parsing a conclusion notice in prose of 15, 30 and 60 pages (issue 10: 60 pages under 200 ms,
 * growing linearly). The notice is generated from the hand-checked fixtures' shapes: topic
 * headings, "Giao X ..." / "Đề nghị X ..." / "Yêu cầu X ..." tasks, unit headings with dashed
 * tasks, deadline sentences and dashed time lines, about 45 lines a page. Figures, not pass/fail.
 * Run: node --expose-gc -r ts-node/register/transpile-only bench/prose.bench.ts
 */
import { parsePlan } from '../src/core/import';
import { row, time } from './measure';

const LINES_PER_PAGE = 45;

const HEAD = [
  'ỦY BAN NHÂN DÂN QUẬN 5', 'VĂN PHÒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
  'Số: 900/TB-VP', 'Quận 5, ngày 10 tháng 7 năm 2025', '', 'THÔNG BÁO', 'Kết luận của Chủ tịch Ủy ban nhân dân quận', '',
  'Sau khi nghe báo cáo của các đơn vị, Chủ tịch Ủy ban nhân dân quận kết luận như sau:', '',
];
const TAIL = ['', 'Văn phòng Ủy ban nhân dân quận thông báo để các cơ quan, đơn vị biết và thực hiện./.', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.'];

function section(n: number): string[] {
  const units = ['Phòng Nội vụ', 'Phòng Tư pháp', 'Văn phòng Ủy ban nhân dân quận', 'Phòng Tài chính - Kế hoạch'];
  const u = units[n % units.length] as string;
  if (n % 2 === 0) {
    return [
      `${n}. Về chỉ tiêu số hóa hồ sơ thủ tục hành chính đạt tỷ lệ tối thiểu ${50 + (n % 40)}%`, '',
      `- Giao ${u} chủ trì, phối hợp với Phòng Văn hóa và Thông tin rà soát, tổng hợp kết quả số hóa hồ sơ của các đơn vị,`,
      'báo cáo Ủy ban nhân dân quận. Thời gian thực hiện trong tháng 9 năm 2025.', '',
      '- Đề nghị các cơ quan, đơn vị tự kiểm tra công tác cải cách hành chính tại đơn vị mình.',
      '- Thời gian thực hiện: trong quý IV năm 2025.', '',
      'Yêu cầu Thủ trưởng các cơ quan, đơn vị tập trung số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.', '',
    ];
  }
  return [
    `${n}. Thủ trưởng các phòng chuyên môn, các đơn vị sự nghiệp công lập và Chủ tịch Ủy ban nhân dân 10 phường`, '',
    '- Rà soát toàn bộ thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình, báo cáo kết quả trước ngày 31 tháng 10 năm 2025.', '',
    '- Chỉ đạo cán bộ, công chức sử dụng chữ ký số trong xử lý văn bản, đảm bảo tỷ lệ văn bản điện tử có ký số đạt từ 95% trở lên.', '',
    `${n}.1. ${u}: chủ trì tham mưu công tác kiểm tra, hoàn thành trong quý III năm 2025.`, '',
    'Hướng dẫn Ủy ban nhân dân các phường rà soát, bố trí công chức làm việc tại Bộ phận một cửa.', '',
  ];
}

function notice(pages: number): Uint8Array {
  const lines = [...HEAD];
  for (let n = 1; lines.length < pages * LINES_PER_PAGE; n++) lines.push(...section(n));
  lines.push(...TAIL);
  return new TextEncoder().encode(lines.join('\n'));
}

async function main(): Promise<void> {
  console.log('== a conclusion notice in prose (median of 7)');
  for (const pages of [15, 30, 60]) {
    const bytes = notice(pages);
    const r = parsePlan({ name: 'notice.txt', bytes });
    const tasks = r.ok ? r.value.tasks.length : 0;
    row(`  ${pages} pages, ${tasks} tasks`, await time(() => parsePlan({ name: 'notice.txt', bytes }), 7), pages === 60 ? 'target < 200 ms' : '');
  }
}

void main();
