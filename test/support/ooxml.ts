/**
 * Checks on the parts of an .xlsx that Excel is strict about (a file failing them opens with a
 * "We found a problem with some content" repair prompt): well-formed XML, counts that match,
 * unique cell formats, valid and non-overlapping sqrefs, unique rule priorities, merges that do
 * not overlap, shared formulas with their master.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { parseRange, type Rect } from '../../src/workbook/a1';

export function unzipXlsx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

function wellFormed(xml: string): string | null {
  const p = new SaxesParser();
  let error: string | null = null;
  p.on('error', (e) => {
    error ??= e.message;
  });
  p.write(xml).close();
  return error;
}

const SQREF = /^(\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?)( \$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?)*$/;

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function countMatches(xml: string, element: string, tag: string): string | null {
  const m = new RegExp(`<${element} count="(\\d+)"[^>]*>([\\s\\S]*?)</${element}>`).exec(xml);
  if (!m) return null;
  const n = (m[2]?.match(new RegExp(`<${tag}[ >/]`, 'g')) ?? []).length;
  return Number(m[1]) === n ? null : `${element} count=${m[1]} but ${n} <${tag}>`;
}

export interface OoxmlReport {
  problems: string[];
  cellXfs: number;
  dxfs: number;
}

export function checkOoxml(bytes: Uint8Array): OoxmlReport {
  const parts = unzipXlsx(bytes);
  const problems: string[] = [];
  for (const [name, xml] of Object.entries(parts)) {
    const e = wellFormed(xml);
    if (e) problems.push(`${name}: not well-formed: ${e}`);
  }
  const styles = parts['xl/styles.xml'] ?? '';
  for (const [el, tag] of [
    ['numFmts', 'numFmt'],
    ['fonts', 'font'],
    ['fills', 'fill'],
    ['borders', 'border'],
    ['cellXfs', 'xf'],
    ['dxfs', 'dxf'],
  ] as const) {
    const p = countMatches(styles, el, tag);
    if (p) problems.push(`styles.xml: ${p}`);
  }
  const xfsBody = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xfs = xfsBody.match(/<xf [\s\S]*?(?:\/>|<\/xf>)/g) ?? [];
  const seen = new Set<string>();
  for (const xf of xfs) {
    if (seen.has(xf)) problems.push(`styles.xml: duplicate cell format ${xf.slice(0, 80)}`);
    seen.add(xf);
  }
  const dxfs = (styles.match(/<dxf>/g) ?? []).length;

  for (const [name, xml] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    for (const el of ['dataValidations', 'mergeCells'] as const) {
      const p = countMatches(xml, el, el === 'mergeCells' ? 'mergeCell' : 'dataValidation');
      if (p) problems.push(`${name}: ${p}`);
    }
    const dvRects: Rect[] = [];
    for (const m of xml.matchAll(/<dataValidation [^>]*sqref="([^"]*)"/g)) {
      const sq = m[1] as string;
      if (!SQREF.test(sq)) problems.push(`${name}: bad data validation sqref "${sq}"`);
      for (const r of sq.split(' ').map((x) => parseRange(x.replace(/\$/g, '')))) {
        if (!r) continue;
        if (dvRects.some((o) => overlaps(o, r))) problems.push(`${name}: data validations overlap at ${sq}`);
        dvRects.push(r);
      }
    }
    // Excel's limits for validation messages: titles 32 characters, messages 255 (error 225).
    for (const m of xml.matchAll(/<dataValidation [^>]*>/g)) {
      const attr = (a: string): string => new RegExp(` ${a}="([^"]*)"`).exec(m[0])?.[1] ?? '';
      const limits: [string, number][] = [['errorTitle', 32], ['promptTitle', 32], ['error', 225], ['prompt', 255]];
      for (const [a, max] of limits) {
        const v = attr(a).replace(/&[a-z]+;|&#\d+;/g, 'x');
        if (v.length > max) problems.push(`${name}: validation ${a} longer than ${max}: "${v}"`);
      }
    }
    for (const m of xml.matchAll(/<conditionalFormatting sqref="([^"]*)"/g)) {
      if (!SQREF.test(m[1] as string)) problems.push(`${name}: bad conditional format sqref "${m[1]}"`);
    }
    const priorities = [...xml.matchAll(/<cfRule [^>]*priority="(\d+)"/g)].map((m) => m[1]);
    if (new Set(priorities).size !== priorities.length) problems.push(`${name}: conditional format priorities repeat`);
    const merges: Rect[] = [];
    for (const m of xml.matchAll(/<mergeCell ref="([^"]*)"/g)) {
      const r = parseRange(m[1] as string);
      if (!r) problems.push(`${name}: bad merge ${m[1]}`);
      else {
        if (merges.some((o) => overlaps(o, r))) problems.push(`${name}: merges overlap at ${m[1]}`);
        merges.push(r);
      }
    }
    const masters = new Set([...xml.matchAll(/<f t="shared" ref="[^"]+" si="(\d+)"/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/<f t="shared" si="(\d+)"/g)) {
      if (!masters.has(m[1])) problems.push(`${name}: shared formula ${m[1]} has no master`);
    }
  }
  return { problems, cellXfs: xfs.length, dxfs };
}
