/**
 * Runs `run` over the items `next` gives, at most `window` at a time, and
 * yields each item with its result in the order the items came. The runner's
 * chunk loop (both `CleanRun` and the TSV byte path): workers finish chunks in
 * any order, the output must keep input order, and a bounded window keeps
 * memory flat however long the input is.
 */
export async function* inOrder<T, R>(next: () => Promise<T | undefined>, run: (item: T) => Promise<R>, window: number): AsyncGenerator<[T, R]> {
  const inFlight: Array<{ item: T; result: Promise<R> }> = [];
  for (;;) {
    while (inFlight.length < window) {
      const item = await next();
      if (item === undefined) break;
      const result = run(item);
      // Awaited below in order; until then a rejection must not count as unhandled.
      result.catch(() => {});
      inFlight.push({ item, result });
    }
    const head = inFlight.shift();
    if (!head) return;
    yield [head.item, await head.result];
  }
}
