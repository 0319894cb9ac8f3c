import { warning } from '../../../i18n/coded';
import type { Section, Target, Warning } from '../../model';
import { extractTargets } from '../../targets';
import { foldOcr } from '../../text';
import type { TaskDraft } from '../draft';
import { assignmentOf, coordinatorsOf, splitUnits } from './assign';
import { toBlocks, type Block } from './blocks';
import { classifyNumbered, isClosing, isDear, isDistribution, isSignature, isTimeOnly, opensBody } from './classify';
import { dueTextOf } from './due';
import { ASSIGN_VERB } from './vocabulary';

export interface ProseRead {
  sections: Section[];
  drafts: TaskDraft[];
  warnings: Warning[];
}

/** The heading a task sits under: its number, the units it names, the targets it sets. */
interface Heading {
  label: string;
  depth: number;
  lead: string[];
  targets: Target[];
  /** "1. Phòng Nội vụ: chủ trì ...": each undashed paragraph after it is one more task. */
  unitTask: boolean;
}

function depthOf(label: string): number {
  if (/^[IVX]+$/.test(label)) return 0;
  if (/(?:^|\.)[a-zđ]$/.test(label)) return 9;
  return label.split('.').length;
}

/**
 * A document in prose to task drafts (contract "Documents in prose"). Paragraphs before the
 * instructions (letterhead, Kính gửi, grounds), closing formulas, the distribution list and the
 * signature are skipped; numbered items make sections; dashes and undashed paragraphs under them
 * are tasks with the lead their sentence or heading names.
 */
