/**
 * Figures reached, from a CSV with the header `target,value` (contract.md): `target` a target
 * id, `value` a number that may use a decimal comma in quotes ("95,5") and may end in "%".
 * A file saved by Excel in a Vietnamese locale separates fields with ";": accepted too.
 */
import { ok, type Result } from '../core/result';
import { failure } from '../i18n/coded';
import { parseVietnameseNumber } from '../core/text';

export interface Figures {
  values: Record<string, number>;
  /** Line of each target in the file, for messages. */
  lines: Record<string, number>;
}

/** Splits one CSV line; quotes may hold the separator and doubled quotes. */
function splitLine(line: string, sep: string): string[] | null {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (ch === sep) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (quoted) return null;
  out.push(cur);
  return out.map((s) => s.trim());
}

export function parseFigures(textIn: string, fileName = 'figures.csv'): Result<Figures> {
  const lines = textIn.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  const header = lines[headerIndex] ?? '';
  const sep = header.includes(';') && !header.includes(',') ? ';' : ',';
  const cols = (splitLine(header, sep) ?? []).map((c) => c.toLowerCase());
  if (cols[0] !== 'target' || cols[1] !== 'value' || cols.length !== 2) {
    return failure('figures-bad-header', { file: fileName, line: headerIndex + 1, header: header.trim() }, `${fileName}:${headerIndex + 1}`);
  }
  const values: Record<string, number> = {};
  const where: Record<string, number> = {};
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === '') continue;
    const n = i + 1;
    const fields = splitLine(raw, sep);
    if (!fields) return failure('figures-bad-line', { reason: 'open-quote', file: fileName, line: n }, `${fileName}:${n}`);
    if (fields.length !== 2) {
      const decimalComma = sep === ',' && fields.length === 3;
      return failure('figures-bad-line', { reason: 'field-count', file: fileName, line: n, fields: fields.length, decimalComma }, `${fileName}:${n}`);
    }
    const [target, value] = fields as [string, string];
    if (target === '') return failure('figures-bad-line', { reason: 'empty-target', file: fileName, line: n }, `${fileName}:${n}`);
    const number = parseVietnameseNumber(value.replace(/\s*%$/, ''));
    if (number === null || !Number.isFinite(number)) {
      return failure('figures-bad-value', { file: fileName, line: n, value, target }, `${fileName}:${n}`);
    }
    if (where[target] !== undefined) {
      return failure('figures-duplicate', { file: fileName, line: n, target, firstLine: where[target] as number }, `${fileName}:${n}`);
    }
    values[target] = number;
    where[target] = n;
  }
  return ok({ values, lines: where });
}
