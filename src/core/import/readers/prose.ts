import type { CellLine, SourceRow, SourceTable } from '../../model';
import { fold } from '../../text';

/**
 * Conclusion notices (Thông báo kết luận) assign tasks in prose rather than in a table:
 *   "3. Giao Phòng Nội vụ:" then "- Tham mưu ..." paragraphs, until the next assignment or the
 *   "Nơi nhận" block. This reads them into the same table the other readers produce
 *   (STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành), so the core treats them alike:
 *   each assignment is a section, each paragraph a task "3.1", "3.2", led by the unit named.
 * Matching is on folded text, so OCR that lost its diacritics ("Giao Phong Noi vu") reads too.
 */

const ASSIGNMENT = /^\s*(\d{1,2})\s*[.)]\s*giao\s+(.+?)\s*:\s*$/;
const ASSIGNMENT_OPEN = /^\s*(\d{1,2})\s*[.)]\s*giao\s+/;
const TASK = /^\s*[-–+•]\s*/;
/** "Nơi nhận:" opens the distribution list; OCR garbles its vowel ("Noi nhin:"). */
const END = /^\s*noi\s+nh[a-z]{1,3}\s*:/;
/** The closing formula: "<Văn phòng> thông báo nội dung kết luận ... đến các đơn vị". */
const CLOSING = /th[a-z]ng\s+b[a-z]o\b/;
/** The sentence that states when a task is due ("Thời gian hoàn thành trong Quý 2 năm 2025"). */
const DUE_SENTENCE = /(thoi gian hoan thanh|hoan thanh truoc|hoan thanh trong|hoan thanh chậm nhat|cham nhat|truoc ngay|thoi han)[^.;]*/;

const line = (text: string, hard = false): CellLine => ({ text, hard });
const cell = (text: string) => ({ lines: text ? [line(text)] : [] });

export function readProseAssignments(paragraphs: string[]): SourceTable | null {
  const rows: SourceRow[] = [{ cells: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'].map(cell), row: 0 }];
  let section: string | null = null;
  let lead = '';
  let n = 0;
  let pendingHead = '';
  for (const p of paragraphs) {
    const f = fold(p);
    if (END.test(f)) break;
    // An assignment heading may wrap over two paragraphs before its ":".
    const head = pendingHead ? `${pendingHead} ${p}` : p;
    const fh = fold(head);
    const m = ASSIGNMENT.exec(fh);
    if (m && m[1]) {
      section = m[1];
      lead = head.slice(head.toLowerCase().indexOf('giao') + 4).replace(/\s*:\s*$/, '').trim();
      n = 0;
      pendingHead = '';
      rows.push({ cells: [cell(section), cell(`Giao ${lead}`), cell(''), cell('')], row: rows.length });
      continue;
    }
    if (ASSIGNMENT_OPEN.test(fh) && !fh.includes(':') && !pendingHead) {
      pendingHead = p;
      continue;
    }
    pendingHead = '';
    if (section === null) continue;
    if (!TASK.test(p)) {
      // A paragraph without a dash continues the task above (OCR's paragraph breaks fall inside
      // sentences), unless it is the notice's closing formula ("... thông báo nội dung kết luận").
      const last = rows[rows.length - 1]?.cells[1];
      if (CLOSING.test(f.slice(0, 100)) || n === 0 || !last?.lines[0]) section = null;
      else last.lines[0] = line(`${last.lines[0].text} ${p}`);
      continue;
    }
    n++;
    const text = p.replace(TASK, '').trim();
    const due = DUE_SENTENCE.exec(fold(text));
    // fold keeps positions for NFC text, so the match's span is the original sentence.
    const dueText = due ? text.slice(due.index, due.index + due[0].length).trim() : '';
    rows.push({ cells: [cell(`${section}.${n}`), cell(text), cell(lead), cell(dueText)], row: rows.length });
  }
  return rows.length > 1 && rows.some((r) => /\.\d+$/.test(r.cells[0]?.lines[0]?.text ?? '')) ? { rows, index: 0 } : null;
}
