/** A1 addresses: small pure helpers shared by the layout and both writers. */

export function colLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B10"; with abs, "$B$10". */
export function addr(row: number, col: number, abs = false): string {
  return abs ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`;
}

/** "B10:B20" (or "B10" when one cell). */
export function range(top: number, left: number, bottom: number, right: number, abs = false): string {
  const a = addr(top, left, abs);
  const b = addr(bottom, right, abs);
  return a === b ? a : `${a}:${b}`;
}

/** A column's cells from row top to bottom, absolute: "$G$10:$G$108". */
export function colRange(col: number, top: number, bottom: number): string {
  return `${addr(top, col, true)}:${addr(bottom, col, true)}`;
}

/** Sheet name as a formula prefix: 'Tổng hợp'! (quotes always, doubled inside: always valid). */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

export interface CellPos {
  row: number;
  col: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseAddr(a: string): CellPos | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.trim());
  if (!m) return null;
  return { col: colNumber(m[1] as string), row: Number(m[2]) };
}

/** "A1:C3" or "A1" to a rectangle; null when not an address. */
export function parseRange(ref: string): Rect | null {
  const [a, b] = ref.split(':');
  const p = a === undefined ? null : parseAddr(a);
  const q = b === undefined ? p : parseAddr(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rectRef(r: Rect): string {
  return range(r.top, r.left, r.bottom, r.right);
}

/** Excel's date serial (1900 system) for an ISO date, or null when the text is no valid date. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCMonth() !== Number(m[2]) - 1) return null;
  return Math.round(t / 86400000) + 25569;
}

export function serialToIso(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return d.toISOString().slice(0, 10);
}

/** "Sheet1!B10", or "'Chỉ tiêu'!B10" when the name needs quotes (as Excel writes references). */
export function qualified(sheet: string, address: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${address}` : `${sheetRef(sheet)}${address}`;
}

/** "'Chỉ tiêu'!F9" -> { sheet: "Chỉ tiêu", cell: "F9" }; "F9" -> { sheet: null, cell: "F9" }: qualified() read back. */
export function splitQualified(address: string): { sheet: string | null; cell: string } | null {
  const s = address.trim();
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(s);
  const sheet = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string)) : null;
  const cell = (m ? (m[3] as string) : s).replace(/\$/g, '');
  if (!parseRange(cell)) return null;
  return { sheet, cell };
}
