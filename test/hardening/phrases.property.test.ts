/**
 * The phrase readers on any cell text: a value of the promised shape in bounded time, never an
 * exception. Inputs mix deadline, target, unit and progress words with digits, punctuation and
 * odd characters, so the parsers' own paths are reached, not only their "nothing found" exits.
 */
import fc from 'fast-check';
import { findPlanDate, inferPlanYear, parseDeadline } from '../../src/core/deadline';
import type { Target } from '../../src/core/model';
import { compareBodyAndTaskTargets, extractTargets, readChiTieuSection } from '../../src/core/targets';
import { DEFAULT_UNIT_DIRECTORY, parseDirectory, resolveUnit, resolveUnits, splitUnitGroup, unitBody } from '../../src/core/units';
import { PROGRESS, parseProgress } from '../../src/core/status';
import { SEED, soup, token } from './support/arbitraries';
import { isRealDate } from './support/dates';
import { expectResult, settle } from './support/settle';

const RUNS = Number(process.env.HARDENING_RUNS ?? 1);
const opts = (n: number) => ({ seed: SEED, numRuns: Math.round(n * RUNS) });

const KINDS = ['date', 'period', 'recurring', 'event', 'none'];
const COMPARATORS = ['>=', '>', '<=', '<', '='];

function expectTarget(t: Target, where: string): void {
  if (!COMPARATORS.includes(t.comparator) || !Number.isFinite(t.value) || typeof t.text !== 'string' || typeof t.unit !== 'string' || typeof t.scope !== 'string') {
    throw new Error(`${where}: a malformed target ${JSON.stringify(t)}`);
  }
  if (t.stretch !== undefined && t.stretch !== null && !Number.isFinite(t.stretch)) throw new Error(`${where}: stretch ${t.stretch}`);
}

/** A cell's text, a whole body (several lines, a CHỈ TIÊU heading now and then) and a number-heavy phrase. */
const phrase = soup(25);
const body = fc.array(fc.tuple(fc.constantFrom('', '', 'II. CHỈ TIÊU', '2. Chỉ tiêu', '2.1.', '3.', 'a)', '- ', 'III. GIẢI PHÁP', '**'), phrase), { maxLength: 12 })
  .map((ls) => ls.map(([h, t]) => `${h} ${t}`).join('\n'));
const figures = fc.array(fc.oneof(token, fc.double({ noNaN: false }).map(String), fc.integer().map(String), fc.constantFrom('%', '‰', 'trên', 'dưới', 'tối thiểu', 'phấn đấu', 'từ', 'đến', 'tương ứng là', 'nhóm', 'dẫn đầu')), { maxLength: 20 }).map((ts) => ts.join(' '));
const anyPhrase = fc.oneof(phrase, figures, fc.string({ unit: 'binary', maxLength: 80 }));

describe('parseDeadline', () => {
  const ctx = fc.record({
    // --year is checked by the command line (four digits); any such year must give real dates
    year: fc.oneof(fc.constant(null), fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1000, max: 9999 })),
    beforeDay: fc.constantFrom('inclusive' as const, 'exclusive' as const),
    planDate: fc.constantFrom('2024-03-01', '2025-12-31', 'not a date', ''),
    taskId: fc.constantFrom('1.1', 'II.3'),
  }, { requiredKeys: ['year'] });

  it('returns a deadline whose dates are real days, for any phrase and context', () => {
    fc.assert(
      fc.property(anyPhrase, ctx, (text, c) => {
        const { deadline, warnings } = settle('parseDeadline', text.length, () => parseDeadline(text, c));
        if (!KINDS.includes(deadline.kind)) throw new Error(`kind ${deadline.kind}`);
        if (deadline.due !== null && !isRealDate(deadline.due)) throw new Error(`due ${deadline.due} for ${JSON.stringify(text)}`);
        for (const m of deadline.milestones) if (m.due !== null && !isRealDate(m.due)) throw new Error(`milestone due ${m.due} for ${JSON.stringify(text)}`);
        if (!Array.isArray(warnings)) throw new Error('warnings');
      }),
      opts(1500),
    );
  });

  it('reads the plan year and date line of any text', () => {
    fc.assert(
      fc.property(body, anyPhrase, (text, title) => {
        const y = settle('inferPlanYear', text.length, () => inferPlanYear({ title, text }));
        if (y !== null && !Number.isInteger(y.year)) throw new Error(`year ${y.year}`);
        const d = settle('findPlanDate', text.length, () => findPlanDate(text));
        if (d !== null && !isRealDate(d)) throw new Error(`plan date ${d} in ${JSON.stringify(text)}`);
      }),
      opts(500),
    );
  });
});

