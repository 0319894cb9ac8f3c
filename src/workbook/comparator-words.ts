/**
 * Comparators as a Vietnamese reader writes them in a plan ("tối thiểu 80%", "dưới 2%"): the
 * targets sheet prints the word, never ">=". The verdict formulas and `check` read a cell in
 * either form, so workbooks written before (with ">=") keep working.
 */
import type { Comparator } from '../core/model';
import { key } from '../core/text';

export const COMPARATOR_WORDS: Record<Comparator, string> = {
  '>=': 'tối thiểu',
  '>': 'trên',
  '<=': 'tối đa',
  '<': 'dưới',
  '=': 'bằng',
};

const BY_KEY = new Map<string, Comparator>(
  (Object.entries(COMPARATOR_WORDS) as [Comparator, string][]).flatMap(([c, w]) => [
    [c, c],
    [key(w), c],
  ]),
);
BY_KEY.set('≥', '>=');
BY_KEY.set('≤', '<=');

/** The comparator a cell holds, as a word or a sign; null when it holds neither. */
export function comparatorOf(cell: string): Comparator | null {
  return BY_KEY.get(key(cell.trim())) ?? BY_KEY.get(cell.trim()) ?? null;
}
