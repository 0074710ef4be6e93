#!/usr/bin/env node
// Entry point of the `silkloom` command. The sources are TypeScript run through
// tsx's loader, so there is no build step between `npm ci` and `npx silkloom`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { boundedEnv, boundedFlags } from './node-flags.js';

// Streaming commands run in a child with a bounded heap (node-flags.js;
// SILKLOOM_HEAP_MB, default 256; 0 turns it off); `clean`'s also with glibc's
// malloc tuned (boundedEnv).
const heapMb = Number(process.env.SILKLOOM_HEAP_MB ?? 256);
const hasHeapFlag = process.execArgv.some((a) => a.startsWith('--max-old-space-size'));
const flags = hasHeapFlag ? [] : boundedFlags(process.argv[2], heapMb);

if (flags.length) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit', env: boundedEnv(process.argv[2], process.env) },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
} else {
  const main = await loadMain(process.argv[2]);
  process.exitCode = await main(process.argv);
}

/**
 * `clean` runs from a JavaScript bundle of its own entry (clean-main.ts, built
 * by steps' esm-bundle.mjs): no tsx loader thread, no other command's modules
 * (bench/clean/README.md). Everything else, or when the bundle cannot be
 * built, loads the TypeScript sources through tsx's loader.
 */
async function loadMain(command) {
  if (command === 'clean') {
    try {
      const { bundleEntry } = await import('@silkloom/steps/esm-bundle');
      const entry = await bundleEntry(new URL('../src/clean-main.ts', import.meta.url), 'silkloom-clean');
      if (entry) return (await import(entry.href)).main;
    } catch {
      // Fall through to the sources.
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/main.ts')).main;
}
