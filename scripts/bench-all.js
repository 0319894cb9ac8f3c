#!/usr/bin/env node
/**
 * npm run bench: every bench, each in its own process (a bench's memory and module cache never
 * colour the next one's figures): bench/run.ts first, then every bench/*.bench.ts in name
 * order, then the task pane's first-load size. A new bench is a new bench/<name>.bench.ts file.
 */
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const benches = ['run.ts', ...readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts')).sort()];
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
for (const b of benches) {
  run(process.execPath, ['--expose-gc', '-r', 'ts-node/register/transpile-only', join('bench', b)]);
}
if (!existsSync(join(root, 'dist', 'taskpane.html'))) run('npx', ['webpack', '--mode', 'production']);
run(process.execPath, [join('scripts', 'bundle-size.js')]);
