/**
 * Figures reached, from a CSV with the header `target,value` (contract.md): `target` a target
 * id, `value` a number that may use a decimal comma in quotes ("95,5") and may end in "%".
 * A file saved by Excel in a Vietnamese locale separates fields with ";": accepted too.
 */
import { fail, ok, type Result } from '../core/result';
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
    return fail('figures-bad-header', `${fileName} line ${headerIndex + 1}: expected the header "target,value", got "${header.trim()}"`);
  }
  const values: Record<string, number> = {};
  const where: Record<string, number> = {};
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === '') continue;
    const n = i + 1;
    const fields = splitLine(raw, sep);
    if (!fields) return fail('figures-bad-line', `${fileName} line ${n}: a quote is not closed`);
    if (fields.length !== 2) {
      const hint = sep === ',' && fields.length === 3 ? ' (a decimal comma needs quotes: "95,5")' : '';
      return fail('figures-bad-line', `${fileName} line ${n}: ${fields.length} fields, expected 2${hint}`);
    }
    const [target, value] = fields as [string, string];
    if (target === '') return fail('figures-bad-line', `${fileName} line ${n}: the target id is empty`);
    const number = parseVietnameseNumber(value.replace(/\s*%$/, ''));
    if (number === null || !Number.isFinite(number)) {
      return fail('figures-bad-value', `${fileName} line ${n}: "${value}" for ${target} is not a number`);
    }
    if (where[target] !== undefined) {
      return fail('figures-duplicate', `${fileName} line ${n}: ${target} already has a figure on line ${where[target]}`);
    }
    values[target] = number;
    where[target] = n;
  }
  return ok({ values, lines: where });
}
