/**
 * Plans built by hand for tests and benches: N tasks in S sections, deterministic, with the
 * awkward values real plans hold (STT "1.10", text starting with "-", "=", "+", "@", several lead
 * units, deadlines with and without a date, targets of every comparator).
 */
import type { Comparator, Plan, Section, Target, Task } from '../../src/core/model';

export interface GenerateOptions {
  sections?: number;
  year?: number;
  /** Body targets (CT-...). */
  targets?: number;
  title?: string;
}

const UNITS = ['Phòng Nội vụ', 'Văn phòng HĐND và UBND', 'Phòng Tài chính - Kế hoạch', 'Phòng Văn hóa - Khoa học và Thông tin', 'UBND các phường'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const COMPARATORS: Comparator[] = ['>=', '>', '<=', '<', '='];

function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

export function makeTask(id: string, section: string, text: string, due: string | null, extra: Partial<Task> = {}): Task {
  return {
    id,
    stt: id,
    section,
    task: text,
    products: ['Kế hoạch', 'Báo cáo kết quả'],
    lead: ['Phòng Nội vụ'],
    coordinators: ['Các cơ quan, đơn vị'],
    notes: '',
    extra: {},
    deadline: due ? { text: `Hoàn thành trước ngày ${due}`, due, kind: 'date', milestones: [] } : { text: 'Thường xuyên', due: null, kind: 'none', milestones: [] },
    targets: [],
    origin: {},
    ...extra,
  };
}

export function makePlan(tasks: Task[], sections: Section[] = [], targets: Target[] = [], extra: Partial<Plan> = {}): Plan {
  return {
    schema: 'plan-tracker/plan@1',
    source: { file: 'test.md', format: 'markdown' },
    title: 'Kế hoạch thử nghiệm năm 2024',
    year: 2024,
    sections,
    tasks,
    targets,
    warnings: [],
    ...extra,
  };
}

export function generatePlan(n: number, opts: GenerateOptions = {}): Plan {
  const year = opts.year ?? 2024;
  const sectionCount = Math.max(1, Math.min(opts.sections ?? Math.ceil(n / 14), ROMAN.length * 10));
  const sections: Section[] = [];
  const tasks: Task[] = [];
  const perSection = Math.ceil(n / sectionCount);
  for (let s = 0; s < sectionCount && tasks.length < n; s++) {
    const stt = ROMAN[s] ?? String(s + 1);
    sections.push({ stt, title: `Phần ${stt}: nhóm nhiệm vụ số ${s + 1}` });
    for (let k = 1; k <= perSection && tasks.length < n; k++) {
      const i = tasks.length;
      const id = `${s + 1}.${k}`;
      const month = (i % 12) + 1;
      const due = i % 7 === 3 ? null : lastDay(year, month);
      const lead = [UNITS[i % UNITS.length] as string, ...(i % 5 === 0 ? [UNITS[(i + 2) % UNITS.length] as string] : [])];
      const odd = ['- Rà soát, cập nhật quy trình', '=SUM(A1:A2) không phải công thức', '+ Báo cáo', '@ tổ công tác'][i % 9];
      const text = odd ?? `Thực hiện nhiệm vụ số ${id} về cải cách hành chính, tối thiểu ${50 + (i % 40)}% hồ sơ trực tuyến`;
      const task = makeTask(id, stt, text, due, { lead, products: i % 3 === 0 ? ['Báo cáo'] : ['Kế hoạch', '- Báo cáo quý'] });
      if (i % 10 === 1) {
        task.targets = [
          {
            id: `NV-${id}-1`,
            text: `tối thiểu ${60 + (i % 30)}% hồ sơ`,
            comparator: '>=',
            value: 60 + (i % 30),
            unit: '%',
            scope: 'hồ sơ',
          },
        ];
      }
      tasks.push(task);
    }
  }
  const targets: Target[] = [];
  for (let t = 0; t < (opts.targets ?? 5); t++) {
    const comparator = COMPARATORS[t % COMPARATORS.length] as Comparator;
    const lower = comparator === '<' || comparator === '<=';
    targets.push({
      id: `CT-${t + 1}-1`,
      ref: String(t + 1),
      text: lower ? `Giảm tỷ lệ hồ sơ trễ hạn xuống dưới ${2 + t}%` : `Đạt tỷ lệ hài lòng ${80 + t}%`,
      comparator,
      value: lower ? 2 + t : 80 + t,
      unit: t === 2 ? 'hồ sơ' : '%',
      scope: 'toàn quận',
      better: lower ? 'lower' : 'higher',
      stretch: null,
    });
  }
  return makePlan(tasks, sections, targets, { title: opts.title ?? `Kế hoạch thử nghiệm năm ${year}`, year });
}
