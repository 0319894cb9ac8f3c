/**
 * Footnote markers are not part of the text: "năm 2011<sup>1</sup>" is "năm 2011", not
 * "năm 20111" (a different year) once the markup is gone. Readers hand a superscript run here:
 * a marker (a number, "*", a letter) is dropped; an exponent after a unit ("m<sup>2</sup>") is
 * kept as "m²"; other superscript text is kept, apart from what precedes it.
 */

const MARKER = /^[\s([]*(?:\d{1,3}|[*†‡]{1,3}|[a-z])[\s)\]]*$/i;
/** Units whose exponent is written as a superscript: m², km², cm³, ... */
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:m|km|cm|dm|mm)$/u;
const SUPERSCRIPT_DIGITS: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³' };

/** What to write for a superscript run that follows `before` (the text so far). */
export function superscriptText(sup: string, before: string): string {
  const t = sup.trim();
  if (t === '') return '';
  if (/^[23]$/.test(t) && UNIT_BEFORE.test(before.trimEnd())) return SUPERSCRIPT_DIGITS[t] as string;
  if (MARKER.test(t)) return '';
  return /\s$/.test(before) || before === '' ? t : ` ${t}`;
}

/**
 * Superscript characters glued to a number or a word, as PDF converters write footnote markers
 * ("năm 2011¹", "Nghị định¹²"): removed. After a unit ("m²", "km²") they are an exponent, kept.
 */
export function withoutGluedMarks(s: string): string {
  if (!/[¹²³⁰⁴-⁹]/.test(s)) return s;
  return s.replace(/([\p{L}\d)])([¹²³⁰⁴-⁹]+)/gu, (all, before: string, marks: string, at: number) => {
    const head = s.slice(0, at) + before;
    return UNIT_BEFORE.test(head) && /^[²³]$/.test(marks) ? all : before;
  });
}
