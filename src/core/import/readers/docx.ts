import { Unzip, UnzipInflate, type Unzipped } from 'fflate';
import { failure, warning } from '../../../i18n/coded';
import type { ZipKind } from '../../../i18n/messages';
import type { ReadDocument, Warning } from '../../model';
import { ok, type Result } from '../../result';
import { readBody } from './docx-body';
import { Numbering } from './docx-lists';
import { decodeXml } from './docx-xml';

const MAIN_PART = 'word/document.xml';

/** Zip archives start with a local file header, PK\x03\x04 (or PK\x05\x06 when empty). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/**
 * The most a part may inflate to. A plan's word/document.xml is a few MB; a "zip bomb" of 1.5 MB
 * can declare or inflate to gigabytes, and a JavaScript string cannot hold more than ~512 MB.
 */
export const MAX_PART_MB = 64;
/** The most all inflated parts together may take. */
const MAX_TOTAL_MB = 128;

/** A part inflates (or says it would) past the budget: the file is refused before memory grows. */
export class ZipTooLarge extends Error {
  constructor(readonly part: string, readonly limitMb: number) {
    super(`${part} inflates past ${limitMb} MB`);
  }
}

/**
 * Lists the names in a zip and inflates only the parts `wanted` accepts, streaming, within a byte
 * budget: a part whose declared size is over it is refused before inflating, and inflation stops
 * as soon as the bytes actually produced pass it (declared sizes can lie). Throws on a damaged
 * zip, and ZipTooLarge over the budget.
 */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): { names: string[]; parts: Unzipped } {
  const names: string[] = [];
  const parts: Unzipped = {};
  const partLimit = MAX_PART_MB * 1024 * 1024;
  let total = 0;
  let failed: unknown = null;
  const unzip = new Unzip((file) => {
    names.push(file.name);
    if (!wanted(file.name) || failed) return;
    if ((file.originalSize ?? 0) > partLimit) {
      failed = new ZipTooLarge(file.name, MAX_PART_MB);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, data, final) => {
      if (failed) return;
      if (err) {
        failed = err;
        return;
      }
      size += data.length;
      total += data.length;
      if (size > partLimit || total > MAX_TOTAL_MB * 1024 * 1024) {
        failed = new ZipTooLarge(file.name, size > partLimit ? MAX_PART_MB : MAX_TOTAL_MB);
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) parts[file.name] = concat(chunks, size);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Fed in slices so a bomb is stopped after one slice's worth of output, not the whole file's.
  const SLICE = 64 * 1024;
  for (let at = 0; at < bytes.length && !failed; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  if (bytes.length === 0) unzip.push(bytes, true);
  if (failed) throw failed;
  return { names, parts };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1 && (chunks[0] as Uint8Array).buffer instanceof ArrayBuffer) return chunks[0] as Uint8Array<ArrayBuffer>;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** What kind of Office file a zip holds, for a message that says what the user gave us. */
export function describeZip(names: readonly string[]): ZipKind {
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  if (names.includes('ppt/presentation.xml')) return 'pptx';
  if (names.includes('content.xml')) return 'odf';
  return 'zip';
}

/** The main document part named by _rels/.rels (usually word/document.xml). */
function mainPartName(rels: Uint8Array | undefined): string {
  if (!rels) return MAIN_PART;
  const xml = decodeXml(rels);
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="([^"]+)"/.exec(tag)?.[1];
    if (target) return target.replace(/^\//, '');
  }
  return MAIN_PART;
}

/**
 * A .docx read as the OOXML it is (ECMA-376 Part 1): every table in order, letterhead tables
 * included; body paragraphs outside tables as running text. Only word/document.xml (and
 * numbering.xml, styles.xml beside it) is inflated. Warnings sit in the document's `warnings`.
 */
export function readDocx(bytes: Uint8Array): Result<ReadDocument> {
  if (!isZip(bytes)) {
    return failure('docx-unreadable', { reason: 'not-zip' }, 'byte 0');
  }
  let zip: { names: string[]; parts: Unzipped };
  let main = MAIN_PART;
  let folder = 'word/';
  try {
    main = mainPartName(unzipParts(bytes, (n) => n === '_rels/.rels').parts['_rels/.rels']);
    folder = main.slice(0, main.lastIndexOf('/') + 1);
    const wanted = new Set([main, `${folder}numbering.xml`, `${folder}styles.xml`]);
    zip = unzipParts(bytes, (n) => wanted.has(n));
  } catch (e) {
    if (e instanceof ZipTooLarge) return failure('docx-too-large', { part: e.part, limit: e.limitMb }, e.part);
    return failure('docx-unreadable', { reason: 'zip-damaged', error: errorText(e) }, 'zip archive');
  }
  const doc = zip.parts[main];
  if (!doc) {
    return failure('docx-not-word', { reason: 'no-main-part', zip: describeZip(zip.names), part: main }, main);
  }
  const warnings: Warning[] = [];
  let numbering = new Numbering();
  try {
    numbering = new Numbering(partText(zip.parts, `${folder}numbering.xml`), partText(zip.parts, `${folder}styles.xml`));
  } catch (e) {
    warnings.push(warning('docx-numbering-unreadable', { error: errorText(e) }));
  }
  try {
    const { tables, text } = readBody(decodeXml(doc), numbering);
    return ok({ format: 'docx', tables, text, warnings });
  } catch (e) {
    const msg = errorText(e);
    const where = /^([^:]+:\d+:\d+)/.exec(msg)?.[1] ?? main;
    return failure('docx-unreadable', { reason: 'xml-damaged', part: main, error: msg }, where);
  }
}

function partText(parts: Unzipped, name: string): string | undefined {
  const bytes = parts[name];
  return bytes ? decodeXml(bytes) : undefined;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
