import type { CellLine } from '../../model';
import { clean } from '../../text';

/** True when a list label carries a number or letter ("1.", "a)", "II."), not only a glyph ("-", "·"). */
export function isCountingLabel(label: string): boolean {
  return /[\p{L}\p{N}]/u.test(label);
}

/**
 * Collects a cell's (or a document's) text into lines. Every line after the first follows a
 * real break (<br>, a paragraph, a list item), so it is `hard`. A list marker the source drew
 * itself (Word's numbering, an mso-list span) arrives as a `label`: in cells it is dropped and
 * the line marked `bullet`, unless the label is all the line holds (an auto-numbered STT cell);
 * in running text (`keepLabels`) it is written in front, a glyph as "- ".
 */
export class LineBuilder {
  private readonly lines: CellLine[] = [];
  private buf = '';
  private labelBuf = '';
  private bullet = false;

  constructor(
    private readonly tidy: (s: string) => string = clean,
    private readonly keepLabels = false,
  ) {}

  text(s: string): void {
    this.buf += s;
  }

  /** Text of the list marker drawn for the current line. */
  label(s: string): void {
    this.labelBuf += s;
  }

  /** A block (paragraph, list item) opens. A pending bullet survives empty wrappers (<li><p>). */
  open(bullet = false): void {
    if (this.flush()) this.bullet = bullet;
    else this.bullet = this.bullet || bullet;
  }

  /** Marks the line being written as a list item (a Word paragraph's numPr arrives after w:p). */
  markBullet(): void {
    this.bullet = true;
  }

  /** A break (<br>, a block's end): the next text starts a new line. */
  brk(): void {
    this.flush();
    this.bullet = false;
  }

  /** Ends the current line; true when it held text. */
  flush(): boolean {
    let text = this.tidy(this.buf);
    const label = clean(this.labelBuf);
    this.buf = '';
    this.labelBuf = '';
    if (label && this.keepLabels) {
      text = text ? `${isCountingLabel(label) ? label : '-'} ${text}` : isCountingLabel(label) ? label : '';
    } else if (!text && label && isCountingLabel(label)) {
      text = label;
    }
    if (!text) return false;
    const line: CellLine = { text, hard: this.lines.length > 0 };
    if (this.bullet || (label && !this.keepLabels)) line.bullet = true;
    this.lines.push(line);
    this.bullet = false;
    return true;
  }

  finish(): CellLine[] {
    this.flush();
    return this.lines;
  }
}

/** Running text from lines: one paragraph per line. */
export function linesToText(lines: readonly CellLine[]): string {
  return lines.map((l) => l.text).join('\n');
}
