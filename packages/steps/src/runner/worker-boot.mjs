// Worker-thread bootstrap. The sources are TypeScript without a build step:
// on Node 20 the worker registers tsx's loader itself (hooks registered in the
// parent, e.g. by bin/silkloom.js, do not reach worker threads), then loads
// the real entry. Node builds that strip types natively skip the loader.
if (!process.features.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import('./pipeline-worker.ts');
