import { findPlanDate } from '../../deadline';
import type { DocumentKind, Source } from '../../model';
import { clean, foldOcr } from '../../text';

/** How far down the letterhead reaches (number, date line, title, "V/v"). */
const HEAD_LINES = 30;
/** "Số: 3815/UBND-NV", OCR "S6: 77/TB-VP", "Số 12 /KH-UBND". */
const NUMBER = /^s[a-z0-9]{1,2}\s*:?\s*([0-9a-z]{1,6}\s*\/\s*[0-9a-z.\-/]{2,30}?)(?=\s+[a-z]{2,}|\s*$)/;
/** "ỦY BAN NHÂN DÂN QUẬN 7", "UBND HUYỆN ...": the issuer is the first line of the left block. */
const ISSUER = /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|so(?=\s+[a-z])|ban|van phong|phong|truong|trung tam)\b/;
/** The number printed left of the date line: "Số: 3815/UBND-NV", OCR "S6: 15/TB-VP". */
const NUMBER_BEFORE_DATE = /^\s*S\S{0,2}\s*:?\s*[0-9A-Za-z]{1,6}\s*\/\s*\S+\s+(?=\S)/u;
const NATIONAL = /cong hoa xa hoi|doc lap|hanh phuc/;

/** The kind a document number's code says: "…/TB-VP" a notice, "…/KH-UBND" a plan, "…/UBND-NV" a letter. */
function kindOfNumber(number: string): DocumentKind | undefined {
  const code = number.toUpperCase().split('/').slice(1).join('/');
  if (/^TB\b/.test(code)) return 'notice';
  if (/^KH\b/.test(code)) return 'plan';
  if (/^[A-ZĐ]+-[A-ZĐ]+$/.test(code) && !/^(?:QĐ|QD|CT|NQ|KL|BC|TTR)\b/.test(code)) return 'letter';
  return undefined;
}

/** A line that ends a title block: an opening sentence, a date, grounds, the recipients. */
const TITLE_ENDS = /^(?:ngay\s+\d|can cu|thuc hien|kinh gui|sau khi|nham|theo|(?:[ivx]+|\d+)\.\s)|[.:]$/;
const TITLE_LINE_MAX = 120;

/** The left block of a letterhead line: up to a wide gap or the national motto read across. */
function leftColumn(rawLine: string): string {
  const left = clean(rawLine.trim().split(/\s{3,}/)[0] ?? '');
  const f = foldOcr(left);
  const cut = f.search(/\s+(?:c[a-z]ng\s+h[a-z]a\s+x[a-z]\s|d[a-z]{0,2}c\s+l[a-z]{1,2}p\b)/);
  return cut > 0 ? left.slice(0, cut) : left;
}

function mostlyCapitals(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length >= letters.length * 0.7;
}

/** Where the place of a superior's line starts: "UBND TỈNH X" -> "TỈNH X". */
const PLACE = /(?:^|\s)(?:quan|huyen|phuong|xa|thanh pho|thi xa|thi tran|tinh)\s+\S/;
/** OCR splits "PHƯỜNG" in two ("PHU ONG", "PHUO NG"). */
const SPLIT_PHUONG = /^phu\s?o\s?ng\s/;

/**
 * The issuer over two lines: "ỦY BAN NHÂN DÂN" / "PHƯỜNG X" is one name; "UBND TỈNH X" /
 * "SỞ Y TẾ" is the Sở of that province, the lower line issues.
 */
function withLineBelow(first: string, below: readonly string[]): string {
  const next = below.map(leftColumn).find((l) => l !== '');
  if (next === undefined || next.length > 60 || !mostlyCapitals(next) || !/\p{L}{2}/u.test(next)) return first;
  const nf = foldOcr(next);
  if (NATIONAL.test(nf) || /^s\S{0,2}\s*:?\s*\d/.test(nf) || /^(?:thong bao|ke hoach|cong van)\b/.test(nf)) return first;
  const ff = foldOcr(first);
  const place = PLACE.exec(ff);
  if (ISSUER.test(nf)) {
    // A bare "VĂN PHÒNG" names no body of its own ("Văn phòng Huyện X" is no office's name):
    // the committee it serves stays the issuer.
    if (/^v[a-z]{1,2}n ph[a-z]{1,2}ng$/.test(nf)) return first;
    if (place === null || PLACE.test(nf)) return next;
    return `${next} ${first.slice(place.index).trim()}`;
  }
  if (place === null && /^\S+(?:\s+\S+){0,5}$/.test(next)) {
    if (PLACE.test(` ${nf}`)) return `${first} ${next}`;
    const split = SPLIT_PHUONG.exec(nf);
    if (split) return `${first} ${next.slice(0, split[0].length).replace(/\s+/g, '')} ${next.slice(split[0].length)}`;
  }
  return first;
}

