// One JavaScript entry (plus lazily loaded chunks) from a TypeScript entry, so
// a thread or process runs the sources without registering tsx's loader. On
// Node 20 a registered loader runs in a hooks thread of its own (an isolate
// with tsx and its transform cache, ~35 MB of resident memory) and keeps the
// transpiled copy of every module. Plain JavaScript (not TypeScript) because
// bin/silkloom.js calls it before any loader exists.
//
// esbuild (tsx's own dependency, so no new package) bundles the workspace
// sources in memory; other bare imports stay imports, resolved from the
// node_modules holding the output (`node_modules/.cache/silkloom/`), and
// `import.meta.url` keeps each source file's own URL (the language model and
// own-text files are read relative to it). Code splitting keeps a dynamic
// import lazy: what only a dynamic import reaches (the store, for `silkloom
// clean` in file mode) becomes a chunk loaded when it runs, with its
// packages.
//
// Any failure (no esbuild, read-only node_modules) returns undefined: callers
// fall back to loading the sources through tsx. SILKLOOM_BUNDLE=0 turns
// bundling off.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Bundles `entry` (a file URL) once; resolves with the URL of the bundle's
 * entry file, or undefined when it cannot be built.
 * @param {URL} entry
 * @param {string} name prefix of the output directory
 * @returns {Promise<URL | undefined>}
 */
export async function bundleEntry(entry, name) {
  if (process.env.SILKLOOM_BUNDLE === '0') return undefined;
  let esbuild;
  try {
    const require = createRequire(import.meta.url);
    const tsxEntry = require.resolve('tsx/esm/api');
    esbuild = createRequire(tsxEntry)('esbuild');
    const entryPath = fileURLToPath(entry);
    const outbase = join(nodeModulesOf(tsxEntry), '.cache', 'silkloom', 'out');
    const { outputFiles } = await esbuild.build({
      entryPoints: [entryPath], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20',
      splitting: true, outdir: outbase, entryNames: '[name]', chunkNames: 'chunk-[hash]', outExtension: { '.js': '.mjs' },
      plugins: [keepSourceUrls], logLevel: 'silent', legalComments: 'none',
    });
    const hash = createHash('sha256');
    for (const f of outputFiles) hash.update(relative(outbase, f.path)).update('\0').update(f.text);
    const dir = join(dirname(outbase), `${name}.${hash.digest('hex').slice(0, 16)}`);
    const main = join(dir, relative(outbase, outputFiles.find((f) => !relative(outbase, f.path).startsWith('chunk-')).path));
    if (!existsSync(main)) {
      // Written under a private name then renamed: concurrent runs never see half a bundle.
      const partial = `${dir}.${process.pid}.tmp`;
      rmSync(partial, { recursive: true, force: true });
      for (const f of outputFiles) {
        const file = join(partial, relative(outbase, f.path));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, f.text);
      }
      try {
        renameSync(partial, dir);
      } catch (err) {
        // Another run renamed the same bundle first.
        rmSync(partial, { recursive: true, force: true });
        if (!existsSync(main)) throw err;
      }
      pruneOldBundles(dirname(outbase), name, dir);
    }
    return pathToFileURL(main);
  } catch {
    return undefined;
  } finally {
    // esbuild's service process (~15–40 MB resident) would otherwise live as long as the run.
    esbuild?.stop?.();
  }
}

// A bundle older than this with the same name is from sources since edited.
// Not removed at once: a run started before the edit may still load its lazy chunks.
const STALE_BUNDLE_MS = 60 * 60 * 1000;

/**
 * Removes earlier bundles of `name` (each source edit makes a new one) once
 * they are an hour old, so the cache does not grow without end.
 * @param {string} cacheDir
 * @param {string} name
 * @param {string} current
 */
export function pruneOldBundles(cacheDir, name, current, now = Date.now()) {
  for (const entry of readdirSync(cacheDir)) {
    const path = join(cacheDir, entry);
    if (!entry.startsWith(`${name}.`) || path === current) continue;
    try {
      if (now - statSync(path).mtimeMs > STALE_BUNDLE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/** The node_modules directory holding a resolved package file. */
function nodeModulesOf(file) {
  const at = file.lastIndexOf(`${sep}node_modules${sep}`);
  return at >= 0 ? file.slice(0, at + `${sep}node_modules`.length) : join(dirname(file), 'node_modules');
}

/**
 * Bundles workspace sources only: other bare imports stay imports, and
 * `import.meta.url` in a source is replaced by that source's own URL.
 */
// Spelt in pieces: this file is bundled too (into `silkloom clean`), and the
// plugin would otherwise rewrite its own search string.
const META_URL = ['import', 'meta', 'url'].join('.');

const keepSourceUrls = {
  name: 'silkloom-sources',
  /** @param {any} b */
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (/** @type {{ path: string }} */ a) => (a.path.startsWith('@silkloom/') ? undefined : { path: a.path, external: true }));
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (/** @type {{ path: string }} */ a) => {
      if (a.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = readFileSync(a.path, 'utf8');
      if (!text.includes(META_URL)) return undefined;
      return { contents: text.replaceAll(META_URL, JSON.stringify(pathToFileURL(a.path).href)), loader: a.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};
