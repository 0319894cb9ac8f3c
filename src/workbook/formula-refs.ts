/**
 * Moving the references inside a formula, the way Excel does when rows are inserted or deleted
 * (every reference into the moved rows follows them) or when a formula is copied to another row
 * (relative rows follow, "$" rows stay). Used by the Node writer (exceljs does not adjust
 * formulas when rows move) and by the layout when a typed formula travels with its task.
 * String literals are left alone; R1C1 and structured references are not handled.
 */

const PREFIX = String.raw`(?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!`;
const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const ROWS = String.raw`\$?\d+:\$?\d+`;
const REF = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.$'])(${PREFIX})?(${CELL}(?::${CELL})?|${ROWS})(?![\p{L}\p{N}_(!])`,
  'gu',
);

interface RowPart {
  abs: boolean;
  row: number;
}

function splitParts(ref: string): { col: string; part: RowPart }[] {
  return ref.split(':').map((p) => {
    const m = /^(\$?[A-Z]{1,3})?(\$?)(\d+)$/.exec(p) as RegExpExecArray;
    return { col: m[1] ?? '', part: { abs: m[2] === '$', row: Number(m[3]) } };
  });
}

function joinParts(parts: { col: string; part: RowPart }[]): string {
  return parts.map((p) => `${p.col}${p.part.abs ? '$' : ''}${p.part.row}`).join(':');
}

function unquote(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Applies fn to every reference outside string literals. */
function mapRefs(formula: string, fn: (sheet: string | null, ref: string) => string): string {
  const pieces = formula.split(/("(?:[^"]|"")*")/);
  return pieces
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(REF, (_m, prefix: string | undefined, ref: string) => {
            const out = fn(prefix ? unquote(prefix) : null, ref);
            return (prefix ?? '') + out;
          }),
    )
    .join('');
}

export interface RowShift {
  /** The sheet whose rows move. */
  sheet: string;
  /** count > 0: rows inserted before `at`; count < 0: rows at..at-count-1 deleted. */
  at: number;
  count: number;
}

function shiftRow(row: number, s: RowShift): number | null {
  if (s.count >= 0) return row >= s.at ? row + s.count : row;
  const end = s.at - s.count - 1;
  if (row < s.at) return row;
  if (row > end) return row + s.count;
  return null;
}

/** The formula after rows of `shift.sheet` moved; `formulaSheet` is the sheet holding it. */
export function shiftFormulaRows(formula: string, formulaSheet: string, shift: RowShift): string {
  return mapRefs(formula, (sheet, ref) => {
    if ((sheet ?? formulaSheet) !== shift.sheet) return ref;
    const parts = splitParts(ref);
    if (parts.length === 1) {
      const p = parts[0] as { col: string; part: RowPart };
      const r = shiftRow(p.part.row, shift);
      if (r === null) return '#REF!';
      p.part.row = r;
      return joinParts(parts);
    }
    const [a, b] = parts as [{ col: string; part: RowPart }, { col: string; part: RowPart }];
    const moved = shiftRange(a.part.row, b.part.row, shift);
    if (!moved) return '#REF!';
    a.part.row = moved[0];
    b.part.row = moved[1];
    return joinParts(parts);
  });
}

/** A range's rows after a shift; null when all its rows were deleted. */
export function shiftRange(top: number, bottom: number, s: RowShift): [number, number] | null {
  if (s.count >= 0) return [top >= s.at ? top + s.count : top, bottom >= s.at ? bottom + s.count : bottom];
  const n = -s.count;
  const end = s.at + n - 1;
  if (top >= s.at && bottom <= end) return null;
  const t = top < s.at ? top : top > end ? top - n : s.at;
  const b = bottom < s.at ? bottom : bottom > end ? bottom - n : s.at - 1;
  return [t, b];
}

/** The formula copied `dRows` rows down (negative: up): relative rows follow, "$" rows stay. */
export function moveFormula(formula: string, dRows: number): string {
  if (dRows === 0) return formula;
  return mapRefs(formula, (_sheet, ref) => {
    const parts = splitParts(ref);
    for (const p of parts) {
      if (!p.part.abs) {
        p.part.row += dRows;
        if (p.part.row < 1) return '#REF!';
      }
    }
    return joinParts(parts);
  });
}