export function readProse(text: string): ProseRead {
  const blocks = toBlocks(text.split('\n'));
  const sections: Section[] = [];
  const drafts: TaskDraft[] = [];
  const warnings: Warning[] = [];
  const headings: Heading[] = [];
  let body = false;
  let dear = false;
  /** The heading's count of tasks so far (for "<section>.<n>"). */
  const counts = new Map<string, number>();
  let last: TaskDraft | null = null;
  let lastBullets = false;
  let lastGlyph = '';
  let inherited: string[] | null = null;
  /** Where the tasks of a "..., cụ thể:" list start (the list's own task first). */
  let groupFrom: number | null = null;

  const current = (): Heading | undefined => headings[headings.length - 1];
  const leadOf = (): string[] => {
    for (let i = headings.length - 1; i >= 0; i--) if ((headings[i] as Heading).lead.length > 0) return (headings[i] as Heading).lead;
    return [];
  };
  const targetsOf = (): Target[] => {
    for (let i = headings.length - 1; i >= 0; i--) if ((headings[i] as Heading).targets.length > 0) return (headings[i] as Heading).targets;
    return [];
  };
  const openHeading = (b: Block, lead: string[], title: string, unitTask: boolean) => {
    const label = b.label as string;
    const depth = depthOf(label);
    while (headings.length > 0 && (current() as Heading).depth >= depth) headings.pop();
    headings.push({ label, depth, lead, targets: extractTargets(title, { idPrefix: `MUC-${label}` }), unitTask });
    sections.push({ stt: label, title });
    last = null;
    lastBullets = false;
    inherited = null;
    groupFrom = null;
  };
  const addTask = (b: Block, taskText: string, stt: string | null, ownLead: string[] | null, coordinators: string[]) => {
    const h = current();
    const section = h?.label ?? '';
    const n = (counts.get(section) ?? 0) + 1;
    counts.set(section, n);
    const lead = ownLead ?? inherited ?? leadOf();
    const draft: TaskDraft = {
      id: '',
      stt: stt ?? (section === '' ? String(n) : `${section}.${n}`),
      section,
      task: taskText,
      products: [],
      lead,
      coordinators,
      notes: '',
      extra: {},
      deadlineText: dueTextOf(taskText),
      origin: { line: b.line },
    };
    const headingTargets = targetsOf();
    if (headingTargets.length > 0) draft.headingTargets = headingTargets;
    if (lead.length === 0) warnings.push(warning('prose-lead-not-found', { line: b.line, text: taskText.slice(0, 80) }));
    drafts.push(draft);
    last = draft;
    if (ownLead !== null && /:\s*$/.test(taskText)) {
      inherited = ownLead;
      groupFrom = drafts.length - 1;
    }
  };
  /** The task's own assignment: "Giao X ...", "X chủ trì ...". */
  const own = (t: string): { lead: string[] | null; coordinators: string[] } => {
    const a = assignmentOf(t);
    // Under a unit heading a sentence's subject is most often part of the task ("Ban Chỉ đạo
    // ... của 10 phường cần ..."): only "Giao", "Đề nghị", "Yêu cầu" name another lead there.
    if (a && (a.how === 'verb' || !headings.some((h) => h.depth >= 0 && h.lead.length > 0))) return { lead: splitUnits(a.lead), coordinators: a.coordinators };
    if (a) return { lead: null, coordinators: a.coordinators };
    return { lead: null, coordinators: coordinatorsOf(t, foldOcr(t), 0) };
  };

  for (const b of blocks) {
    const f = foldOcr(b.text);
    // "a)", "b)" restart under each heading: printed under "II" they are "II.a", "II.b".
    if (b.label !== undefined && depthOf(b.label) === 9) {
      const parent = [...headings].reverse().find((h) => h.depth < 9);
      if (parent) b.label = `${parent.label}.${b.label}`;
    }
    if (isDistribution(f)) break;
    if (body && !b.label && isSignature(f)) break;
    if (!body) {
      if (isDear(f)) {
        dear = true;
        continue;
      }
      if (dear && b.bullet) continue;
      dear = false;
      if (opensBody(f)) {
        body = true;
        // "Ủy ban nhân dân huyện đề nghị Thủ trưởng các cơ quan, đơn vị thực hiện ... sau:": who
        // is asked leads every task below that names nobody else.
        const verb = /(?<![a-z])(?:giao|de nghi|yeu cau)\s+/.exec(f);
        const a = verb && verb.index > 0 ? assignmentOf(b.text.slice(verb.index)) : null;
        if (a) headings.push({ label: '', depth: -1, lead: splitUnits(a.lead), targets: [], unitTask: false });
        continue;
      }
      // "Giao ..." opens the instructions only as a sentence ("giao ban" in a title is a meeting).
      if (b.label === undefined && !(ASSIGN_VERB.test(f) && /^\p{Lu}/u.test(b.text))) continue;
      body = true;
    }
    if (b.label === undefined && !b.bullet && isClosing(b.text, f)) break;
    if (b.label !== undefined) {
      const k = classifyNumbered(b.text);
      if (k.kind === 'topic') openHeading(b, [], b.text, false);
      else if (k.kind === 'unit') openHeading(b, splitUnits(k.unit), k.unit, false);
      else if (k.kind === 'unit-task') {
        const lead = splitUnits(k.unit);
        openHeading(b, lead, k.unit, true);
        const c = coordinatorsOf(k.task, foldOcr(k.task), 0);
        addTask(b, k.task, b.label, lead, c);
      } else {
        // "a) ...", "b) ..." tasks under "1." sit in section "1", as printed; their ids stay "1.a".
        const letter = depthOf(b.label) === 9;
        if (letter) {
          while (headings.length > 0 && (current() as Heading).depth >= 9) headings.pop();
          last = null;
          lastBullets = false;
          inherited = null;
          groupFrom = null;
        } else openHeading(b, [], '', false);
        const o = own(b.text);
        addTask(b, b.text, b.label, o.lead, o.coordinators);
      }
      continue;
    }
    // A line that only says when belongs to the task above it.
    // After a "..., cụ thể:" list it times the list: each of its tasks that says no time itself.
    if (isTimeOnly(f) && last !== null) {
      const d = last as TaskDraft;
      d.deadlineText = b.text;
      if (groupFrom !== null) for (const g of drafts.slice(groupFrom)) if (g.deadlineText === '') g.deadlineText = b.text;
      continue;
    }
    // "+ ..." under a "- ..." task: a detail of that task, part of its row.
    if (b.bullet && b.glyph === '+' && last !== null && lastGlyph === '-') {
      const d = last as TaskDraft;
      d.task = `${d.task}\n+ ${b.text}`;
      if (d.deadlineText === '') d.deadlineText = dueTextOf(b.text);
      continue;
    }
    const h = current();
    // A fragment the scan displaced ("an dan quan." under the next heading): lower case, no dash.
    // It belongs to the last task that stops in mid sentence, else to the last task.
    if (!b.bullet && /^\p{Ll}/u.test(b.text) && !ASSIGN_VERB.test(f) && drafts.length > 0) {
      const open = drafts.slice(-20).reverse().find((d) => !/[.;:!?][”"')]*$/.test(d.task)) ?? (drafts[drafts.length - 1] as TaskDraft);
      open.task = `${open.task} ${b.text}`;
      warnings.push(warning('prose-paragraph-joined', { line: b.line, task: open.stt }));
      continue;
    }
    if (!b.bullet && last !== null && lastBullets && !h?.unitTask && !ASSIGN_VERB.test(f)) {
      // Under dashed tasks an undashed paragraph is most often the one above, cut by the scan.
      const d = last as TaskDraft;
      d.task = `${d.task} ${b.text}`;
      if (d.deadlineText === '') d.deadlineText = dueTextOf(b.text);
      warnings.push(warning('prose-paragraph-joined', { line: b.line, task: d.stt }));
      continue;
    }
    if (b.bullet) lastBullets = true;
    lastGlyph = b.glyph ?? '';
    const o = own(b.text);
    if (o.lead !== null) {
      inherited = null;
      groupFrom = null;
    }
    addTask(b, b.text, null, o.lead, o.coordinators);
  }
  return { sections, drafts, warnings };
}
