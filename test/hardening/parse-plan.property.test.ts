/**
 * parsePlan, the whole import, on documents built from plan-like tables in every text format
 * (and on anything else): a Plan that keeps the contract's promises, or a coded failure, in
 * bounded time; never an exception.
 */
import fc from 'fast-check';
import { parsePlan } from '../../src/core/import';
import type { Plan } from '../../src/core/model';
import { SEED, encode, soup, textDocument } from './support/arbitraries';
import { isRealDate } from './support/dates';
import { uncleanReason } from './support/clean-text';
import { expectResult, settle } from './support/settle';

const RUNS = Number(process.env.HARDENING_RUNS ?? 1);

/** What every reader of the Plan JSON relies on (contract: "Rules that every reader of the JSON relies on"). */
function expectContract(plan: Plan): void {
  const problems: string[] = [];
  if (plan.schema !== 'plan-tracker/plan@1') problems.push('schema');
  if (plan.tasks.length === 0) problems.push('a Plan without tasks');
  const ids = new Set<string>();
  for (const t of plan.tasks) {
    if (ids.has(t.id)) problems.push(`duplicate id ${t.id}`);
    ids.add(t.id);
    if (t.deadline.due !== null && !isRealDate(t.deadline.due)) problems.push(`task ${t.id}: due ${t.deadline.due}`);
    for (const m of t.deadline.milestones) if (m.due !== null && !isRealDate(m.due)) problems.push(`task ${t.id}: milestone due ${m.due}`);
    const texts = [t.id, t.stt, t.section, t.task, t.notes, t.deadline.text, ...t.products, ...t.lead, ...t.coordinators, ...Object.values(t.extra)];
    for (const s of texts) {
      const why = uncleanReason(s);
      if (why) problems.push(`task ${t.id}: ${why}: ${JSON.stringify(String(s).slice(0, 80))}`);
    }
    for (const target of t.targets) if (!Number.isFinite(target.value)) problems.push(`task ${t.id}: target value ${target.value}`);
  }
  for (const target of plan.targets) if (!Number.isFinite(target.value)) problems.push(`body target value ${target.value}`);
  for (const w of plan.warnings) if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(w.code) || !w.message) problems.push(`warning ${JSON.stringify(w)}`);
  const json = JSON.stringify(plan);
  if (JSON.stringify(JSON.parse(json)) !== json) problems.push('JSON does not round-trip');
  if (problems.length) throw new Error(problems.slice(0, 5).join('; '));
}

describe('parsePlan on plan-like documents', () => {
  it('ends in a Plan that keeps the contract, or a coded failure', () => {
    let plans = 0;
    fc.assert(
      fc.property(textDocument, fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }), (doc, year) => {
        const bytes = encode(doc.text);
        const r = settle('parsePlan', bytes.length, () => parsePlan({ name: doc.name, bytes }, year === undefined ? {} : { year }));
        expectResult(r, 'parsePlan');
        if (r.ok) {
          plans++;
          expectContract(r.value);
        }
      }),
      { seed: SEED, numRuns: Math.round(400 * RUNS) },
    );
    // The generator must reach the assembling of tasks, not only the "no table" exits.
    expect(plans).toBeGreaterThan(50 * RUNS);
  });

  it('takes any noise patterns a user types (literals and /regex/) without throwing', () => {
    const pattern = fc.oneof(soup(3), fc.string({ maxLength: 12 }).map((s) => `/${s}/`), fc.constantFrom('/(a+)+$/', '/[/', '/', '//', '/.*/g', '/\\p{L}/u', '/(?<=x)/'));
    fc.assert(
      fc.property(textDocument, fc.array(pattern, { maxLength: 4 }), (doc, noise) => {
        const bytes = encode(doc.text);
        const r = settle('parsePlan', bytes.length, () => parsePlan({ name: doc.name, bytes }, { noise }));
        expectResult(r, 'parsePlan');
      }),
      { seed: SEED, numRuns: Math.round(100 * RUNS) },
    );
  });
});
