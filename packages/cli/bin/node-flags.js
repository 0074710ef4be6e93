// V8 flags of the child process that runs the streaming commands (bin/silkloom.js);
// bench/clean starts its runs with the same ones, so its peak RSS is the command's.

/** Commands that stream: they hold little live data, so their heap can be bounded. */
export const BOUNDED = new Set(['import', 'export', 'clean', 'scan']);

/**
 * On a machine with plenty of RAM V8 lets old space grow to gigabytes before a
 * full collection, so a 1 GB import would show ~300 MB RSS of garbage: old
 * space is bounded (SILKLOOM_HEAP_MB, default 256; 0 turns it off). `clean`'s
 * main thread makes short-lived garbage only (decoded chunk records,
 * decisions): 4 MB semi-spaces (a 12 MB nursery, as its workers have) instead
 * of V8's 16 MB lowered its peak RSS by ~70 MB at 200k pairs
 * (bench/clean/README.md).
 */
export function boundedFlags(command, heapMb) {
  if (!BOUNDED.has(command) || !(heapMb > 0)) return [];
  return [`--max-old-space-size=${heapMb}`, ...(command === 'clean' ? ['--max-semi-space-size=4'] : [])];
}
