/**
 * compareBodyAndTaskTargets: a body (CHỈ TIÊU) target and a task target that measure the same
 * thing but give different numbers get a 'target-conflict' warning naming both. "The same
 * thing" = same unit, same comparator family, compatible scopes and most word pairs of their
 * texts shared (folded, numbers and comparator words removed). Each task target is compared
 * with its best-matching body target only, so a sibling with another number is not noise.
 * Same number but ">" against ">=" gets the milder 'target-comparator-differs'.
 */
import { warning } from '../../i18n/coded';
import type { Comparator, Target, Warning } from '../model';
import { fold } from '../text';

/** Words that say how a target compares, not what it measures. */
const NOISE = new Set(
  (
    'dat tu tren duoi toi thieu da it nhat khong qua vuot tro len xuong con thap cao hon ty ti le la ' +
    'cac cua trong tai va thuc hien muc phan dau rieng tuong ung so voi o nhung'
  ).split(' '),
);
/** Scope words too general to tell two scopes apart. */
const GENERIC_SCOPE = new Set('cap linh vuc cac va nhung'.split(' '));

const SAME_SCOPE_MIN = 0.7;
/** Fewer shared word pairs than this is chance ("100% các đơn vị" shares "đơn vị" with anything). */
const MIN_SHARED_PAIRS = 3;
const ONE_SCOPE_MISSING_MIN = 0.85;

function family(c: Comparator): string {
  return c === '>=' || c === '>' ? 'min' : c === '<=' || c === '<' ? 'max' : 'eq';
}

function words(s: string, drop: Set<string>): string[] {
  return (fold(s).match(/[a-z0-9]+/g) ?? []).filter((w) => !drop.has(w) && !/^\d+$/.test(w));
}

/** Word pairs, so that "đất đai" and "đạt" (both "dat" once folded) do not meet by chance. */
function pairs(s: string): Set<string> {
  const w = words(s, NOISE);
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}

function shared(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

function overlap(a: Set<string>, b: Set<string>): number {
  const min = Math.min(a.size, b.size);
  return min === 0 ? 0 : shared(a, b) / min;
}

interface Prepared {
  t: Target;
  family: string;
  pairs: Set<string>;
  scope: Set<string>;
}

/** Targets of one clause share their text: fold it once per call. */
function prepare(t: Target, cache: Map<string, Set<string>>): Prepared {
  let p = cache.get(t.text);
  if (!p) cache.set(t.text, (p = pairs(t.text)));
  return { t, family: family(t.comparator), pairs: p, scope: new Set(words(t.scope, GENERIC_SCOPE)) };
}

/** The similarity needed for two targets to be "the same", or null when their scopes differ. */
function threshold(sa: Set<string>, sb: Set<string>): number | null {
  if (sa.size === 0 && sb.size === 0) return SAME_SCOPE_MIN;
  if (sa.size === 0 || sb.size === 0) return ONE_SCOPE_MISSING_MIN;
  return overlap(sa, sb) >= 0.5 ? SAME_SCOPE_MIN : null;
}

export function compareBodyAndTaskTargets(body: Target[], tasks: { id: string; targets: Target[] }[]): Warning[] {
  const warnings: Warning[] = [];
  const cache = new Map<string, Set<string>>();
  const prepared = body.map((b) => prepare(b, cache));
  for (const task of tasks) {
    for (const t of task.targets) {
      const tp = prepare(t, cache);
      let best: { b: Target; score: number } | undefined;
      for (const bp of prepared) {
        const b = bp.t;
        if (b.unit !== t.unit || bp.family !== tp.family) continue;
        const min = threshold(bp.scope, tp.scope);
        if (min === null) continue;
        const score = overlap(bp.pairs, tp.pairs);
        if (score < min || shared(bp.pairs, tp.pairs) < MIN_SHARED_PAIRS) continue;
        // Ties go to the body target with the same number: no warning when one agrees.
        if (!best || score > best.score || (score === best.score && b.value === t.value)) best = { b, score };
      }
      if (!best) continue;
      const b = best.b;
      const detail = {
        bodyTarget: b.id, taskTarget: t.id, bodyValue: b.value, taskValue: t.value,
        bodyComparator: b.comparator, taskComparator: t.comparator, unit: t.unit,
      };
      if (b.value !== t.value) {
        warnings.push(warning('target-conflict', detail, { task: task.id }));
      } else if (b.comparator !== t.comparator) {
        warnings.push(warning('target-comparator-differs', detail, { task: task.id }));
      }
    }
  }
  return warnings;
}
