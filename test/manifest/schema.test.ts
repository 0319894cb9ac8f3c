/**
 * The add-in manifest: valid against Microsoft's 2019 XML schemas (the offline copy in
 * ../shared/schemas; this is the only code that looks there, and it says so and skips when the
 * folder is absent), least privilege, an ExcelApi requirement, Vietnamese with an English
 * override, and icons that exist at the sizes the manifest claims.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const SCHEMA = join(ROOT, '..', 'shared', 'schemas', 'xml-manifest-2019', 'OfficeAppManifestV1_1.xsd');
const xml = readFileSync(MANIFEST, 'utf8');

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('validates against the offline XML schema', () => {
    if (!existsSync(SCHEMA)) {
      console.log('skipped: ../shared/schemas not present (the offline manifest schema); `npm run validate` checks online');
      return;
    }
    if (!hasXmllint()) throw new Error('xmllint is missing: install it with `apt-get install libxml2-utils` (scripts/test-all.sh does)');
    const out = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, MANIFEST], { encoding: 'utf8' });
    expect(out.stderr.trim()).toBe(`${MANIFEST} validates`);
    expect(out.status).toBe(0);
  });

  it('asks for ReadWriteDocument and nothing more', () => {
    expect(xml.match(/<Permissions>([^<]+)<\/Permissions>/)?.[1]).toBe('ReadWriteDocument');
  });

  it('declares an ExcelApi requirement (1.1: the core flow; newer sets are checked at run time)', () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.1"\/>/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
  });

  it('speaks Vietnamese by default, with an English override for every string shown in Office', () => {
    expect(xml).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    for (const el of ['DisplayName', 'Description']) {
      expect(xml).toMatch(new RegExp(`<${el} DefaultValue="[^"]+">\\s*<Override Locale="en-us" Value="[^"]+"/>`));
    }
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]*">\s*(<bt:Override Locale="en-us")?/g)];
    expect(strings.length).toBeGreaterThanOrEqual(5);
    expect(strings.filter((m) => !m[2]).map((m) => m[1])).toEqual([]);
  });

  it('opens the task pane from a ribbon button, over HTTPS', () => {
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u?.startsWith('https://'))).toEqual([]);
    expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane\.html"\/>/);
  });

  it('names icons that exist in assets/ at the sizes it claims', () => {
    const claimed = new Map<string, number>();
    for (const m of xml.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="[^"]*\/(assets\/[^"]+)"/g)) claimed.set(m[2] as string, Number(m[1]));
    const icon = xml.match(/<IconUrl DefaultValue="[^"]*\/(assets\/[^"]+)"/)?.[1];
    const hi = xml.match(/<HighResolutionIconUrl DefaultValue="[^"]*\/(assets\/[^"]+)"/)?.[1];
    if (icon) claimed.set(icon, 32);
    if (hi) claimed.set(hi, 64);
    expect([...claimed.values()].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    for (const [file, size] of claimed) {
      expect({ file, ...pngSize(join(ROOT, file)) }).toEqual({ file, width: size, height: size });
    }
  });

  it('the icon script draws the committed icons', () => {
    const before = ['16', '32', '64', '80'].map((n) => readFileSync(join(ROOT, 'assets', `icon-${n}.png`)));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-icons.js')], { stdio: 'pipe' });
    const after = ['16', '32', '64', '80'].map((n) => readFileSync(join(ROOT, 'assets', `icon-${n}.png`)));
    expect(after).toEqual(before);
  });
});
