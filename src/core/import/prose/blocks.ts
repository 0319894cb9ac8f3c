import { clean, foldOcr } from '../../text';
import { ASSIGN_VERB, DEAR, DISTRIBUTION, SIGNATURE } from './vocabulary';

/** A paragraph of a prose document with what opens it. */
export interface Block {
  /** The paragraph's text without its number or dash, NFC, whitespace collapsed. */
  text: string;
  /** The text as read, number or dash included. */
  raw: string;
  /** 1-based line where it starts, in the text as read. */
  line: number;
  /** The printed number ("2", "2.1", "II", "a"), when the paragraph is numbered. */
  label?: string;
  /** The paragraph opens with a dash or bullet. */
  bullet: boolean;
  /** The bullet's glyph ("-", "+", "•"): a "+" under "-" items is a detail of the item above. */
  glyph?: string;
  /** A blank line (or a page break) came before it. */
  afterBlank: boolean;
}

/** "- ", "– ", "+ ", "• " and OCR's "-Pé nghi" (dash glued to the word). */
const BULLET = /^[-–—+•*·]\s*(?=[\p{L}\d(“"])/u;
/** "1.", "2.1.", "2.13)" (not a year "2024." on a line of its own, not "6 tháng"). */
const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]\s*(?=[\p{L}“"(*])/u;
/** "I.", "II.", "IV)" and OCR's "Il.", "IIl." (l for I). */
const ROMAN = /^([IVX][IVXlL]{0,3})\s*[.)]\s+(?=\p{L})/u;
/** "a)", "b)", "đ)"; "a." only before a capital (a sentence, not an abbreviation). */
const LETTER = /^([a-hđ])\s*\)\s*(?=\p{L})|^([a-hđ])\.\s+(?=\p{Lu})/u;
/** Where a sentence ends: a paragraph ending so is complete. Quotes and brackets may close it. */
const SENTENCE_END = /[.;:!?][”"')]*$/;
/** A line that starts in the middle of a sentence: lower case, a digit, a bracket, a comma. */
const MID_SENTENCE = /^[\p{Ll}\d(,;%]/u;

export function itemStart(line: string): { label?: string; bullet: boolean; glyph?: string; rest: string } | null {
  const b = BULLET.exec(line);
  if (b) return { bullet: true, glyph: line.charAt(0) === '–' || line.charAt(0) === '—' ? '-' : line.charAt(0), rest: line.slice(b[0].length) };
  const n = NUMBER.exec(line) ?? ROMAN.exec(line) ?? LETTER.exec(line);
  if (n) {
    const label = /^[IVX]/.test(n[1] ?? '') ? (n[1] ?? '').replace(/[lL]/g, 'I') : (n[1] ?? n[2] ?? '');
    return { label, bullet: false, rest: line.slice(n[0].length) };
  }
  return null;
}

/** A numbered line that is only a title: a few words, no sentence end, no colon. */
function isHeadingLine(b: Block, joined: ReadonlySet<Block>): boolean {
  return b.label !== undefined && !joined.has(b) && !/[.;:!?,][”"')]*$/.test(b.text) && b.text.split(/\s+/).length <= 16;
}

/**
 * Lines to paragraphs. Two layouts come in: a paragraph per line (Word, HTML, typed text) and
 * wrapped lines with blank lines between paragraphs (OCR, pdftotext). In the second, a line
 * with no blank before it continues the paragraph. In both, a paragraph that stops in mid
 * sentence and a next one that starts in lower case are one sentence that OCR or a page break
 * cut, so they are joined: a bullet carried over a page break stays one task.
 */
export function toBlocks(lines: readonly string[]): Block[] {
  let blank = 0;
  let filled = 0;
  for (const l of lines) {
    if (l.trim() === '' || l.trim() === '\f') blank++;
    else filled++;
  }
  const wrapped = blank >= filled * 0.25;
  const blocks: Block[] = [];
  /** Paragraphs that already took a following line: no longer a one-line heading. */
  const joined = new Set<Block>();
  let afterBlank = true;
  lines.forEach((rawLine, i) => {
    const line = clean(rawLine.replace(/\f/g, ''));
    if (line === '') {
      afterBlank = true;
      return;
    }
    const start = itemStart(line);
    const last = blocks[blocks.length - 1];
    // A sentence cut by a page break or the scan: the paragraph stops without its full stop and
    // the next starts in lower case (or after a comma). A capital after a long sentence that is
    // no heading (headings have no colon) is cut too, unless it opens an assignment.
    const open = last !== undefined && !SENTENCE_END.test(last.text);
    const sentence = last !== undefined && last.text.length >= 60 && (last.label === undefined || last.text.includes(':'));
    // "pé nghi ..." is OCR's lower-case "Đề nghị": an assignment starts there whatever its case.
    const assigns = ASSIGN_VERB.test(foldOcr(line));
    const cut = open && !assigns && (MID_SENTENCE.test(line) || /,$/.test(last.text) || sentence);
    const wrap = last !== undefined && wrapped && !afterBlank;
    // "Nơi nhận:", "Kính gửi:" and the signature always start their own paragraph.
    const f = foldOcr(line);
    const own = DISTRIBUTION.test(f) || DEAR.test(f) || SIGNATURE.test(f);
    // A sentence's end and an assignment after it: a new paragraph even without a blank line.
    // A heading line ("2.1. Về chỉ tiêu ...", "III. TỔ CHỨC THỰC HIỆN") is a paragraph of its own:
    // an assignment on the next line is its first task, not the rest of its title.
    const heading = last !== undefined && isHeadingLine(last, joined);
    const opens = assigns && last !== undefined && (SENTENCE_END.test(last.text) || heading);
    if (last && !start && !own && !opens && (cut || wrap)) {
      last.text = `${last.text} ${line}`;
      last.raw = `${last.raw} ${line}`;
      joined.add(last);
    } else {
      const b: Block = { text: clean(start ? start.rest : line), raw: line, line: i + 1, bullet: start?.bullet ?? false, afterBlank };
      if (start?.label !== undefined) b.label = start.label;
      if (start?.glyph !== undefined) b.glyph = start.glyph;
      blocks.push(b);
    }
    afterBlank = false;
  });
  return blocks;
}
