/**
 * People's data (issue 6): a year of typed progress must survive every revision of the plan.
 *
 * Property: take a random plan (sections, tasks with Vietnamese text, STT up to "x.12", deadlines,
 * targets) and build it into a workbook (the department's template, the built-in one, or the
 * real template); then, for 3 to 5 generations, a person types into the workbook as their Excel
 * would (progress from the list, completion dates, notes, a name in the department's own column,
 * figures on the targets sheet, rows inserted by hand, a note on a section row, a sort) and the
 * office revises the plan (tasks added, removed, reworded, moved between sections, sections added
 * and removed, targets added, removed and re-set: everything renumbers) and `build --template`
 * runs on the person's file. After every build, each typed value is on the row of the task,
 * target or hand-made row it was typed for, as the revision history defines them; a task that
 * left the plan keeps its row, marked, while it holds typed values; no row holds a value typed
 * for another. history.ts says which revisions a tool can follow at all.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { buildWorkbook } from '../../src/xlsx';
import { unseenTemplate } from '../support/unseen-template';
import { readXlsx } from '../support/xlsx';
import { cloneState, initialPlan, planShape, revise, revisionArb, toPlan, type Numbered } from './people-data/history';
import { applyEdit, check, editArb, newLedger, reconcile, remember } from './people-data/person';

/** Fixed: a failure is reproduced by running the file again. */
const SEED = Number(process.env.PEOPLE_DATA_SEED ?? 20261106);
/** Tuned so this file runs in about a minute and a half on the project's 2-core machine. */
const RUNS = Number(process.env.PEOPLE_DATA_RUNS ?? 60);

const TEMPLATES = ['unseen', 'builtin', 'real'] as const;
type TemplateKind = (typeof TEMPLATES)[number];

async function template(kind: TemplateKind): Promise<Uint8Array | null> {
  if (kind === 'builtin') return null;
  if (kind === 'unseen') return unseenTemplate();
  return new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'mau-theo-doi-ke-hoach.xlsx')));
}

async function build(n: Numbered, tpl: Uint8Array | null): Promise<Uint8Array> {
  const r = await buildWorkbook(n.plan, { template: tpl, today: '2024-06-15' });
  if (!r.ok) throw new Error(`build failed: ${r.error.message}`);
  return r.value.bytes;
}

const generation = fc.record({
  edits: fc.array(editArb(process.env.PD_NOSEC ? false : true), { minLength: 1, maxLength: 8 }),
  revisions: fc.array(revisionArb, { minLength: 1, maxLength: 4 }),
});

describe("people's data survives revisions of the plan", () => {
  it(`keeps every typed value with its task through 3-5 rebuilds (${RUNS} runs, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(planShape, fc.constantFrom(...TEMPLATES), fc.array(generation, { minLength: 3, maxLength: 5 }), async (shape, kind, generations) => {
        let state = initialPlan(shape);
        let numbered = toPlan(state);
        const ledger = newLedger();
        let bytes = await build(numbered, await template(kind));
        remember(ledger, numbered);
        for (const [g, gen] of generations.entries()) {
          const wb = await readXlsx(bytes);
          const before = check(wb, ledger, numbered);
          if (before.length) throw new Error(`after build ${g}:\n${before.slice(0, 12).join('\n')}`);
          gen.edits.forEach((e, i) => applyEdit(wb, e, ledger, numbered, `${g}.${i}`));
          const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
          state = cloneState(state);
          for (const r of gen.revisions) revise(state, r);
          const next = toPlan(state);
          reconcile(ledger, numbered, next);
          numbered = next;
          bytes = await build(numbered, edited);
        }
        const problems = check(await readXlsx(bytes), ledger, numbered);
        if (problems.length) throw new Error(`after the last build:\n${problems.slice(0, 12).join('\n')}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 60_000 + RUNS * 1_500); // about 0.3 s a run here; generous for a slower machine
});
