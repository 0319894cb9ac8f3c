import { failure, warning } from '../../../i18n/coded';
import type { Warning } from '../../model';
import type { Failure } from '../../result';

export interface Decoded {
  text: string;
  /** The WHATWG encoding label the bytes were read with. */
  encoding: string;
  warning?: Warning;
}

const SAMPLE = 65536;

/** Share of the sample that is C0 control bytes other than tab, newlines, form feed, escape. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) controls++;
  }
  return n === 0 ? 0 : controls / n;
}

/** UTF-16 without a byte order mark: ASCII-range characters leave a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal }).decode(bytes);
}

/** The charset an HTML file declares (<meta charset=...>), read from its ASCII head. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWith('windows-1252', bytes.subarray(0, 4096));
  if (!/<(html|meta|head)\b/i.test(head)) return null;
  return /charset\s*=\s*["']?([\w:-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * Bytes to text: a byte order mark decides (UTF-8, UTF-16 LE/BE); else UTF-16 by its zero
 * bytes; else UTF-8 when the bytes are valid UTF-8. Bytes full of control codes are binary.
 * Other bytes are read with the charset an HTML file declares, else as Windows-1258
 * (Vietnamese Windows), with a warning. Legacy font encodings are the sniffer's business.
 */
export function decodeBytes(bytes: Uint8Array, name = 'the file'): Decoded | Failure {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeWith('utf-8', bytes), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith('utf-16le', bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith('utf-16be', bytes), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16 };
  const binary = failure('binary-file', { file: name }, name);
  if (controlShare(bytes) > 0.01 || bytes.subarray(0, SAMPLE).includes(0)) return binary;
  try {
    return { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to the 8-bit code pages.
  }
  const declared = declaredCharset(bytes);
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return { text: decodeWith(declared, bytes), encoding: declared.toLowerCase() };
    } catch {
      // An unknown label: treat as undeclared.
    }
  }
  return {
    text: decodeWith('windows-1258', bytes),
    encoding: 'windows-1258',
    warning: warning('encoding-guessed', { file: name }),
  };
}

/** The same bytes as a Latin-1 program shows them: how legacy Vietnamese fonts are recognised. */
export function asWindows1252(bytes: Uint8Array): string {
  return decodeWith('windows-1252', bytes.subarray(0, 262144));
}
