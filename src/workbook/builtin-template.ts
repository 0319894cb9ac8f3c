/**
 * The built-in template's top (Decree 30/2020 layout): agency names on the left, the national
 * motto on the right, the title, the "(Kèm theo ...)" line. What the plan's letterhead says
 * (issuer, kind, number, date) fills them; what it does not say stays a placeholder the user
 * fills in: agencies change with reorganisations, the code never names one.
 */
import type { DocumentKind, Plan } from '../core/model';
import { cell, text } from './cells';
import type { CellBlock, LayoutCell } from './layout';
import { range } from './a1';

export const LETTERHEAD = {
  parent: 'ỦY BAN NHÂN DÂN ...',
  agency: 'CƠ QUAN, ĐƠN VỊ ...',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  attached: '(Kèm theo Kế hoạch số ....../KH-...... ngày ...... tháng ...... năm ...... của ......)',
} as const;

/** How the attached line names the document ("Kèm theo Kế hoạch số ..."). */
const KIND_WORD: Record<DocumentKind, string> = {
  plan: 'Kế hoạch',
  notice: 'Thông báo',
  letter: 'Công văn',
  appendix: 'Kế hoạch',
};

/** What the top of a sheet says about the plan: filled from its letterhead, else placeholders. */
export interface PlanHeading {
  /** The issuer in capitals ("ỦY BAN NHÂN DÂN ..."), the first letterhead line. */
  parent: string;
  agency: string;
  /** "(Kèm theo Kế hoạch số 12/KH-UBND ngày 04/01/2024 của Ủy ban nhân dân ...)". */
  attached: string;
  /** The plan's title or subject, when the document gives one. */
  title: string | null;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The heading lines built from the plan's source; a part the document does not say stays "......". */
export function planHeading(plan: Plan): PlanHeading {
  const src = plan.source;
  const date = src.date ?? plan.date;
  const issuer = src.issuer?.trim();
  const known = Boolean(src.number || date || issuer);
  const kind = src.kind ? KIND_WORD[src.kind] : src.number && /\/TB\b/i.test(src.number) ? 'Thông báo' : 'Kế hoạch';
  const attached = known
    ? `(Kèm theo ${kind} số ${src.number ?? '....../......'} ngày ${date ? dmy(date) : '...... tháng ...... năm ......'} của ${issuer ?? '......'})`
    : LETTERHEAD.attached;
  const title = plan.title?.trim() || src.subject?.trim() || null;
  return {
    parent: issuer ? issuer.toLocaleUpperCase('vi') : LETTERHEAD.parent,
    agency: LETTERHEAD.agency,
    attached,
    title,
  };
}

/** Row of the table header in a sheet built from the built-in template. */
export const BUILTIN_HEADER_ROW = 8;

export interface TopBlock {
  blocks: CellBlock[];
  merges: string[];
}

/**
 * The top rows 1-6 for a sheet whose table spans columns 1..width (width >= 4).
 * `lines` are the title lines (row 4 onwards); the "(Kèm theo ...)" line follows them.
 * `heading` fills the agency names and the attached line (planHeading; a template's own names).
 */
export function letterhead(
  width: number,
  lines: string[],
  attached = true,
  heading: Pick<PlanHeading, 'parent' | 'agency' | 'attached'> = LETTERHEAD,
): TopBlock {
  const split = Math.min(3, Math.max(1, Math.floor(width / 3)));
  const row = (entries: [number, LayoutCell][]): (LayoutCell | null)[] => {
    const out: (LayoutCell | null)[] = new Array(width).fill(null);
    for (const [c, v] of entries) out[c - 1] = v;
    return out;
  };
  const cells: (LayoutCell | null)[][] = [
    row([
      [1, cell(text(heading.parent), 'letterhead')],
      [split + 1, cell(text(LETTERHEAD.nation), 'letterheadBold')],
    ]),
    row([
      [1, cell(text(heading.agency), 'letterheadBold')],
      [split + 1, cell(text(LETTERHEAD.motto), 'motto')],
    ]),
    row([]),
  ];
  const merges = [range(1, 1, 1, split), range(2, 1, 2, split), range(1, split + 1, 1, width), range(2, split + 1, 2, width)];
  const titleLines = [...lines, ...(attached ? [heading.attached] : [])];
  titleLines.forEach((line, i) => {
    const last = attached && i === titleLines.length - 1;
    cells.push(row([[1, cell(text(line), last ? 'subtitle' : 'title')]]));
    merges.push(range(4 + i, 1, 4 + i, width));
  });
  return { blocks: [{ top: 1, left: 1, cells }], merges };
}

const ATTACHED_LINE = /^\(?\s*kèm theo\s+(.+?)\s+số\s+(.+?)\s+ngày\s+(.+?)(?:\s+của\s+(.+?))?\s*\)?\s*$/iu;
const PLACEHOLDER = /\.{3}|…/;

/**
 * A template's own "(Kèm theo Kế hoạch số ...../KH-UBND ngày ... của ...)" line with what the
 * plan says put in place of its dots; what the plan does not say stays as the template wrote
 * it. Null when the line is not such a line, has nothing left to fill, or the plan says nothing.
 */
export function fillAttachedLine(line: string, plan: Plan): string | null {
  const m = ATTACHED_LINE.exec(line.normalize('NFC').trim());
  if (!m || !PLACEHOLDER.test(line)) return null;
  const src = plan.source;
  const date = src.date ?? plan.date;
  if (!src.number && !date && !src.issuer) return null;
  const [, kind, number, when, issuer] = m as unknown as [string, string, string, string, string | undefined];
  const pick = (own: string | undefined, fromPlan: string | undefined): string =>
    own !== undefined && !PLACEHOLDER.test(own) ? own : (fromPlan ?? own ?? '......');
  const parts = [
    `(Kèm theo ${src.kind ? KIND_WORD[src.kind] : kind} số ${pick(number, src.number)}`,
    `ngày ${date ? dmy(date) : when}`,
    ...(issuer !== undefined || src.issuer ? [`của ${pick(issuer, src.issuer?.trim())}`] : []),
  ];
  return `${parts.join(' ')})`;
}

/**
 * The heading of a sheet added to a department's workbook (the summary): the agency names its
 * task sheet shows in its first two rows, the attached line from the plan.
 */
export function templateHeading(
  rowText: (row: number, col: number) => string,
  plan: Plan,
): Pick<PlanHeading, 'parent' | 'agency' | 'attached'> {
  const own = planHeading(plan);
  const firstText = (row: number): string => {
    for (let c = 1; c <= 3; c++) {
      const t = rowText(row, c).trim();
      if (t) return t;
    }
    return '';
  };
  const parent = firstText(1);
  const agency = firstText(2);
  return { parent: parent || own.parent, agency: agency || own.agency, attached: own.attached };
}
