/**
 * Whether this webview can run the core. The readers and phrase extractors use regex lookbehind
 * and Unicode property escapes (\p{L} with the u flag); Internet Explorer 11 and the EdgeHTML
 * webview of Office 2016/2019 on older Windows have neither, nor does Safari before 16.4 (Office
 * on an old Mac). Built with `new RegExp` so an old engine throws here instead of failing to
 * parse this file.
 */
export function canRunCore(): boolean {
  try {
    new RegExp('(?<=a)b', 'u');
    new RegExp('\\p{L}', 'u');
    return true;
  } catch {
    return false;
  }
}
