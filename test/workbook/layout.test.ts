import { layoutWorkbook } from '../../src/workbook/build-layout';
import { TIMELINESS } from '../../src/workbook/formulas';
import type { WorkbookLayout } from '../../src/workbook/layout';
import { resolveStyle } from '../../src/workbook/styles';
import { sheetFromRows } from '../../src/workbook/snapshot';
import { generatePlan, makePlan, makeTask } from '../support/generate-plan';
import { colLetter, colNumber } from '../../src/workbook/a1';
import { sheetOf, tableOf, textOf, valueOf } from '../support/layout-cells';

function layout(plan = generatePlan(20, { sections: 3 }), today = '2024-06-15'): WorkbookLayout {
  const r = layoutWorkbook(plan, { today });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('built-in template (no --template)', () => {
  const l = layout();
  const tasks = sheetOf(l, 'tasks');
  const table = tableOf(tasks);
  const ID = 'Mã nhiệm vụ';

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
    expect(table.headerRow).toBe(8);
    expect(table.text(9, 'STT')).toBe('(1)');
    // Two hidden columns for Plan Tracker's own use, after the plan's.
    expect(table.text(8, 'Đơn vị chủ trì')).toBe('Đơn vị chủ trì (chuẩn hóa)');
    expect(table.text(8, ID)).toBe('Mã nhiệm vụ (Plan Tracker)');
    expect(tasks.columns.filter((c) => c.hidden).map((c) => c.col)).toEqual([table.col('Đơn vị chủ trì'), table.col(ID)]);
  });

  test('sections stand out, tasks follow in plan order', () => {
    const section = table.rowWhere('STT', 'I');
    const first = table.rowWhere('STT', '1.1');
    expect(section).toBe(table.headerRow + 2); // right under the column numbers
    expect(table.cell(section, 'Nhiệm vụ cụ thể')?.emphasis).toBe('section');
    expect(first).toBe(section + 1);
    expect(table.text(first, ID)).toBe('1.1');
    expect(table.text(section, ID)).toBe('§I');
    expect(table.text(first, 'Đơn vị chủ trì')).toBe(';Phòng Nội vụ;Phòng Tài chính - Kế hoạch;');
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
    const t = tableOf(sheetOf(layout(plan), 'tasks'));
    const row = (id: string) => t.rowWhere('Mã nhiệm vụ', id);
    expect(t.value(row('1.10'), 'STT')).toEqual({ kind: 'text', text: '1.10' });
    expect(resolveStyle(t.cell(row('1.10'), 'STT')?.style ?? 'text').numFmt).toBe('@');
    expect(['1.10', '1.2', '1.3', '1.4'].map((id) => t.value(row(id), 'Nhiệm vụ cụ thể'))).toEqual([
      { kind: 'text', text: '- Kế hoạch' },
      { kind: 'text', text: '=SUM(A1)' },
      { kind: 'text', text: '+84 912' },
      { kind: 'text', text: '@ tổ' },
    ]);
    expect(t.value(row('1.10'), 'Hạn chót')).toEqual({ kind: 'date', iso: '2024-03-31' });
    expect(resolveStyle(t.cell(row('1.10'), 'Hạn chót')?.style ?? 'text').numFmt).toBe('dd/mm/yyyy');
  });

  test('timeliness is a formula of due, progress, completion and the as-of cell', () => {
    const row = table.rowWhere(ID, '1.1');
    const f = table.text(row, 'Đánh giá tiến độ');
    expect(f).toContain(l.map.asOf);
    for (const header of ['Hạn chót', 'Tình trạng', 'Ngày hoàn thành']) expect(f).toContain(`${colLetter(table.col(header))}${row}`);
    for (const label of Object.values(TIMELINESS)) expect(f).toContain(`"${label}"`);
    // Section rows carry no formula.
    expect(table.value(table.rowWhere(ID, '§I'), 'Đánh giá tiến độ')).toEqual({ kind: 'blank' });
  });

  test('colours, progress list and dates validated over the data rows', () => {
    // 3 section rows and 20 task rows under the column numbers.
    const first = table.headerRow + 2;
    const last = first + 3 + 20 - 1;
    const over = (header: string) => `${colLetter(table.col(header))}${first}:${colLetter(table.col(header))}${last}`;
    const j = `$${colLetter(table.col('Đánh giá tiến độ'))}${first}`;
    expect(tasks.conditionalFormats).toHaveLength(1);
    expect(tasks.conditionalFormats[0]?.ref).toBe(over('Đánh giá tiến độ'));
    expect(tasks.conditionalFormats[0]?.rules.map((r) => r.formula)).toEqual([`${j}="Quá hạn"`, `${j}="Sắp đến hạn"`, `LEFT(${j},10)="Hoàn thành"`]);
    const list = tasks.validations.find((v) => v.kind === 'list');
    expect(list).toMatchObject({ ref: over('Tình trạng'), items: ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng'] });
    expect(tasks.validations.filter((v) => v.kind === 'date').map((v) => v.ref)).toEqual([over('Hạn chót'), over('Ngày hoàn thành')]);
    // The filter spans the column-number row and every column, the hidden id last.
    expect(tasks.autoFilter).toBe(`A${table.headerRow + 1}:${colLetter(table.col(ID))}${last}`);
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
    const asOf = (x: WorkbookLayout) => {
      const [sheet, cell] = x.map.asOf.split('!') as [string, string];
      expect(sheet).toBe(`'${x.map.summarySheet}'`);
      const m = /^\$([A-Z]+)\$(\d+)$/.exec(cell) as RegExpExecArray;
      return valueOf(sheetOf(x, 'summary'), Number(m[2]), colNumber(m[1] as string));
    };
    expect(asOf(l)).toEqual({ kind: 'date', iso: '2024-06-15' });
    const r = layoutWorkbook(generatePlan(3), {});
    if (!r.ok) throw new Error('layout failed');
    expect(asOf(r.value)).toEqual({ kind: 'formula', formula: 'TODAY()' });
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
  const table = tableOf(t);
  const ID = 'Mã chỉ tiêu';
  /** The ids down the id column, from the first target row to the last. */
  const targetIds = (): string[] => {
    const out: string[] = [];
    for (let r = table.headerRow + 1; /^(CT|NV)-/.test(table.text(r, ID)); r++) out.push(table.text(r, ID));
    return out;
  };

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
    const row = table.rowWhere(ID, 'CT-1-1');
    expect(row).toBe(table.headerRow + 1);
    // Comparators print as the words plans use, never ">=".
    expect(table.value(row, 'Điều kiện')).toEqual({ kind: 'text', text: 'tối thiểu' });
    expect(table.value(row, 'Ngưỡng')).toEqual({ kind: 'number', value: 80 });
    expect(table.value(row, 'Kết quả thực hiện')).toEqual({ kind: 'number', value: 79.5 });
    const [d, e, h] = ['Điều kiện', 'Ngưỡng', 'Kết quả thực hiện'].map((x) => `${colLetter(table.col(x))}${row}`);
    // The verdict: "Đạt", or what was reached against what was asked (LibreOffice computes it: libreoffice.test.ts).
    const verdict = table.text(row, 'Đánh giá');
    expect(verdict.startsWith(`=IF(AND(ISNUMBER(${h}),ISNUMBER(${e})),IF(IF(OR(${d}=">=",${d}="tối thiểu"),${h}>=${e},`)).toBe(true);
    expect(verdict).toContain(`"Đạt","Kết quả "&SUBSTITUTE(${h}&"",".",",")`);
    expect(verdict).not.toContain('Không đạt');
    // Task targets follow the body's.
    const ids = targetIds();
    const firstTaskTarget = ids.findIndex((id) => id.startsWith('NV-'));
    expect(ids[firstTaskTarget]).toBe('NV-1.2-1');
    expect(ids.slice(0, firstTaskTarget).every((id) => id.startsWith('CT-'))).toBe(true);
    expect(ids.slice(firstTaskTarget).every((id) => id.startsWith('NV-'))).toBe(true);
  });

  test('red for a miss whatever the comparator; figures validated, 0-100 for %', () => {
    const first = table.headerRow + 1;
    const [d, e, h] = ['Điều kiện', 'Ngưỡng', 'Kết quả thực hiện'].map((x) => `$${colLetter(table.col(x))}${first}`);
    const red = t.conditionalFormats[0]?.rules[0];
    expect(red?.formula).toBe(
      `AND(AND(ISNUMBER(${h}),ISNUMBER(${e})),NOT(IF(OR(${d}=">=",${d}="tối thiểu"),${h}>=${e},IF(OR(${d}=">",${d}="trên"),${h}>${e},IF(OR(${d}="<=",${d}="tối đa"),${h}<=${e},IF(OR(${d}="<",${d}="dưới"),${h}<${e},${h}=${e}))))))`,
    );
    const decimals = t.validations.filter((v) => v.kind === 'decimal');
    // CT-3-1 counts documents, the others are percentages.
    const H = colLetter(table.col('Kết quả thực hiện'));
    const at = (id: string) => table.rowWhere(ID, id);
    expect(decimals.map((v) => [v.ref, v.kind === 'decimal' ? v.max : 0])).toEqual([
      [`${H}${at('CT-1-1')}:${H}${at('CT-3-1') - 1}`, 100],
      [`${H}${at('CT-3-1')}`, 1e12],
      [`${H}${at('CT-3-1') + 1}:${H}${first + targetIds().length - 1}`, 100],
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
  const s = tableOf(sheetOf(l, 'summary'));
  const tasks = tableOf(sheetOf(l, 'tasks'));
  test('per lead unit and overall, as COUNTIFS formulas', () => {
    // The task table's data rows: 2 sections and 10 tasks under the column numbers.
    const span = (header: string) => {
      const c = colLetter(tasks.col(header));
      return `'Theo dõi nhiệm vụ'!$${c}$${tasks.headerRow + 2}:$${c}$${tasks.headerRow + 2 + 12 - 1}`;
    };
    const J = span('Đánh giá tiến độ');
    const L = span('Đơn vị chủ trì');
    const all = s.rowWhere('Đơn vị chủ trì', 'Toàn bộ kế hoạch');
    expect(all).toBe(s.headerRow + 1);
    expect(s.text(all, 'Số nhiệm vụ')).toBe(`=COUNTIFS(${J},"?*",${J},"<>"&"Đã bỏ khỏi kế hoạch")`);
    const unit = s.rowWhere('Đơn vị chủ trì', 'Phòng Nội vụ');
    const at = (header: string) => `${colLetter(s.col(header))}${unit}`;
    expect(s.text(unit, 'Quá hạn')).toBe(
      `=COUNTIFS(${J},"Quá hạn",${L},"*;"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($${at('Đơn vị chủ trì')},"~","~~"),"*","~*"),"?","~?")&";*")`,
    );
    const [done, onTime, late] = [at('Đã hoàn thành'), at('Hoàn thành đúng hạn'), at('Quá hạn')];
    expect(s.text(unit, '% hoàn thành')).toBe(`=IF(${done}+${late}=0,"",${done}/(${done}+${late}))`);
    expect(s.text(unit, '% đúng hạn')).toBe(`=IF(${done}=0,"",${onTime}/${done})`);
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

describe('a letter whose numbered item is itself the task', () => {
  // "3. Đề nghị Công an phường ..." : the prose reader gives section "3" with no heading text,
  // and task "3" in it. On paper that is one row, not an empty section row numbered 3 above it.
  const plan = makePlan(
    [makeTask('1.1', '1', 'Rà soát hộ kinh doanh', '2025-12-31'), makeTask('3', '3', 'Đề nghị Công an phường đẩy mạnh cài đặt định danh điện tử', '2025-12-31')],
    [{ stt: '1', title: 'Phòng Kinh tế' }, { stt: '3', title: '' }],
  );
  const r = layoutWorkbook(plan, { today: '2025-10-01' });
  if (!r.ok) throw new Error(r.error.message);
  const table = tableOf(sheetOf(r.value, 'tasks'));

  test('no empty section row: "3" appears once, as the task', () => {
    const rows = [1, 2, 3, 4, 5].map((i) => table.headerRow + 1 + i).map((row) => [table.text(row, 'STT'), table.text(row, 'Nhiệm vụ cụ thể')]);
    expect(rows.filter(([stt]) => stt === '3')).toEqual([['3', 'Đề nghị Công an phường đẩy mạnh cài đặt định danh điện tử']]);
    // A section with its heading keeps its row.
    expect(table.text(table.rowWhere('Nhiệm vụ cụ thể', 'Phòng Kinh tế'), 'STT')).toBe('1');
  });
});
