/**
 * Renders an appendix (sections and tasks, as the hand-written expected output holds them) back
 * into the shapes documents come in: markdown paginated anywhere with rows cut over page breaks,
 * Word HTML, clipboard TSV, a real .docx. Parsing the rendering must give the same tasks back.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';

export interface AppendixTask {
  id: string;
  stt: string;
  section: string;
  task: string;
  products: string[];
  lead: string[];
  coordinators: string[];
  notes: string;
  deadlineText: string;
}

export interface AppendixSection {
  stt: string;
  title: string;
}

export type Row = { kind: 'section'; s: AppendixSection } | { kind: 'task'; t: AppendixTask };

export function rowsOf(sections: AppendixSection[], tasks: AppendixTask[]): Row[] {
  const out: Row[] = [];
  for (const s of sections) {
    out.push({ kind: 'section', s });
    for (const t of tasks.filter((x) => x.section === s.stt)) out.push({ kind: 'task', t });
  }
  return out;
}

const HEADER = ['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì/<br>Lãnh đạo chủ trì', 'Cơ quan phối hợp/<br>Lãnh đạo phối hợp', 'Thời gian<br>hoàn thành'];

function bullets(items: string[]): string[] {
  return items.map((i) => `- ${i}`);
}

/** Cells of a task as lines (list cells bulleted, so item boundaries survive any rendering). */
function taskLines(t: AppendixTask): string[][] {
  return [[t.stt], [t.task], bullets(t.products), bullets(t.lead), bullets(t.coordinators), [t.deadlineText]];
}

/** Deterministic pseudo-random numbers, so a failing rendering can be reproduced. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Splits a cell's lines in two at a space, so the second part continues the first mid-sentence
 * (never at a bullet: a continuation that starts a bullet is a new item, which the source did not
 * have). Returns null when there is nothing to split.
 */
function cut(lines: string[], r: () => number): [string[], string[]] | null {
  const text = lines.join('\u0001');
  const spaces: number[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] === ' ' && text[i - 1] !== '-' && text[i + 1] !== '-' && !text.slice(i + 1).startsWith('\u0001')) spaces.push(i);
  }
  if (spaces.length === 0) return null;
  const at = spaces[Math.floor(r() * spaces.length)] as number;
  const a = text.slice(0, at).split('\u0001');
  const b = text.slice(at + 1).split('\u0001');
  if (b[0]?.startsWith('- ') || a[a.length - 1]?.endsWith('-')) return null;
  return [a, b];
}

export interface PaginateOptions {
  seed: number;
  rowsPerPage: [number, number];
  /** Share of page breaks that cut the row in two (a continuation row on the next page). */
  cutShare: number;
  watermark: string;
  /** Share of continuation rows whose empty cells get the watermark instead. */
  watermarkShare: number;
}

/** Markdown as a PDF converter writes it: one table per page, header repeated, rows cut over breaks. */
export function toPaginatedMarkdown(sections: AppendixSection[], tasks: AppendixTask[], o: PaginateOptions): { markdown: string; cutTasks: string[] } {
  const r = rng(o.seed);
  const rows = rowsOf(sections, tasks);
  const pages: string[][][][] = [];
  let page: string[][][] = [];
  let left = pick(o.rowsPerPage, r);
  const cutTasks: string[] = [];
  for (const row of rows) {
    if (row.kind === 'section') {
      page.push([[row.s.stt], [row.s.title], [], [], [], []]);
    } else {
      const cells = taskLines(row.t);
      if (left === 1 && r() < o.cutShare) {
        const first: string[][] = [];
        const rest: string[][] = [];
        let any = false;
        cells.forEach((c, i) => {
          const split = i === 0 ? null : cut(c, r);
          if (split) {
            any = true;
            first.push(split[0]);
            rest.push(split[1]);
          } else {
            first.push(c);
            rest.push(i === 0 ? [] : []);
          }
        });
        if (any) {
          page.push(first);
          pages.push(page);
          if (r() < o.watermarkShare) {
            // A stamp lands in a cell of the carried-over row: alone, or as a line after the text.
            const col = 1 + Math.floor(r() * (rest.length - 1));
            rest[col] = [...(rest[col] ?? []), o.watermark];
          }
          page = [rest];
          cutTasks.push(row.t.id);
          left = pick(o.rowsPerPage, r) - 1;
          continue;
        }
      }
      page.push(cells);
    }
    left--;
    if (left <= 0) {
      pages.push(page);
      page = [];
      left = pick(o.rowsPerPage, r);
    }
  }
  if (page.length) pages.push(page);
  const out: string[] = ['KẾ HOẠCH', 'Thực hiện công tác cải cách hành chính năm 2024', '', o.watermark, '', 'PHỤ LỤC', ''];
  pages.forEach((p, i) => {
    out.push(`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`);
    for (const cells of p) out.push(`| ${cells.map((c) => c.join('<br>')).join(' | ')} |`);
    out.push('', `${o.watermark}`, '', `${i + 2}`, '');
  });
  return { markdown: out.join('\n'), cutTasks };
}

