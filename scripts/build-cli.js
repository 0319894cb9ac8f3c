#!/usr/bin/env node
// Compiles the plan-tracker command to build/ (run by `npm ci` through "prepare"), so the
// command starts from JavaScript instead of compiling TypeScript on every run. Type errors are
// reported by `npm run lint` and `npm test`; here they must not stop an install, so the emitted
// JavaScript is kept and the exit code is 0 unless nothing was emitted.
'use strict';
const { spawnSync } = require('child_process');
const { existsSync } = require('fs');
const path = require('path');
const root = path.join(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(tsc)) {
  console.log('build-cli: TypeScript is not installed (production install?); the command will compile on the fly.');
  process.exit(0);
}
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.cli.json')], { stdio: 'inherit' });
const out = path.join(root, 'build', 'cli', 'main.js');
if (!existsSync(out)) {
  console.error('build-cli: the command could not be compiled.');
  process.exit(1);
}
if (r.status !== 0) console.log('build-cli: compiled with type errors (npm run lint lists them).');
