#!/usr/bin/env node
// Builds the web UI into packages/web/dist when it is missing or older than its sources
// (`--force` rebuilds anyway). `npm start` and the e2e tests call it, so a fresh clone
// needs only `npm ci && npm start`. Prints one line; exits non-zero when vite fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'packages', 'web');
const stamp = join(web, 'dist', 'index.html');

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(path)) if (name !== 'node_modules' && name !== 'dist') max = Math.max(max, newest(join(path, name)));
  return max;
}

/** Sources the bundle is made from: the web package and the browser-safe packages it imports. */
const inputs = [join(web, 'src'), join(web, 'index.html'), join(web, 'vite.config.ts'), join(root, 'packages', 'contract', 'src'), join(root, 'packages', 'core', 'src')];

export function webIsStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return inputs.some((p) => existsSync(p) && newest(p) > built);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--force') && !webIsStale()) {
    console.log('web UI: packages/web/dist is up to date');
    process.exit(0);
  }
  const started = Date.now();
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('web UI: vite build failed');
    process.exit(result.status ?? 1);
  }
  console.log(`web UI: built packages/web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
