import { readProse } from '../../../../src/core/import/prose/read';

/** Body of a notice in the paragraph-per-line layout with a few blank lines (read as wrapped). */
const notice = (body: string): string => `Chủ tịch kết luận như sau:\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\n`;
const tasks = (body: string) => readProse(notice(body)).drafts.map((d) => ({ stt: d.stt, section: d.section, task: d.task, lead: d.lead, due: d.deadlineText }));

describe('a heading line stays a paragraph of its own', () => {
  it.each([
    ['topic with a numbered sub-heading', '2. Về phát triển kinh tế\n2.1. Về chỉ tiêu thu ngân sách\nYêu cầu Chi cục Thuế tăng cường chống thất thu.\n\n3. Khác\n- Giao Phòng Nội vụ rà soát.', 'Chi cục Thuế'],
    ['Roman part in capitals', 'III. TỔ CHỨC THỰC HIỆN\nGiao Phòng Nghiệp vụ theo dõi, đôn đốc việc thực hiện.\n\nIV. KHÁC\n- Đề nghị Phòng Tư pháp rà soát.', 'Phòng Nghiệp vụ'],
    ['topic heading then a task', '3. Về công tác văn hóa - xã hội\nGiao Phòng Văn hóa và Thông tin tổ chức các hoạt động; thực hiện thường xuyên.\n\n4. Khác\n- Đề nghị Phòng Tư pháp rà soát.', 'Phòng Văn hóa và Thông tin'],
  ])('%s', (_name, body, lead) => {
    const t = tasks(body);
    expect(t[0]?.lead).toEqual([lead]);
    expect(t[0]?.task).toMatch(/^(Giao|Yêu cầu)/);
  });

  it('a heading that wraps onto a lower-case line is still joined', () => {
    const t = tasks('1. Về công tác cải cách hành chính và\nchuyển đổi số\n- Giao Phòng Nội vụ rà soát.\n\n2. Khác\n- Giao Phòng Tư pháp rà soát.');
    expect(t[0]?.stt).toBe('1.1');
    expect(readProse(notice('1. Về công tác cải cách hành chính và\nchuyển đổi số\n- Giao Phòng Nội vụ rà soát.')).sections[0]?.title).toBe('Về công tác cải cách hành chính và chuyển đổi số');
  });
});
