#!/usr/bin/env node
// Entry point of the `silkloom` command. The sources are TypeScript run through
// tsx's loader, so there is no build step between `npm ci` and `npx silkloom`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Streaming commands hold little live data, but on a machine with plenty of RAM
// V8 lets old space grow to gigabytes before a full collection, so a 1 GB
// import would show ~300 MB RSS of garbage. These commands therefore run in a
// child with a bounded heap (SILKLOOM_HEAP_MB, default 256; 0 turns it off).
const BOUNDED = new Set(['import', 'export', 'clean', 'scan']);
const heapMb = Number(process.env.SILKLOOM_HEAP_MB ?? 256);
const hasHeapFlag = process.execArgv.some((a) => a.startsWith('--max-old-space-size'));

if (BOUNDED.has(process.argv[2]) && heapMb > 0 && !hasHeapFlag) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${heapMb}`, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
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
