/**
 * Bad PDFs, read with pdf.js for real: each gives one coded failure, never a hang or a crash.
 * A 500-page scan is refused up front (page limit MAX_OCR_PAGES), not OCR'd for an hour.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MAX_OCR_PAGES } from '../../src/core/import/readers/pdf/async';
import { FIXTURES } from '../support/fixtures';
import { readAsyncMany } from './support/child';
import { tinyPdf } from './support/tiny-pdf';

type Failed = { code: string; message: string; params?: Record<string, unknown> };
const results = new Map<string, Failed | 'read'>();

function failureOf(name: string): Failed {
  const r = results.get(name);
  if (!r || r === 'read') throw new Error(`${name} was read`);
  return r;
}

const printed = () => new Uint8Array(readFileSync(join(FIXTURES, 'pdf', 'thong-bao-ket-luan.pdf')));

/** An /Encrypt dictionary whose user password is not empty: pdf.js asks for a password. */
function encrypted(): Uint8Array {
  const text = new TextDecoder('latin1').decode(tinyPdf(['blank']));
  const hex = (n: number) => 'ab'.repeat(n);
  const withEncrypt = text.replace('trailer\n<< ', `trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${hex(32)}> /U <${'cd'.repeat(32)}> >> /ID [<${hex(16)}> <${hex(16)}>] `);
  return Uint8Array.from(withEncrypt, (c) => c.charCodeAt(0));
}

const cases: { name: string; bytes: () => Uint8Array; code: string; reason?: string }[] = [
  { name: 'encrypted.pdf', bytes: encrypted, code: 'pdf-unreadable', reason: 'encrypted' },
  { name: 'damaged.pdf', bytes: () => printed().slice(0, 900), code: 'pdf-unreadable' },
  { name: 'garbage.pdf', bytes: () => Uint8Array.from([...new TextEncoder().encode('%PDF-1.7\n'), ...new Array(3000).fill(0).map((_, i) => (i * 7919) & 255)]), code: 'pdf-unreadable' },
  { name: 'no-pages.pdf', bytes: () => tinyPdf([]), code: 'pdf-unreadable', reason: 'no-pages' },
  { name: 'blank.pdf', bytes: () => tinyPdf(['blank', 'blank']), code: 'pdf-no-text' },
  { name: 'scan-500.pdf', bytes: () => tinyPdf(new Array(500).fill('image')), code: 'pdf-unreadable', reason: 'too-many-pages' },
];

// Every file is read in one child process (pdf.js cannot load inside jest's sandbox).
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-pdf-'));
  try {
    const paths = cases.map((c) => {
      const path = join(dir, c.name);
      writeFileSync(path, c.bytes());
      return path;
    });
    readAsyncMany(paths).forEach((r, i) => results.set((cases[i] as { name: string }).name, r.result.ok ? 'read' : (r.result.error as Failed)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe.each(cases)('$name', ({ name, code, reason }) => {
  it(`is ${code}${reason ? ` (${reason})` : ''}, one line naming the file`, () => {
    const e = failureOf(name);
    expect(e.code).toBe(code);
    if (reason) expect(e.params?.reason).toBe(reason);
    expect(e.message).not.toMatch(/\n|\s+at \S+ \(/);
  });
});

it('the page limit is what the refusal says', () => {
  const e = failureOf('scan-500.pdf');
  expect(e.params?.limit).toBe(MAX_OCR_PAGES);
  expect(e.params?.pages).toBe(500);
});
