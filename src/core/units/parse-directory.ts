import type { Warning } from '../model';
import { fail, ok, type Result } from '../result';
import { clean, isBlank } from '../text';
import { UNIT_KINDS, type UnitDirectory, type UnitEntry, type UnitKind } from './types';
import { abbreviationTable, unitKey } from './unit-key';

/**
 * Checks a directory the user edited (JSON) and returns a clean copy. Hard mistakes (wrong
 * types, a unit without a name) fail with the entry and field named; soft ones (empty aliases,
 * unknown fields, a name claimed by two units) become warnings.
 */

const CODE = 'unit-directory-invalid';
const ENTRY_FIELDS = new Set(['name', 'aliases', 'kind']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function label(i: number, name?: string): string {
  return name ? `Đơn vị thứ ${i + 1} ("${name}")` : `Đơn vị thứ ${i + 1}`;
}

export function parseDirectory(json: unknown): Result<UnitDirectory> {
  const root = Array.isArray(json) ? { units: json } : json;
  if (!isRecord(root)) {
    return fail(CODE, 'Danh bạ đơn vị phải là một đối tượng JSON có trường "units" (danh sách đơn vị).', '$');
  }
  if (!Array.isArray(root.units)) {
    return fail(CODE, 'Thiếu trường "units" hoặc "units" không phải là danh sách.', 'units');
  }
  const warnings: Warning[] = [];
  const units: UnitEntry[] = [];
  for (const [i, raw] of root.units.entries()) {
    const where = `units[${i}]`;
    if (!isRecord(raw)) return fail(CODE, `${label(i)} phải là một đối tượng {"name", "aliases", "kind"}.`, where);
    if (typeof raw.name !== 'string' || isBlank(raw.name)) {
      return fail(CODE, `${label(i)} thiếu tên: "name" phải là chuỗi không rỗng.`, `${where}.name`);
    }
    const name = clean(raw.name);
    const aliasesRaw = raw.aliases ?? [];
    if (!Array.isArray(aliasesRaw)) {
      return fail(CODE, `${label(i, name)}: "aliases" phải là danh sách chuỗi.`, `${where}.aliases`);
    }
    const aliases: string[] = [];
    for (const [j, a] of aliasesRaw.entries()) {
      if (typeof a !== 'string') {
        return fail(CODE, `${label(i, name)}: tên gọi khác thứ ${j + 1} phải là chuỗi.`, `${where}.aliases[${j}]`);
      }
      if (isBlank(a)) {
        warnings.push({ code: 'unit-alias-empty', message: `${label(i, name)}: bỏ qua tên gọi khác rỗng (thứ ${j + 1}).`, detail: { where: `${where}.aliases[${j}]` } });
      } else aliases.push(clean(a));
    }
    let kind: UnitKind | undefined;
    if (raw.kind !== undefined) {
      if (!UNIT_KINDS.includes(raw.kind as UnitKind)) {
        return fail(CODE, `${label(i, name)}: "kind" phải là một trong ${UNIT_KINDS.map((k) => `"${k}"`).join(', ')}.`, `${where}.kind`);
      }
      kind = raw.kind as UnitKind;
    }
    for (const field of Object.keys(raw)) {
      if (!ENTRY_FIELDS.has(field)) {
        warnings.push({ code: 'unit-field-unknown', message: `${label(i, name)}: bỏ qua trường không biết "${field}".`, detail: { where, field } });
      }
    }
    units.push(kind ? { name, aliases, kind } : { name, aliases });
  }

  let abbreviations: Record<string, string> | undefined;
  if (root.abbreviations !== undefined) {
    if (!isRecord(root.abbreviations)) {
      return fail(CODE, '"abbreviations" phải là một đối tượng {"viết tắt": "tên đầy đủ"}.', 'abbreviations');
    }
    abbreviations = {};
    for (const [k, v] of Object.entries(root.abbreviations)) {
      if (typeof v !== 'string' || isBlank(v)) {
        return fail(CODE, `Chữ viết tắt "${k}" phải có tên đầy đủ là chuỗi không rỗng.`, `abbreviations.${k}`);
      }
      abbreviations[clean(k)] = clean(v);
    }
  }

  if (units.length === 0) warnings.push({ code: 'unit-directory-empty', message: 'Danh bạ đơn vị không có đơn vị nào.' });
  warnings.push(...duplicateWarnings(units, abbreviations));
  return ok(abbreviations ? { units, abbreviations } : { units }, warnings);
}

/** A name or alias that two units claim: the first unit keeps it, the user should know. */
function duplicateWarnings(units: UnitEntry[], abbreviations?: Record<string, string>): Warning[] {
  const table = abbreviationTable(abbreviations);
  const owner = new Map<string, number>();
  const warnings: Warning[] = [];
  units.forEach((u, i) => {
    for (const written of [u.name, ...u.aliases]) {
      const key = unitKey(written, table);
      const first = owner.get(key);
      if (first === undefined) owner.set(key, i);
      else if (first !== i) {
        const other = units[first] as UnitEntry;
        warnings.push({
          code: 'unit-alias-duplicate',
          message: `${label(i, u.name)}: "${written}" trùng với ${label(first, other.name)}; giữ cho đơn vị thứ ${first + 1}.`,
          detail: { where: `units[${i}]`, written, keptBy: first },
        });
      }
    }
  });
  return warnings;
}
