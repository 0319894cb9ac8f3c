import { warning } from '../../i18n/coded';
import type { Deadline, DeadlineKind, Milestone, Warning } from '../model';
import { clean, isBlank, key } from '../text';
import { iso, isIsoDate } from './calendar';
import { BEFORE, RECURRENCE_ORDER } from './constants';
import { extractMentions } from './extract';
import { maskDocumentRefs, maskEventObject, repairOcrDigits } from './mask';
import { findRecurrence, isEventBound } from './markers';
import { dateMentions, type Dated } from './resolve';
import { splitParts } from './segment';
import type { DeadlineContext, Mention } from './types';

interface Part {
  text: string;
  mentions: Mention[];
  recurrence: string | null;
  event: boolean;
}

const BEFORE_RE = new RegExp(BEFORE, 'u');

/** Reads one part: what it names, whether it recurs, whether it waits for an event. */
function readPart(text: string): Part {
  const folded = repairOcrDigits(key(text));
  const masked = maskEventObject(maskDocumentRefs(folded));
  const mentions = extractMentions(masked).map((m) =>
    BEFORE_RE.test(folded.slice(Math.max(0, m.index - 24), m.index)) ? { ...m, before: true } : m,
  );
  return { text, mentions, recurrence: findRecurrence(masked), event: isEventBound(folded) };
}

/** The latest dated mention; on a tie the exact day wins ("Quý IV; 31/12/2024" is a date). */
function latest(dated: Dated[]): Dated | null {
  let best: Dated | null = null;
  for (const d of dated) {
    if (d.due === null) continue;
    if (!best || best.due === null || d.due > best.due || (d.due === best.due && d.mention.exact)) best = d;
  }
  return best;
}

/**
 * Reads a "Thời gian hoàn thành" cell per the contract's deadline conventions. Never throws:
 * what it cannot read becomes a warning with a stable code.
 */
export function parseDeadline(text: string, ctx: DeadlineContext): { deadline: Deadline; warnings: Warning[] } {
  const parts = splitParts(text).map(readPart);
  const dated = dateMentions(parts.map((p) => p.mentions), ctx);
  const recurrence = finest(parts.map((p) => p.recurrence));
  // The year a recurrence runs through: the latest the phrase states, else the plan's.
  const statedYears = dated.flat().filter((d) => !d.implied && d.year !== null).map((d) => d.year ?? 0);
  // reduce, not Math.max(...): a cell with 300,000 years in it overflowed the stack.
  const recurYear = statedYears.length > 0 ? statedYears.reduce((a, b) => Math.max(a, b)) : ctx.year;
  const yearEnd = (r: string | null): string | null => (r !== null && recurYear !== null ? iso(recurYear, 12, 31) : null);

  // A recurring part is due at the year's last occurrence: the day it names ("15/10 hằng năm"),
  // else the year's end ("hằng quý": the fourth quarter).
  const partDues = parts.map((p, i) => latest(dated[i] ?? [])?.due ?? yearEnd(p.recurrence));
  const best = latest(dated.flat());
  const due = partDues.reduce<string | null>((a, b) => maxIso(a, b), null);
  const all = dated.flat();
  const kind: DeadlineKind = recurrence
    ? 'recurring'
    : best
      ? best.mention.exact ? 'date' : 'period'
      : all.length > 0
        ? all.some((d) => d.mention.exact) ? 'date' : 'period'
        : parts.some((p) => p.event) ? 'event' : 'none';

  const deadline: Deadline = {
    text: clean(text),
    due,
    kind,
    milestones: parts.length >= 2 ? parts.map((p, i): Milestone => ({ text: p.text, due: partDues[i] ?? null })) : [],
    yearImplied: all.some((d) => d.implied) || (recurrence !== null && statedYears.length === 0 && ctx.year !== null),
  };
  if (recurrence) deadline.recurrence = recurrence;
  return { deadline, warnings: warningsFor(deadline, all, ctx) };
}

function maxIso(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

function finest(recurrences: (string | null)[]): string | null {
  const found = recurrences.filter((r): r is string => r !== null);
  found.sort((a, b) => RECURRENCE_ORDER.indexOf(a) - RECURRENCE_ORDER.indexOf(b));
  return found[0] ?? null;
}

function warningsFor(deadline: Deadline, dated: Dated[], ctx: DeadlineContext): Warning[] {
  const out: Warning[] = [];
  const text = deadline.text;
  const place = { task: ctx.taskId };
  for (const d of dated) {
    if (d.invalid) out.push(warning('deadline-invalid-date', { text }, place));
  }
  for (const d of dated) {
    if (d.mention.twoDigitYear && d.year !== null) {
      out.push(warning('deadline-two-digit-year', { text, year: String(d.year) }, place));
    }
  }
  if (deadline.due !== null && ctx.planDate !== undefined && isIsoDate(ctx.planDate) && deadline.due < ctx.planDate) {
    out.push(warning('deadline-before-plan', { text, due: deadline.due, planDate: ctx.planDate }, place));
  }
  if (deadline.kind === 'none' && !isBlank(deadline.text)) {
    out.push(warning('deadline-unrecognised', { text }, place));
  }
  return out;
}
