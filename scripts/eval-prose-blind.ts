/**
 * Blind evaluation of the prose reader: runs parsePlan of a worktree on test/fixtures/prose-blind
 * (documents judged by hand, clean and OCR'd twins) and prints per-document and overall scores
 * with every mismatch on one line.
 *
 *   node -r ts-node/register/transpile-only scripts/eval-prose-blind.ts <worktree>
 *
 * The fixtures are read from this script's own worktree; the reader from <worktree>, so a branch
 * can be measured without touching it. Tasks are matched by id, and failing that by the opening
 * words of the task (reported as an id mismatch), so one numbering slip does not hide the rest.
 */
import * as path from 'path';
import { scoreBlind, summary, type ParsePlan } from '../test/core/import/prose/blind-score';

const worktree = path.resolve(process.argv[2] ?? '.');
const fixtures = path.join(__dirname, '..', 'test', 'fixtures', 'prose-blind');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parsePlan } = require(path.join(worktree, 'src', 'core', 'import')) as { parsePlan: ParsePlan };
const { clean, ocr, all, mismatches, docLines } = scoreBlind(parsePlan, fixtures);

console.log(`prose-blind eval of ${worktree}\n`);
for (const l of docLines) console.log(l);
console.log('');
console.log(summary('clean', clean));
console.log(summary('ocr', ocr));
console.log(summary('overall', all));
console.log(`\nmismatches (${mismatches.length}):`);
for (const l of mismatches.sort()) console.log(l);
