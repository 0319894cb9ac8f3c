import { readLetterhead } from '../../../../src/core/import/prose/letterhead';
import { assignmentOf, coordinatorsOf, splitUnits } from '../../../../src/core/import/prose/assign';
import { readProse } from '../../../../src/core/import/prose/read';
import { foldOcr } from '../../../../src/core/text';

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

describe('what only says when, or only states, is no task', () => {
  it.each([
    ['a dashed month', '- Trong tháng 6 năm 2025.', '6 năm 2025'],
    ['a dashed day', '- Trước ngày 30/6/2025.', '30/6/2025'],
    ['a dashed quarter', '- Trong quý III năm 2025.', 'quý III'],
  ])('%s times the task above it', (_name, line, due) => {
    const t = tasks(`1. Về công tác cải cách hành chính\n- Đề nghị các cơ quan, đơn vị giải quyết dứt điểm các hồ sơ trễ hạn.\n${line}\n- Giao Phòng Nội vụ rà soát.`);
    expect(t.map((x) => x.stt)).toEqual(['1.1', '1.2']);
    expect(t[0]?.due).toContain(due);
  });

  it.each([
    ['an account of results', '1. Đến ngày 20/9/2025, có 78/94 xã đã gửi báo cáo; chất lượng cơ bản đạt yêu cầu.'],
    ['results so far', '1. Tính đến hết tháng 8, toàn huyện đã giải ngân 45% kế hoạch vốn.'],
    ['contact details', '1. Thông tin chi tiết liên hệ Phòng Tổ chức, số điện thoại 0123.456.789.'],
    ['when an event takes place', '1. Thời gian ra quân: từ 6 giờ 30 ngày Chủ nhật, đồng loạt tại các khu phố.'],
    ['a part title in capitals with its account', 'I. TÌNH HÌNH DỊCH BỆNH Từ đầu năm đến nay, toàn tỉnh ghi nhận nhiều trường hợp mắc bệnh.'],
  ])('%s', (_name, item) => {
    const t = tasks(`${item}\n\n2. Phòng Nội vụ tổng hợp kết quả, báo cáo trước ngày 31/10/2025.`);
    expect(t.map((x) => x.stt)).toEqual(['2']);
  });

  it.each([
    ['an order without a unit', '1. Lấy kết quả công tác cải cách hành chính làm căn cứ bình xét thi đua.'],
    ['an order by its verb', '1. Tổ chức kiểm tra việc thực hiện trước ngày 30/6/2025.'],
  ])('but %s is a task', (_name, item) => {
    expect(tasks(`${item}\n\n2. Phòng Nội vụ tổng hợp kết quả.`).map((x) => x.stt)).toEqual(['1', '2']);
  });
});

