import type { CellLine } from '../model';

/**
 * Turning a cell's lines into items, per the contract: a break that starts a new item splits, a
 * break that only wraps a sentence joins with a space; the leading bullet and one trailing ";"
 * go, other punctuation stays.
 */

const BULLET = /^\s*(?:[-+•·–*]|\u2022)\s+/u;
const BULLET_ONLY = /^\s*(?:[-+•·–*]|\u2022)\s*$/u;

export function startsWithBullet(text: string): boolean {
  return BULLET.test(text);
}

function stripBullet(text: string): string {
  return text.replace(BULLET, '');
}

/** A bullet glued after sentence punctuation inside one line ("10 phường.- Mặt trận"). */
const GLUED_BULLET = /([.;])\s*-\s+(?=\p{Lu})/gu;

function splitGlued(line: CellLine): CellLine[] {
  if (!GLUED_BULLET.test(line.text)) return [line];
  GLUED_BULLET.lastIndex = 0;
  const parts = line.text.replace(GLUED_BULLET, '$1\u0000- ').split('\u0000');
  return parts.map((text, i) => (i === 0 ? { ...line, text } : { text, hard: true, bullet: true }));
}

function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/**
 * How a cell breaks its lines. In a bulleted cell only bullets (and a ";" line end) start items.
 * A cell whose breaks mostly lead into a lower-case word was wrapped to the column width by a
 * converter, so its breaks are wraps even before a capital ("Chủ tịch<br>UBND 10 phường").
 */
export interface CellMode {
  bulleted: boolean;
  wrapped: boolean;
}

export function cellMode(lines: CellLine[]): CellMode {
  let hard = 0;
  let lower = 0;
  let bulleted = false;
  lines.forEach((l, i) => {
    if (l.bullet || startsWithBullet(l.text)) bulleted = true;
    if (i > 0 && l.hard) {
      hard++;
      if (startsLower(l.text.trim())) lower++;
    }
  });
  return { bulleted, wrapped: hard > 0 && lower * 2 > hard };
}

/** Does the break before `next` start a new item (true) or only wrap the previous line (false)? */
export function breaksItem(prev: string, next: CellLine, mode: CellMode = { bulleted: false, wrapped: false }): boolean {
  if (!next.hard) return false;
  if (next.bullet || startsWithBullet(next.text)) return true;
  if (/;\s*$/.test(prev)) return true;
  if (mode.bulleted || mode.wrapped) return false;
  return !startsLower(next.text);
}

/** Items of a list cell: products, lead, coordinators. */
export function toItems(lines: CellLine[]): string[] {
  const items: string[] = [];
  let cur: string | null = null;
  let pendingBullet = false;
  // Lines arrive clean (readers clean them, noise removal re-cleans what it cuts): trim is enough.
  const all = lines.flatMap(splitGlued).filter((l) => l.text.trim() !== '');
  const mode = cellMode(all);
  for (const raw of all) {
    const text = raw.text.trim();
    if (text === '') continue;
    // A lone "-" line (a bullet whose text went to the next line) makes the next line an item.
    if (BULLET_ONLY.test(text)) {
      pendingBullet = true;
      continue;
    }
    const line: CellLine = pendingBullet ? { text, hard: true, bullet: true } : { ...raw, text };
    pendingBullet = false;
    if (cur === null || breaksItem(cur, line, mode)) {
      if (cur !== null) items.push(cur);
      cur = stripBullet(line.text);
    } else {
      cur = `${cur} ${stripBullet(line.text)}`;
    }
  }
  if (cur !== null) items.push(cur);
  return items.map(finishItem).filter((s) => s !== '');
}

/** Trims and drops one trailing ";" (by hand: /\s*;\s*$/ backtracks over every space of a long item). */
function finishItem(s: string): string {
  const t = s.trim();
  return t.endsWith(';') ? t.slice(0, -1).trimEnd() : t;
}

/** A text field (task, deadline, notes): its items joined with "; ", or a space after . : ! ? */
export function toText(lines: CellLine[]): string {
  return joinItems(toItems(lines));
}

export function joinItems(items: string[]): string {
  let out = '';
  for (const item of items) {
    if (out === '') out = item;
    else out += /[.:!?]$/.test(out) ? ` ${item}` : `; ${item}`;
  }
  return out;
}

/**
 * Appends a continuation cell's lines (a row carried over a page break) to a task's cell: the
 * first continuation line joins the last item with a space unless it starts a new bullet.
 */
export function appendContinuation(into: CellLine[], more: CellLine[]): CellLine[] {
  const first = more.findIndex((l) => l.text.trim() !== '');
  if (first < 0) return into;
  const head = more[first] as CellLine;
  const bullet = head.bullet === true || startsWithBullet(head.text);
  const joined: CellLine = { ...head, hard: into.length > 0 && bullet };
  return [...into, joined, ...more.slice(first + 1)];
}
