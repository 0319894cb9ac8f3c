import { attr, walkXml } from './docx-xml';

interface Level {
  fmt: string;
  text: string;
  start: number;
}

interface Num {
  abstractId: string;
  starts: Map<number, number>;
}

interface StyleNumbering {
  numId?: string | undefined;
  ilvl?: number | undefined;
  basedOn?: string | undefined;
}

/** What a numbered paragraph shows in front of its text. */
export interface ListMark {
  label: string;
  /** The level is a bullet (numFmt "bullet"), not a counted number. */
  glyph: boolean;
}

/**
 * Word's list numbering (ECMA-376 §17.9): numbering.xml's w:num -> w:abstractNum -> w:lvl,
 * and paragraph styles that carry a w:numPr (styles.xml). Counts as it goes, so labels
 * ("1.", "1.2.", "a)", "II.") come out as Word draws them.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Num>();
  private readonly styles = new Map<string, StyleNumbering>();
  private readonly counters = new Map<string, number[]>();

  /** Parses the parts when present; malformed XML throws (the caller turns it into a warning). */
  constructor(numberingXml?: string, stylesXml?: string) {
    if (numberingXml) this.readNumbering(numberingXml);
    if (stylesXml) this.readStyles(stylesXml);
  }

  /** The mark of a paragraph with this w:numPr / w:pStyle, counting it; null when not a list item. */
  next(numId: string | undefined, ilvl: number | undefined, styleId: string | undefined): ListMark | null {
    const fromStyle = this.styleNumbering(styleId);
    const id = numId ?? fromStyle.numId;
    if (id === undefined || id === '0') return null;
    const level = ilvl ?? fromStyle.ilvl ?? 0;
    const num = this.nums.get(id);
    const levels = num ? this.abstracts.get(num.abstractId) : undefined;
    // A numPr whose definition is missing still marks a list item; draw it as a bullet.
    if (!num || !levels) return { label: '', glyph: true };
    const lvl = levels.get(level);
    if (!lvl || lvl.fmt === 'none') return lvl?.text ? { label: lvl.text, glyph: true } : null;
    const key = num.starts.size > 0 ? `n${id}` : `a${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    const start = (l: number): number => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[level] = counts[level] === undefined ? start(level) : (counts[level] as number) + 1;
    counts.length = level + 1; // deeper levels restart
    this.counters.set(key, counts);
    if (lvl.fmt === 'bullet') return { label: lvl.text, glyph: true };
    const label = lvl.text.replace(/%(\d)/g, (_m, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? start(l), levels.get(l)?.fmt ?? 'decimal');
    });
    return { label, glyph: false };
  }

  private styleNumbering(styleId: string | undefined): StyleNumbering {
    const out: StyleNumbering = {};
    for (let id = styleId, hops = 0; id !== undefined && hops < 10; hops++) {
      const s = this.styles.get(id);
      if (!s) break;
      out.numId ??= s.numId;
      out.ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    return out;
  }

  private readNumbering(xml: string): void {
    let levels: Map<number, Level> | null = null;
    let lvl: Level | null = null;
    let num: Num | null = null;
    let overrideLevel = -1;
    walkXml(xml, 'word/numbering.xml', {
      open: (name, a) => {
        if (name === 'abstractNum') {
          levels = new Map();
          this.abstracts.set(attr(a, 'abstractNumId') ?? '', levels);
        } else if (name === 'lvl' && levels && !num) {
          lvl = { fmt: 'decimal', text: '', start: 1 };
          levels.set(Number(attr(a, 'ilvl') ?? 0), lvl);
        } else if (name === 'numFmt' && lvl) lvl.fmt = attr(a, 'val') ?? 'decimal';
        else if (name === 'lvlText' && lvl) lvl.text = attr(a, 'val') ?? '';
        else if (name === 'start' && lvl) lvl.start = Number(attr(a, 'val') ?? 1);
        else if (name === 'num') {
          num = { abstractId: '', starts: new Map() };
          this.nums.set(attr(a, 'numId') ?? '', num);
        } else if (name === 'abstractNumId' && num) num.abstractId = attr(a, 'val') ?? '';
        else if (name === 'lvlOverride' && num) overrideLevel = Number(attr(a, 'ilvl') ?? 0);
        else if (name === 'startOverride' && num) num.starts.set(overrideLevel, Number(attr(a, 'val') ?? 1));
      },
      close: (name) => {
        if (name === 'abstractNum') levels = null;
        else if (name === 'lvl') lvl = null;
        else if (name === 'num') num = null;
      },
      text: () => undefined,
    });
  }

  private readStyles(xml: string): void {
    let style: StyleNumbering | null = null;
    walkXml(xml, 'word/styles.xml', {
      open: (name, a) => {
        if (name === 'style') {
          style = {};
          if (attr(a, 'type') === 'paragraph') this.styles.set(attr(a, 'styleId') ?? '', style);
        } else if (style && name === 'basedOn') style.basedOn = attr(a, 'val');
        else if (style && name === 'numId') style.numId = attr(a, 'val');
        else if (style && name === 'ilvl') style.ilvl = Number(attr(a, 'val') ?? 0);
      },
      close: (name) => {
        if (name === 'style') style = null;
      },
      text: () => undefined,
    });
  }
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

function toLetters(n: number): string {
  // Word repeats the letter past z: 27 -> "aa".
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a w:numFmt (ECMA-376 ST_NumberFormat); unknown formats fall back to decimal. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman': return toRoman(n);
    case 'lowerRoman': return toRoman(n).toLowerCase();
    case 'upperLetter': return toLetters(n).toUpperCase();
    case 'lowerLetter': return toLetters(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    default: return String(n);
  }
}
