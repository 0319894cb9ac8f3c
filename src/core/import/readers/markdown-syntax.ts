/**
 * The few pieces of markdown syntax the markdown reader needs, written by hand: GFM parsers
 * silently drop cells beyond the delimiter row's count, and we must see ragged rows.
 */

/** Splits a pipe-table row on unescaped `|`; escapes stay in the cells (see `unescapeMarkdown`). */
export function splitPipeRow(line: string): string[] {
  const s = line.trim();
  const cells: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++; // backslash: the next character is escaped
    else if (c === 124) {
      cells.push(s.slice(start, i));
      start = i + 1;
    }
  }
  const endsWithPipe = cells.length > 0 && start === s.length;
  cells.push(s.slice(start));
  if (s.startsWith('|')) cells.shift();
  if (endsWithPipe) cells.pop();
  return cells;
}

/** True when the line holds an unescaped pipe outside the line's ends or is framed by pipes. */
export function hasPipe(line: string): boolean {
  return /(^|[^\\])\|/.test(line);
}

const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

/** The row under a GFM table's header: `|---|:--:|`. */
export function isDelimiterRow(line: string): boolean {
  if (!hasPipe(line)) return false;
  const cells = splitPipeRow(line);
  return cells.length > 0 && cells.every((c) => DELIMITER_CELL.test(c));
}

/** `**bold**`, `__bold__` and `*em*`/`_em_` around words; escaped markers stay. */
export function stripEmphasis(s: string): string {
  if (!s.includes('*') && !s.includes('_')) return s;
  // Each pass only where its marker is: the first one's Unicode classes are slow on long text.
  const glued = s.includes('****') ? s.replace(/([\p{L}\p{N}])\*{4}(?=[\p{L}\p{N}])/gu, '$1 ') : s; // "**A****B**": two bold runs that lost their break
  return glued
    .replace(/(?<!\\)(\*\*|__)/g, '')
    .replace(/(^|[\s(“"'])(?<!\\)[*_](?=\S)([^*_\n]*?\S)(?<!\\)[*_](?=$|[\s).,;:!?”"'])/gu, '$1$2');
}

/** Markdown's backslash escapes of ASCII punctuation: `\|` -> `|`. */
export function unescapeMarkdown(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** `[text](url)` -> text, `![alt](src)` -> alt. */
export function stripLinks(s: string): string {
  if (!s.includes('](')) return s;
  // /!?\[([^\]]*)\]\([^)]*\)/g -> '$1' written as a scan: the regex engine retries from every
  // "[" of a long run ("[a](" repeated, "[[[...]x") and takes time quadratic in the run.
  let out = '';
  let from = 0; // end of the last link replaced
  let close = -1; // the first "]" after the current "[" (the same for every "[" before it)
  for (let open = s.indexOf('['); open >= 0; open = s.indexOf('[', open + 1)) {
    if (close <= open) close = s.indexOf(']', open + 1);
    if (close < 0) break;
    if (s[close + 1] !== '(') continue;
    const end = s.indexOf(')', close + 2);
    if (end < 0) break; // no ")" after this "[", so none after any later one either
    const start = open - 1 >= from && s[open - 1] === '!' ? open - 1 : open;
    out += s.slice(from, start) + s.slice(open + 1, close);
    from = end + 1;
    open = end;
  }
  return from === 0 ? s : out + s.slice(from);
}

export type PageMarker = { kind: 'set'; page: number } | { kind: 'next' };

/**
 * Page furniture a converter leaves between tables: a form feed, `<!-- page N -->`,
 * "Trang N" (or "Trang N/M"), "- N -".
 */
export function pageMarker(line: string): PageMarker | null {
  if (line.includes('\f')) return { kind: 'next' };
  const s = line.trim();
  const m =
    /^<!--\s*(?:page|trang)\s*:?\s*(\d+)\s*-->$/i.exec(s) ??
    /^(?:trang|page)\s+(\d+)(?:\s*\/\s*\d+)?$/i.exec(s) ??
    /^[-–—]\s*(\d+)\s*[-–—]$/.exec(s);
  return m ? { kind: 'set', page: Number(m[1]) } : null;
}

/** Markdown block markup at the start of a running-text line; list markers become "- ". */
export function stripBlockMarkup(line: string): string {
  const heading = /^\s{0,3}#{1,6}(\s+|$)/.exec(line);
  const body = heading ? line.slice(heading[0].length).replace(/\s+#+\s*$/, '') : line;
  return body.replace(/^\s{0,3}>\s?/, '').replace(/^\s*[*+]\s+/, '- ');
}

/** A thematic break or setext underline: `---`, `***`, `___`, `===`. */
export function isRule(line: string): boolean {
  return /^\s{0,3}([-*_=])(\s*\1){2,}\s*$/.test(line);
}

/** A line that starts its own paragraph: a heading, list item, quote or table-less block. */
export function startsBlock(line: string): boolean {
  return /^\s{0,3}(#{1,6}\s|>|[-*+]\s|\d+[.)]\s|<)/.test(line);
}

/** True when some line with a pipe is followed by a GFM delimiter row. */
export function hasPipeTable(text: string): boolean {
  // Line by line as far as the first table, not a split of the whole file.
  const lineEnd = /\r\n?|\n/g;
  let prev: string | null = null;
  let start = 0;
  for (;;) {
    const m = lineEnd.exec(text);
    const line = text.slice(start, m ? m.index : text.length);
    if (prev !== null && hasPipe(prev) && isDelimiterRow(line)) return true;
    if (!m) return false;
    prev = line;
    start = m.index + m[0].length;
  }
}
