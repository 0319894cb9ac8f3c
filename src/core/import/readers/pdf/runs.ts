import type { PageText } from './page';

/**
 * Text runs into visual lines. Office PDFs draw a Vietnamese word in pieces: the letters its main
 * font holds in one run, the precomposed letters (ậ, ệ, ữ) from a fallback font in other runs,
 * sometimes on top of a gap pdf.js filled with a space ("Qu n 1" with "ậ" drawn in the gap). A
 * line is rebuilt by x: runs that touch are joined without a space, a run drawn inside another
 * run's box takes the place of the placeholder space nearest it, and a space goes where the gap
 * between runs is a word space.
 */

export interface TextLine {
  text: string;
  x0: number;
  x1: number;
  /** Top of the line's box. */
  y: number;
  /** Font size (box height). */
  size: number;
  /** Start and end x of each run kept, so a line can be cut where a big gap separates columns. */
  runs: PageText[];
}

/** A gap wider than this share of the font size is a word space. */
const SPACE_GAP = 0.15;

/** Two runs sit on one line when their boxes overlap vertically by more than half the smaller height. */
function sameLine(a: PageText, b: { y: number; height: number }): boolean {
  const overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return overlap > 0.5 * Math.min(a.height, b.height);
}

/** Groups runs into lines (top to bottom), each line's runs sorted by x. */
export function groupLines(texts: readonly PageText[]): PageText[][] {
  const sorted = [...texts].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; height: number; runs: PageText[] }[] = [];
  for (const t of sorted) {
    // Look back over the last few lines only: a line's runs are close in y.
    let placed = false;
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - 3); i--) {
      const l = lines[i] as { y: number; height: number; runs: PageText[] };
      if (sameLine(t, l)) {
        l.runs.push(t);
        placed = true;
        break;
      }
    }
    if (!placed) lines.push({ y: t.y, height: t.height, runs: [t] });
  }
  return lines.map((l) => l.runs.sort((a, b) => a.x - b.x));
}

/** Splits a line's runs where a gap wider than `gap` points opens (two columns on one baseline). */
export function splitAtGaps(runs: readonly PageText[], gap: number): PageText[][] {
  const out: PageText[][] = [];
  let cur: PageText[] = [];
  let end = -Infinity;
  for (const r of runs) {
    if (cur.length > 0 && r.x - end > gap) {
      out.push(cur);
      cur = [];
    }
    cur.push(r);
    end = Math.max(end, r.x + r.width);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** Joins one line's runs (sorted by x) into text, placing runs drawn inside other runs. */
export function joinRuns(runs: readonly PageText[]): TextLine {
  const hosts: { run: PageText; chars: string[] }[] = [];
  for (const r of runs) {
    const host = hosts.find((h) => r.x > h.run.x + 0.5 && r.x + r.width / 2 < h.run.x + h.run.width - 0.5 && h.run.str.length > 1);
    if (host) {
      insertInto(host, r);
      continue;
    }
    hosts.push({ run: r, chars: [...r.str] });
  }
  let text = '';
  let end = -Infinity;
  let size = 0;
  for (const h of hosts) {
    const s = h.chars.join('');
    if (text && (h.run.word === true || h.run.x - end > SPACE_GAP * h.run.height) && !/\s$/.test(text) && !/^\s/.test(s)) text += ' ';
    text += s;
    end = Math.max(end, h.run.x + h.run.width);
    size = Math.max(size, h.run.height);
  }
  const first = runs[0] as PageText;
  return {
    text: text.replace(/\s+/g, ' ').trim().normalize('NFC'),
    x0: first.x,
    x1: Math.max(...runs.map((r) => r.x + r.width)),
    y: Math.min(...runs.map((r) => r.y)),
    size,
    runs: [...runs],
  };
}

/** Puts a run drawn inside a host run where the host's text has its placeholder space. */
function insertInto(host: { run: PageText; chars: string[] }, r: PageText): void {
  const n = [...host.run.str].length;
  const per = host.run.width / Math.max(1, n);
  const at = (r.x + r.width / 2 - host.run.x) / per;
  // The placeholder is the space nearest the inserted run's centre, within a char and a half.
  let best = -1;
  let dist = 1.5;
  for (let i = 0; i < host.chars.length; i++) {
    if (host.chars[i] !== ' ') continue;
    const d = Math.abs(i + 0.5 - at);
    if (d < dist) {
      dist = d;
      best = i;
    }
  }
  if (best >= 0) host.chars[best] = r.str;
  else host.chars.splice(Math.max(0, Math.min(host.chars.length, Math.round((r.x - host.run.x) / per))), 0, r.str);
}

/** Cuts a run where a vertical border crosses it (pdf.js may join text across a narrow cell gap). */
export function cutRun(r: PageText, x: number): [PageText, PageText] | null {
  if (x <= r.x + 0.5 || x >= r.x + r.width - 0.5) return null;
  const chars = [...r.str];
  const per = r.width / Math.max(1, chars.length);
  let i = Math.round((x - r.x) / per);
  // Prefer a space near the cut.
  for (let d = 0; d <= 2; d++) {
    if (chars[i - d] === ' ') { i -= d; break; }
    if (chars[i + d] === ' ') { i += d; break; }
  }
  i = Math.max(1, Math.min(chars.length - 1, i));
  const left = chars.slice(0, i).join('');
  const right = chars.slice(i).join('');
  return [
    { ...r, str: left, width: i * per },
    { ...r, str: right, x: r.x + i * per, width: r.width - i * per },
  ];
}
