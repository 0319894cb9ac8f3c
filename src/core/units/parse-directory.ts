import { failure, warning } from '../../i18n/coded';
import type { ParamsOf } from '../../i18n/messages';
import type { Warning } from '../model';
import { ok, type Failure, type Result } from '../result';
import { clean, isBlank } from '../text';
import { UNIT_KINDS, type UnitDirectory, type UnitEntry, type UnitKind } from './types';
import { abbreviationTable, unitKey } from './unit-key';

/**
 * Checks a directory the user edited (JSON) and returns a clean copy. Hard mistakes (wrong
 * types, a unit without a name) fail with the entry and field named; soft ones (empty aliases,
 * unknown fields, a name claimed by two units) become warnings.
 */

const ENTRY_FIELDS = new Set(['name', 'aliases', 'kind']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Messages number entries from 1 (`entry`), as people count them. */
function invalid(params: ParamsOf<'unit-directory-invalid'>, where: string): Failure {
  return failure('unit-directory-invalid', params, where);
}

export function parseDirectory(json: unknown): Result<UnitDirectory> {
  const root = Array.isArray(json) ? { units: json } : json;
  if (!isRecord(root)) {
    return invalid({ reason: 'not-object' }, '$');
  }
  if (!Array.isArray(root.units)) {
    return invalid({ reason: 'no-units' }, 'units');
  }
  const warnings: Warning[] = [];
  const units: UnitEntry[] = [];
  for (const [i, raw] of root.units.entries()) {
    const where = `units[${i}]`;
    const entry = i + 1;
    if (!isRecord(raw)) return invalid({ reason: 'entry-not-object', entry }, where);
    if (typeof raw.name !== 'string' || isBlank(raw.name)) {
      return invalid({ reason: 'no-name', entry }, `${where}.name`);
    }
    const name = clean(raw.name);
    const aliasesRaw = raw.aliases ?? [];
    if (!Array.isArray(aliasesRaw)) {
      return invalid({ reason: 'aliases-not-list', entry, name }, `${where}.aliases`);
    }
    const aliases: string[] = [];
    for (const [j, a] of aliasesRaw.entries()) {
      if (typeof a !== 'string') {
        return invalid({ reason: 'alias-not-string', entry, name, alias: j + 1 }, `${where}.aliases[${j}]`);
      }
      if (isBlank(a)) {
        warnings.push(warning('unit-alias-empty', { where: `${where}.aliases[${j}]`, entry, name, alias: j + 1 }));
      } else aliases.push(clean(a));
    }
    let kind: UnitKind | undefined;
    if (raw.kind !== undefined) {
      if (!UNIT_KINDS.includes(raw.kind as UnitKind)) {
        return invalid({ reason: 'kind-invalid', entry, name, kinds: UNIT_KINDS.map((k) => `"${k}"`).join(', ') }, `${where}.kind`);
      }
      kind = raw.kind as UnitKind;
    }
    for (const field of Object.keys(raw)) {
      if (!ENTRY_FIELDS.has(field)) {
        warnings.push(warning('unit-field-unknown', { where, entry, name, field }));
      }
    }
    units.push(kind ? { name, aliases, kind } : { name, aliases });
  }

  let abbreviations: Record<string, string> | undefined;
  if (root.abbreviations !== undefined) {
    if (!isRecord(root.abbreviations)) {
      return invalid({ reason: 'abbreviations-not-object' }, 'abbreviations');
    }
    abbreviations = {};
    for (const [k, v] of Object.entries(root.abbreviations)) {
      if (typeof v !== 'string' || isBlank(v)) {
        return invalid({ reason: 'abbreviation-invalid', abbreviation: k }, `abbreviations.${k}`);
      }
      abbreviations[clean(k)] = clean(v);
    }
  }

  if (units.length === 0) warnings.push(warning('unit-directory-empty', {}));
  for (const w of duplicateWarnings(units, abbreviations)) warnings.push(w); // no spread: a directory may be long
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
        // keptBy stays 0-based (as units[...] is); entry counts from 1 for people.
        warnings.push(warning('unit-alias-duplicate', { where: `units[${i}]`, entry: i + 1, name: u.name, written, keptBy: first, keptByName: other.name }));
      }
    }
  });
  return warnings;
}
