/**
 * Any string, written by either writer, is text in the workbook, never a formula (issue 6).
 *
 * Random plans whose every text field (STT, task, lead, deadline phrase, notes, an extra column,
 * section titles, target text, unit and scope) is drawn from what Excel would otherwise take as a
 * formula, a number, a date, a boolean or an error ("=SUM(A1)", "+84", "- Kế hoạch", "@tổ",
 * "1.10", "1e5", "TRUE", "12/03/2024", "#N/A", a DDE payload...), or from any Unicode. Built by
 * the Node writer (exceljs, read back from the file) and by the Office.js writer (the fake Excel,
 * which parses what it is sent as Excel does). Three checks:
 *  - every string comes back from some cell as exactly that text;
 *  - the workbook holds exactly the formula cells of the pure layout (writers add none);
 *  - no formula of the layout holds a string of the plan, but for Plan Tracker's own words
 *    (a label such as "Đã bỏ khỏi kế hoạch"): content never becomes part of a formula.
 */
import fc from 'fast-check';
import type { Plan, Section, Target, Task } from '../../src/core/model';
import { clean } from '../../src/core/text';
import { createExcelOperations } from '../../src/excel/operations';
import { layoutWorkbook } from '../../src/workbook/build-layout';
import { buildWorkbook } from '../../src/xlsx';
import { fakeHost } from '../excel/support';
import { makePlan, makeTask } from '../support/generate-plan';
import { readXlsx } from '../support/xlsx';
import { SEED } from './support/arbitraries';

const RUNS = Number(process.env.HARDENING_RUNS ?? 1);

const EDGY = [
  '=SUM(A1:A3)', '=1+1', '=HYPERLINK("http://example.invalid","bấm")', "=cmd|' /C calc'!A0", '@SUM(A1)', '+84 912 345 678',
  '+', '-', '-5', '- Kế hoạch rà soát', '– gạch ngang', "'đã có dấu nháy", '1.10', '1,5', '0012', '1e5', '1E+05', '50%', '95,5%',
  'TRUE', 'false', '12/03/2024', '2024-06-15', '3/4', '#N/A', '#REF!', '{=A1}', 'DDE("cmd";"/C calc";"x")', '"trong ngoặc"',
  'Quý I/2024', 'Phòng Nội vụ', 'STT', 'Đã bỏ khỏi kế hoạch',
];

/** A non-empty string as the Plan holds it (NFC, whitespace collapsed, trimmed). */
const anyText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...EDGY) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...EDGY), fc.string({ unit: 'grapheme', maxLength: 8 })).map(([a, b]) => a + b) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) },
  )
  .map(clean)
  .filter((s) => s !== '');

interface Shape {
  sections: string[];
  tasks: { stt: string; text: string; lead: string; deadline: string; notes: string; extra: string }[];
  target: { text: string; unit: string; scope: string };
}

const shape: fc.Arbitrary<Shape> = fc.record({
  sections: fc.array(anyText, { minLength: 1, maxLength: 2 }),
  tasks: fc.array(fc.record({ stt: anyText, text: anyText, lead: anyText, deadline: anyText, notes: anyText, extra: anyText }), { minLength: 1, maxLength: 4 }),
  target: fc.record({ text: anyText, unit: anyText, scope: anyText }),
});

/** The plan of a shape, its strings passed through `word` (identity, or a plain stand-in). */
function toPlan(s: Shape, word: (x: string) => string): Plan {
  const sections: Section[] = s.sections.map((t, i) => ({ stt: `S${i + 1}`, title: word(t) }));
  const tasks: Task[] = s.tasks.map((t, i) =>
    makeTask(`${i + 1}`, (sections[i % sections.length] as Section).stt, word(t.text), null, {
      stt: word(t.stt),
      lead: [word(t.lead)],
      products: [],
      coordinators: [],
      notes: word(t.notes),
      extra: { 'Cột riêng': word(t.extra) },
      deadline: { text: word(t.deadline), due: '2024-12-31', kind: 'date', milestones: [] },
    }),
  );
  const target: Target = { id: 'CT-1-1', ref: '1', text: word(s.target.text), comparator: '>=', value: 90, unit: word(s.target.unit), scope: word(s.target.scope) };
  return makePlan(tasks, sections, [target]);
}

