/**
 * Every glyph pdf.js draws, placed exactly, from the page's operator list. pdf.js's own text
 * content joins glyphs into runs and puts a made-up space wherever the pen jumps, and office PDFs
 * draw the Vietnamese letters their main font lacks (ậ, ị, ữ) from a fallback font into such
 * jumps: the runs come back as "Qu n" and "ậ" elsewhere. One run a glyph, at its true place, lets
 * the reader join letters that touch and put spaces only where there is a gap.
 */
import type { PageText } from '../core/import/readers/pdf/page';

type Matrix = [number, number, number, number, number, number];

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

interface FontInfo {
  fontMatrix?: number[];
  vertical?: boolean;
}

export interface OpCodes {
  save: number; restore: number; transform: number;
  beginText: number; setFont: number; setTextMatrix: number; moveText: number; setLeadingMoveText: number;
  nextLine: number; setLeading: number; setCharSpacing: number; setWordSpacing: number; setHScale: number;
  setTextRise: number; showText: number; showSpacedText: number; nextLineShowText: number; nextLineSetSpacingShowText: number;
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

/** Walks the text operators with the text state of ISO 32000 §9.3 and returns one run per glyph (page coordinates, y down). */
export function glyphRuns(fns: readonly number[], args: readonly unknown[][], vt: Matrix, OPS: OpCodes, font: (name: string) => FontInfo | undefined): PageText[] {
  const out: PageText[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: { ctm: Matrix; s: State }[] = [];
  interface State { cs: number; ws: number; hs: number; lead: number; rise: number; size: number; fm: number[]; vertical: boolean }
  let s: State = { cs: 0, ws: 0, hs: 1, lead: 0, rise: 0, size: 0, fm: [0.001, 0, 0, 0.001, 0, 0], vertical: false };
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let lineX = 0, lineY = 0, x = 0, y = 0;
  const moveText = (dx: number, dy: number) => {
    x = lineX += dx;
    y = lineY += dy;
  };
  const show = (glyphs: readonly (Glyph | number)[]) => {
    if (!s.size || s.vertical) return;
    const adv = s.size * (s.fm[0] ?? 0.001);
    const m = multiply(vt, multiply(ctm, tm));
    const sx = Math.hypot(m[0], m[1]);
    const sy = Math.hypot(m[2], m[3]);
    const height = s.size * sy;
    let run = 0;
    for (const g of glyphs) {
      if (typeof g === 'number') {
        run -= g * s.size / 1000;
        continue;
      }
      const w = (g.width ?? 0) * adv;
      const spacing = s.cs + (g.isSpace ? s.ws : 0);
      const gx = x + run * s.hs;
      if (g.unicode && g.unicode.trim()) {
        // The glyph's origin on the baseline, into page space; its box rises by the font size.
        const ox = m[0] * gx + m[2] * (y + s.rise) + m[4];
        const oy = m[1] * gx + m[3] * (y + s.rise) + m[5];
        out.push({ str: g.unicode, x: ox, y: oy - height, width: w * s.hs * sx, height });
      }
      run += w + spacing;
    }
    x += run * s.hs;
  };
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i];
    const a = (args[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save: stack.push({ ctm, s: { ...s } }); break;
      case OPS.restore: { const p = stack.pop(); if (p) { ctm = p.ctm; s = p.s; } break; }
      case OPS.transform: ctm = multiply(ctm, a as unknown as Matrix); break;
      case OPS.beginText: tm = [1, 0, 0, 1, 0, 0]; lineX = lineY = x = y = 0; break;
      case OPS.setFont: {
        const info = font(a[0] as string);
        let size = a[1] as number;
        if (size < 0) size = -size;
        s = { ...s, size, fm: info?.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0], vertical: info?.vertical === true };
        break;
      }
      case OPS.setTextMatrix: tm = Array.from((Array.isArray(a[0]) || ArrayBuffer.isView(a[0]) ? a[0] : Object.values(a[0] ?? a)) as ArrayLike<number>) as Matrix; lineX = lineY = x = y = 0; break;
      case OPS.moveText: moveText(a[0] as number, a[1] as number); break;
      case OPS.setLeadingMoveText: s.lead = -(a[1] as number); moveText(a[0] as number, a[1] as number); break;
      case OPS.setLeading: s.lead = a[0] as number; break;
      case OPS.nextLine: moveText(0, -s.lead); break;
      case OPS.setCharSpacing: s.cs = a[0] as number; break;
      case OPS.setWordSpacing: s.ws = a[0] as number; break;
      case OPS.setHScale: s.hs = (a[0] as number) / 100; break;
      case OPS.setTextRise: s.rise = a[0] as number; break;
      case OPS.showText: case OPS.showSpacedText: show(a[0] as (Glyph | number)[]); break;
      case OPS.nextLineShowText: moveText(0, -s.lead); show(a[0] as (Glyph | number)[]); break;
      case OPS.nextLineSetSpacingShowText: s.ws = a[0] as number; s.cs = a[1] as number; moveText(0, -s.lead); show(a[2] as (Glyph | number)[]); break;
      default: break;
    }
  }
  return out;
}
