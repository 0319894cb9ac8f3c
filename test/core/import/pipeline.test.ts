/**
 * The import pipeline in one line (issue 15): structure -> task drafts with texts as printed ->
 * finishTexts (the one place texts may change) -> phrase readers -> finished tasks.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { finishTexts, parsePlan, type TaskDraft } from '../../../src/core/import';

const bytes = readFileSync(join(__dirname, '../../fixtures/prose/thong-bao-cu-chi-giao.txt'));

describe('finishTexts, the text stage', () => {
  it('changes nothing in clean Vietnamese and returns new drafts', () => {
    const drafts = [{ id: '1', stt: '1', section: '1', task: 'Giao Phòng Nội vụ tham mưu kế hoạch', products: [], lead: ['Phòng Nội vụ'], coordinators: [], notes: '', extra: {}, deadlineText: 'trong tháng 9 năm 2025', origin: {} } as TaskDraft];
    const out = finishTexts({ drafts, sections: [], source: { file: 'f', format: 'text' }, text: 'Thông báo kết luận' }, {});
    expect(out.drafts).toEqual(drafts);
    expect(out.drafts).not.toBe(drafts);
    expect(out.warnings).toEqual([]);
  });

  it('runs before the phrase readers: deadlines and targets are read from what it returns', () => {
    let seen: readonly TaskDraft[] = [];
    const r = parsePlan({ name: 'cu-chi.txt', bytes }, {
      finishTexts: (texts) => {
        seen = texts.drafts;
        const drafts = texts.drafts.map((d) => (d.id === '1.1' ? { ...d, task: `${d.task} Đạt tối thiểu 70%.`, deadlineText: 'trong tháng 8 năm 2024' } : { ...d }));
        return { drafts, sections: [...texts.sections], text: texts.text, source: texts.source, warnings: [] };
      },
    });
    if (!r.ok) throw new Error(r.error.message);
    const t = r.value.tasks.find((x) => x.id === '1.1');
    expect(t?.deadline.due).toBe('2024-08-31');
    expect(t?.targets.map((x) => x.value)).toContain(70);
    // The stage got the texts as printed, and what it was given was not changed under it.
    expect(seen.find((d) => d.id === '1.1')?.deadlineText).toBe('Thời gian hoàn thành: trước ngày 30 tháng 6 năm 2024.');
  });

  it('reads the same plan twice alike (no state carried between parses)', () => {
    const a = parsePlan({ name: 'cu-chi.txt', bytes });
    const b = parsePlan({ name: 'cu-chi.txt', bytes });
    expect(a).toEqual(b);
  });
});

describe('a plan with an appendix table: its letterhead fills source too', () => {
  it.each([
    ['ke-hoach-04-KH-UBND-2024-quan-1.md', { kind: 'plan', number: '04/KH-UBND', date: '2024-01-04', subject: 'Thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024' }],
    ['ke-hoach-12-KH-PVH-2025.html', { kind: 'plan', number: '12/KH-PVHXH', date: '2025-01-15', subject: 'Chuyển đổi số và cải cách hành chính năm 2025' }],
  ])('%s', (file, source) => {
    const r = parsePlan({ name: file, bytes: readFileSync(join(__dirname, '../../fixtures', file)) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.source).toMatchObject(source);
    expect(r.value.source.issuer ?? '').not.toMatch(/^Số/);
  });
});
