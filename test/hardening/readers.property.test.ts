/**
 * Every reader, on any input, comes back with a document (or a coded failure) in bounded time:
 * random text built from plan words and markup, random bytes, and a real .docx mutated at the
 * byte level and at the XML level. The documents it returns keep the readers' promise: every
 * line of every cell is clean text (NFC, one space between words, trimmed, no line breaks).
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ReadDocument } from '../../src/core/model';
import { readDelimited, readDocx, readHtml, readInput, readMarkdown, readText, sniffFormat } from '../../src/core/import/readers';
import { fixtureBytes } from '../support/fixtures';
import { SEED, encode, soup, tableShape, textDocument, toHtml, toMarkdown, toTsv } from './support/arbitraries';
import { uncleanReason } from './support/clean-text';
import { expectResult, settle } from './support/settle';

const RUNS = Number(process.env.HARDENING_RUNS ?? 1);

function expectCleanDocument(doc: ReadDocument, label: string): void {
  for (const table of doc.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        for (const line of cell.lines) {
          const why = uncleanReason(line.text);
          if (why) throw new Error(`${label}: a cell line is not clean text (${why}): ${JSON.stringify(String(line.text).slice(0, 200))}`);
        }
      }
    }
  }
  if (typeof doc.text !== 'string' || !Array.isArray(doc.warnings)) throw new Error(`${label}: not a ReadDocument`);
  JSON.stringify(doc); // no cycles, nothing that cannot be written out
}

const RUN = { seed: SEED, numRuns: Math.round(300 * RUNS) };

const TEXT_READERS: [string, (s: string) => ReadDocument][] = [
  ['readMarkdown', readMarkdown],
  ['readHtml', readHtml],
  ['readDelimited', (s) => readDelimited(s)],
  ['readDelimited(csv)', (s) => readDelimited(s, ',')],
  ['readText', readText],
];

/** Text in every shape the readers meet: plan words, tables in each format, and raw strings. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  soup(60),
  textDocument.map((d) => d.text),
  tableShape.map((t) => toMarkdown(t)),
  tableShape.map((t) => toHtml(t, true)),
  tableShape.map(toTsv),
  fc.string({ unit: 'binary', maxLength: 400 }),
);

describe.each(TEXT_READERS)('%s on any text', (label, reader) => {
  it('returns a clean document in bounded time, never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectCleanDocument(settle(label, text.length, () => reader(text)), label);
      }),
      RUN,
    );
  });
});

describe('sniffFormat and readInput on any bytes and any name', () => {
  const names = fc.constantFrom('plan.md', 'plan.txt', 'plan.html', 'plan.htm', 'plan.tsv', 'plan.csv', 'plan.docx', 'plan', 'PLAN.DOCX', '.md', 'a.b.c');
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    anyText.map(encode),
    // text with a byte order mark or in UTF-16, as Windows programs save it
    anyText.map((s) => new Uint8Array([0xef, 0xbb, 0xbf, ...encode(s)])),
    anyText.map((s) => {
      const out = new Uint8Array(2 + s.length * 2);
      out[0] = 0xff;
      out[1] = 0xfe;
      for (let i = 0; i < s.length; i++) {
        out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
        out[3 + 2 * i] = s.charCodeAt(i) >> 8;
      }
      return out;
    }),
    // windows-1252 bytes (legacy font text is typed this way)
    anyText.map((s) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff)),
  );

  it('sniffFormat answers a format or a coded failure', () => {
    fc.assert(
      fc.property(names, bytes, (name, b) => {
        const r = settle('sniffFormat', b.length, () => sniffFormat(name, b));
        if (!r.ok) expectResult(r, 'sniffFormat');
      }),
      RUN,
    );
  });

  it('readInput answers a clean document or a coded failure', () => {
    fc.assert(
      fc.property(names, bytes, (name, b) => {
        const r = settle('readInput', b.length, () => readInput({ name, bytes: b }));
        expectResult(r, 'readInput');
        if (r.ok) expectCleanDocument(r.value, 'readInput');
      }),
      RUN,
    );
  });
});

describe('readDocx', () => {
  const sample = fixtureBytes('appendix-sample.docx');
  const parts = unzipSync(sample);
  const documentXml = strFromU8(parts['word/document.xml'] as Uint8Array);

  const check = (bytes: Uint8Array) => {
    const r = settle('readDocx', bytes.length, () => readDocx(bytes));
    expectResult(r, 'readDocx');
    if (r.ok) expectCleanDocument(r.value, 'readDocx');
    const viaInput = settle('readInput', bytes.length, () => readInput({ name: 'plan.docx', bytes }));
    expectResult(viaInput, 'readInput');
  };

  it('reads the sample untouched (the mutations below start from a good file)', () => {
    const r = readDocx(sample);
    expect(r.ok && r.value.tables.length).toBeGreaterThan(1);
  });

  it('survives random bytes, with and without a zip signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), fc.boolean(), (b, zipMagic) => {
        const bytes = zipMagic ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]) : b;
        check(bytes);
      }),
      RUN,
    );
  });

  /** Byte-level damage to the real file: flipped bytes, a cut, a spliced range, an inserted run. */
  const mutation = fc.oneof(
    fc.array(fc.tuple(fc.nat({ max: sample.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }).map((flips) => {
      const b = sample.slice();
      for (const [i, v] of flips) b[i] = v;
      return b;
    }),
    fc.nat({ max: sample.length }).map((n) => sample.slice(0, n)),
    fc.tuple(fc.nat({ max: sample.length }), fc.nat({ max: sample.length })).map(([a, z]) => new Uint8Array([...sample.subarray(0, Math.min(a, z)), ...sample.subarray(Math.max(a, z))])),
    fc.tuple(fc.nat({ max: sample.length }), fc.uint8Array({ minLength: 1, maxLength: 300 })).map(([at, ins]) => new Uint8Array([...sample.subarray(0, at), ...ins, ...sample.subarray(at)])),
  );

  it('survives the sample .docx damaged byte by byte', () => {
    fc.assert(fc.property(mutation, check), RUN);
  });

  /** XML-level damage inside a valid zip, so the XML and body readers see it rather than the unzipper. */
  const xmlMutation = fc.oneof(
    // cut the XML anywhere
    fc.nat({ max: documentXml.length }).map((n) => documentXml.slice(0, n)),
    // delete a range
    fc.tuple(fc.nat({ max: documentXml.length }), fc.nat({ max: 2000 })).map(([a, n]) => documentXml.slice(0, a) + documentXml.slice(a + n)),
    // insert plan text or raw markup at a random place
    fc.tuple(fc.nat({ max: documentXml.length }), fc.oneof(soup(10), fc.constantFrom('<w:tc>', '</w:tr>', '<w:tbl>', '<w:gridSpan w:val="999999999"/>', '<w:vMerge/>', '<w:vMerge w:val="restart"/>', '<w:br/>', '<w:numPr><w:ilvl w:val="99"/><w:numId w:val="-1"/></w:numPr>', '&#0;', '&#xD800;', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', '<![CDATA[<script>]]>')))
      .map(([at, s]) => documentXml.slice(0, at) + s + documentXml.slice(at)),
    // duplicate a range (more rows, more cells, nested tables)
    fc.tuple(fc.nat({ max: documentXml.length }), fc.nat({ max: 3000 }), fc.nat({ max: documentXml.length })).map(([a, n, at]) => documentXml.slice(0, at) + documentXml.slice(a, a + n) + documentXml.slice(at)),
  );

  it('survives document.xml damaged inside a valid zip', () => {
    fc.assert(
      fc.property(xmlMutation, fc.boolean(), (xml, dropNumbering) => {
        const files: Record<string, Uint8Array> = { ...parts, 'word/document.xml': strToU8(xml) };
        if (dropNumbering) delete files['word/numbering.xml'];
        else files['word/numbering.xml'] = strToU8(strFromU8(parts['word/numbering.xml'] as Uint8Array).slice(0, xml.length % 4000));
        check(zipSync(files, { level: 1 }));
      }),
      RUN,
    );
  });
});
