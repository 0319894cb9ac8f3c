/**
 * Data validation (ExcelApi 1.8): the progress list, numbers within bounds for figures, dates.
 * A validation replaces whatever validation its cells had (Excel refuses overlapping rules).
 */
import type { SheetLayout, Validation } from '../workbook/layout';
import { refParts } from './address';
import { COMMAND_OVERHEAD, commandBytes, type Batch } from './batch';

export function validationRule(v: Validation): Excel.DataValidationRule {
  switch (v.kind) {
    case 'list':
      // Office.js takes the list as comma-separated text; progress labels hold no comma.
      return { list: { inCellDropDown: true, source: v.items.join(',') } };
    case 'decimal':
      return { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' as Excel.DataValidationOperator } };
    case 'date':
      // ISO 8601 text is one of the forms Office.js takes for date bounds.
      return { date: { formula1: v.min, formula2: v.max, operator: 'Between' as Excel.DataValidationOperator } };
  }
}

export async function writeValidations(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  for (const v of sheet.validations) {
    const rule = validationRule(v);
    const errorAlert: Excel.DataValidationErrorAlert = { showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle, title: v.error.title, message: v.error.text };
    const prompt: Excel.DataValidationPrompt | null = v.prompt ? { showPrompt: true, title: v.prompt.title, message: v.prompt.text } : null;
    for (const part of refParts(v.ref)) {
      await batch.add(commandBytes(rule, errorAlert, prompt) + 4 * COMMAND_OVERHEAD, () => {
        const dv = ws.getRange(part).dataValidation;
        dv.clear();
        dv.rule = rule;
        dv.errorAlert = errorAlert;
        if (prompt) dv.prompt = prompt;
        dv.ignoreBlanks = true;
      });
    }
  }
}
