/** The import core's public face: a document's bytes in, a Plan (or a coded error) out. */
import type { Plan } from '../model';
import type { Result } from '../result';
import { buildPlan, type ParseOptions } from './plan';
import { readInput } from './readers';

export type { ParseOptions } from './plan';
export { buildPlan } from './plan';
// The one step where task texts may still change (OCR restoration plugs in there), and what it sees.
export { finishTexts, type DocumentTexts, type FinishedTexts, type TextFinisher } from './finish-texts';
export type { TaskDraft } from './draft';

export function parsePlan(file: { name: string; bytes: Uint8Array }, options: ParseOptions = {}): Result<Plan> {
  const doc = readInput(file);
  if (!doc.ok) return doc;
  // The reading warnings (format sniffed, encoding) travel in the document; buildPlan puts them first.
  return buildPlan(doc.value, file.name, options);
}