describe('letterhead', () => {
  const head = (l1: string, l2: string, numberAndDate: string) =>
    `${l1}                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${l2}                     Độc lập - Tự do - Hạnh phúc\n\n${numberAndDate}\nV/v rà soát hồ sơ\n\nKính gửi: Các phòng.\n`;
  it.each([
    ['a place on the second line', 'ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'ủy ban nhân dân xã an phú'],
    ['a Sở under its province', 'UBND TỈNH LÂM ĐỒNG', 'SỞ TÀI CHÍNH', 'sở tài chính tỉnh lâm đồng'],
    ['a named office under its district', 'ỦY BAN NHÂN DÂN QUẬN 5', 'VĂN PHÒNG HĐND VÀ UBND', 'văn phòng hđnd và ubnd quận 5'],
    ['a bare office under its committee', 'ỦY BAN NHÂN DÂN HUYỆN BA VÌ', 'VĂN PHÒNG', 'ủy ban nhân dân huyện ba vì'],
    ['one line', 'ỦY BAN NHÂN DÂN QUẬN 5', '', 'ủy ban nhân dân quận 5'],
    ['OCR splits "PHƯỜNG"', 'UY BAN NHAN DAN', 'PHU ONG AN PHU', 'uy ban nhan dan phuong an phu'],
    ['OCR splits "PHƯỜNG" elsewhere', 'Uy BAN NHAN DAN', 'PHUO NG AN PHU', 'uy ban nhan dan phuong an phu'],
    ['a department is no place', 'ỦY BAN NHÂN DÂN', 'PHÒNG NỘI VỤ', 'phòng nội vụ'],
  ])('issuer: %s', (_name, l1, l2, issuer) => {
    expect(readLetterhead(head(l1, l2, 'Số: 15/UBND-VP')).issuer?.toLowerCase()).toBe(issuer);
  });

  it.each([
    ['number and date side by side', 'Số: 2156/UBND-KT                         An Phú, ngày 18 tháng 9 năm 2025', '2025-09-18'],
    ['a three-digit number', 'Số: 118/TB-VP                         An Phú, ngày 22 tháng 5 năm 2025', '2025-05-22'],
    ['OCR, one space between', 'S6: 2156/UBND-KT An Phú, ngay 18 thang 9 nam 2025', '2025-09-18'],
  ])('date: %s', (_name, line, date) => {
    const r = readLetterhead(head('ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', line));
    expect(r.date).toBe(date);
  });

  it('a body sentence opening "Ban ..." is no issuer', () => {
    expect(readLetterhead('CONG HOA XA HOI\n\nban đánh giá tình hình thực hiện nhiệm vụ.\n').issuer).toBeUndefined();
  });
});

describe('unit phrases', () => {
  it.each([
    ['an office of both bodies', 'Văn phòng HĐND và UBND phường', ['Văn phòng HĐND và UBND phường']],
    ['kinds after one "các"', 'Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường', ['Thủ trưởng các sở, ban, ngành', 'Chủ tịch Ủy ban nhân dân các xã, phường']],
    ['communes and towns', 'Ủy ban nhân dân các xã, thị trấn', ['Ủy ban nhân dân các xã, thị trấn']],
    ['two named units still split', 'Công an phường An Phú, Đội Quản lý trật tự đô thị phường', ['Công an phường An Phú', 'Đội Quản lý trật tự đô thị phường']],
    ['a list of offices still splits', 'Phòng Nội vụ, Phòng Tư pháp và Văn phòng HĐND và UBND quận', ['Phòng Nội vụ', 'Phòng Tư pháp', 'Văn phòng HĐND và UBND quận']],
    ['two bodies without an office still split', 'Ủy ban MTTQ phường và Ủy ban nhân dân phường', ['Ủy ban MTTQ phường', 'Ủy ban nhân dân phường']],
  ])('%s', (_name, phrase, units) => {
    expect(splitUnits(phrase)).toEqual(units);
  });

  it.each([
    ['stops before "bảo đảm"', 'Sở Tài chính chủ trì, phối hợp với Công an tỉnh bảo đảm an toàn thông tin.', ['Công an tỉnh']],
    ['stops before "đưa"', 'Sở Nội vụ phối hợp với Sở Tài chính, Công an tỉnh đưa kết quả vào đánh giá.', ['Sở Tài chính', 'Công an tỉnh']],
    ['"tỉnh kiểm tra": the place ends the name', 'Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh kiểm tra đột xuất.', ['Văn phòng Ủy ban nhân dân tỉnh']],
    ['OCR "vi" for "với"', 'Phong Tai chinh ph6i hgp vi Phong Quan ly do thi ra soat cac du an.', ['Phong Quan ly do thi']],
    ['keeps "đô thị" before a verb', 'Phòng Tài chính phối hợp với Phòng Quản lý đô thị rà soát các dự án.', ['Phòng Quản lý đô thị']],
  ])('coordinators: %s', (_name, sentence, units) => {
    expect(coordinatorsOf(sentence, foldOcr(sentence), 0)).toEqual(units);
  });

  it('"đầu tư xây dựng" stays in a board\'s name', () => {
    expect(assignmentOf('Giao Ban Quản lý dự án đầu tư xây dựng khu vực quận đẩy nhanh tiến độ các công trình.')?.lead).toBe('Ban Quản lý dự án đầu tư xây dựng khu vực quận');
    expect(assignmentOf('Giao Phòng Kinh tế xây dựng kế hoạch đầu tư.')?.lead).toBe('Phòng Kinh tế');
  });

  it('the lead of "thị trấn" units runs to the verb', () => {
    expect(assignmentOf('Đề nghị Ủy ban nhân dân các xã, thị trấn khẩn trương giải quyết hồ sơ.')?.lead).toBe('Ủy ban nhân dân các xã, thị trấn');
  });

  it('a unit heading gives its lead to the a) b) tasks under it', () => {
    const t = tasks('1. Trạm Y tế các xã, phường:\na) Tổ chức chiến dịch diệt lăng quăng.\nb) Giám sát chặt chẽ các ổ dịch cũ.');
    expect(t.map((x) => x.lead)).toEqual([['Trạm Y tế các xã, phường'], ['Trạm Y tế các xã, phường']]);
  });
});

describe('lettered items', () => {
  it.each([
    ['under a numbered unit', '1. Phòng Y tế:\na) Tổ chức tập huấn.\nb) Giám sát ổ dịch.\n2. Phòng Nội vụ:\na) Rà soát hồ sơ.', ['1', '1', '2'], ['1.a', '1.b', '2.a']],
    ['under a Roman part', 'I. NHIỆM VỤ\na) Phòng Tư pháp rà soát văn bản.\nb) Giao Phòng Nội vụ kiện toàn đội ngũ.', ['I', 'I'], ['I.a', 'I.b']],
  ])('sit in the numbered item as printed: %s', (_name, body, sections, ids) => {
    const t = tasks(body);
    expect(t.map((x) => x.section)).toEqual(sections);
    expect(t.map((x) => x.stt)).toEqual(ids);
  });
});

describe('when a task is due', () => {
  it.each([
    ['"trong ngày" a date', '1. Văn phòng Sở đăng tải Thông báo này trên Cổng thông tin điện tử trong ngày 26/9/2025.', 'trong ngày 26/9/2025'],
    ['"trước ngày" a date', '1. Phòng Nội vụ tổng hợp kết quả trước ngày 31/10/2025.', 'trước ngày 31/10/2025'],
  ])('%s', (_name, item, due) => {
    expect(tasks(item)[0]?.due).toBe(due);
  });
});

describe('due clauses OCR damaged', () => {
  it.each([
    ["tru'6c ngay", "1. Phòng Văn hóa tháo dỡ băng rôn, hoàn thanh tru'6c ngay 24/8/2025.", "tru'6c ngay 24/8/2025"],
  ])('%s', (_name, item, due) => {
    expect(tasks(item)[0]?.due).toMatch(new RegExp(`${due}$`));
  });
});

describe('"tự kiểm tra" as OCR writes it, and "tỉnh kiểm tra" which is none', () => {
  it.each([
    ['tự kiểm tra', 'Các cơ quan, đơn vị tự kiểm tra công tác cải cách.', 'Các cơ quan, đơn vị'],
    ['OCR tu’ kiém tra', 'cac co quan, don vi tu’ kiém tra céng tac cai cach.', 'cac co quan, don vi'],
  ])('%s', (_name, sentence, lead) => {
    expect(assignmentOf(sentence)?.lead).toBe(lead);
  });
});
