/**
 * A small plan appendix written as a real .docx with the `docx` package: a letterhead table,
 * numbered body headings, and an appendix table with a repeated header row (w:tblHeader),
 * section rows merged across (w:gridSpan), a lead unit shared by three tasks (w:vMerge),
 * bulleted and numbered paragraphs in cells, a manual line break (w:br) and tracked changes.
 * `npx ts-node --transpile-only test/core/import/readers/docx-sample.ts` rewrites
 * test/fixtures/appendix-sample.docx from it.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import {
  AlignmentType, DeletedTextRun, Document, InsertedTextRun, LevelFormat, Packer, Paragraph, Tab,
  Table, TableCell, TableRow, TextRun,
} from 'docx';

const p = (text: string) => new Paragraph(text);
const cell = (texts: string | string[], options: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: (Array.isArray(texts) ? texts : [texts]).map(p), ...options });
const bullets = (items: string[]) => new TableCell({ children: items.map((t) => new Paragraph({ text: t, bullet: { level: 0 } })) });
const numbered = (items: string[], instance: number) =>
  new TableCell({ children: items.map((t) => new Paragraph({ text: t, numbering: { reference: 'decimal', level: 0, instance } })) });

export function appendixDocument(): Document {
  return new Document({
    numbering: {
      config: [
        { reference: 'decimal', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
        { reference: 'roman', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [{
      children: [
        new Table({ rows: [new TableRow({ children: [
          cell(['ỦY BAN NHÂN DÂN', 'QUẬN 1']),
          cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']),
        ] })] }),
        p('KẾ HOẠCH'),
        p('Thực hiện công tác cải cách hành chính năm 2024'),
        new Paragraph({ text: 'MỤC TIÊU', numbering: { reference: 'roman', level: 0 } }),
        new Paragraph({ text: 'CHỈ TIÊU', numbering: { reference: 'roman', level: 0 } }),
        p('PHỤ LỤC'),
        new Table({ rows: [
          new TableRow({ tableHeader: true, children: ['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map((t) => cell(t)) }),
          new TableRow({ children: [cell('1'), cell('Công tác chỉ đạo, điều hành', { columnSpan: 5 })] }),
          new TableRow({ children: [
            cell('1.1'),
            new TableCell({ children: [new Paragraph({ children: [new TextRun('Kiện toàn Ban Chỉ đạo'), new TextRun({ text: 'CCHC Quận 1.', break: 1 })] })] }),
            bullets(['Quyết định;', 'Báo cáo.']),
            cell('Trưởng Phòng Nội vụ quận', { rowSpan: 3 }),
            numbered(['Văn phòng UBND quận;', 'UBND 10 phường.'], 1),
            cell('Khi có phát sinh'),
          ] }),
          new TableRow({ children: [cell('1.2'), cell('Kiểm tra công tác CCHC'), bullets(['Kế hoạch']), cell('Các phòng'), cell(['Quý I: kế hoạch', 'Quý IV: báo cáo'])] }),
          new TableRow({ children: [
            cell('1.3'),
            new TableCell({ children: [new Paragraph({ children: [
              new TextRun('Công bố Chỉ số'), new TextRun({ children: [new Tab(), 'CCHC'] }),
              new DeletedTextRun({ text: ' năm 2022', id: 1, author: 'A', date: '2024-01-02T00:00:00Z' }),
              new InsertedTextRun({ text: ' năm 2023', id: 2, author: 'A', date: '2024-01-02T00:00:00Z' }),
            ] })] }),
            cell('Quyết định công bố'),
            numbered(['Phòng Tư pháp'], 2),
            cell('Quý I năm 2024'),
          ] }),
          new TableRow({ children: [cell('2'), cell('Cải cách thể chế', { columnSpan: 5 })] }),
          new TableRow({ children: [cell('2.1'), cell('Rà soát văn bản'), cell(''), cell('Phòng Tư pháp'), cell(''), cell('Trong năm 2024')] }),
        ] }),
        p('Nơi nhận:'),
      ],
    }],
  });
}

export async function appendixDocx(): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(appendixDocument()));
}

if (require.main === module) {
  void appendixDocx().then((bytes) => writeFileSync(join(__dirname, '../../../fixtures/appendix-sample.docx'), bytes));
}
