#!/usr/bin/env node
'use strict';
// The command runs from compiled JavaScript when it is there (npm run build:cli), and otherwise
// straight from the TypeScript sources, so `npx plan-tracker` works right after `npm ci`.
const path = require('path');
const fs = require('fs');
const built = path.join(__dirname, '..', 'build', 'cli', 'main.js');
const src = path.join(__dirname, '..', 'src', 'cli', 'main.ts');
const useBuilt = fs.existsSync(built) && fs.statSync(built).mtimeMs >= newestSource(path.join(__dirname, '..', 'src'));
if (!useBuilt) {
  require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
}
const { main } = require(useBuilt ? built : src);
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}
