/**
 * Two fixes to exceljs 4.4 (and the jszip it writes with), applied once when src/xlsx loads.
 *
 * Reading a <dataValidation sqref="A2:A1048576"> exceljs expands the range into one entry per
 * cell: a template validating a whole column takes minutes and gigabytes. The patched parser
 * keeps each range as one entry (its writer already accepts range keys: "optimiseDataValidations"
 * writes them back as they came). src/xlsx/row-shift.ts moves such range keys when rows move.
 */
import { deflateRawSync } from 'zlib';

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

/*
 * The second: the zip exceljs writes is deflated by jszip through pako, JavaScript that takes
 * most of a build's writing time (a third of a 5,000-task build). Node's own zlib gives the same
 * raw deflate stream several times faster. jszip hands each entry's bytes in chunks and reads
 * the output through onData; the entry is deflated whole at the last push. Reading (inflate)
 * stays with pako: its errors on a damaged file are what openWorkbook reports.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const FlateWorker = require('jszip/lib/flate') as { compressWorker(options: { level?: number }): FlateWorkerInstance };

interface Deflater {
  onData: (data: Uint8Array) => void;
  push(data: Uint8Array | number[], last: boolean): void;
}

interface FlateWorkerInstance {
  _pako: Deflater | null;
  _pakoAction: string;
  _pakoOptions: { level?: number };
  _createPako(): void;
  __planTrackerPatched?: boolean;
}

const flateProto = Object.getPrototypeOf(FlateWorker.compressWorker({})) as FlateWorkerInstance;
if (!flateProto.__planTrackerPatched) {
  const createPako = flateProto._createPako;
  flateProto._createPako = function createDeflater(this: FlateWorkerInstance): void {
    if (this._pakoAction !== 'Deflate') return createPako.call(this);
    const chunks: Uint8Array[] = [];
    const level = this._pakoOptions.level && this._pakoOptions.level > 0 ? this._pakoOptions.level : 6;
    const deflater: Deflater = {
      onData: () => undefined,
      push(data, last) {
        if (data.length) chunks.push(data instanceof Uint8Array ? data : Uint8Array.from(data));
        if (last) deflater.onData(new Uint8Array(deflateRawSync(Buffer.concat(chunks), { level })));
      },
    };
    this._pako = deflater;
    // What FlateWorker's own onData does: the output goes on down the chain with the entry's meta.
    const self = this as unknown as { push(chunk: { data: Uint8Array; meta: unknown }): void; meta: unknown };
    deflater.onData = (data) => self.push({ data, meta: self.meta });
  };
  flateProto.__planTrackerPatched = true;
}

/**
 * The workbook's default font (the "Normal" style, font 0) is Times New Roman 12 instead of
 * exceljs's Calibri 11. Column widths are counted in digits of that font: with Calibri, a
 * machine without it (LibreOffice on Linux falls back to DejaVu Sans, digits a third wider)
 * prints the same columns much wider and shrinks the page to fit; with Times New Roman (or its
 * metric twin Liberation Serif) Excel and LibreOffice measure a width the same way, and the
 * printed size print-fit.ts plans for is what comes out (Decree 30/2020 wants Times New Roman
 * anyway).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform') as {
  prototype: {
    addStyleModel(model: unknown, cellType: unknown): number;
    render(xmlStream: unknown, model: unknown): void;
    _addFont(font: Record<string, unknown>): number;
    __planTrackerFont?: boolean;
  };
};
interface StylesState {
  model?: { fonts?: unknown[] };
  index?: unknown;
  _addFont(font: Record<string, unknown>): number;
}
const styles = StylesXform.prototype;
if (!styles.__planTrackerFont) {
  const defaultFont = (self: StylesState): void => {
    if (self.index && self.model?.fonts && self.model.fonts.length === 0) {
      self._addFont({ size: 12, name: 'Times New Roman', family: 1 });
    }
  };
  const addStyleModel = styles.addStyleModel;
  styles.addStyleModel = function (this: StylesState, model: unknown, cellType: unknown): number {
    defaultFont(this);
    return addStyleModel.call(this, model, cellType);
  };
  const render = styles.render;
  styles.render = function (this: StylesState, xmlStream: unknown, model: unknown): void {
    if (!model || model === this.model) defaultFont(this);
    render.call(this, xmlStream, model);
  };
  styles.__planTrackerFont = true;
}
