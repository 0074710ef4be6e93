/**
 * The worker threads' entry as one JavaScript file, so a worker does not
 * register tsx's loader. On Node 20 each worker that registers it gets its own
 * loader hooks thread (an isolate with tsx and its transform cache): ~25 MB of
 * resident memory per worker, plus the transpiled copies of every module.
 * The bundle is built once per process with esbuild (tsx's own dependency,
 * loaded through tsx so no new package is needed), in memory, and written to
 * `node_modules/.cache/silkloom/` so its bare imports (xxhash-wasm, yaml …)
 * resolve from the same node_modules as the sources'. Workspace packages are
 * bundled; `import.meta.url` keeps each source file's own URL (the language
 * model and own-text files are read relative to it).
 *
 * Any failure (no esbuild, read-only node_modules) returns undefined and the
 * pool falls back to `worker-boot.mjs`, which registers tsx in the worker.
 */
import { createHash } from 'node:crypto';
import { readFileSync, mkdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface EsbuildPlugin {
  name: string;
  setup(build: {
    onResolve(o: { filter: RegExp }, cb: (a: { path: string }) => { path?: string; external?: boolean } | undefined): void;
    onLoad(o: { filter: RegExp }, cb: (a: { path: string }) => { contents: string; loader: string } | undefined): void;
  }): void;
}
interface Esbuild {
  build(o: Record<string, unknown>): Promise<{ outputFiles: Array<{ text: string }> }>;
}

let cached: Promise<URL | undefined> | undefined;

/** The bundled worker entry's URL, built on first use; undefined when it cannot be built. */
export function bundledWorkerEntry(): Promise<URL | undefined> {
  cached ??= build();
  return cached;
}

async function build(): Promise<URL | undefined> {
  if (process.env.SILKLOOM_WORKER_BUNDLE === '0') return undefined;
  try {
    const require = createRequire(import.meta.url);
    const tsxEntry = require.resolve('tsx/esm/api');
    const esbuild = createRequire(tsxEntry)('esbuild') as Esbuild;
    const entry = fileURLToPath(new URL('./pipeline-worker.ts', import.meta.url));
    const { outputFiles } = await esbuild.build({
      entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20',
      plugins: [keepSourceUrls], logLevel: 'silent', legalComments: 'none',
    });
    const code = outputFiles[0]!.text;
    const cacheDir = join(nodeModulesOf(tsxEntry), '.cache', 'silkloom');
    const file = join(cacheDir, `pipeline-worker.${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(cacheDir, { recursive: true });
      // Written under a private name then renamed: concurrent runs never see half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
    }
    return pathToFileURL(file);
  } catch {
    return undefined;
  }
}

/** The node_modules directory holding a resolved package file. */
function nodeModulesOf(file: string): string {
  const at = file.lastIndexOf(`${sep}node_modules${sep}`);
  return at >= 0 ? file.slice(0, at + `${sep}node_modules`.length) : join(dirname(file), 'node_modules');
}

/**
 * Bundles workspace sources only: other bare imports stay imports (resolved
 * from the cache directory's node_modules), and `import.meta.url` in a source
 * is replaced by that source's own URL.
 */
const keepSourceUrls: EsbuildPlugin = {
  name: 'silkloom-worker',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith('@silkloom/') ? undefined : { path: a.path, external: true }));
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (a) => {
      if (a.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = readFileSync(a.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href)), loader: a.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};
