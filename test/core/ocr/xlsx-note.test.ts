/**
 * The Node writer carries the review mark of an OCR-restored task into the file: the task cell
 * has a note with the text as read and the review fill; the other rows have neither.
 */
import ExcelJS from 'exceljs';
import { buildWorkbook } from '../../../src/xlsx';
import { COLORS } from '../../../src/workbook/styles';
import { makePlan, makeTask } from '../../support/generate-plan';

test('a restored task: note with the raw text and review fill; an untouched task: neither', async () => {
  const restored = makeTask('1', 'I', 'Phòng Nội vụ tham mưu kế hoạch', '2025-06-30');
  restored.ocr = { raw: 'Phong N¢i vu tham muu ké hoach', changed: 5 };
  const plain = makeTask('2', 'I', 'Báo cáo kết quả', '2025-09-30');
  const built = await buildWorkbook(makePlan([restored, plain]), { today: '2025-05-01' });
  if (!built.ok) throw new Error(built.error.message);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(built.value.bytes) as never);
  const ws = wb.getWorksheet('Theo dõi nhiệm vụ') as ExcelJS.Worksheet;
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => void cells.push(c)));
  const taskCell = cells.find((c) => c.value === 'Phòng Nội vụ tham mưu kế hoạch');
  const plainCell = cells.find((c) => c.value === 'Báo cáo kết quả');
  const noteText = (c: ExcelJS.Cell | undefined): string => {
    const n = c?.note as unknown;
    if (typeof n === 'string') return n;
    const texts = (n as { texts?: { text: string }[] } | undefined)?.texts ?? [];
    return texts.map((t) => t.text).join('');
  };
  expect(noteText(taskCell)).toContain('Phong N¢i vu tham muu ké hoach');
  expect((taskCell?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe(`FF${COLORS.reviewFill}`);
  expect(noteText(plainCell)).toBe('');
  expect((plainCell?.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).not.toBe(`FF${COLORS.reviewFill}`);
});
