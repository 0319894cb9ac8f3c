/**
 * The sample's appendix in shapes the parser has not seen: paginated at other places with rows cut
 * mid-sentence and another watermark; as a Word-saved HTML table; as a real .docx with a
 * letterhead table, merged section rows and vertically merged lead cells; as clipboard text.
 * Each must give the hand-written tasks back.
 */
import { parsePlan } from '../../../src/core/import';
import type { Plan } from '../../../src/core/model';
import { fixtureJson } from '../../support/fixtures';
import { toClipboardTsv, toDocx, toPaginatedMarkdown, toWordHtml, type AppendixSection, type AppendixTask } from '../../support/render-appendix';

const expected = fixtureJson<{ sections: AppendixSection[]; tasks: AppendixTask[] }>('ke-hoach-04.expected.json');
const enc = (s: string) => new TextEncoder().encode(s);

function parse(name: string, bytes: Uint8Array, noise: string[] = []): Plan {
  const r = parsePlan({ name, bytes }, { year: 2024, noise });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function fields(p: Plan) {
  return p.tasks.map((t) => ({ id: t.id, stt: t.stt, section: t.section, task: t.task, products: t.products, lead: t.lead, coordinators: t.coordinators, deadlineText: t.deadline.text }));
}

const want = expected.tasks.map((t) => ({ id: t.id, stt: t.stt, section: t.section, task: t.task, products: t.products, lead: t.lead, coordinators: t.coordinators, deadlineText: t.deadlineText }));

describe('the same appendix, paginated elsewhere with another watermark', () => {
  it.each([
    [11, 'Tran Van Binh - 4521'],
    [23, 'Scanned by CamScan 0912345678'],
    [37, 'LE THI MAI 2207'],
  ])('seed %i, watermark "%s": every task back, every cut row merged, no watermark left', (seed, watermark) => {
    const { markdown, cutTasks } = toPaginatedMarkdown(expected.sections, expected.tasks, { seed, rowsPerPage: [2, 5], cutShare: 0.6, watermark, watermarkShare: 0.7 });
    expect(cutTasks.length).toBeGreaterThan(8);
    const plan = parse('paginated.md', enc(markdown));
    expect(plan.sections).toEqual(expected.sections);
    expect(fields(plan)).toEqual(want);
    const merged = new Set(plan.warnings.filter((w) => w.code === 'continuation-merged').map((w) => w.task));
    expect([...merged].sort()).toEqual([...new Set(cutTasks)].sort());
    // The stamp's number is the part no real text shares; list the tasks it is left in, if any.
    const stampNumber = watermark.split(' ').pop() as string;
    expect(plan.tasks.filter((t) => JSON.stringify(t).includes(stampNumber)).map((t) => t.id)).toEqual([]);
    expect(plan.warnings.some((w) => w.code === 'watermark-removed')).toBe(true);
  });
});

describe('the same appendix as Word and clipboard documents', () => {
  it('as HTML saved by Word (MsoNormal paragraphs, mso-list bullets, section rows merged across)', () => {
    const plan = parse('phu-luc.htm', enc(toWordHtml(expected.sections, expected.tasks)));
    expect(plan.source.format).toBe('html');
    expect(plan.sections).toEqual(expected.sections);
    expect(fields(plan)).toEqual(want);
  });

  it('as a .docx with a letterhead table, w:tblHeader, w:gridSpan sections and w:vMerge lead cells', async () => {
    const bytes = await toDocx(expected.sections, expected.tasks);
    const plan = parse('ke-hoach.docx', bytes);
    expect(plan.source.format).toBe('docx');
    expect(plan.sections).toEqual(expected.sections);
    expect(fields(plan)).toEqual(want);
  });

  it('as tab-separated clipboard text with quoted multi-line cells', () => {
    const plan = parse('clipboard.tsv', enc(toClipboardTsv(expected.sections, expected.tasks)));
    expect(plan.source.format).toBe('tsv');
    expect(fields(plan)).toEqual(want);
  });

  it('sniffs the format when the extension lies (Word HTML saved as .txt, TSV as .md)', () => {
    const html = parse('lies.txt', enc(toWordHtml(expected.sections, expected.tasks)));
    expect(html.source.format).toBe('html');
    // The reading's own warning reaches the Plan, ahead of the plan's.
    expect(html.warnings[0]).toMatchObject({ code: 'format-sniffed', detail: { format: 'html' } });
    expect(fields(parse('lies.md', enc(toClipboardTsv(expected.sections, expected.tasks))))).toEqual(want);
  });
});
