/**
 * OCR restoration in the import pipeline and the workbook: a damaged notice's tasks come back as
 * Vietnamese with what was read kept, a clean plan is untouched, and the workbook marks the
 * restored cells for review (fill, note, legend).
 */
import { parsePlan } from '../../../src/core/import';
import { layoutWorkbook } from '../../../src/workbook/build-layout';
import { OCR_REVIEW_LEGEND } from '../../../src/workbook/legend';
import { resolveStyle, COLORS } from '../../../src/workbook/styles';
import { fixtureBytes } from '../../support/fixtures';
import { sheetOf } from '../../support/layout-cells';

function parse(name: string, file: string) {
  const r = parsePlan({ name, bytes: fixtureBytes(file) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('a notice read by an English-model OCR', () => {
  const plan = parse('notice.txt', 'thong-bao-241-TB-VP-2025-ocr.txt');

  test('one ocr-damaged warning with the share of words that are no syllable', () => {
    const w = plan.warnings.filter((x) => x.code === 'ocr-damaged');
    expect(w).toHaveLength(1);
    expect(plan.warnings[0]?.code).toBe('ocr-damaged');
    expect(w[0]?.detail?.share).toBeGreaterThan(25);
    expect(w[0]?.detail?.tasks).toBe(plan.tasks.filter((t) => t.ocr).length);
  });

  test('lead units come back exact (the notice\'s own "va va" kept: it is what was printed)', () => {
    const leads = new Set(plan.tasks.map((t) => t.lead.join('; ')));
    for (const unit of [
      'Phòng Nội vụ',
      'Phòng Văn hóa, Khoa học và và Thông tin',
      // One unit an item (contract), titles carried.
      'Văn phòng Ủy ban nhân dân quận; Trung tâm Công nghệ Thông tin',
      'Phòng Tài chính — Kế hoạch',
      'Thủ trưởng các phòng chuyên môn; Thủ trưởng các đơn vị sự nghiệp công lập; Chủ tịch Ủy ban nhân dân 10 phường',
    ]) {
      expect(leads).toContain(unit);
    }
  });

  test('every changed task keeps its raw text and the count of syllables changed', () => {
    const changed = plan.tasks.filter((t) => t.ocr);
    expect(changed.length).toBeGreaterThan(plan.tasks.length * 0.8);
    for (const t of changed) {
      expect(t.ocr?.changed).toBeGreaterThan(0);
      expect(t.ocr?.raw).not.toBe(t.task);
    }
  });

  test('document numbers and names stay as read in the restored tasks', () => {
    const all = plan.tasks.map((t) => t.task).join('\n');
    expect(all).toContain('413/KH-UBND');
    expect(all).toContain('Nguyén Duy An');
  });

  test('the phrase readers run on the restored text: the quarter deadline is read', () => {
    const t = plan.tasks.find((x) => /Quý 2 năm 2025/.test(x.deadline.text));
    expect(t?.deadline.due).toBe('2025-06-30');
  });

  test('the workbook marks restored cells: review fill, a note with the raw text, a legend line', () => {
    const r = layoutWorkbook(plan, { today: '2025-05-01' });
    if (!r.ok) throw new Error(r.error.message);
    const tasks = sheetOf(r.value, 'tasks');
    const cells = tasks.blocks.flatMap((b) => b.cells.flat()).filter((c) => c !== null);
    const noted = cells.filter((c) => c.note !== undefined);
    expect(noted.length).toBe(plan.tasks.filter((t) => t.ocr).length);
    expect(noted.every((c) => c.emphasis === 'review')).toBe(true);
    expect(resolveStyle('text', 'review').fill).toBe(COLORS.reviewFill);
    const legendText = cells.map((c) => (c.value?.kind === 'text' ? c.value.text : ''));
    expect(legendText).toContain(OCR_REVIEW_LEGEND.meaning);
  });
});

describe('a clean plan', () => {
  test.each([
    ['ke-hoach-04.md', 'ke-hoach-04-KH-UBND-2024-quan-1.md'],
    ['ke-hoach-12.html', 'ke-hoach-12-KH-PVH-2025.html'],
  ])('%s: no warning, no task changed, nothing marked in the workbook', (name, file) => {
    const plan = parse(name, file);
    expect(plan.warnings.some((w) => w.code === 'ocr-damaged')).toBe(false);
    expect(plan.tasks.some((t) => t.ocr)).toBe(false);
    const r = layoutWorkbook(plan, { today: '2024-06-15' });
    if (!r.ok) throw new Error(r.error.message);
    const cells = sheetOf(r.value, 'tasks').blocks.flatMap((b) => b.cells.flat());
    expect(cells.some((c) => c?.note !== undefined || c?.emphasis === 'review')).toBe(false);
  });
});
