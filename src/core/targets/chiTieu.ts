/**
 * readChiTieuSection: the body's CHỈ TIÊU section ("## II. CHỈ TIÊU:", "2. Chỉ tiêu:", "Chỉ tiêu
 * cụ thể", OCR's "CHI TIEU"), up to the next top-level heading, each item keyed by its printed
 * number. Items continue over lines without a number; sub-headings simply hold no target.
 */
import { warning } from '../../i18n/coded';
import type { Target, Warning } from '../model';
import { clean, fold, romanToInt } from '../text';
import { extractTargets } from './extract';

const HEADING_RE =
  /^(?:([ivxlc]+|\d{1,2}|[a-z])[.)]\s*)?(?:cac\s+)?(?:muc tieu\s*(?:,|va)\s*)?chi tieu(?:\s+(?:cu the|chu yeu|chinh|ke hoach|nam \d{4}))*\s*:?$/;
const LABEL_AT_START = /^(\d{1,2}(?:\.\d{1,2})*)([.)]?)\s+(?=\S)/u;
const LETTER_LABEL = /^([a-zđ])[.)]\s+/u;
const LABEL_INSIDE = /(?:^|\s)(\d{1,2}(?:\.\d{1,2})*)\.\s+(?=\p{Lu})/gu;
const ROMAN_HEADING = /^([IVXLC]+)[.)]\s/;
const NON_ASCII = /[^\x00-\x7f]/;
/** A number with a unit or a comparator word: text that ought to hold a target. */
const LOOKS_LIKE_TARGET = /\d\s*%|(?:dat|tu|tren|duoi|toi thieu|toi da|it nhat|khong qua)\s+\d/;

/**
 * Tags to a space, as /<[^>]+>/g does, but only up to the last ">": past it the regex would scan
 * to the end again from every "<" of a long run.
 */
function withoutTags(s: string): string {
  const last = s.lastIndexOf('>');
  return last < 0 ? s : s.slice(0, last + 1).replace(/<[^>]+>/g, ' ') + s.slice(last + 1);
}

/** A body line without markdown heading marks, bold/italic stars and HTML (footnote marks). */
function plain(line: string): string {
  return clean(
    withoutTags(line.replace(/<sup>[^<]*<\/sup>/gi, ''))
      .replace(/^\s*#+\s*/, '')
      .replace(/\*+/g, ''),
  );
}

function isUpperHeading(p: string): boolean {
  const letters = p.replace(/[^\p{L}]/gu, '');
  const words = p.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return letters.length >= 4 && words.length >= 2 && !/^\d/.test(p) && letters === letters.toUpperCase();
}

/** The labels that may follow `last` ("9" -> "10", "9.1"; "3.8" -> "3.9", "3.8.1", "4", "4.1"). */
function successors(last: readonly number[]): string[] {
  const out: string[] = [[...last, 1].join('.')];
  for (let d = last.length - 1; d >= 0; d--) {
    const next = [...last.slice(0, d), (last[d] as number) + 1];
    out.push(next.join('.'), [...next, 1].join('.'));
  }
  return out;
}

interface Item {
  ref: string;
  text: string;
}

interface Found {
  ref: string;
  rest: string;
  junk?: string;
}

function labelOf(p: string, last: number[] | null): Found | null {
  const m = LABEL_AT_START.exec(p);
  if (m) {
    const ref = m[1] as string;
    const rest = p.slice(m[0].length);
    // "3 Tỷ lệ" (no dot) counts as a label only before a capital; "10 phường đạt" does not.
    if (m[2] || ref.includes('.') || /^\p{Lu}/u.test(rest)) return { ref, rest };
  }
  const l = LETTER_LABEL.exec(p);
  if (l) return { ref: l[1] as string, rest: p.slice(l[0].length) };
  // A watermark or page furniture before the label ("Ngo Hai Yen 966 10. Xây dựng ..."):
  // accept a label further in only when it is the one expected next.
  const expected = last ? successors(last) : ['1'];
  for (const x of p.slice(0, 80).matchAll(LABEL_INSIDE)) {
    const ref = x[1] as string;
    const at = (x.index ?? 0) + x[0].indexOf(ref);
    if (at > 0 && expected.includes(ref)) return { ref, rest: p.slice(at + x[0].trimStart().length), junk: p.slice(0, at).trim() };
  }
  return null;
}

/** A short line of ASCII letters and digits in a document that has diacritics: a watermark. */
function isFurniture(p: string, docHasDiacritics: boolean): boolean {
  return docHasDiacritics && !NON_ASCII.test(p) && /\d/.test(p) && !/%/.test(p) && p.split(/\s+/).length <= 6;
}

function findHeading(lines: readonly string[]): { index: number; kind: 'roman' | 'arabic' | 'none'; num: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const p = plain(lines[i] as string);
    const m = HEADING_RE.exec(fold(p));
    if (!m) continue;
    const label = p.slice(0, (m[1] ?? '').length);
    if (!m[1]) return { index: i, kind: 'none', num: 0 };
    if (/^\d+$/.test(label)) return { index: i, kind: 'arabic', num: Number(label) };
    return { index: i, kind: romanToInt(label) !== null ? 'roman' : 'none', num: 0 };
  }
  return null;
}