function pick([a, b]: [number, number], r: () => number): number {
  return a + Math.floor(r() * (b - a + 1));
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** HTML as Word saves a table: MsoNormal paragraphs in cells, list paragraphs with mso-list bullets. */
export function toWordHtml(sections: AppendixSection[], tasks: AppendixTask[]): string {
  const p = (s: string) => `<p class=MsoNormal style='margin:0cm'><span lang=VI style='font-family:"Times New Roman"'>${esc(s)}<o:p></o:p></span></p>`;
  const li = (s: string) =>
    `<p class=MsoListParagraphCxSpFirst style='margin-left:18pt;text-indent:-18pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=VI>${esc(s)}<o:p></o:p></span></p>`;
  const td = (content: string, attrs = '') => `<td width=120 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'${attrs}>${content}</td>`;
  const rows: string[] = [];
  rows.push(`<tr style='mso-yfti-firstrow:yes'>${HEADER.map((h) => td(h.split('<br>').map(p).join(''))).join('')}</tr>`);
  for (const row of rowsOf(sections, tasks)) {
    if (row.kind === 'section') rows.push(`<tr>${td(p(row.s.stt))}${td(`<p class=MsoNormal><b><span lang=VI>${esc(row.s.title)}</span></b></p>`, ' colspan=5')}</tr>`);
    else {
      const t = row.t;
      rows.push(`<tr>${td(p(t.stt))}${td(p(t.task))}${td(t.products.map(li).join(''))}${td(t.lead.map(li).join(''))}${td(t.coordinators.map(li).join(''))}${td(p(t.deadlineText))}</tr>`);
    }
  }
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0cm; font-size:13.0pt;} --></style></head>
<body lang=EN-US style='tab-interval:36.0pt'><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span lang=VI>KẾ HOẠCH<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b><span lang=VI>Thực hiện công tác cải cách hành chính năm 2024<o:p></o:p></span></b></p>
<p class=MsoNormal align=center><span lang=VI>PHỤ LỤC<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
${rows.join('\n')}
</table></div></body></html>`;
}

/** Tab-separated text as Excel puts it on the clipboard: multi-line cells quoted, "" escaped. */
export function toClipboardTsv(sections: AppendixSection[], tasks: AppendixTask[]): string {
  const q = (lines: string[]) => {
    const s = lines.join('\n');
    return /[\t\n"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const out = [HEADER.map((h) => q(h.split('<br>'))).join('\t')];
  for (const row of rowsOf(sections, tasks)) {
    if (row.kind === 'section') out.push([row.s.stt, row.s.title, '', '', '', ''].join('\t'));
    else out.push(taskLines(row.t).map(q).join('\t'));
  }
  return `${out.join('\r\n')}\r\n`;
}

/**
 * A real .docx: a letterhead table first (two columns, no task header), then the appendix with a
 * repeated header row (w:tblHeader), section rows merged across (w:gridSpan), bulleted list
 * paragraphs (w:numPr), and lead cells shared by consecutive tasks merged down (w:vMerge).
 */
export async function toDocx(sections: AppendixSection[], tasks: AppendixTask[]): Promise<Uint8Array> {
  const para = (s: string, bold = false) => new Paragraph({ children: [new TextRun({ text: s, bold, font: 'Times New Roman' })] });
  const bullet = (s: string) => new Paragraph({ children: [new TextRun({ text: s, font: 'Times New Roman' })], numbering: { reference: 'dash', level: 0 } });
  const cell = (children: Paragraph[], extra: Record<string, unknown> = {}) =>
    new TableCell({ children: children.length ? children : [new Paragraph('')], ...extra });
  const letterhead = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [cell([para('ỦY BAN NHÂN DÂN QUẬN 1', true)]), cell([para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true), para('Độc lập - Tự do - Hạnh phúc', true)])] }),
      new TableRow({ children: [cell([para('Số: 04/KH-UBND')]), cell([para('Quận 1, ngày 04 tháng 01 năm 2024')])] }),
    ],
  });
  const rows: TableRow[] = [
    new TableRow({ tableHeader: true, children: ['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map((h) => cell([para(h, true)])) }),
  ];
  const list = rowsOf(sections, tasks);
  list.forEach((row, i) => {
    if (row.kind === 'section') {
      rows.push(new TableRow({ children: [cell([para(row.s.stt, true)]), cell([para(row.s.title, true)], { columnSpan: 5 })] }));
      return;
    }
    const t = row.t;
    const prev = list[i - 1];
    const next = list[i + 1];
    const same = (o: Row | undefined) => o?.kind === 'task' && JSON.stringify(o.t.lead) === JSON.stringify(t.lead);
    const leadCell = same(prev)
      ? cell([], { verticalMerge: VerticalMergeType.CONTINUE })
      : cell(t.lead.map(bullet), same(next) ? { verticalMerge: VerticalMergeType.RESTART } : {});
    rows.push(
      new TableRow({
        children: [cell([para(t.stt)]), cell([para(t.task)]), cell(t.products.map(bullet)), leadCell, cell(t.coordinators.map(bullet)), cell([para(t.deadlineText)])],
      }),
    );
  });
  const doc = new Document({
    numbering: { config: [{ reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }] }] },
    sections: [
      {
        children: [
          letterhead,
          para('KẾ HOẠCH', true),
          para('Thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024', true),
          para('PHỤ LỤC', true),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
