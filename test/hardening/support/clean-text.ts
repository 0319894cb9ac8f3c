/** What "clean text" means for every string a reader or the Plan hands on (core/text `clean`). */
const CONTROL_OR_BROKEN = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first thing wrong with `s` as clean text, or null: NFC, single inner spaces, trimmed, no control characters. */
export function uncleanReason(s: unknown): string | null {
  if (typeof s !== 'string') return 'not a string';
  if (s !== s.trim() || /[\n\r\t]| {2}/.test(s)) return 'whitespace not collapsed';
  if (CONTROL_OR_BROKEN.test(s)) return 'a control character or a broken surrogate';
  if (s !== s.normalize('NFC')) return 'not NFC';
  return null;
}