export function readChiTieuSection(bodyText: string): { targets: Target[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const lines = bodyText.split(/\r?\n/);
  const heading = findHeading(lines);
  if (!heading) return { targets: [], warnings };
  const docHasDiacritics = NON_ASCII.test(bodyText);
  const items: Item[] = [];
  let last: number[] | null = null;
  let restarted = false;
  for (const line of lines.slice(heading.index + 1)) {
    const p = plain(line);
    if (p === '') continue;
    const roman = ROMAN_HEADING.exec(p);
    if ((roman && romanToInt(roman[1] as string) !== null) || isUpperHeading(p)) break;
    const found = labelOf(p, last);
    if (found && heading.kind === 'arabic' && !found.ref.includes('.') && /^\d+$/.test(found.ref)) {
      // Under "2. Chỉ tiêu", items are "2.1", "2.2"; a bare "3." is the next section, unless the
      // items themselves restart at "1.".
      if (items.length === 0 && found.ref === '1') restarted = true;
      if (!restarted && Number(found.ref) !== heading.num) break;
    }
    if (found) {
      if (found.junk) {
        warnings.push(warning('chi-tieu-junk-skipped', { ref: found.ref, text: found.junk }));
      }
      items.push({ ref: found.ref, text: found.rest });
      if (/^\d/.test(found.ref)) last = found.ref.split('.').map(Number);
    } else if (isFurniture(p, docHasDiacritics)) {
      warnings.push(warning('chi-tieu-junk-skipped', { text: p }));
    } else if (items.length > 0) {
      const cur = items[items.length - 1] as Item;
      cur.text = `${cur.text} ${p}`;
    } else {
      items.push({ ref: '0', text: p }); // text before any numbered item
    }
  }
  if (items.length === 0) {
    warnings.push(warning('chi-tieu-empty', {}));
  }
  const targets: Target[] = [];
  const counts = new Map<string, number>();
  for (const item of items) {
    const seen = counts.get(item.ref) ?? 0;
    if (counts.has(item.ref) && item.ref !== '0') {
      warnings.push(warning('chi-tieu-duplicate-ref', { ref: item.ref }));
    }
    const found = extractTargets(item.text, { idPrefix: `CT-${item.ref}` });
    found.forEach((t, i) => targets.push({ ...t, id: `CT-${item.ref}-${seen + i + 1}`, ref: item.ref }));
    counts.set(item.ref, seen + found.length);
    if (found.length === 0 && LOOKS_LIKE_TARGET.test(fold(item.text))) {
      warnings.push(warning('target-unread', { ref: item.ref }));
    }
  }
  return { targets, warnings };
}
