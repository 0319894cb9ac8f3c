/**
 * A plan with a revision history: every section, task and target carries a uid that never
 * changes, so a test knows which task a typed value belongs to whatever the plan renumbers or
 * rewords. `toPlan` numbers it the way plans are numbered (sections I, II, ...; tasks "2.10";
 * targets NV-<task id>-<n> and CT-<ref>-1), so a revision that removes task 1.2 renumbers 1.3
 * to 1.2, exactly as an office's next version of the document would.
 *
 * Which revisions can a tool follow at all? A task is recognisable when it keeps its text, or its
 * number, or a text close to its old one (a few words changed). A revision that renumbers a task
 * AND rewrites it beyond recognition is, to any reader, a task removed and another added; the
 * generator does not make those (a reword swaps one word or adds a clause). New tasks are worded
 * from the vocabulary unlike every text the history has used (fewer than 40% of their words in
 * common), so they differ from any task they happen to replace or take the number of.
 */
import fc from 'fast-check';
import type { Comparator, Plan, Section, Target, Task } from '../../../src/core/model';
import { fold } from '../../../src/core/text';
import { makePlan, makeTask } from '../../support/generate-plan';

export interface TargetState {
  uid: number;
  text: string;
  comparator: Comparator;
  value: number;
  unit: string;
}

export interface TaskState {
  uid: number;
  text: string;
  due: string | null;
  targets: TargetState[];
}

export interface SectionState {
  uid: number;
  title: string;
  tasks: TaskState[];
}

