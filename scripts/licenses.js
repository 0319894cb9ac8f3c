#!/usr/bin/env node
/**
 * The licences of what ships: every package of the production dependency tree (package-lock.json
 * entries not marked dev), read from its installed package.json. Prints a markdown table;
 * `--check` exits 1 when a licence is not one of the permissive ones below (the add-in and the
 * command line are handed to offices; nothing copyleft goes in with them).
 * Run: node scripts/licenses.js [--check]   (npm run licenses writes docs/licenses.md)
 */
const { readFileSync, existsSync } = require('fs');
const { join } = require('path');

const ROOT = join(__dirname, '..');
const PERMISSIVE = ['MIT', 'MIT/X11', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'Zlib', '0BSD', 'BlueOak-1.0.0', 'Unlicense', 'CC0-1.0', 'Python-2.0', 'CC-BY-4.0'];
/** Packages looked at by hand, with what was found: the check passes them and the table says why. */
const ACKNOWLEDGED = {
  'buffers@0.1.1': 'states no licence; reaches only the command line (exceljs > unzipper > binary), not the task pane',
};

function licenceOf(pkg) {
  const l = pkg.license ?? pkg.licenses;
  if (typeof l === 'string') return l;
  if (Array.isArray(l)) return l.map((x) => (typeof x === 'string' ? x : x.type)).join(' OR ');
  if (l && typeof l === 'object') return l.type;
  return 'UNKNOWN';
}

/** "(MIT OR Apache-2.0)" is fine when one side is; "MIT AND Zlib" needs both. */
function isPermissive(expr) {
  const e = expr.replace(/[()]/g, '').trim();
  if (/ OR /.test(e)) return e.split(/ OR /).some(isPermissive);
  if (/ AND /.test(e)) return e.split(/ AND /).every(isPermissive);
  return PERMISSIVE.includes(e);
}

function shipped() {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const out = new Map();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.devOptional) continue;
    const file = join(ROOT, path, 'package.json');
    if (!existsSync(file)) continue; // an optional package for another platform
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    out.set(`${pkg.name}@${pkg.version}`, licenceOf(pkg));
  }
  return [...out].sort(([a], [b]) => a.localeCompare(b));
}

const list = shipped();
if (process.argv.includes('--check')) {
  const bad = list.filter(([p, l]) => !isPermissive(l) && !ACKNOWLEDGED[p]);
  if (bad.length) {
    console.error(`Licences to look at before shipping: ${bad.map(([p, l]) => `${p} (${l})`).join(', ')}`);
    process.exit(1);
  }
  console.log(`${list.length} shipped packages, all under permissive licences.`);
} else {
  const byLicence = new Map();
  for (const [p, l] of list) {
    const label = ACKNOWLEDGED[p] ? `${l} (${ACKNOWLEDGED[p]})` : l;
    byLicence.set(label, [...(byLicence.get(label) ?? []), p]);
  }
  console.log('# Licences of what ships\n');
  console.log('Every package of the production dependency tree (the task pane bundle and the command line), from');
  console.log('package-lock.json and each installed package.json. Made by `npm run licenses`; `npm test` checks it is current');
  console.log('and that every licence is permissive. Dual-licensed packages are taken under their permissive side.\n');
  console.log(`| licence | packages (${list.length} shipped) |\n| --- | --- |`);
  for (const [l, ps] of [...byLicence].sort((a, b) => b[1].length - a[1].length)) console.log(`| ${l} | ${ps.join(', ')} |`);
}
