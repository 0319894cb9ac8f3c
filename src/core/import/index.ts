/** The import core's public face: a document's bytes in, a Plan (or a coded error) out. */
import type { Plan } from '../model';
import type { Result } from '../result';
import { buildPlan, type ParseOptions } from './plan';
import { readInput } from './readers';

export type { ParseOptions } from './plan';
export { buildPlan } from './plan';

export function parsePlan(file: { name: string; bytes: Uint8Array }, options: ParseOptions = {}): Result<Plan> {
  const doc = readInput(file);
  if (!doc.ok) return doc;
  const plan = buildPlan(doc.value, file.name, options);
  if (!plan.ok) return plan;
  // Warnings of reading (format sniffed, encoding) come first, then those of the plan.
  // A Set, not includes(), and concat, not unshift(...): both were quadratic or overflowed the
  // stack on a document with 100,000 warnings.
  if (doc.warnings.length) {
    const have = new Set(plan.value.warnings);
    const missing = doc.warnings.filter((w) => !have.has(w));
    if (missing.length) plan.warnings = plan.value.warnings = missing.concat(plan.value.warnings);
  }
  return plan;
}
