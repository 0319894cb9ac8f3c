/**
 * The bad-file corpus (issue 6): what offices will feed the command line by mistake. Each file
 * that cannot become a plan is answered with exit 2 and one line on stderr that says what is
 * wrong and with which file, never a stack trace, never a workbook. Two files are not mistakes
 * and are read: HTML carrying scripts (the table comes through, nothing executable does), and a
 * cell longer than Excel's 32,767 characters (parsed with a warning; `build` refuses to write it
 * rather than cut it). The files are made here, from fixed bytes and the fixtures.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';

const FIXTURES = join(__dirname, '..', 'fixtures');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pt-bad-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes from a fixed linear congruential generator: the same "random" file on every run. */
function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const utf8 = (s: string) => new TextEncoder().encode(s);
const HEADER = '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n';

/** Legacy-font text as a Unicode program shows it (src/core/import/readers/legacy.ts), saved as 8-bit bytes. */
const TCVN3 = 'Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nKÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2024\n| STT | NhiÖm vô | C¬ quan chñ tr× |\n| 1 | Rµ so¸t thñ tôc hµnh chÝnh | Phßng Néi vô |\n';
const VNI = 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\nKeá hoaïch caûi caùch haønh chính naêm 2024\n| STT | Nhieäm vuï | Cô quan chuû trì |\n| 1 | Raø soaùt thuû tuïc haønh chính | Phoøng Noäi vuï |\n';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main([...argv, '--lang', 'en'], { out: (s) => void out.push(s), err: (s) => void err.push(s) }, {});
  return code.then((c) => ({ code: c, out: out.join('\n'), err }));
}

const CORPUS: { name: string; file: string; bytes: () => Uint8Array; says: RegExp }[] = [
  { name: 'an empty file', file: 'ke-hoach.md', bytes: () => new Uint8Array(), says: /ke-hoach\.md is empty/ },
  { name: 'a byte order mark and blank lines', file: 'ke-hoach.txt', bytes: () => new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x20]), says: /ke-hoach\.txt is empty/ },
  { name: 'random bytes named .docx', file: 'ke-hoach.docx', bytes: () => noise(4096, 7), says: /ke-hoach\.docx.*(binary|not a Word|damaged)/ },
  { name: 'a zip signature then random bytes, named .docx', file: 'ke-hoach.docx', bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(2000, 9)]), says: /ke-hoach\.docx.*(damaged|not a Word|cannot be opened)/ },
  { name: 'a .docx cut in half', file: 'ke-hoach.docx', bytes: () => new Uint8Array(readFileSync(join(FIXTURES, 'appendix-sample.docx'))).slice(0, 6000), says: /ke-hoach\.docx.*damaged/ },
  { name: 'a binary file named .txt', file: 'ke-hoach.txt', bytes: () => noise(4096, 11), says: /ke-hoach\.txt is a binary file/ },
  { name: 'a PNG named .md', file: 'ke-hoach.md', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise(500, 3)]), says: /ke-hoach\.md: The page image cannot be read/ },
  { name: 'a document with no table', file: 'ke-hoach.md', bytes: () => utf8('Kế hoạch năm 2024\n\nVăn bản này chỉ có lời văn, không có bảng phân công nhiệm vụ.\n'), says: /ke-hoach\.md holds no table/ },
  { name: 'a table with a header and no rows', file: 'ke-hoach.md', bytes: () => utf8(HEADER), says: /ke-hoach\.md.*header but no task rows/ },
  { name: 'TCVN3 (ABC) text', file: 'ke-hoach.txt', bytes: () => latin1(TCVN3), says: /ke-hoach\.txt.*legacy TCVN3 Vietnamese encoding; convert it to Unicode/ },
  { name: 'VNI text', file: 'ke-hoach.txt', bytes: () => latin1(VNI), says: /ke-hoach\.txt.*legacy VNI Vietnamese encoding; convert it to Unicode/ },
];

describe('each bad file: exit 2, one line naming the file and what is wrong, no workbook', () => {
  it.each(CORPUS)('$name', async ({ file, bytes, says }) => {
    const path = join(dir, file);
    writeFileSync(path, bytes());
    for (const argv of [['parse', path], ['build', path, '-o', join(dir, 'out.xlsx')]]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(says);
      expect(r.err[0]).not.toMatch(/\n|\s+at \S+ \(|Error:/);
      expect(r.out).toBe('');
      expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
    }
  });
});

describe('files that are not mistakes', () => {
  it('HTML with scripts and event attributes: the table is read, nothing executable reaches the Plan', async () => {
    const html =
      '<html><head><script>alert(1)</script><style>td{}</style></head><body onload="alert(2)">' +
      '<table><tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian hoàn thành</th></tr>' +
      '<tr><td>1</td><td onclick="alert(3)">Rà soát <img src=x onerror="alert(4)">thủ tục<script>alert(5)</script> <a href="javascript:alert(6)">hành chính</a></td><td>Phòng Nội vụ</td><td>Quý I năm 2024</td></tr>' +
      '</table><iframe src="javascript:alert(7)"></iframe></body></html>';
    const path = join(dir, 'dan-tu-web.html');
    writeFileSync(path, html);
    const r = await run(['parse', path, '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out) as { tasks: { task: string; lead: string[]; deadline: { due: string } }[] };
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]).toMatchObject({ task: 'Rà soát thủ tục hành chính', lead: ['Phòng Nội vụ'], deadline: { due: '2024-03-31' } });
    expect(r.out).not.toMatch(/alert|<script|onerror|onclick|onload|javascript:|<img|<iframe/i);
  });

  it('a cell over 32,767 characters: parse says so; build refuses to cut it, naming the task, and writes nothing', async () => {
    const long = 'Rà soát, đánh giá thủ tục hành chính '.repeat(1000).trim();
    const path = join(dir, 'o-qua-dai.md');
    writeFileSync(path, `${HEADER}| 1 | ${long} | Phòng Nội vụ | Quý I năm 2024 |\n| 2 | Nhiệm vụ ngắn | Phòng Nội vụ | Quý II năm 2024 |\n`);
    const parsed = await run(['parse', path, '--json']);
    expect(parsed.code).toBe(0);
    const plan = JSON.parse(parsed.out) as { tasks: { task: string }[]; warnings: { code: string; task?: string }[] };
    expect(plan.tasks[0]?.task).toBe(long); // the Plan holds it whole
    expect(plan.warnings).toContainEqual(expect.objectContaining({ code: 'cell-too-long', task: '1' }));
    const out = join(dir, 'o-qua-dai.xlsx');
    const built = await run(['build', path, '-o', out]);
    expect(built.code).toBe(2);
    expect(built.err).toEqual([expect.stringMatching(/Not written: task 1, task holds 36999 characters, over Excel's 32767 per cell/)]);
    expect(existsSync(out)).toBe(false);
  });
});
