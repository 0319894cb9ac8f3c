import { unzipSync, type Unzipped } from 'fflate';
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

/** Lists the names in a zip and inflates only the parts `wanted` accepts. Throws on a damaged zip. */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): { names: string[]; parts: Unzipped } {
  const names: string[] = [];
  const parts = unzipSync(bytes, {
    filter: (f) => {
      names.push(f.name);
      return wanted(f.name);
    },
  });
  return { names, parts };
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
