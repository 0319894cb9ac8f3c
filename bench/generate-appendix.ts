import { readFileSync } from 'fs';
import { join } from 'path';
import { toPaginatedMarkdown, type AppendixSection, type AppendixTask } from '../test/support/render-appendix';

/**
 * An appendix of n tasks made from the sample's own tasks (renumbered, spread over sections of
 * 15), paginated like a PDF conversion with rows cut over page breaks and a watermark: the same
 * work per task as the real document, at any size.
 */
export function generateAppendix(n: number, seed = 7): string {
  const sample = JSON.parse(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'ke-hoach-04.expected.json'), 'utf8')) as {
    tasks: AppendixTask[];
  };
  const sections: AppendixSection[] = [];
  const tasks: AppendixTask[] = [];
  for (let i = 0; i < n; i++) {
    const s = String(Math.floor(i / 15) + 1);
    if (i % 15 === 0) sections.push({ stt: s, title: `Nhóm nhiệm vụ số ${s}` });
    const src = sample.tasks[i % sample.tasks.length] as AppendixTask;
    const stt = `${s}.${(i % 15) + 1}`;
    tasks.push({ ...src, id: stt, stt, section: s });
  }
  return toPaginatedMarkdown(sections, tasks, { seed, rowsPerPage: [3, 6], cutShare: 0.4, watermark: 'Nguyen Van Demo - 1234', watermarkShare: 0.5 }).markdown;
}
