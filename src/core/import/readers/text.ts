import type { ReadDocument } from '../../model';
import { clean } from '../../text';
import { readLayoutTables } from './layout';
import { readMarkdown } from './markdown';
import { hasPipeTable } from './markdown-syntax';
import { looksDelimited, readDelimited } from './tsv';

/** A line that begins a new paragraph whatever came before: a list item or a numbered heading. */
const STARTS_ITEM = /^\s*([-+•*–]\s|\d+(\.\d+)*[.)]?\s|[IVXLC]+[.)]\s|[a-zđ][.)]\s)/u;

/**
 * Plain-text lines to paragraphs, one per line. A line joins the one before when that one ran
 * to (near) the right margin, i.e. it was wrapped; short lines, blank lines, list items and
 * numbered headings end a paragraph, and so does a sentence's end followed by a capital.
 */
export function paragraphs(lines: readonly string[]): string[] {
  const widths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const margin = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const out: string[] = [];
  let open = false;
  // The paragraph ends as its last line does; testing the line, not the growing paragraph, keeps
  // a long run of joined lines linear (the regex would flatten the whole paragraph each time).
  let lastLine = '';
  for (const raw of lines) {
    const line = clean(raw);
    if (!line) {
      open = false;
      continue;
    }
    const last = out[out.length - 1];
    // A sentence that ends where a capitalised one begins is a paragraph break more often than a wrap.
    const newSentence = last !== undefined && /[.:;!?]$/.test(lastLine) && /^\p{Lu}/u.test(line);
    if (open && last !== undefined && !STARTS_ITEM.test(raw) && !newSentence) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
    lastLine = line;
    open = raw.trim().length >= margin * 0.7;
  }
  return out;
}

/**
 * The fallback for text of unknown shape: markdown pipe tables go to the markdown reader,
 * mostly tab-separated lines to the delimited reader; otherwise a table laid out with spaces
 * (as `pdftotext -layout` writes) is looked for. Without one, the text is a document in prose
 * (a letter, a notice): its lines come out as they are, blank lines kept, for the prose reader
 * (../prose) to find its paragraphs, headings and assignments, and lines to count from.
 */
export function readText(text: string): ReadDocument {
  const src = text.replace(/^\ufeff/, '');
  if (hasPipeTable(src)) return readMarkdown(src);
  if (looksDelimited(src)) return readDelimited(src, '\t');
  const lines = src.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\f\n').replace(/\t/g, '    ').split('\n');
  const { tables, outside } = readLayoutTables(lines);
  // No table at all: a document in prose. Its lines are kept as they are (blank lines too), so
  // that the prose reader sees its layout and a task's line is the line in the file.
  if (tables.length === 0) return { format: 'text', tables, text: src.replace(/\r\n?/g, '\n').replace(/[\f\t]/g, ' ').split('\n').map((l) => l.trimEnd()).join('\n'), warnings: [] };
  const paras = paragraphs(outside.filter((l) => l !== '\f'));
  return { format: 'text', tables, text: paras.join('\n'), warnings: [] };
}
