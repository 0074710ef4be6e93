#!/usr/bin/env node
// Checks the import direction between workspace packages (docs/architecture.md):
//   web ──> contract ──> core
//   server ──> {store, formats, text, steps, governance, contract} ──> core
//   cli ──> {store, formats, text, steps, governance, contract} ──> core ; cli ──> server (serve only)
//   steps ──> text ──> core
// and that only `store` touches SQL drivers, only `server` Fastify, only `web` React,
// that core and contract stay free of node:* (browser-safe), and that every bare
// import is declared in the importing package's package.json.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ALLOWED = {
  core: [],
  formats: ['core'],
  text: ['core'],
  steps: ['text', 'core'],
  governance: ['text', 'core'],
  store: ['core'],
  contract: ['core'],
  server: ['store', 'formats', 'text', 'steps', 'governance', 'contract', 'cobuild', 'core'],
  cli: ['server', 'store', 'formats', 'text', 'steps', 'governance', 'contract', 'cobuild', 'core'],
  web: ['contract', 'core'],
  cobuild: ['steps', 'text', 'core'],
};
const OWNED = [
  { pattern: /^(kysely|better-sqlite3|pg|pg-copy-streams|pg-cursor)(\/|$)/, owner: ['store'] },
  { pattern: /^(fastify|@fastify\/)/, owner: ['server'] },
  { pattern: /^(react|react-dom)(\/|$)/, owner: ['web'] },
];
const BROWSER_SAFE = new Set(['core', 'contract', 'web']);
const builtins = new Set(builtinModules);

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const importRe = /(?:^|[^\w.])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
const problems = [];
const packagesDir = join(root, 'packages');
for (const pkg of readdirSync(packagesDir)) {
  const pkgDir = join(packagesDir, pkg);
  const manifestPath = join(pkgDir, 'package.json');
  if (!existsSync(manifestPath)) continue;
  if (!(pkg in ALLOWED)) {
    problems.push(`packages/${pkg}: not in the import-direction table of scripts/check-imports.mjs`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]);
  for (const file of walk(join(pkgDir, 'src'))) {
    const isTest = /\.test\.tsx?$/.test(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(importRe)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const where = relative(root, file);
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(pkgDir + '/')) problems.push(`${where}: relative import "${spec}" leaves packages/${pkg}`);
        continue;
      }
      if (spec.startsWith('node:') || builtins.has(spec)) {
        if (BROWSER_SAFE.has(pkg) && !isTest) problems.push(`${where}: ${pkg} must stay browser-safe but imports ${spec}`);
        continue;
      }
      const scoped = spec.match(/^@silkloom\/([^/]+)/);
      if (scoped) {
        const target = scoped[1];
        if (target !== pkg && !ALLOWED[pkg].includes(target)) problems.push(`${where}: ${pkg} may not import @silkloom/${target}`);
        if (target !== pkg && !declared.has(`@silkloom/${target}`)) problems.push(`${where}: @silkloom/${target} is not declared in packages/${pkg}/package.json`);
        continue;
      }
      for (const rule of OWNED) {
        if (rule.pattern.test(spec) && !rule.owner.includes(pkg)) problems.push(`${where}: only ${rule.owner.join('/')} may import ${spec}`);
      }
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (!declared.has(name)) problems.push(`${where}: "${name}" is not declared in packages/${pkg}/package.json`);
    }
  }
}
if (problems.length) {
  console.error(`import direction: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('import direction: ok');
