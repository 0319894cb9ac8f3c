/**
 * A department template the code was not written against: a cover sheet first, the table on the
 * second sheet with its header at row 9 starting in column B, other wordings and order, a
 * column of its own, a bare "1 2 3" number row, a signature block with merged cells under the
 * table, and a third sheet whose formula points at the signature block.
 */
import ExcelJS from 'exceljs';

export const UNSEEN = {
  sheet: 'Tiến độ 2025',
  headerRow: 9,
  numberRow: 10,
  firstDataRow: 11,
  /** Header, left to right from column B. */
  headers: ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Kết quả, sản phẩm', 'Tiến độ thực hiện', 'Ghi chú', 'Người theo dõi'],
  signatureRow: 13,
};

export async function unseenTemplate(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('Bìa');
  cover.getCell('B2').value = 'SỔ THEO DÕI NHIỆM VỤ NĂM 2025';
  cover.mergeCells('B2:F2');
  cover.getCell('B4').value = 'Lưu hành nội bộ';
  cover.getCell('B5').value = 2025;
  cover.getCell('B2').font = { name: 'Arial', size: 20, bold: true };

  const ws = wb.addWorksheet(UNSEEN.sheet);
  ws.getColumn(1).width = 3;
  const font = { name: 'Times New Roman', size: 13 };
  ws.getCell('B1').value = 'UBND PHƯỜNG SÀI GÒN';
  ws.getCell('B2').value = 'VĂN PHÒNG HĐND VÀ UBND';
  ws.getCell('F1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.getCell('F2').value = 'Độc lập - Tự do - Hạnh phúc';
  ws.mergeCells('B1:D1');
  ws.mergeCells('B2:D2');
  ws.mergeCells('F1:J1');
  ws.mergeCells('F2:J2');
  ws.getCell('B6').value = 'DANH MỤC NHIỆM VỤ TRỌNG TÂM';
  ws.mergeCells('B6:J6');
  ws.getCell('B7').value = '(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2025)';
  ws.mergeCells('B7:J7');
  for (const a of ['B1', 'B2', 'F1', 'F2', 'B6', 'B7']) ws.getCell(a).font = { ...font, bold: a !== 'B7' };
  UNSEEN.headers.forEach((h, i) => {
    const c = ws.getCell(UNSEEN.headerRow, 2 + i);
    c.value = h;
    c.font = { ...font, bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    ws.getCell(UNSEEN.numberRow, 2 + i).value = String(i + 1);
  });
  const s = UNSEEN.signatureRow;
  ws.getCell(s, 2).value = 'NGƯỜI LẬP';
  ws.mergeCells(s, 2, s, 4);
  ws.getCell(s, 7).value = 'CHÁNH VĂN PHÒNG';
  ws.mergeCells(s, 7, s, 10);
  ws.getCell(s + 4, 7).value = 'Trần Thị B';
  ws.mergeCells(s + 4, 7, s + 4, 10);
  ws.getRow(s).height = 30;
  ws.pageSetup.printTitlesRow = `${UNSEEN.headerRow}:${UNSEEN.numberRow}`;
  ws.pageSetup.printArea = `A1:J${s + 4}`;

  const units = wb.addWorksheet('Danh mục đơn vị');
  units.getCell('A1').value = 'Đơn vị';
  units.getCell('A2').value = 'Văn phòng HĐND và UBND';
  units.getCell('A3').value = { formula: `'${UNSEEN.sheet}'!G${s}`, result: 'CHÁNH VĂN PHÒNG' } as ExcelJS.CellFormulaValue;
  units.getCell('B2').value = 12.5;
  // A whole-column rule of the department's own (exceljs alone would expand it to a million cells).
  // exceljs's typings leave dataValidations out; it exists at run time.
  (units as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('B2:B1048576', {
    type: 'decimal',
    operator: 'between',
    formulae: [0, 100],
    allowBlank: true,
  });

  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
