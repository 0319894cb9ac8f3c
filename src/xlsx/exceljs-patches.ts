/**
 * One fix to exceljs 4.4, applied once when src/xlsx loads.
 *
 * Reading a <dataValidation sqref="A2:A1048576"> exceljs expands the range into one entry per
 * cell: a template validating a whole column takes minutes and gigabytes. The patched parser
 * keeps each range as one entry (its writer already accepts range keys: "optimiseDataValidations"
 * writes them back as they came). src/xlsx/row-shift.ts moves such range keys when rows move.
 */
// exceljs ships no types for its internals; the module is a class with a parseClose method.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const DataValidationsXform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform') as {
  prototype: { parseClose(name: string): boolean; __planTrackerPatched?: boolean };
};

interface DvParserState {
  _address: string;
  _dataValidation: { formulae?: unknown[]; operator?: string };
  model: Record<string, unknown>;
}

const proto = DataValidationsXform.prototype;
if (!proto.__planTrackerPatched) {
  const original = proto.parseClose;
  proto.parseClose = function parseClose(this: DvParserState, name: string): boolean {
    if (name !== 'dataValidation') return original.call(this, name);
    const dv = this._dataValidation;
    if (!dv.formulae || dv.formulae.length === 0) {
      delete dv.formulae;
      delete dv.operator;
    }
    for (const addr of this._address.split(/\s+/).filter(Boolean)) this.model[addr] = dv;
    return true;
  };
  proto.__planTrackerPatched = true;
}

export const EXCELJS_PATCHED = true;
