/**
 * The sample plan against the hand-written ground truth (test/fixtures/ke-hoach-04.targets.expected.json):
 * every target of the body's CHỈ TIÊU section and of the appendix tasks, no more, no less.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Target } from '../../../src/core/model';
import { compareBodyAndTaskTargets, extractTargets, readChiTieuSection } from '../../../src/core/targets';
import { fold } from '../../../src/core/text';
import { FIXTURES, readSample } from './support/sample';

interface ExpectedTarget {
  id: string;
  ref?: string;
  comparator: string;
  value: number;
  unit: string;
  scope: string;
  better?: string;
  stretch?: number | null;
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'ke-hoach-04.targets.expected.json'), 'utf8')) as {
  bodyTargets: ExpectedTarget[];
  taskTargets: ExpectedTarget[];
  conflicts: { code: string; body: string; task: string }[];
};

const { body, tasks } = readSample();
const bodyRead = readChiTieuSection(body);
const taskTargets = tasks.map((t) => ({ id: t.id, targets: extractTargets(t.text, { idPrefix: `NV-${t.id}` }) }));
const allTaskTargets = taskTargets.flatMap((t) => t.targets);

function exact(t: Target | ExpectedTarget): unknown[] {
  return [t.id, t.comparator, t.value, t.unit];
}

/** Loose: every word of the expected scope appears in the extracted scope. */
function scopeOk(actual: string, wanted: string): boolean {
  const words = fold(actual).split(/[\s,]+/);
  return fold(wanted).split(/[\s,]+/).filter(Boolean).every((w) => words.includes(w));
}

describe('sample plan: body CHỈ TIÊU section', () => {
  it('finds every target and nothing else (ids, comparators, values, units)', () => {
    expect(bodyRead.targets.map(exact)).toEqual(expected.bodyTargets.map(exact));
  });

  it('sets ref, better and stretch as read by hand', () => {
    const pick = (t: Target | ExpectedTarget): unknown[] => [t.id, t.ref, t.better, t.stretch ?? null];
    expect(bodyRead.targets.map(pick)).toEqual(expected.bodyTargets.map(pick));
  });

  it.each(expected.bodyTargets.map((e) => [e.id, e] as const))('%s has the right scope', (id, e) => {
    const t = bodyRead.targets.find((x) => x.id === id);
    expect({ scope: t?.scope, ok: scopeOk(t?.scope ?? '', e.scope) }).toEqual({ scope: t?.scope, ok: true });
  });

  it('reports the watermark it stepped over, and nothing unread', () => {
    expect(bodyRead.warnings.map((w) => w.code)).toEqual(['chi-tieu-junk-skipped', 'chi-tieu-junk-skipped']);
  });
});

describe('sample plan: appendix tasks', () => {
  it('reads all the tasks of the appendix (1.1 .. 7.18)', () => {
    expect(tasks.length).toBe(92);
    expect(tasks[0]?.id).toBe('1.1');
    expect(tasks[tasks.length - 1]?.id).toBe('7.18');
  });

  it('finds every target and nothing else (ids, comparators, values, units)', () => {
    expect(allTaskTargets.map(exact)).toEqual(expected.taskTargets.map(exact));
  });

  it.each(expected.taskTargets.map((e) => [e.id, e] as const))('%s has the right scope', (id, e) => {
    const t = allTaskTargets.find((x) => x.id === id);
    expect({ scope: t?.scope, ok: scopeOk(t?.scope ?? '', e.scope) }).toEqual({ scope: t?.scope, ok: true });
  });

  it('reads the target continued over a page break (task 1.10)', () => {
    const t = allTaskTargets.find((x) => x.id === 'NV-1.10-1');
    expect(t?.text).toContain('ít nhất 01 bài viết');
  });
});

describe('sample plan: body against appendix', () => {
  const warnings = compareBodyAndTaskTargets(bodyRead.targets, taskTargets);

  it('warns about the land office: 98% in the body, 97% in task 3.12, and only the expected pairs', () => {
    expect(warnings.map((w) => ({ code: w.code, body: w.detail?.bodyTarget, task: w.detail?.taskTarget }))).toEqual(
      expected.conflicts.map((c) => ({ code: c.code, body: c.body, task: c.task })),
    );
    const land = warnings.find((w) => w.code === 'target-conflict');
    expect(land?.task).toBe('3.12');
    expect(land?.detail).toMatchObject({ bodyValue: 98, taskValue: 97 });
    expect(land?.message).toContain('CT-3.3-1');
    expect(land?.message).toContain('NV-3.12-1');
    expect(land?.message).toContain('98');
    expect(land?.message).toContain('97');
  });

  it('pairs every task target with its own body twin when the numbers differ (no cross-talk)', () => {
    // Move every task figure by a half: each task target that restates a body target must now be
    // reported against that body target, and nothing else may be.
    const moved = taskTargets.map((t) => ({ id: t.id, targets: t.targets.map((x) => ({ ...x, value: x.value + 0.5 })) }));
    const pairs = compareBodyAndTaskTargets(bodyRead.targets, moved)
      .filter((w) => w.code === 'target-conflict')
      .map((w) => `${String(w.detail?.bodyTarget)} ${String(w.detail?.taskTarget)}`);
    expect(pairs).toEqual([
      'CT-2-1 NV-1.4-1', 'CT-2-2 NV-1.4-2', 'CT-2-3 NV-1.4-3', 'CT-3.6-1 NV-3.3-1',
      'CT-7-1 NV-3.8-1', 'CT-7-2 NV-3.8-2', 'CT-3.1-1 NV-3.11-1', 'CT-3.1-2 NV-3.11-2',
      'CT-3.1-3 NV-3.11-3', 'CT-3.3-1 NV-3.12-1', 'CT-3.2-1 NV-3.13-1', 'CT-4.1-1 NV-3.14-1',
      'CT-4.2-1 NV-3.15-1', 'CT-4.2-2 NV-3.15-2', 'CT-5-1 NV-3.16-1', 'CT-8-1 NV-6.3-1',
      'CT-10.2-1 NV-7.10-1', 'CT-10.4-1 NV-7.13-1', 'CT-10.5-1 NV-7.16-1',
    ]);
  });
});