function strings(s: Shape): string[] {
  return [...s.sections, ...s.tasks.flatMap((t) => [t.stt, t.text, t.lead, t.deadline, t.notes, t.extra]), s.target.text, s.target.unit, s.target.scope];
}

interface Seen {
  texts: Set<string>;
  /** "sheet!row:col" of every formula cell. */
  formulas: Set<string>;
}

const at = (sheet: string, row: number, col: number) => `${sheet}!${row}:${col}`;

/** The formula cells the pure layout asks for, and their formula texts. */
function layoutFormulas(plan: Plan): { cells: Set<string>; texts: string[] } {
  const r = layoutWorkbook(plan, { today: '2024-06-15' });
  if (!r.ok) throw new Error(`layout failed: ${r.error.code}`);
  const cells = new Set<string>();
  const texts: string[] = [];
  for (const sheet of r.value.sheets) {
    for (const b of sheet.blocks) {
      b.cells.forEach((row, i) =>
        row.forEach((c, j) => {
          if (c?.value?.kind !== 'formula') return;
          cells.add(at(sheet.name, b.top + i, b.left + j));
          texts.push(c.value.formula);
        }),
      );
    }
  }
  return { cells, texts };
}

/** Words of Plan Tracker's own that its formulas hold (labels compared against): found with a plain plan. */
const OWN_WORDS = (() => {
  const plain = toPlan({ sections: ['Chỉ đạo'], tasks: [{ stt: '1', text: 'Rà soát', lead: 'Phòng Nội vụ', deadline: 'Quý I', notes: 'x', extra: 'y' }], target: { text: 'đạt 90%', unit: '%', scope: 'hồ sơ' } }, (x) => x);
  return layoutFormulas(plain).texts.join('\n');
})();

async function nodeWriter(plan: Plan): Promise<Seen> {
  const r = await buildWorkbook(plan, { today: '2024-06-15' });
  if (!r.ok) throw new Error(`build failed: ${r.error.code} ${r.error.message}`);
  const wb = await readXlsx(r.value.bytes);
  const seen: Seen = { texts: new Set(), formulas: new Set() };
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        const v = c.value;
        if (typeof v === 'string') seen.texts.add(v);
        else if (v && typeof v === 'object' && 'richText' in v) seen.texts.add(v.richText.map((t) => t.text).join(''));
        else if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) seen.formulas.add(at(ws.name, r, col));
      }),
    ),
  );
  return seen;
}

async function officeWriter(plan: Plan): Promise<Seen> {
  const { ctx, env } = fakeHost({ api: 17 });
  ctx.addSheet('Sheet1');
  const r = await createExcelOperations(env).writePlan(plan, { today: '2024-06-15' });
  if (!r.ok) throw new Error(`write failed: ${r.error.code} ${r.error.message}`);
  const seen: Seen = { texts: new Set(), formulas: new Set() };
  for (const sheet of ctx.sheets) {
    for (const [k, c] of sheet.cells) {
      if (c.f !== undefined) seen.formulas.add(at(sheet.name, Math.floor(k / 16384), k % 16384));
      else if (typeof c.v === 'string') seen.texts.add(c.v);
    }
  }
  return seen;
}

describe.each([
  ['the Node writer (exceljs, read back from the file)', nodeWriter],
  ['the Office.js writer (fake Excel)', officeWriter],
])('any string written by %s', (_name, write) => {
  it('is that text in a cell, and adds no formula', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const plan = toPlan(s, (x) => x);
        const seen = await write(plan);
        const missing = strings(s).filter((x) => !seen.texts.has(x));
        if (missing.length) throw new Error(`not found as text: ${JSON.stringify(missing.slice(0, 5))}`);
        const layout = layoutFormulas(plan);
        const extra = [...seen.formulas].filter((c) => !layout.cells.has(c));
        const lost = [...layout.cells].filter((c) => !seen.formulas.has(c));
        if (extra.length || lost.length) throw new Error(`formula cells differ from the layout: extra ${extra.slice(0, 5)}, missing ${lost.slice(0, 5)}`);
        const inFormulas = strings(s).filter((x) => x.length >= 3 && !OWN_WORDS.includes(x) && layout.texts.some((f) => f.includes(x)));
        if (inFormulas.length) throw new Error(`plan text inside formulas: ${JSON.stringify(inFormulas.slice(0, 5))}`);
      }),
      { seed: SEED, numRuns: Math.round(40 * RUNS) },
    );
  });
});
