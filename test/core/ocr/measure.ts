/**
 * Measuring a restoration against the clean text: the two word sequences are aligned by edit
 * distance (a word matches when it is exactly the clean syllable, marks and all, ignoring case),
 * and the share of the clean text's syllables found exactly right is the accuracy.
 */
import { isSyllable } from '../../../src/core/ocr/syllables';
import { words } from '../../../src/core/ocr/tokens';

export interface Accuracy {
  syllables: number;
  right: number;
  share: number;
  /** Clean syllable -> what was read for it, for the ones that came out wrong. */
  wrong: Array<[string, string]>;
}

export function measure(clean: string, restored: string, keep: (w: string) => boolean = () => true): Accuracy {
  const a = words(clean).map((w) => w.toLowerCase());
  const b = words(restored).map((w) => w.toLowerCase());
  const m = a.length;
  const n = b.length;
  const d = Array.from({ length: m + 1 }, (_, i) => Uint32Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const loose = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  const cost = (x: string, y: string): number => (x === y ? 0 : loose(x) === loose(y) ? 1 : 2);
  for (let i = 1; i <= m; i++) {
    const row = d[i] as Uint32Array;
    const up = d[i - 1] as Uint32Array;
    for (let j = 1; j <= n; j++) {
      row[j] = Math.min((up[j] as number) + 2, (row[j - 1] as number) + 2, (up[j - 1] as number) + cost(a[i - 1] as string, b[j - 1] as string));
    }
  }
  let right = 0;
  let syllables = 0;
  const wrong: Array<[string, string]> = [];
  let i = m;
  let j = n;
  const count = (x: string, y: string | null): void => {
    if (!isSyllable(x) || !keep(x)) return;
    syllables++;
    if (x === y) right++;
    else wrong.push([x, y ?? '']);
  };
  while (i > 0 || j > 0) {
    const here = (d[i] as Uint32Array)[j] as number;
    if (i > 0 && j > 0 && here === ((d[i - 1] as Uint32Array)[j - 1] as number) + cost(a[i - 1] as string, b[j - 1] as string)) {
      count(a[i - 1] as string, b[j - 1] as string);
      i--;
      j--;
    } else if (i > 0 && here === ((d[i - 1] as Uint32Array)[j] as number) + 2) {
      count(a[i - 1] as string, null);
      i--;
    } else j--;
  }
  return { syllables, right, share: syllables === 0 ? 1 : right / syllables, wrong };
}
