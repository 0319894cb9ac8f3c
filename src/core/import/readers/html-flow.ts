import { Parser } from 'htmlparser2';
import type { CellLine } from '../../model';
import { clean } from '../../text';
import { superscriptText } from './footnote-marks';
import { LineBuilder } from './lines';

/** Elements whose start and end break the line (HTML's block-level elements, table parts included). */
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'section', 'article', 'header', 'footer', 'nav', 'aside', 'address', 'figure',
  'figcaption', 'hr', 'center', 'form', 'fieldset', 'main', 'details', 'summary', 'body',
]);

/** Elements whose content is never text a person reads in the table: code, styling, metadata, media. */
const SKIP = new Set([
  'script', 'style', 'title', 'xml', 'template', 'noscript', 'object', 'embed', 'iframe',
  'svg', 'math', 'canvas', 'select', 'textarea',
]);

export type Attrs = Record<string, string>;

/**
 * Turns the text-level HTML events into lines of the current `target`. Table structure is the
 * caller's business (readHtml); here a table part is just a block. Word's list markers
 * (`<span style='mso-list:Ignore'>`, `<![if !supportLists]>`) become labels, a paragraph with
 * an `mso-list` style or an <li> a bullet line.
 */
export class HtmlFlow {
  private skipDepth = 0;
  private ignoreDepth = 0;
  private readonly spans: boolean[] = [];
  private supportLists = false;
  /** Text of an open <sup> (a footnote marker, or an exponent), and the text written before it. */
  private sup: string | null = null;
  private last = '';

  constructor(public target: LineBuilder) {}

  get skipping(): boolean {
    return this.skipDepth > 0;
  }

  open(name: string, attrs: Attrs): void {
    if (this.skipDepth > 0 || SKIP.has(name)) {
      if (SKIP.has(name)) this.skipDepth++;
      return;
    }
    if (name === 'br') {
      this.target.brk();
      this.last = '';
    } else if (name === 'sup') {
      this.sup = '';
    } else if (name === 'span') {
      const ignore = /mso-list\s*:\s*ignore/i.test(attrs.style ?? '');
      this.spans.push(ignore);
      if (ignore) this.ignoreDepth++;
    } else if (BLOCK.has(name)) {
      this.target.open(name === 'li' || isMsoListParagraph(attrs));
    }
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      if (SKIP.has(name)) this.skipDepth--;
      return;
    }
    if (name === 'sup' && this.sup !== null) {
      const out = superscriptText(this.sup, this.last);
      this.sup = null;
      if (out) this.text(out);
    } else if (name === 'span') {
      if (this.spans.pop() === true) this.ignoreDepth--;
    } else if (BLOCK.has(name)) {
      this.target.brk();
      this.last = '';
    }
  }

  text(s: string): void {
    if (this.skipDepth > 0) return;
    if (this.sup !== null) {
      this.sup += s;
      return;
    }
    if (this.ignoreDepth > 0 || this.supportLists) this.target.label(s);
    else {
      this.target.text(s);
      this.last = s;
    }
  }

  /** Word's downlevel-revealed conditionals: `<![if !supportLists]>` ... `<![endif]>`. */
  instruction(data: string): void {
    if (/^!\[if\s+!supportLists\]/i.test(data)) this.supportLists = true;
    else if (/^!\[endif\]/i.test(data)) this.supportLists = false;
  }
}

function isMsoListParagraph(attrs: Attrs): boolean {
  const style = attrs.style ?? '';
  return /mso-list\s*:\s*l\d/i.test(style);
}

/** Lower-cased attributes without event handlers; nothing here is ever executed or written back. */
export function safeAttrs(attrs: Attrs): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs)) if (!/^on/i.test(k)) out[k.toLowerCase()] = v;
  return out;
}

export interface HtmlHandlers {
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  text(s: string): void;
  instruction(data: string): void;
}

let sink: HtmlHandlers | null = null;
let shared: Parser | null = null;

/**
 * One HTML parse with the handlers readers need; entities decoded, tag names lower-cased.
 * A single parser is reset and reused: a markdown file has thousands of small cell fragments.
 */
export function parseHtml(html: string, on: HtmlHandlers): void {
  if (sink) throw new Error('parseHtml is not re-entrant'); // a bug, not bad input
  shared ??= new Parser(
    {
      onopentag: (name, attrs) => sink?.open(name, safeAttrs(attrs)),
      onclosetag: (name) => sink?.close(name),
      ontext: (s) => sink?.text(s),
      onprocessinginstruction: (_name, data) => sink?.instruction(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  sink = on;
  try {
    shared.reset();
    shared.write(html);
    shared.end();
  } finally {
    sink = null;
  }
}

/**
 * The lines of an HTML fragment (a markdown cell, a paragraph of running text). `tidy` is
 * applied to each line's text (markdown strips its own markup there).
 */
export function htmlToLines(html: string, tidy: (s: string) => string = clean, keepLabels = false): CellLine[] {
  const builder = new LineBuilder(tidy, keepLabels);
  if (!/[<&]/.test(html)) {
    builder.text(html);
    return builder.finish();
  }
  // Converters' markdown breaks a cell's lines with <br> and holds no other markup: split on it
  // as the parser would (text, a break, text), without a parse per cell.
  if (onlyBreaks(html)) {
    const parts = html.split(BREAK);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) builder.brk();
      builder.text(parts[i] as string);
    }
    return builder.finish();
  }
  parseHtml(html, new HtmlFlow(builder));
  return builder.finish();
}

/** `<br>`, `<br/>`, `<br />` in any case, spaced as htmlparser2 reads a bare br tag. */
const BREAK = /<br[ \t\n\f\r]*\/?>/i;
const BREAK_AT = /<br[ \t\n\f\r]*\/?>/iy;

/** No entity, and every "<" opens a bare br tag. */
function onlyBreaks(html: string): boolean {
  if (html.includes('&')) return false;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    BREAK_AT.lastIndex = at;
    if (!BREAK_AT.test(html)) return false;
  }
  return true;
}
