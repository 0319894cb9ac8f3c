/**
 * Parts of exceljs's worksheet its typings leave out (they exist at run time in 4.4): the sheet
 * order, the conditional formats and the data validations as stored.
 */
import type { DataValidation, Worksheet } from 'exceljs';

export interface CfRuleModel {
  type: string;
  formulae?: string[];
  priority?: number;
  style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}

export interface CfModel {
  ref: string;
  rules: CfRuleModel[];
}

export interface SheetInternals {
  orderNo: number;
  conditionalFormattings: CfModel[];
  dataValidations: { model: Record<string, DataValidation | undefined>; add(address: string, v: DataValidation): void };
}

export function internals(ws: Worksheet): SheetInternals {
  return ws as unknown as SheetInternals;
}