const ABBREVIATION = /^(?:hdnd|ubnd|mttq|ubmttq|bql|bch|ttcntt)$/;

/** As a sentence: "ỦY BAN NHÂN DÂN QUẬN 7" -> "Ủy ban nhân dân Quận 7". */
function sentenceCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  const lower = s.toLowerCase();
  // The place after "quận", "huyện" ... is a name: each of its words capitalised.
  const place = /(?<!\p{L})(quận|huyện|phường|xã|thành phố|thị xã|tỉnh)\s+(.+)$/u;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const cased = cap(lower).replace(place, (_m, w: string, rest: string) => `${cap(w)} ${rest.split(' ').map(cap).join(' ')}`);
  // Abbreviations keep their capitals: "Văn phòng HĐND và UBND".
  const printed = s.split(' ');
  return cased.split(' ').map((w, i) => (ABBREVIATION.test(foldOcr(w)) ? (printed[i] ?? w) : w)).join(' ');
}

/**
 * What a letterhead says (contract "Documents in prose"): the issuer (first line of the left
 * block), the number, the date line, the kind (from the number's code or the title word) and
 * the subject ("V/v ..." or the line under the title). Fields it does not find stay absent.
 */
export function readLetterhead(text: string): Omit<Source, 'file' | 'format'> {
  // Blank lines are kept: a title's subject runs to the first of them.
  const raw = text.split('\n').slice(0, HEAD_LINES * 2).map((l) => l.replace(/[*#_|]/g, ' '));
  const lines = raw.map((l) => clean(l));
  const out: Omit<Source, 'file' | 'format'> = {};
  let titleKind: DocumentKind | undefined;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEAD_LINES; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    seen++;
    const f = foldOcr(line);
    // The issuer is printed in capitals; a sentence of the body that opens "Ban ..." is none.
    if (out.issuer === undefined && ISSUER.test(f) && mostlyCapitals(leftColumn(raw[i] ?? line))) {
      const left = leftColumn(raw[i] ?? line);
      if (!NATIONAL.test(foldOcr(left))) out.issuer = sentenceCase(withLineBelow(left, raw.slice(i + 1, i + 4)));
    }
    // Matched on the folded line ("Số" -> "so"), cut from the printed one (same positions).
    const n = NUMBER.exec(f);
    if (out.number === undefined && n?.[1]) {
      const at = n.index + n[0].indexOf(n[1]);
      out.number = line.slice(at, at + n[1].length).replace(/\s+/g, '').replace(/[.,;]+$/, '');
    }
    if (out.subject === undefined && /^v\s*\/\s*v\b/.test(f)) out.subject = clean(line.replace(/^[Vv]\s*\/\s*[Vv]\s*/, ''));
    // "KẾ HOẠCH Thực hiện ..." with the type and the subject on one line (a converter's join).
    const glued = /^(thong bao|ke hoach)\s+(?=\S)/.exec(f);
    if (titleKind === undefined && glued && line.slice(0, glued[1]?.length).toUpperCase() === line.slice(0, glued[1]?.length) && line !== line.toUpperCase()) {
      titleKind = glued[1] === 'thong bao' ? 'notice' : 'plan';
      if (out.subject === undefined) out.subject = clean(line.slice(glued[0].length));
    }
    if (titleKind === undefined && /^(thong bao|ke hoach)$/.test(f) && line === line.toUpperCase()) {
      titleKind = f === 'thong bao' ? 'notice' : 'plan';
      const subject: string[] = [];
      for (let k = i + 1; k < lines.length && subject.length < 5; k++) {
        const next = lines[k] as string;
        if (next === '' || next.length > TITLE_LINE_MAX || TITLE_ENDS.test(foldOcr(next))) break;
        subject.push(next);
      }
      if (out.subject === undefined && subject.length > 0) out.subject = clean(subject.join(' '));
    }
  }
  // "Số: 3815/UBND-NV      Phường X, ngày 05 ..." (the two columns on one line): the date
  // line is what follows the number.
  const date = findPlanDate(text) ?? findPlanDate(text.split('\n').slice(0, HEAD_LINES * 2).map((l) => l.replace(NUMBER_BEFORE_DATE, '')).join('\n'));
  if (date !== null) out.date = date;
  const kind = titleKind ?? (out.number !== undefined ? kindOfNumber(out.number) : undefined);
  if (kind !== undefined) out.kind = kind;
  return out;
}
