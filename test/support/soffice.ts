/**
 * LibreOffice headless for tests: recalculates and re-saves workbooks, renders them to PDF, and
 * pdftoppm turns PDF pages into pixels. Tests skip (saying so) only when soffice is missing and
 * CI is not set; in CI a missing soffice fails them (scripts/test-all.sh installs it).
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

function onPath(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const HAS_SOFFICE = onPath('soffice');
export const HAS_PDFTOPPM = onPath('pdftoppm');

/** True when the LibreOffice tests can run; otherwise prints why they are skipped (or throws in CI). */
export function sofficeReady(what: string): boolean {
  if (HAS_SOFFICE && HAS_PDFTOPPM) return true;
  const missing = [HAS_SOFFICE ? '' : 'soffice (libreoffice-calc)', HAS_PDFTOPPM ? '' : 'pdftoppm (poppler-utils)'].filter(Boolean).join(', ');
  if (process.env.CI) throw new Error(`${what}: ${missing} missing in CI`);
  console.log(`SKIPPED ${what}: ${missing} not installed (apt-get install libreoffice-calc poppler-utils; scripts/test-all.sh does it)`);
  return false;
}

let profile: string | null = null;

/** Converts files with one soffice run (its own profile, so parallel test runs do not collide). */
export function sofficeConvert(files: string[], format: 'xlsx' | 'pdf' | 'csv', outDir: string): string[] {
  profile ??= mkdtempSync(join(tmpdir(), 'pt-lo-profile-'));
  execFileSync(
    'soffice',
    ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', outDir, ...files],
    { stdio: 'pipe', timeout: 240000 },
  );
  return files.map((f) => {
    const out = join(outDir, f.replace(/^.*\//, '').replace(/\.[^.]+$/, `.${format}`));
    if (!existsSync(out)) throw new Error(`soffice did not write ${out}`);
    return out;
  });
}

export interface Page {
  width: number;
  height: number;
  /** RGB, row-major. */
  data: Uint8Array;
}

/** PDF pages as pixels (PPM from pdftoppm). */
export function pdfPages(pdf: string, dpi = 72): Page[] {
  const dir = mkdtempSync(join(tmpdir(), 'pt-ppm-'));
  execFileSync('pdftoppm', ['-r', String(dpi), pdf, join(dir, 'p')], { stdio: 'pipe', timeout: 120000 });
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.ppm'))
    .sort()
    .map((f) => parsePpm(readFileSync(join(dir, f))));
  rmSync(dir, { recursive: true, force: true });
  return pages;
}

/** Removes the LibreOffice profile this process made. */
export function sofficeCleanup(): void {
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = null;
}

function parsePpm(buf: Buffer): Page {
  // Header: "P6\n<w> <h>\n255\n" (whitespace-separated tokens), then RGB bytes.
  let pos = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos] as number))) pos++;
    let t = '';
    while (!/\s/.test(String.fromCharCode(buf[pos] as number))) t += String.fromCharCode(buf[pos++] as number);
    tokens.push(t);
  }
  pos++;
  const [magic, w, h] = tokens;
  if (magic !== 'P6') throw new Error(`not a binary PPM: ${magic}`);
  return { width: Number(w), height: Number(h), data: new Uint8Array(buf.subarray(pos)) };
}

/** Areas of connected pixels close to a colour (RRGGBB), ignoring specks smaller than minPixels. */
export function colourBlobs(page: Page, hex: string, tolerance = 10, minPixels = 6): number[] {
  const want = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const { width, height, data } = page;
  const hit = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const r = data[i * 3] as number;
    const g = data[i * 3 + 1] as number;
    const b = data[i * 3 + 2] as number;
    if (Math.abs(r - want[0]) <= tolerance && Math.abs(g - want[1]) <= tolerance && Math.abs(b - want[2]) <= tolerance) hit[i] = 1;
  }
  const sizes: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < hit.length; i++) {
    if (hit[i] !== 1) continue;
    let size = 0;
    hit[i] = 2;
    stack.push(i);
    while (stack.length) {
      const p = stack.pop() as number;
      size++;
      const x = p % width;
      for (const q of [p - 1, p + 1, p - width, p + width]) {
        if (q < 0 || q >= hit.length || hit[q] !== 1) continue;
        if ((q === p - 1 && x === 0) || (q === p + 1 && x === width - 1)) continue;
        hit[q] = 2;
        stack.push(q);
      }
    }
    if (size >= minPixels) sizes.push(size);
  }
  return sizes;
}