describe('targets', () => {
  it('extractTargets returns well-formed targets with the given id prefix', () => {
    fc.assert(
      fc.property(anyPhrase, (text) => {
        const ts = settle('extractTargets', text.length, () => extractTargets(text, { idPrefix: 'NV-1.1' }));
        ts.forEach((t, i) => {
          expectTarget(t, `extractTargets(${JSON.stringify(text)})`);
          if (t.id !== `NV-1.1-${i + 1}`) throw new Error(`id ${t.id}`);
        });
      }),
      opts(1500),
    );
  });

  it('readChiTieuSection reads any body, and its targets compare with any task targets', () => {
    fc.assert(
      fc.property(body, anyPhrase, (text, taskText) => {
        const { targets, warnings } = settle('readChiTieuSection', text.length, () => readChiTieuSection(text));
        targets.forEach((t) => expectTarget(t, 'readChiTieuSection'));
        if (!Array.isArray(warnings)) throw new Error('warnings');
        const taskTargets = extractTargets(taskText, { idPrefix: 'NV-1' });
        settle('compareBodyAndTaskTargets', text.length, () => compareBodyAndTaskTargets(targets, [{ id: '1', targets: taskTargets }] as never));
      }),
      opts(500),
    );
  });
});

describe('units and progress', () => {
  it('splitUnitGroup, unitBody, resolveUnit and resolveUnits take any lead or coordinator cell', () => {
    fc.assert(
      fc.property(anyPhrase, (text) => {
        const parts = settle('splitUnitGroup', text.length, () => splitUnitGroup(text));
        if (!parts.every((p) => typeof p === 'string')) throw new Error('splitUnitGroup');
        settle('unitBody', text.length, () => unitBody(text));
        const one = settle('resolveUnit', text.length, () => resolveUnit(text, DEFAULT_UNIT_DIRECTORY));
        if (typeof one.canonical !== 'string' || typeof one.known !== 'boolean') throw new Error(`resolveUnit ${JSON.stringify(one)}`);
        const many = settle('resolveUnits', text.length, () => resolveUnits(text, DEFAULT_UNIT_DIRECTORY));
        if (new Set(many.map((u) => u.canonical)).size !== many.length) throw new Error(`resolveUnits repeats a unit: ${JSON.stringify(many)}`);
      }),
      opts(1500),
    );
  });

  it('parseProgress answers one of the four values or null', () => {
    fc.assert(
      fc.property(anyPhrase, (text) => {
        const p = settle('parseProgress', text.length, () => parseProgress(text));
        if (p !== null && !PROGRESS.includes(p)) throw new Error(`progress ${String(p)}`);
      }),
      opts(1500),
    );
  });

  it('parseDirectory takes any JSON a user may hand it: a directory or a coded failure', () => {
    const entry = fc.record({ name: fc.oneof(soup(4), fc.anything()), aliases: fc.oneof(fc.array(soup(3)), fc.anything()), kind: fc.oneof(fc.constantFrom('phong', 'ubnd', 'khac'), fc.anything()) }, { requiredKeys: [] });
    const dir = fc.oneof(fc.anything(), fc.record({ units: fc.oneof(fc.array(entry, { maxLength: 8 }), fc.anything()), abbreviations: fc.oneof(fc.dictionary(soup(2), soup(3)), fc.anything()) }, { requiredKeys: [] }));
    fc.assert(
      fc.property(dir, anyPhrase, (json, text) => {
        const r = settle('parseDirectory', 0, () => parseDirectory(json));
        expectResult(r, 'parseDirectory');
        if (r.ok) settle('resolveUnits(user directory)', text.length, () => resolveUnits(text, r.value));
      }),
      opts(500),
    );
  });
});
