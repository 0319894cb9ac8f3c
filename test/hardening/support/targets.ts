/**
 * Every function that reads text typed by people or documents, behind one signature, so the
 * property and adversarial tests run each of them on the same inputs.
 */
import { readDelimited, readHtml, readInput, readMarkdown, readText, sniffFormat } from '../../../src/core/import/readers';
import { parsePlan } from '../../../src/core/import';
import { findPlanDate, inferPlanYear, parseDeadline } from '../../../src/core/deadline';
import { extractTargets, readChiTieuSection } from '../../../src/core/targets';
import { DEFAULT_UNIT_DIRECTORY, resolveUnit, resolveUnits, splitUnitGroup, unitBody } from '../../../src/core/units';
import { parseProgress } from '../../../src/core/status';
import { clean, fold, key } from '../../../src/core/text';
import { encode } from './arbitraries';

export type TextReader = (text: string) => unknown;

/** The readers of whole documents (text in, a document or a Result out). */
export const DOCUMENT_READERS: Record<string, TextReader> = {
  readMarkdown,
  readHtml,
  readDelimited: (s) => readDelimited(s),
  'readDelimited(csv)': (s) => readDelimited(s, ','),
  readText,
  'sniffFormat(.txt)': (s) => sniffFormat('plan.txt', encode(s)),
  'readInput(.md)': (s) => readInput({ name: 'plan.md', bytes: encode(s) }),
  'parsePlan(.md)': (s) => parsePlan({ name: 'plan.md', bytes: encode(s) }),
  'parsePlan(.html)': (s) => parsePlan({ name: 'plan.html', bytes: encode(s) }),
  'parsePlan(.tsv)': (s) => parsePlan({ name: 'plan.tsv', bytes: encode(s) }),
  'parsePlan(.txt)': (s) => parsePlan({ name: 'plan.txt', bytes: encode(s) }),
};

/** The phrase readers (one cell's or one body's text in, a value out). */
export const PHRASE_READERS: Record<string, TextReader> = {
  'parseDeadline(year)': (s) => parseDeadline(s, { year: 2024 }),
  'parseDeadline(no year)': (s) => parseDeadline(s, { year: null, beforeDay: 'exclusive', planDate: '2024-03-01', taskId: '1.1' }),
  extractTargets: (s) => extractTargets(s, { idPrefix: 'NV-1' }),
  readChiTieuSection,
  inferPlanYear: (s) => inferPlanYear({ title: s.slice(0, 200), text: s }),
  findPlanDate,
  resolveUnit: (s) => resolveUnit(s, DEFAULT_UNIT_DIRECTORY),
  resolveUnits: (s) => resolveUnits(s, DEFAULT_UNIT_DIRECTORY),
  splitUnitGroup,
  unitBody,
  parseProgress,
  clean,
  fold,
  key,
};
