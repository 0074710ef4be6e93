#!/usr/bin/env node
// Entry point of the `silkloom` command. The sources are TypeScript run through
// tsx's loader, so there is no build step between `npm ci` and `npx silkloom`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { boundedFlags } from './node-flags.js';

// Streaming commands run in a child with a bounded heap (node-flags.js;
// SILKLOOM_HEAP_MB, default 256; 0 turns it off).
const heapMb = Number(process.env.SILKLOOM_HEAP_MB ?? 256);
const hasHeapFlag = process.execArgv.some((a) => a.startsWith('--max-old-space-size'));
const flags = hasHeapFlag ? [] : boundedFlags(process.argv[2], heapMb);

if (flags.length) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/main.ts');
  process.exitCode = await main(process.argv);
}