export interface PlanState {
  sections: SectionState[];
  /** The body's CHỈ TIÊU list (CT-<n>-1). */
  body: TargetState[];
  nextUid: number;
  /** Every task text the history has used (new tasks are worded unlike all of them). */
  used: string[];
  /** Section titles used so far (a new section gets one not used before). */
  titles: string[];
  /** Body-target wordings used so far (a new body target gets one not used before). */
  wordings: string[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

// Words of real appendices. A task's text: verb + object + purpose + scope, each a few words.
const VERBS = ['Triển khai', 'Rà soát', 'Tổ chức', 'Kiểm tra', 'Xây dựng', 'Tuyên truyền', 'Đánh giá', 'Số hóa', 'Công khai', 'Hướng dẫn', 'Cập nhật', 'Theo dõi', 'Củng cố', 'Sơ kết', 'Phổ biến', 'Khảo sát'];
const OBJECTS = [
  'thủ tục hành chính',
  'hồ sơ đất đai',
  'quy chế làm việc',
  'cơ sở dữ liệu dân cư',
  'dịch vụ công trực tuyến',
  'chỉ số hài lòng',
  'bộ phận một cửa',
  'văn bản pháp luật',
  'đội ngũ công chức',
  'chữ ký số chuyên dùng',
  'hệ thống ISO 9001',
  'chế độ báo cáo',
  'hộp thư góp ý',
  'kho lưu trữ điện tử',
  'quy trình nội bộ',
  'tài sản công',
];
const PURPOSES = [
  'nhằm giảm thời gian chờ',
  'để nâng cao chất lượng',
  'phục vụ người dân',
  'bảo đảm công khai minh bạch',
  'tiết kiệm chi phí',
  'đáp ứng yêu cầu quản lý',
  'hỗ trợ doanh nghiệp',
  'tăng cường kỷ luật',
  'theo hướng tinh gọn',
  'gắn với chuyển đổi số',
  'phòng ngừa sai phạm',
  'thống nhất cách làm',
  'rút ngắn quy trình',
  'tạo thuận lợi cho tổ chức',
  'nâng tỷ lệ trực tuyến',
  'khắc phục hạn chế',
];
const SCOPES = [
  'trên địa bàn phường',
  'tại các phòng chuyên môn',
  'của Ủy ban nhân dân quận',
  'trong năm 2024',
  'theo Kế hoạch 04/KH-UBND',
  'ở các khu phố',
  'cấp xã, phường',
  'trong quý III',
  'tại trụ sở tiếp dân',
  'đối với hộ kinh doanh',
  'thuộc lĩnh vực xây dựng',
  'ở trường học công lập',
  'tại trạm y tế',
  'trong khối đảng, đoàn thể',
  'của đơn vị sự nghiệp',
  'theo chỉ đạo của Thành phố',
];
/** Starts real appendices use and spreadsheets misread: a list dash, a plus, an equals sign. */
const LEADS = ['', '', '', '', '- ', '+ ', '=', '@ '];
/** Words a revision adds or swaps in (a reword keeps most of the text). */
const REWORDS = ['kịp thời', 'đúng quy định', 'và báo cáo kết quả', 'định kỳ hằng quý', 'có hiệu quả', 'đồng bộ', 'theo hướng dẫn mới'];
/** Task targets repeat across tasks in real plans ("tối thiểu 90% hồ sơ ..."). */
const TASK_TARGETS: [string, Comparator, number, string][] = [
  ['tối thiểu 90% hồ sơ được giải quyết đúng hạn', '>=', 90, '%'],
  ['tối thiểu 80% hồ sơ trực tuyến toàn trình', '>=', 80, '%'],
  ['không quá 2% hồ sơ trễ hạn', '<=', 2, '%'],
  ['100% cán bộ được tập huấn', '=', 100, '%'],
];
/**
 * Body targets: each on its own subject, as a CHỈ TIÊU list has them. Two targets worded alike
 * but for their number could not be told apart by any reader once the plan renumbers them.
 */
const BODY_TARGETS: { text: string; comparator: Comparator; unit: string }[] = [
  { text: 'Tỷ lệ hài lòng của người dân đạt trên {v}%', comparator: '>=', unit: '%' },
  { text: 'Giảm số hồ sơ trễ hạn xuống dưới {v} hồ sơ', comparator: '<', unit: 'hồ sơ' },
  { text: 'Chỉ số cải cách hành chính đạt tối thiểu {v} điểm', comparator: '>=', unit: 'điểm' },
  { text: 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu {v}%', comparator: '>=', unit: '%' },
  { text: 'Văn bản điện tử có ký số đạt từ {v}% trở lên', comparator: '>=', unit: '%' },
  { text: 'Giảm thời gian giải quyết thủ tục đất đai xuống dưới {v} ngày', comparator: '<', unit: 'ngày' },
  { text: 'Cán bộ được bồi dưỡng nghiệp vụ ít nhất {v}%', comparator: '>=', unit: '%' },
];

export const SECTION_TITLES = [
  'Công tác chỉ đạo, điều hành',
  'Cải cách thể chế',
  'Thủ tục hành chính',
  'Tổ chức bộ máy',
  'Xây dựng chính quyền số',
  'Tài chính công',
  'Công vụ, công chức',
  'Thông tin, tuyên truyền',
  'Kiểm tra, giám sát',
  'Phòng, chống tham nhũng',
  'Chuyển đổi số',
  'Văn hóa công sở',
];

/** A section title the history has not used (sections are found by their title). */
function sectionTitle(s: PlanState, n: number): string {
  for (let k = 0; k < SECTION_TITLES.length; k++) {
    const t = pick(SECTION_TITLES, n + k);
    if (!s.titles.includes(t)) {
      s.titles.push(t);
      return t;
    }
  }
  const t = `Nhóm nhiệm vụ bổ sung ${s.titles.length + 1}`;
  s.titles.push(t);
  return t;
}

/** A random choice driven by a number the property generated (shrinks towards the first item). */
export function pick<T>(list: readonly T[], n: number): T {
  return list[Math.abs(Math.trunc(n)) % list.length] as T;
}

/** Folded words of a text, for telling a reword from a different task. */
export function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** Share of words two texts have in common (Dice over word sets): 1 same words, 0 none. */
export function likeness(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (x.size + y.size === 0) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return (2 * both) / (x.size + y.size);
}

/** New tasks share fewer than this share of their words with any text the history has used. */
export const UNLIKE = 0.4;

/**
 * A new task's text: the n-th verb + object + scope (walking the combinations from n) that is
 * unlike every text the plan's history has used, so no reader could take it for one of them.
 */
function taskText(s: PlanState, n: number): string {
  const size = [VERBS.length, OBJECTS.length, PURPOSES.length, SCOPES.length];
  const total = size.reduce((x, y) => x * y, 1);
  for (let k = 0; k < total; k++) {
    let i = (n + k * 7919) % total;
    const part = size.map((m) => {
      const d = i % m;
      i = Math.floor(i / m);
      return d;
    });
    const text = `${VERBS[part[0] as number]} ${OBJECTS[part[1] as number]} ${PURPOSES[part[2] as number]} ${SCOPES[part[3] as number]}`;
    if (s.used.every((u) => likeness(u, text) < UNLIKE)) {
      s.used.push(text);
      return pick(LEADS, n >> 4) + text;
    }
  }
  throw new Error('history: no wording left unlike every earlier one (make the vocabulary larger)');
}

function due(n: number): string | null {
  if (n % 6 === 5) return null;
  const m = (n % 12) + 1;
  return `2024-${String(m).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
}

function newTarget(s: PlanState, n: number): TargetState {
  const [text, comparator, value, unit] = pick(TASK_TARGETS, n);
  return { uid: s.nextUid++, text, comparator, value, unit };
}

/** A body target in a wording the history has not used, or null when none is left. */
function newBodyTarget(s: PlanState, n: number): TargetState | null {
  const v = 50 + (n % 45);
  // A wording the history has used before would read as that target re-set, not a new one.
  const fresh = [...Array(BODY_TARGETS.length).keys()].map((i) => pick(BODY_TARGETS, (n >> 2) + i)).find((t) => !s.wordings.includes(t.text));
  if (!fresh) return null;
  s.wordings.push(fresh.text);
  const t = fresh;
  return { uid: s.nextUid++, text: t.text.replace('{v}', String(v)), comparator: t.comparator, value: v, unit: t.unit };
}

function newTask(s: PlanState, n: number): TaskState {
  const uid = s.nextUid++;
  const t: TaskState = { uid, text: taskText(s, n), due: due(n >> 2), targets: [] };
  if (n % 4 === 1) t.targets.push(newTarget(s, n >> 5));
  if (n % 16 === 9) t.targets.push(newTarget(s, (n >> 5) + 1));
  return t;
}

/** The shape of a first plan: tasks per section (0..12, so STT "1.10" happens) and a seed each. */
export const planShape = fc.record({
  sections: fc.array(fc.array(fc.nat(), { maxLength: 12 }), { minLength: 1, maxLength: 4 }),
  body: fc.array(fc.nat(), { maxLength: 3 }),
});

export function initialPlan(shape: { sections: number[][]; body: number[] }): PlanState {
  const s: PlanState = { sections: [], body: [], nextUid: 1, used: [], titles: [], wordings: [] };
  shape.sections.forEach((seeds, i) => {
    const sec: SectionState = { uid: s.nextUid++, title: sectionTitle(s, i), tasks: [] };
    for (const n of seeds) sec.tasks.push(newTask(s, n));
    s.sections.push(sec);
  });
  for (const n of shape.body) {
    const t = newBodyTarget(s, n);
    if (t) s.body.push(t);
  }
  return s;
}

export type Revision =
  | { kind: 'add'; at: number; n: number }
  | { kind: 'remove'; at: number }
  | { kind: 'reword'; at: number; n: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'addSection'; at: number; n: number }
  | { kind: 'removeSection'; at: number }
  | { kind: 'addTarget'; at: number; n: number }
  | { kind: 'removeTarget'; at: number }
  | { kind: 'retarget'; at: number; n: number }
  | { kind: 'addBody'; at: number; n: number }
  | { kind: 'removeBody'; at: number };

export const revisionArb: fc.Arbitrary<Revision> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), n: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('reword' as const), at: fc.nat(), n: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addSection' as const), at: fc.nat(), n: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeSection' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addTarget' as const), at: fc.nat(), n: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeTarget' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retarget' as const), at: fc.nat(), n: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addBody' as const), at: fc.nat(), n: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeBody' as const), at: fc.nat() }) },
);

/** All tasks with where they sit. */
export function allTasks(s: PlanState): { sec: SectionState; task: TaskState; index: number }[] {
  return s.sections.flatMap((sec) => sec.tasks.map((task, index) => ({ sec, task, index })));
}

/** A small rewording: swap a word for another, or add a clause (the text stays recognisable). */
function reword(text: string, n: number): string {
  const parts = text.split(' ');
  const extra = pick(REWORDS, n);
  if (n % 3 === 0 || parts.length < 8) return `${text} ${extra}`;
  const i = 1 + ((n >> 2) % (parts.length - 1));
  parts.splice(i, 1, extra);
  return parts.join(' ');
}

/** Applies one revision in place. Indices are taken modulo what exists; nothing to act on: no-op. */
export function revise(s: PlanState, r: Revision): void {
  const tasks = allTasks(s);
  switch (r.kind) {
    case 'add': {
      if (s.sections.length === 0) return;
      const sec = pick(s.sections, r.at);
      sec.tasks.splice((r.at >> 3) % (sec.tasks.length + 1), 0, newTask(s, r.n));
      return;
    }
    case 'remove': {
      if (tasks.length === 0) return;
      const t = pick(tasks, r.at);
      t.sec.tasks.splice(t.index, 1);
      return;
    }
    case 'reword': {
      if (tasks.length === 0) return;
      const t = pick(tasks, r.at).task;
      t.text = reword(t.text, r.n);
      return;
    }
    case 'move': {
      if (tasks.length === 0) return;
      const t = pick(tasks, r.at);
      t.sec.tasks.splice(t.index, 1);
      const to = pick(s.sections, r.to);
      to.tasks.splice((r.to >> 3) % (to.tasks.length + 1), 0, t.task);
      return;
    }
    case 'addSection': {
      if (s.sections.length >= ROMAN.length) return;
      const uid = s.nextUid++;
      const sec: SectionState = { uid, title: sectionTitle(s, r.n), tasks: [newTask(s, r.n >> 1)] };
      s.sections.splice(r.at % (s.sections.length + 1), 0, sec);
      return;
    }
    case 'removeSection': {
      if (s.sections.length <= 1) return;
      s.sections.splice(r.at % s.sections.length, 1);
      return;
    }
    case 'addTarget': {
      if (tasks.length === 0) return;
      const t = pick(tasks, r.at).task;
      if (t.targets.length < 3) t.targets.push(newTarget(s, r.n));
      return;
    }
    case 'removeTarget': {
      const withTargets = tasks.filter((t) => t.task.targets.length > 0);
      if (withTargets.length === 0) return;
      const t = pick(withTargets, r.at).task;
      t.targets.splice((r.at >> 3) % t.targets.length, 1);
      return;
    }
    case 'retarget': {
      // The plan raises or lowers a threshold: same target, its text changes by one number.
      const all = [...s.body, ...tasks.flatMap((t) => t.task.targets)];
      if (all.length === 0) return;
      const g = pick(all, r.at);
      const next = g.unit === '%' ? Math.min(100, Math.max(1, g.value + 1 + (r.n % 5))) : g.value + 1 + (r.n % 5);
      if (next === g.value) return;
      g.text = g.text.replace(String(g.value), String(next));
      g.value = next;
      return;
    }
    case 'addBody': {
      if (s.body.length >= 6) return;
      const t = newBodyTarget(s, r.n);
      if (t) s.body.splice(r.at % (s.body.length + 1), 0, t);
      return;
    }
    case 'removeBody': {
      if (s.body.length === 0) return;
      s.body.splice(r.at % s.body.length, 1);
      return;
    }
  }
}

export interface Numbered {
  plan: Plan;
  /** Current id of each task and target by uid, and the text it has now. */
  taskId: Map<number, string>;
  targetId: Map<number, string>;
  /** Current STT of each section by uid. */
  sectionStt: Map<number, string>;
}

export function toPlan(s: PlanState): Numbered {
  const sections: Section[] = [];
  const tasks: Task[] = [];
  const taskId = new Map<number, string>();
  const targetId = new Map<number, string>();
  const sectionStt = new Map<number, string>();
  s.sections.forEach((sec, si) => {
    const stt = ROMAN[si] as string;
    sections.push({ stt, title: sec.title });
    sectionStt.set(sec.uid, stt);
    sec.tasks.forEach((t, ti) => {
      const id = `${si + 1}.${ti + 1}`;
      taskId.set(t.uid, id);
      const targets: Target[] = t.targets.map((g, k) => {
        const gid = `NV-${id}-${k + 1}`;
        targetId.set(g.uid, gid);
        return { id: gid, text: g.text, comparator: g.comparator, value: g.value, unit: g.unit, scope: 'hồ sơ' };
      });
      tasks.push(makeTask(id, stt, t.text, t.due, { targets, products: ['Báo cáo'], lead: ['Phòng Nội vụ'] }));
    });
  });
  const body: Target[] = s.body.map((g, i) => {
    const id = `CT-${i + 1}-1`;
    targetId.set(g.uid, id);
    return { id, ref: String(i + 1), text: g.text, comparator: g.comparator, value: g.value, unit: g.unit, scope: 'toàn quận', better: g.comparator.startsWith('<') ? 'lower' : 'higher', stretch: null };
  });
  return { plan: makePlan(tasks, sections, body), taskId, targetId, sectionStt };
}

export function cloneState(s: PlanState): PlanState {
  return JSON.parse(JSON.stringify(s)) as PlanState;
}
