/**
 * The conclusion notice 241/TB-VP, OCR'd with broken diacritics, assigns its tasks in prose:
 * "3. Giao Phong Noi vu:" followed by "- ..." paragraphs. Counts below were taken by hand from the
 * text (a dash opening each task paragraph, sections 1 to 6).
 */
import { parsePlan } from '../../../src/core/import';
import { fixtureBytes } from '../../support/fixtures';

const r = parsePlan({ name: 'thong-bao-241.txt', bytes: fixtureBytes('thong-bao-241-TB-VP-2025-ocr.txt') });

describe('a conclusion notice that assigns tasks in prose (OCR text)', () => {
  it('reads each "N. Giao <unit>:" as a section and each dash paragraph as a task', () => {
    if (!r.ok) throw new Error(r.error.message);
    const plan = r.value;
    expect(plan.source.format).toBe('text');
    expect(plan.sections.map((s) => s.stt)).toEqual(['1', '2', '3', '4', '5', '6']);
    const counts = plan.sections.map((s) => plan.tasks.filter((t) => t.section === s.stt).length);
    expect(counts).toEqual([2, 10, 4, 3, 7, 5]);
    expect(plan.tasks.map((t) => t.id).slice(0, 3)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('gives each task the unit the assignment names, given back as Vietnamese, with what was read kept', () => {
    if (!r.ok) throw new Error(r.error.message);
    const t31 = r.value.tasks.find((t) => t.id === '3.1');
    expect(t31?.lead).toEqual(['Phòng Nội vụ']);
    expect(t31?.task.startsWith('Tham mưu')).toBe(true);
    expect(t31?.ocr?.raw).toContain('Phong Noi vu');
    expect(r.value.warnings.some((w) => w.code === 'ocr-damaged')).toBe(true);
  });

  it('reads a due date stated in the task ("Thoi gian hoan thanh trong Quy 2 nam 2025")', () => {
    if (!r.ok) throw new Error(r.error.message);
    const t43 = r.value.tasks.find((t) => t.id === '4.3');
    expect(t43?.deadline.due).toBe('2025-06-30');
    expect(r.value.year).toBe(2025);
  });

  it('stops at the closing formula and the distribution list (Nơi nhận)', () => {
    if (!r.ok) throw new Error(r.error.message);
    const all = r.value.tasks.map((t) => t.task).join('\n');
    expect(all).not.toMatch(/Luu: VT|Noi nhin|Thanh vién BCP|ndi dung két lua/);
  });
});
