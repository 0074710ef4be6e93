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

/**
 * Environment of that child: glibc's malloc tuned for `clean`. Freeing a large
 * block (a chunk's message between threads, a grown hash table) makes glibc
 * raise its mmap threshold to that block's size (up to 32 MB), so later
 * blocks of that size come from the threads' arenas, where freed memory stays
 * resident; a fixed 128 KiB threshold hands them back to the system when
 * freed. 50k pairs with 2 workers: peak RSS 280 → 242 MB at the same CPU
 * time (bench/clean/README.md). Variables the user set win; other C
 * libraries ignore them.
 */
export function boundedEnv(command, env) {
  if (command !== 'clean' || env.MALLOC_MMAP_THRESHOLD_ !== undefined) return env;
  return { ...env, MALLOC_MMAP_THRESHOLD_: String(128 * 1024) };
}
