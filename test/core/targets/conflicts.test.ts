import { compareBodyAndTaskTargets, extractTargets } from '../../../src/core/targets';

function body(text: string, ref = '1') {
  return extractTargets(text, { idPrefix: `CT-${ref}` }).map((t) => ({ ...t, ref }));
}
function task(id: string, text: string) {
  return { id, targets: extractTargets(text, { idPrefix: `NV-${id}` }) };
}
function codes(b: ReturnType<typeof body>, tasks: ReturnType<typeof task>[]): string[] {
  return compareBodyAndTaskTargets(b, tasks).map((w) => `${w.code} ${String(w.detail?.bodyTarget)} ${String(w.detail?.taskTarget)}`);
}

const LAND = 'Chi nhánh Văn phòng đăng ký đất đai Quận 1 giải quyết hồ sơ TTHC đúng hạn từ 98%.';

describe('compareBodyAndTaskTargets', () => {
  it('names both targets and both numbers when the same target has two numbers', () => {
    const w = compareBodyAndTaskTargets(body(LAND, '3.3'), [task('3.12', LAND.replace('98%', '97%'))]);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      code: 'target-conflict',
      task: '3.12',
      detail: { bodyTarget: 'CT-3.3-1', taskTarget: 'NV-3.12-1', bodyValue: 98, taskValue: 97 },
    });
  });

  it('says nothing when the numbers agree', () => {
    expect(codes(body(LAND), [task('3.12', LAND)])).toEqual([]);
  });

  it('matches the same thing phrased a little differently', () => {
    const b = body('Giảm tỷ lệ giải quyết hồ sơ TTHC trễ hạn trên lĩnh vực đất đai xuống còn dưới 2%.', '3.2');
    const t = task('3.13', 'Giảm tỷ lệ hồ sơ TTHC trễ hạn trên lĩnh vực đất đai xuống dưới 3%');
    expect(codes(b, [t])).toEqual(['target-conflict CT-3.2-1 NV-3.13-1']);
  });

  it('keeps apart scopes that differ (cấp quận 60% vs cấp phường 55%)', () => {
    const b = body('Số hóa kết quả giải quyết TTHC của cấp quận đạt tối thiểu 60% và 10 phường đạt tối thiểu 55%.', '7');
    const t = task('3.8', 'Số hóa kết quả giải quyết TTHC của cấp quận, cấp phường đạt tỷ lệ tối thiểu tương ứng là 60%, 55%');
    expect(codes(b, [t])).toEqual([]);
  });

  it('keeps apart different measures with the same unit', () => {
    const b = body('Mức độ hài lòng của cá nhân, tổ chức về giải quyết thủ tục hành chính đạt từ 99% trở lên.');
    const t = task('6.3', 'Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước đạt trên 95%');
    expect(codes(b, [t])).toEqual([]);
  });

  it('keeps apart different units and comparator families', () => {
    const b = body('Thời gian giải quyết hồ sơ đất đai tối đa 10 ngày.');
    expect(codes(b, [task('1', 'Thời gian giải quyết hồ sơ đất đai tối đa 10 giờ')])).toEqual([]);
    expect(codes(b, [task('1', 'Thời gian giải quyết hồ sơ đất đai tối thiểu 5 ngày')])).toEqual([]);
  });

  it('does not pair short texts that share only a noun ("100% các đơn vị")', () => {
    const b = body('100% các đơn vị; cán bộ, công chức sử dụng chữ ký số.');
    const t = task('6.4', '100% các đơn vị thuộc phạm vi quản lý ban hành quy chế quản lý tài sản công');
    expect(codes(b, [{ ...t, targets: t.targets.map((x) => ({ ...x, value: 90 })) }])).toEqual([]);
  });

  it('reports the same number with a stricter comparator apart, as target-comparator-differs', () => {
    const b = body('Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước đạt từ 95% trở lên.', '8');
    const t = task('6.3', 'Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước đạt trên 95%');
    expect(codes(b, [t])).toEqual(['target-comparator-differs CT-8-1 NV-6.3-1']);
  });

  it('returns no warning for no input', () => {
    expect(compareBodyAndTaskTargets([], [])).toEqual([]);
    expect(codes(body(LAND), [])).toEqual([]);
  });
});
