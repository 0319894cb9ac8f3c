/**
 * The pure PDF layout rules, on hand-made pages (no pdf.js): glyph runs into words, ruled tables
 * into rows and merged cells, ruling lines in a page image, PDF and image files by their bytes.
 */
import { sniffPaged } from '../../../../src/core/import/readers/sniff';
import type { GrayImage, Page, PageLine, PageText } from '../../../../src/core/import/readers/pdf/page';
import { readPages } from '../../../../src/core/import/readers/pdf/read';
import { findRulings } from '../../../../src/core/import/readers/pdf/rulings';
import { joinRuns } from '../../../../src/core/import/readers/pdf/runs';
import { buildPlan } from '../../../../src/core/import';

/** Glyphs of a text laid out from x, one run per character, 5 points each; "·" is a 2.5 pt gap. */
function glyphs(text: string, x: number, y = 100, size = 10): PageText[] {
  const out: PageText[] = [];
  for (const ch of text) {
    if (ch === '·') {
      x += 2.5;
      continue;
    }
    out.push({ str: ch, x, y, width: 5, height: size });
    x += 5;
  }
  return out;
}

describe('glyphs into a line', () => {
  it.each([
    ['letters that touch are one word, a word gap is a space', glyphs('Phòng·Nội·vụ', 0), 'Phòng Nội vụ'],
    ['a letter drawn from another font between two runs joins its word', [...glyphs('Qu', 0), ...glyphs('ậ', 10), ...glyphs('n·1', 15)], 'Quận 1'],
    ['runs given out of order are put in x order', [...glyphs('vụ', 40), ...glyphs('Nội·', 20)], 'Nội vụ'],
  ])('%s', (_what, runs, text) => {
    expect(joinRuns([...runs].sort((a, b) => a.x - b.x)).text).toBe(text);
  });

  it('a pdf.js run with a placeholder space takes the letter drawn over it', () => {
    const host: PageText = { str: 'Qu n 1', x: 0, y: 100, width: 30, height: 10 };
    expect(joinRuns([host, { str: 'ậ', x: 10, y: 100, width: 5, height: 10 }]).text).toBe('Quận 1');
  });
});

/** A ruled grid: columns at xs, rows at ys, with the borders listed as missing left out. */
function grid(xs: number[], ys: number[], missing: (l: PageLine) => boolean = () => false): PageLine[] {
  const lines: PageLine[] = [];
  for (const y of ys) for (let i = 0; i + 1 < xs.length; i++) lines.push({ x1: xs[i] as number, x2: xs[i + 1] as number, y1: y, y2: y });
  for (const x of xs) for (let j = 0; j + 1 < ys.length; j++) lines.push({ x1: x, x2: x, y1: ys[j] as number, y2: ys[j + 1] as number });
  return lines.filter((l) => !missing(l));
}

const page = (texts: PageText[], lines: PageLine[], n = 1): Page => ({ number: n, width: 600, height: 800, texts, lines, images: 0 });
const cellsOf = (p: Page[]) => readPages(p, 'pdf').tables.map((t) => t.rows.map((r) => r.cells.map((c) => [c.lines.map((l) => l.text).join('|'), c.colSpan ?? 1, c.rowSpan ?? 1])));

describe('ruled tables', () => {
  const xs = [50, 100, 300, 450];
  const ys = [100, 120, 140, 160, 180];

  it('text goes to the cell holding it; a missing border merges cells across and down', () => {
    // Row 2 is a section row across columns 2-3; column 3 is merged over rows 3-4.
    const lines = grid(xs, ys, (l) => (l.x1 === 300 && l.x2 === 300 && l.y1 === 120) || (l.y1 === 160 && l.y2 === 160 && l.x1 === 300));
    const texts = [
      ...glyphs('STT', 55, 105), ...glyphs('Việc', 105, 105), ...glyphs('Chủ·trì', 305, 105),
      ...glyphs('1', 55, 125), ...glyphs('Mục·một', 105, 125),
      ...glyphs('1.1', 55, 145), ...glyphs('Rà·soát', 105, 145), ...glyphs('Phòng·A', 305, 145),
      ...glyphs('1.2', 55, 165), ...glyphs('Báo·cáo', 105, 165),
    ];
    expect(cellsOf([page(texts, lines)])).toEqual([[
      [['STT', 1, 1], ['Việc', 1, 1], ['Chủ trì', 1, 1]],
      [['1', 1, 1], ['Mục một', 2, 1]],
      [['1.1', 1, 1], ['Rà soát', 1, 1], ['Phòng A', 1, 2]],
      [['1.2', 1, 1], ['Báo cáo', 1, 1]],
    ]]);
  });

  it('lines in a cell that wrap join, a dash opens a list item, a short line ends a paragraph', () => {
    // Column 2 is 200 pt wide: 38 letters fill it.
    const full = 'a'.repeat(36);
    const texts = [
      ...glyphs(full, 105, 125), ...glyphs('bb·cc', 105, 137), ...glyphs('-·Một', 105, 149),
    ];
    const rows = readPages([page(texts, grid(xs, [100, 120, 170]))], 'pdf').tables[0]?.rows;
    expect(rows?.[1]?.cells[1]?.lines).toEqual([
      { text: `${full} bb cc`, hard: false },
      { text: 'Một', hard: true, bullet: true },
    ]);
  });
});

/** Glyphs with a proportional font's widths (capitals 7 pt, small letters 5 pt, a space 2.5 pt). */
function proportional(text: string, x: number, y: number): PageText[] {
  const out: PageText[] = [];
  for (const ch of text) {
    const w = ch === ' ' ? 2.5 : /\p{Lu}/u.test(ch) ? 7 : 5;
    if (ch !== ' ') out.push({ str: ch, x, y, width: w, height: 10 });
    x += w;
  }
  return out;
}

