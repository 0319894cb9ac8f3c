/**
 * What OCR does to an appendix's header and numbering, and what the core gives back: header
 * words glued together still name their columns; an STT whose dot was lost gets it back only
 * where the section's numbering proves it, and says so.
 */
import { roleOf } from '../../../src/core/import/columns';
import { restoreLostDots } from '../../../src/core/import/stt-dots';
import type { Warning } from '../../../src/core/model';

describe('header cells with words glued by OCR', () => {
  it.each([
    ['Nhiệmvụcụ thể', 'task'],
    ['Cơquanchủ trì', 'lead'],
    ['Cœquanphối hợp', 'coordinators'],
    ['Thờigianhoàn thành', 'deadline'],
    ['Sảnphẩm', 'products'],
    ['Nhiệm vụ cụ thể', 'task'],
  ])('%s is the %s column', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it.each([
    // A sentence run together is content, not a header, even if its letters hold a role's words.
    ['Triển khai kế hoạch, báo cáo kết quả thực hiện với cơ quan chủ trì và phối hợp đúng hạn'],
    ['Quyết định'],
    ['Ghi nhận'],
  ])('%s names no column', (text) => {
    expect(roleOf(text.replace(/ /g, ''))).toBeNull();
  });
});

describe('an STT whose dot OCR lost', () => {
  const run = (section: string, stts: string[]) => {
    const drafts = stts.map((stt, i) => ({ stt, section, row: i + 2 }));
    const warnings: Warning[] = [];
    restoreLostDots(drafts, (w) => warnings.push(w));
    return { stts: drafts.map((d) => d.stt), warnings };
  };

  it.each([
    ['the first tasks of section 1', '1', ['11', '12', '13', '1.4', '1.5'], ['1.1', '1.2', '1.3', '1.4', '1.5']],
    ['a tenth task', '2', ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '210'], ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10']],
  ])('is restored where the numbering proves it: %s', (_what, section, stts, want) => {
    const r = run(section, stts);
    expect(r.stts).toEqual(want);
    expect(r.warnings.map((w) => [w.code, w.row])).toEqual(
      stts.flatMap((s, i) => (s === want[i] ? [] : [['ocr-stt-dot-restored', i + 2]])),
    );
  });

  it.each([
    ['a dotted number stays as printed', '1', ['1.9', '1.10', '1.11']],
    ['a section numbered plainly', '1', ['11', '12', '13']],
    ['digits that are not the task\'s place', '1', ['1.1', '13', '1.3']],
    ['a section numbered in Roman figures', 'I', ['I.1', '12']],
    ['numbering out of order: nothing is proved', '1', ['1.2', '12', '1.3']],
  ])('is left alone: %s', (_what, section, stts) => {
    const r = run(section, stts);
    expect(r.stts).toEqual(stts);
    expect(r.warnings).toEqual([]);
  });
});
