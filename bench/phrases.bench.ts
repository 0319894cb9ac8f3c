/**
 * Phrase reading (deadlines and targets) on 5,000 tasks, and what it adds to parsing: issue 3
 * asks that it add less than a third to parse time. Figures, not pass/fail.
 * Run: node --expose-gc -r ts-node/register/transpile-only bench/phrases.bench.ts
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDeadline } from '../src/core/deadline';
import { parsePlan } from '../src/core/import';
import { readPhrases } from './phrase-steps';
import { readInput } from '../src/core/import/readers';
import type { Target } from '../src/core/model';
import { compareBodyAndTaskTargets, extractTargets, readChiTieuSection } from '../src/core/targets';
import { CONTRACT_ROWS } from '../test/core/deadline/contract.cases';
import { FAMILY_CASES } from '../test/core/deadline/families.cases';
import { HELD_OUT } from '../test/core/deadline/held-out.cases';
import { readSample } from '../test/core/targets/support/sample';
import { generateAppendix } from './generate-appendix';
import { row, time } from './measure';

const N = 5000;

async function main(): Promise<void> {
  console.log(`== phrase reading, ${N.toLocaleString('en')} tasks (median)`);
  const sampleDeadlines = JSON.parse(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'ke-hoach-04.deadlines.expected.json'), 'utf8')) as { text: string }[];
  const pool = [...sampleDeadlines.map((s) => s.text), ...[...CONTRACT_ROWS, ...FAMILY_CASES, ...HELD_OUT].map((c) => c.input)];
  const phrases = Array.from({ length: N }, (_, i) => pool[i % pool.length] ?? '');
  const ctx = { year: 2024, planDate: '2024-01-04' };
  const d = await time(() => {
    for (const p of phrases) parseDeadline(p, ctx);
  }, 15, 2);
  row(`parseDeadline, ${N} phrases (${pool.length} distinct)`, d, `${((d.cpu / N) * 1000).toFixed(1)} µs/phrase`);

  const { body, tasks } = readSample();
  const texts = Array.from({ length: N }, (_, i) => ({ id: `${Math.floor(i / 15) + 1}.${(i % 15) + 1}`, text: (tasks[i % tasks.length] as { text: string }).text }));
  let found: { id: string; targets: Target[] }[] = [];
  row(`extractTargets, ${N} task texts of the sample`, await time(() => {
    found = texts.map((t) => ({ id: t.id, targets: extractTargets(t.text, { idPrefix: `NV-${t.id}` }) }));
  }, 9, 2), `${found.reduce((n, t) => n + t.targets.length, 0)} targets`);
  const bodyTargets = readChiTieuSection(body).targets;
  row('readChiTieuSection, the sample body', await time(() => readChiTieuSection(body), 31, 2), `${bodyTargets.length} targets`);
  row(`compareBodyAndTaskTargets, ${bodyTargets.length} body x ${N} tasks`, await time(() => compareBodyAndTaskTargets(bodyTargets, found), 9, 2));

  // The share: readPhrases (deadlines, year, targets, comparison) on the plan parsePlan makes.
  const bytes = new TextEncoder().encode(generateAppendix(N));
  const parsed = parsePlan({ name: 'bench.md', bytes }, { year: 2024 });
  const doc = readInput({ name: 'bench.md', bytes });
  if (!parsed.ok || !doc.ok) throw new Error('the generated appendix did not parse');
  const whole = await time(() => parsePlan({ name: 'bench.md', bytes }, { year: 2024 }), 7);
  // Fresh copies made before timing, so no run reads a plan another run has read.
  const copies = Array.from({ length: 8 }, () => structuredClone(parsed.value));
  const phrasesOnly = await time(() => readPhrases(copies.pop() as typeof parsed.value, doc.value.text, { year: 2024 }), 7);
  row(`parsePlan, ${N}-task appendix (everything)`, whole);
  row(`  of which readPhrases (deadlines, targets, year)`, phrasesOnly);
  const share = phrasesOnly.cpu / (whole.cpu - phrasesOnly.cpu);
  console.log(`  phrase reading adds ${(share * 100).toFixed(1)}% to the rest of parsing (target < 33%)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