describe('a line that stops short of the cell edge', () => {
  // Column 2 runs from 100 to 300; text starts at 105, so it may reach 295.
  const xs = [50, 100, 300, 450];
  const cell = (first: string, second: string) => {
    const texts = [...proportional(first, 105, 125), ...proportional(second, 105, 137)];
    return readPages([page(texts, grid(xs, [100, 120, 170]))], 'pdf').tables[0]?.rows[1]?.cells[1]?.lines.map((l) => [l.text, l.hard]);
  };
  // 31 small letters and 3 spaces reach 267.5: four capitals and a space (30.5 pt) do not fit,
  // four small letters and a space (22.5 pt) do.
  const line = 'aaaaaaa bbbbbbbb cccccccc ddddddd';
  it.each([
    ['a wrap before a word of capitals that would not have fitted', 'TTHC tại', [[`${line} TTHC tại`, false]]],
    ['a paragraph break before small letters that would have fitted', 'tthc tại', [[line, false], ['tthc tại', true]]],
  ])('%s', (_what, second, lines) => {
    expect(cell(line, second)).toEqual(lines);
  });
});

describe('a row cut by a page break', () => {
  // STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành, the header repeated on page 2.
  const xs = [50, 100, 300, 450, 570];
  const header = (y: number) => [
    ...glyphs('STT', 55, y), ...glyphs('Nhiệm·vụ', 105, y), ...glyphs('Cơ·quan·chủ·trì', 305, y), ...glyphs('Thời·gian', 455, y),
  ];
  it('joins a word the break cut, and gives a merged lead its whole text on every row it covers', () => {
    const one = page([
      ...header(105),
      ...glyphs('1.1', 55, 125), ...glyphs('Theo·Nghị·định·số·29/2023/NĐ-', 105, 125), ...glyphs('-·Trưởn', 305, 125), ...glyphs('Năm·2024', 455, 125),
    ], grid(xs, [100, 120, 140]), 1);
    // Page 2: the rest of row 1.1, then row 1.2; the lead is merged over both (no border at 160).
    const two = page([
      ...header(105),
      ...glyphs('CP·ngày·03', 105, 125), ...glyphs('g·Phòng·A', 305, 125),
      ...glyphs('1.2', 55, 145), ...glyphs('Báo·cáo', 105, 145), ...glyphs('Năm·2025', 455, 145),
    ], grid(xs, [100, 120, 140, 160], (l) => l.y1 === 140 && l.y2 === 140 && l.x1 === 300), 2);
    const r = buildPlan(readPages([one, two], 'pdf'), 'cut.pdf');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.tasks.map((t) => [t.id, t.task, t.lead, t.deadline?.text])).toEqual([
      ['1.1', 'Theo Nghị định số 29/2023/NĐ-CP ngày 03', ['Trưởng Phòng A'], 'Năm 2024'],
      ['1.2', 'Báo cáo', ['Trưởng Phòng A'], 'Năm 2025'],
    ]);
    expect(r.value.warnings.map((w) => w.code)).toContain('pdf-span-carried');
  });
});

describe('ruling lines in a page image', () => {
  function image(w: number, h: number, ink: (x: number, y: number) => boolean): GrayImage {
    const data = new Uint8Array(w * h).fill(255);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (ink(x, y)) data[y * w + x] = 0;
    return { width: w, height: h, data, dpi: 200 };
  }

  it('finds long thin borders, a little askew, and not letters or blobs', () => {
    const img = image(400, 300, (x, y) =>
      (y >= 50 && y <= 51 && x >= 20 && x <= 380) || // a border
      (Math.abs(y - (150 + Math.floor(x / 100))) <= 1 && x >= 20 && x <= 380) || // askew by 3 px
      (x >= 200 && x <= 201 && y >= 40 && y <= 260) || // a vertical border
      (x >= 50 && x <= 70 && y >= 200 && y <= 230)); // a blob (a letter, a stamp)
    const lines = findRulings(img, 60, 4);
    const horizontal = lines.filter((l) => l.y1 === l.y2);
    const vertical = lines.filter((l) => l.x1 === l.x2);
    expect(horizontal).toHaveLength(2);
    expect(horizontal[0]?.y1).toBeCloseTo(50.5, 0);
    // The askew border is one line, at its middle, across its whole length.
    expect(Math.abs((horizontal[1]?.y1 ?? 0) - 151.5)).toBeLessThanOrEqual(2);
    expect((horizontal[1]?.x2 ?? 0) - (horizontal[1]?.x1 ?? 0)).toBeGreaterThan(350);
    expect(vertical).toHaveLength(1);
    expect(vertical[0]?.x1).toBeCloseTo(200.5, 0);
  });
});

describe('PDFs and page images by their bytes', () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);
  it.each([
    ['a PDF', bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31), 'pdf'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'image'],
    ['a TIFF (Intel)', bytes(0x49, 0x49, 0x2a, 0x00), 'image'],
    ['a TIFF (Motorola)', bytes(0x4d, 0x4d, 0x00, 0x2a), 'image'],
    ['text that mentions %PDF- later', new TextEncoder().encode('Xem tệp %PDF-1.7'), null],
    ['a .docx (zip)', bytes(0x50, 0x4b, 0x03, 0x04), null],
  ])('%s', (_what, b, kind) => {
    expect(sniffPaged(b)).toBe(kind);
  });
});
