import { layoutWorkbook } from '../../src/workbook/build-layout';
import { TIMELINESS } from '../../src/workbook/formulas';
import type { WorkbookLayout } from '../../src/workbook/layout';
import { resolveStyle } from '../../src/workbook/styles';
import { sheetFromRows } from '../../src/workbook/snapshot';
import { generatePlan, makePlan, makeTask } from '../support/generate-plan';
import { layoutCell, sheetOf, textOf, valueOf } from '../support/layout-cells';

function layout(plan = generatePlan(20, { sections: 3 }), today = '2024-06-15'): WorkbookLayout {
  const r = layoutWorkbook(plan, { today });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('built-in template (no --template)', () => {
  const l = layout();
  const tasks = sheetOf(l, 'tasks');

  test('Decree 30 letterhead left for the user, header at row 8, column numbers at row 9', () => {
    expect(textOf(tasks, 1, 1)).toBe('ỦY BAN NHÂN DÂN ...');
    expect(textOf(tasks, 1, 4)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(textOf(tasks, 2, 4)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(textOf(tasks, 4, 1)).toBe('BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ');
    expect(textOf(tasks, 6, 1)).toMatch(/^\(Kèm theo/);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((c) => textOf(tasks, 8, c))).toEqual([
      'STT',
      'Nhiệm vụ cụ thể',
      'Sản phẩm',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      'Hạn chót',
      'Tình trạng',
      'Ngày hoàn thành',
      'Đánh giá tiến độ',
      'Kết quả thực hiện/Ghi chú',
    ]);
    expect(textOf(tasks, 9, 1)).toBe('(1)');
    expect(textOf(tasks, 8, 12)).toBe('Đơn vị chủ trì (chuẩn hóa)');
    expect(textOf(tasks, 8, 13)).toBe('Mã nhiệm vụ (Plan Tracker)');
    expect(tasks.columns.filter((c) => c.hidden).map((c) => c.col)).toEqual([12, 13]);
  });

  test('sections stand out, tasks follow in plan order', () => {
    expect(textOf(tasks, 10, 1)).toBe('I');
    expect(layoutCell(tasks, 10, 2)?.emphasis).toBe('section');
    expect(textOf(tasks, 11, 1)).toBe('1.1');
    expect(textOf(tasks, 11, 13)).toBe('1.1');
    expect(textOf(tasks, 10, 13)).toBe('§I');
    expect(textOf(tasks, 11, 12)).toBe(';Phòng Nội vụ;Phòng Tài chính - Kế hoạch;');
  });

  test('text is text: STT "1.10", leading "-", "=", "+", "@"', () => {
    const plan = makePlan(
      [
        makeTask('1.10', '', '- Kế hoạch', '2024-03-31'),
        makeTask('1.2', '', '=SUM(A1)', null),
        makeTask('1.3', '', '+84 912', null),
        makeTask('1.4', '', '@ tổ', null),
      ],
      [],
    );
    const t = sheetOf(layout(plan), 'tasks');
    expect(valueOf(t, 10, 1)).toEqual({ kind: 'text', text: '1.10' });
    expect(resolveStyle(layoutCell(t, 10, 1)?.style ?? 'text').numFmt).toBe('@');
    expect(['- Kế hoạch', '=SUM(A1)', '+84 912', '@ tổ'].map((_, i) => valueOf(t, 10 + i, 2))).toEqual([
      { kind: 'text', text: '- Kế hoạch' },
      { kind: 'text', text: '=SUM(A1)' },
      { kind: 'text', text: '+84 912' },
      { kind: 'text', text: '@ tổ' },
    ]);
    expect(valueOf(t, 10, 7)).toEqual({ kind: 'date', iso: '2024-03-31' });
    expect(resolveStyle(layoutCell(t, 10, 7)?.style ?? 'text').numFmt).toBe('dd/mm/yyyy');
  });

  test('timeliness is a formula of due, progress, completion and the as-of cell', () => {
    const f = textOf(tasks, 11, 10);
    expect(f).toContain("'Tổng hợp'!$C$6");
    expect(f).toContain('G11');
    expect(f).toContain('H11');
    expect(f).toContain('I11');
    for (const label of Object.values(TIMELINESS)) expect(f).toContain(`"${label}"`);
    // Section rows carry no formula.
    expect(valueOf(tasks, 10, 10)).toEqual({ kind: 'blank' });
  });

  test('colours, progress list and dates validated over the data rows', () => {
    const last = 10 + 3 + 20 - 1;
    expect(tasks.conditionalFormats).toHaveLength(1);
    expect(tasks.conditionalFormats[0]?.ref).toBe(`J10:J${last}`);
    expect(tasks.conditionalFormats[0]?.rules.map((r) => r.formula)).toEqual([
      '$J10="Quá hạn"',
      '$J10="Sắp đến hạn"',
      'LEFT($J10,10)="Hoàn thành"',
    ]);
    const list = tasks.validations.find((v) => v.kind === 'list');
    expect(list).toMatchObject({ ref: `H10:H${last}`, items: ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng'] });
    expect(tasks.validations.filter((v) => v.kind === 'date').map((v) => v.ref)).toEqual([`G10:G${last}`, `I10:I${last}`]);
    expect(tasks.autoFilter).toBe(`A9:M${last}`);
  });

  test('a legend under the table on every printed sheet', () => {
    for (const s of l.sheets.filter((x) => x.state === 'visible')) {
      const texts = s.blocks.flatMap((b) => b.cells.flat().map((c) => (c?.value?.kind === 'text' ? c.value.text : '')));
      expect(texts).toContain('Chú thích:');
      const swatches = s.blocks.flatMap((b) => b.cells.flat().map((c) => c?.style ?? '')).filter((k) => k.startsWith('swatch'));
      expect(swatches).toContain('swatchRed');
    }
  });

  test('Decree 30 print settings on every visible sheet', () => {
    for (const s of l.sheets.filter((x) => x.state === 'visible')) {
      expect(s.print).toMatchObject({
        paper: 'A4',
        orientation: 'landscape',
        marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
        fitToWidth: 1,
        fitToHeight: 0,
        differentFirst: true,
        firstHeader: '',
        fontName: 'Times New Roman',
      });
      expect(s.print?.oddHeader).toMatch(/^&C.*&P$/);
    }
    expect(tasks.print?.titleRows).toEqual({ first: 8, last: 9 });
  });

  test('as-of cell: --today sets a date, otherwise =TODAY()', () => {
    expect(valueOf(sheetOf(l, 'summary'), 6, 3)).toEqual({ kind: 'date', iso: '2024-06-15' });
    const r = layoutWorkbook(generatePlan(3), {});
    if (!r.ok) throw new Error('layout failed');
    expect(valueOf(sheetOf(r.value, 'summary'), 6, 3)).toEqual({ kind: 'formula', formula: 'TODAY()' });
  });

  test('marker sheet names the schema and the sheets', () => {
    const m = sheetOf(l, 'marker');
    expect(m.state).toBe('hidden');
    expect(textOf(m, 1, 1)).toBe('schema');
    expect(textOf(m, 1, 2)).toBe('plan-tracker/workbook@1');
    expect(textOf(m, 2, 2)).toBe('Theo dõi nhiệm vụ');
  });
});

describe('targets sheet', () => {
  const plan = generatePlan(12, { targets: 5 });
  const l = layoutWorkbook(plan, { figures: { 'CT-1-1': 79.5, 'CT-4-1': 7 } });
  if (!l.ok) throw new Error('layout failed');
  const t = sheetOf(l.value, 'targets');

  test('id, text, comparator, threshold, unit, scope, figure, verdict', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => textOf(t, 8, c))).toEqual([
      'STT',
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Điều kiện',
      'Ngưỡng',
      'Đơn vị tính',
      'Phạm vi',
      'Kết quả thực hiện',
      'Đánh giá',
      'Ghi chú',
    ]);
    expect(textOf(t, 9, 2)).toBe('CT-1-1');
    // Comparators print as the words plans use, never ">=".
    expect(valueOf(t, 9, 4)).toEqual({ kind: 'text', text: 'tối thiểu' });
    expect(valueOf(t, 9, 5)).toEqual({ kind: 'number', value: 80 });
    expect(valueOf(t, 9, 8)).toEqual({ kind: 'number', value: 79.5 });
    // The verdict: "Đạt", or what was reached against what was asked (LibreOffice computes it: libreoffice.test.ts).
    const verdict = textOf(t, 9, 9);
    expect(verdict).toMatch(/^=IF\(AND\(ISNUMBER\(H9\),ISNUMBER\(E9\)\),IF\(IF\(OR\(D9=">=",D9="tối thiểu"\),H9>=E9,/);
    expect(verdict).toContain('"Đạt","Kết quả "&SUBSTITUTE(H9&"",".",",")');
    expect(verdict).not.toContain('Không đạt');
    // Task targets follow the body's.
    expect(textOf(t, 14, 2)).toBe('NV-1.2-1');
  });

  test('red for a miss whatever the comparator; figures validated, 0-100 for %', () => {
    const red = t.conditionalFormats[0]?.rules[0];
    expect(red?.formula).toBe(
      'AND(AND(ISNUMBER($H9),ISNUMBER($E9)),NOT(IF(OR($D9=">=",$D9="tối thiểu"),$H9>=$E9,IF(OR($D9=">",$D9="trên"),$H9>$E9,IF(OR($D9="<=",$D9="tối đa"),$H9<=$E9,IF(OR($D9="<",$D9="dưới"),$H9<$E9,$H9=$E9))))))',
    );
    const decimals = t.validations.filter((v) => v.kind === 'decimal');
    // CT-3-1 counts documents, the others are percentages.
    expect(decimals.map((v) => [v.ref, v.kind === 'decimal' ? v.max : 0])).toEqual([
      ['H9:H10', 100],
      ['H11', 1e12],
      ['H12:H15', 100],
    ]);
    expect(decimals[0]?.error.text).toMatch(/từ 0 đến 100/);
  });

  test('a figure for an unknown target is reported', () => {
    const r = layoutWorkbook(plan, { figures: { 'CT-9-9': 1 } });
    expect(r.ok && r.value.warnings.map((w) => w.code)).toContain('figure-unknown-target');
  });
});

describe('summary sheet', () => {
  const l = layout(generatePlan(10, { sections: 2 }));
  const s = sheetOf(l, 'summary');
  test('per lead unit and overall, as COUNTIFS formulas', () => {
    expect(textOf(s, 8, 2)).toBe('Đơn vị chủ trì');
    expect(textOf(s, 9, 2)).toBe('Toàn bộ kế hoạch');
    expect(textOf(s, 9, 3)).toBe(`=COUNTIFS('Theo dõi nhiệm vụ'!$J$10:$J$21,"?*",'Theo dõi nhiệm vụ'!$J$10:$J$21,"<>"&"Đã bỏ khỏi kế hoạch")`);
    expect(textOf(s, 10, 2)).toBe('Phòng Nội vụ');
    expect(textOf(s, 10, 6)).toBe(
      `=COUNTIFS('Theo dõi nhiệm vụ'!$J$10:$J$21,"Quá hạn",'Theo dõi nhiệm vụ'!$L$10:$L$21,"*;"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($B10,"~","~~"),"*","~*"),"?","~?")&";*")`,
    );
    expect(textOf(s, 10, 8)).toBe('=IF(D10+F10=0,"",D10/(D10+F10))');
    expect(textOf(s, 10, 9)).toBe('=IF(D10=0,"",E10/D10)');
  });
});

describe('a template without a task table', () => {
  test('gets the built-in task sheet added, with a warning; its sheets stay', () => {
    const snapshot = { sheets: [sheetFromRows('Bìa', [['SỔ THEO DÕI'], ['Năm 2025']])], definedNames: [] };
    const r = layoutWorkbook(generatePlan(3), { snapshot });
    if (!r.ok) throw new Error('layout failed');
    expect(r.value.warnings.map((w) => w.code)).toContain('template-no-task-table');
    expect(r.value.sheets.map((s) => [s.name, s.action])).toEqual([
      ['Theo dõi nhiệm vụ', 'create'],
      ['Chỉ tiêu', 'create'],
      ['Tổng hợp', 'create'],
      ['PlanTracker', 'create'],
    ]);
    expect(r.value.sheets.some((s) => s.name === 'Bìa')).toBe(false);
  });

  test('a sheet already named "Tổng hợp" that Plan Tracker did not make is left alone', () => {
    const snapshot = { sheets: [sheetFromRows('Tổng hợp', [['số liệu của phòng']])], definedNames: [] };
    const r = layoutWorkbook(generatePlan(3), { snapshot });
    expect(r.ok && r.value.map.summarySheet).toBe('Tổng hợp (2)');
  });
});
