/**
 * Decompression bombs are refused by size before memory grows: a .docx whose word/document.xml
 * declares or inflates to hundreds of MB gives one coded line, fast.
 */
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { readDocx } from '../../src/core/import/readers/docx';
import { MAX_PART_MB } from '../../src/core/import/readers/docx';

const CONTENT_TYPES = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

/** A .docx whose document.xml is `mb` megabytes of spaces inside a body, streamed (sizes in data descriptors). */
function streamedBomb(mb: number): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  const ct = new ZipDeflate('[Content_Types].xml');
  zip.add(ct);
  ct.push(CONTENT_TYPES, true);
  const doc = new ZipDeflate('word/document.xml', { level: 1 });
  zip.add(doc);
  doc.push(strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'));
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < mb; i++) doc.push(spaces);
  doc.push(strToU8('</w:t></w:r></w:p></w:body></w:document>'), true);
  zip.end();
  const size = out.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

describe('a .docx decompression bomb', () => {
  it('inflating past the budget (sizes not declared up front) is a coded failure, not an engine error', () => {
    const bomb = streamedBomb(MAX_PART_MB + 16);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const r = readDocx(bomb);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('docx-too-large');
      expect(r.error.message).toContain('word/document.xml');
    }
  });

  it('declaring a size past the budget is refused before inflating', () => {
    const xml = new Uint8Array((MAX_PART_MB + 1) * 1024 * 1024).fill(0x20);
    const bomb = zipSync({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': [xml, { level: 1 }] });
    const r = readDocx(bomb);
    expect(!r.ok && r.error.code).toBe('docx-too-large');
  });

  it('a normal document under the budget still reads', () => {
    const r = readDocx(streamedBomb(1));
    expect(r.ok).toBe(true);
  });
});
