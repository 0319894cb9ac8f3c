/**
 * One register, many documents: adding a 100-task conclusion notice to a register of 5,000 tasks
 * (a 4,500-task plan and four notices of 125), and revising one of its notices. Medians, no
 * pass/fail (issue 13 asks < 5 s for the addition).
 * Run: node --expose-gc -r ts-node/register/transpile-only bench/register.bench.ts
 */
import type { Plan } from '../src/core/model';
import { layoutWorkbook } from '../src/workbook/build-layout';
import { buildWorkbook, loadWorkbook, readSnapshot } from '../src/xlsx';
import { generatePlan } from '../test/support/generate-plan';
import { documentPlan, item, NOTICE } from '../test/workbook/register-plans';
import { row, time } from './measure';

function notice(n: number, tasks: number): Plan {
  const list = Array.from({ length: tasks }, (_, i) =>
    item(i + 1, `Thông báo số ${n}, nội dung ${i + 1}: rà soát, đôn đốc thực hiện kết luận về cải cách hành chính tại ${i % 10} phường`, 'Phòng Nội vụ', `2024-${String((i % 12) + 1).padStart(2, '0')}-28`),
  );
  return documentPlan({ ...NOTICE, number: `${n}/TB-UBND`, date: `2024-0${(n % 9) + 1}-15`, file: `thong-bao-${n}.pdf` }, list);
}

async function build(plan: Plan, template: Uint8Array | null): Promise<Uint8Array> {
  const r = await buildWorkbook(plan, { today: '2024-06-15', template });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.bytes;
}

async function main(): Promise<void> {
  console.log('== register: many documents in one workbook (median)');
  const plan = { ...generatePlan(4500, { sections: 300, targets: 20 }), source: { file: 'ke-hoach.docx', format: 'docx' as const, kind: 'plan' as const, number: '1/KH-UBND', date: '2024-01-05' } };
  let register = await build(plan, null);
  for (let n = 2; n <= 5; n++) register = await build(notice(n, 125), register);
  const snapshot = readSnapshot(await loadWorkbook(register)).snapshot;
  const fresh = notice(99, 100);
  const revised = notice(3, 125);
  revised.tasks = revised.tasks.filter((t) => t.id !== '7');
  revised.tasks.push(item(126, 'Nội dung bổ sung của thông báo sửa đổi: kiểm tra việc niêm yết thủ tục hành chính', 'Phòng Tư pháp', '2024-12-31'));
  const size = `${(register.length / 1e6).toFixed(1)} MB file, 5,000 tasks in 5 documents`;
  row('layout only: a new 100-task notice', await time(() => layoutWorkbook(fresh, { snapshot, today: '2024-06-15' }), 5));
  row('add a 100-task notice (read + layout + write)', await time(() => build(fresh, register), 3), size);
  row('revise a 125-task notice of the register (read + layout + write)', await time(() => build(revised, register), 3), size);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
