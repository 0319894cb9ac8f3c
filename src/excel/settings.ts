/**
 * The add-in's settings. They live in the workbook (Office.context.document.settings), so a
 * department's noise patterns and units directory travel with its tracking book; where the
 * host offers no document settings, in the add-in's browser storage.
 */
import { ok, type Result } from '../core/result';
import { failure, warning } from '../i18n/coded';
import { DEFAULT_SETTINGS, type Settings } from '../taskpane/operations';
import type { OfficeEnv } from './env';
import { describeError } from './errors';

export const SETTINGS_KEY = 'planTracker.settings';

/** Whatever was stored (by an older version, by hand) -> valid settings; unknown parts fall back. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    noise: Array.isArray(r.noise) ? r.noise.filter((x): x is string => typeof x === 'string') : [...DEFAULT_SETTINGS.noise],
    beforeDay: r.beforeDay === 'exclusive' ? 'exclusive' : 'inclusive',
    unitsDirectory: typeof r.unitsDirectory === 'string' ? r.unitsDirectory : DEFAULT_SETTINGS.unitsDirectory,
  };
}

function fromStorage(env: OfficeEnv): unknown {
  const text = env.storage()?.getItem(SETTINGS_KEY);
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    // Unreadable stored text: the defaults, as for a first run.
    return null;
  }
}

export async function loadSettings(env: OfficeEnv): Promise<Settings> {
  const doc = env.documentSettings();
  const stored = doc ? (doc.get(SETTINGS_KEY) as unknown) : fromStorage(env);
  return normaliseSettings(stored ?? null);
}

function saveAsync(doc: Office.Settings): Promise<Office.AsyncResult<void>> {
  return new Promise((resolve) => doc.saveAsync((r) => resolve(r)));
}

export async function saveSettings(env: OfficeEnv, settings: Settings): Promise<Result<true>> {
  const value = normaliseSettings(settings);
  const doc = env.documentSettings();
  try {
    if (doc) {
      doc.set(SETTINGS_KEY, value);
      const r = await saveAsync(doc);
      if (String(r.status) !== 'succeeded') {
        return failure('settings-save-failed', { detail: r.error?.message ?? String(r.status) }, r.error?.name);
      }
      return ok(true);
    }
    const storage = env.storage();
    if (!storage) return failure('settings-save-failed', { detail: 'no storage' });
    storage.setItem(SETTINGS_KEY, JSON.stringify(value));
    return ok(true, [warning('excel-settings-local', {})]);
  } catch (e) {
    return failure('settings-save-failed', { detail: describeError(e).message });
  }
}
