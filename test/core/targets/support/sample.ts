/**
 * Reads the sample plan for the target tests without the import core (which is another
 * engineer's area): the running text before the appendix, one paragraph per line, and the
 * appendix tasks' "Nhiệm vụ cụ thể" text by printed STT, with page-break continuations
 * (rows whose STT is empty) joined to the task above.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

export const FIXTURES = join(__dirname, '../../../fixtures');
export const SAMPLE = join(FIXTURES, 'ke-hoach-04-KH-UBND-2024-quan-1.md');

export interface SampleTask {
  id: string;
  text: string;
}

function cellText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>|<\/li>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readSample(): { body: string; tasks: SampleTask[] } {
  const lines = readFileSync(SAMPLE, 'utf8').normalize('NFC').split('\n');
  const appendix = lines.findIndex((l) => l.trim() === 'PHỤ LỤC');
  const body = lines
    .slice(0, appendix)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('|'))
    .join('\n');
  const tasks: SampleTask[] = [];
  for (const line of lines.slice(appendix)) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const stt = cells[0] ?? '';
    const text = cellText(cells[1] ?? '');
    if (stt === 'STT' || /^-+$/.test(stt)) continue;
    if (stt === '') {
      const last = tasks[tasks.length - 1];
      if (last && text) last.text = `${last.text} ${text}`.trim();
      continue;
    }
    if (/^\d+$/.test(stt)) continue; // a section row ("1", "2", ...): no task of its own
    tasks.push({ id: stt, text });
  }
  return { body, tasks };
}
