/**
 * Language identification on FLORES-200 devtest: Silkloom's identifier next
 * to CLD3 (cld3-asm, WASM) run in the same process on the same sentences.
 * Prints the machine's load average, the memory and load time of each
 * identifier's model, the per-language table (full sentences and first 20
 * characters), sentences per second without and with the declared language
 * as `hint` (best of two runs each, by wall clock and by this process's CPU
 * time — the machine is shared), the ratios, and peak RSS. With
 * `--adaptive`, also the corpus-adaptive mode after observing FLORES dev with
 * its declared languages (a stand-in for a corpus whose labels are mostly
 * right).
 *
 *   node --import tsx bench/langid/run.ts [DATA_DIR] [--adaptive]
 *
 * DATA_DIR defaults to $SILKLOOM_SHARED_DATA or ../shared/data. Evaluation
 * data only: nothing here is shipped or learnt by the shipped model.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadModule } from 'cld3-asm';
import { canonicalLangTag } from '@silkloom/core';
import { createAdaptiveIdentifier, hanScript, identifyLanguage } from '@silkloom/text';
import { builtinCompiledModel } from '../../packages/text/src/langid/builtin-model.ts';
import { evaluateOnFlores, floresFiles, floresMarkdown, type FloresReport } from '../../packages/text/src/langid/flores-eval.ts';

const args = process.argv.slice(2);
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const data = args.find((a) => !a.startsWith('--')) ?? process.env.SILKLOOM_SHARED_DATA ?? join(root, '..', 'shared', 'data');
const flores = join(data, 'flores');

// A real garbage collection before each memory reading (the flag cannot be given through tsx's command line).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Bytes this process holds in the JS heap and outside it (array buffers, WASM memory), after a full GC. */
function held(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external; // external includes arrayBuffers
}
const MB = (bytes: number) => (bytes / 1048576).toFixed(1);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`load average at start (1, 5, 15 min): ${load()} on a machine with 2 cores shared with other work\n`);

// Model load, measured before anything else runs the identifier.
let before = held();
let t0 = performance.now();
const compiled = builtinCompiledModel();
const ourLoadMs = performance.now() - t0;
const ourModel = held() - before;
before = held();
t0 = performance.now();
// First use of each script loads what its path needs (OpenCC tables and regional phrases for Han, lexicons for ms/id and fa).
for (const t of ['warm up', 'Kerajaan berkata bahawa', 'Pemerintah mengatakan bahwa', '热身', '熱身', 'ฉันชอบ', 'Salom', 'سلام می‌کند', 'नमस्ते']) identifyLanguage(t);
const ourFirstUseMs = performance.now() - t0;
const ourTables = held() - before;

before = held();
t0 = performance.now();
const cld3Factory = await loadModule();
const cld3 = cld3Factory.create(0, 1000);
const cld3LoadMs = performance.now() - t0;
const cld3Memory = held() - before;

/** CLD3 codes → our tags. CLD3 has one `zh`; it is given the script by OpenCC's tables (CLD3 cannot split them). */
function cld3Identify(text: string): string {
  const code = cld3.findLanguage(text).language as string;
  if (code === 'zh') return hanScript(text) === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  if (code === 'und') return 'und';
  try {
    return canonicalLangTag(code);
  } catch {
    return code;
  }
}
for (const t of ['warm up', '热身', 'ฉันชอบ', 'Salom', 'سلام']) cld3Identify(t);

/** Runs twice and keeps the faster timing (the machine is shared; accuracy is the same both times). */
function measure(identify: (text: string, declared: string) => string): FloresReport {
  const a = evaluateOnFlores(flores, 'devtest', identify);
  const b = evaluateOnFlores(flores, 'devtest', identify);
  const best = (k: 'perSecondFull' | 'perSecondShort' | 'perCpuSecondFull' | 'perCpuSecondShort') => Math.max(a[k], b[k]);
  return { ...a, perSecondFull: best('perSecondFull'), perSecondShort: best('perSecondShort'), perCpuSecondFull: best('perCpuSecondFull'), perCpuSecondShort: best('perCpuSecondShort') };
}

const ours = measure((t) => identifyLanguage(t).lang);
// As a cleaning pipeline calls it: the declared language as `hint` (it wins only near-ties).
const hinted = measure((t, declared) => identifyLanguage(t, { hint: declared }).lang);
const baseline = measure(cld3Identify);
const pct = (x: number) => (100 * x).toFixed(1);
console.log(`# Language identification, FLORES-200 devtest (${ours.languages.length} varieties, ${ours.sentences} sentences per mode)\n`);
console.log(floresMarkdown(ours, { name: 'CLD3', report: baseline }));
const n = (x: number) => x.toFixed(0);
const line = (name: string, r: FloresReport) =>
  `| ${name} | ${pct(r.macroFull)} | ${pct(r.macroShort)} | ${n(r.perSecondFull)} | ${n(r.perCpuSecondFull)} | ${n(r.perSecondShort)} | ${n(r.perCpuSecondShort)} |`;
console.log('\n| identifier | macro full % | macro 20 chars % | sentences/s full (wall) | full (CPU) | 20 chars (wall) | 20 chars (CPU) |\n|---|---|---|---|---|---|---|');
console.log(line('silkloom identifyLanguage', ours));
console.log(line('silkloom, declared language as hint', hinted));
console.log(line('CLD3 (cld3-asm 4.0.0)', baseline));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
console.log(
  `\nratios silkloom/CLD3: accuracy full ${(ours.macroFull / baseline.macroFull).toFixed(3)}, 20 chars ${(ours.macroShort / baseline.macroShort).toFixed(3)}; ` +
    `speed full ${ratio(ours.perSecondFull, baseline.perSecondFull)} (with hint ${ratio(hinted.perSecondFull, baseline.perSecondFull)}), ` +
    `20 chars ${ratio(ours.perSecondShort, baseline.perSecondShort)} (with hint ${ratio(hinted.perSecondShort, baseline.perSecondShort)})`,
);
console.log(
  `\nmodel memory (JS heap + external memory such as typed arrays and WASM, after GC) and load time, one per thread:\n` +
    `| identifier | model | first use of every script | total | load ms | first-use ms |\n|---|---|---|---|---|---|\n` +
    `| silkloom | ${MB(ourModel)} MB (typed arrays ${MB(compiled.byteLength)} MB) | ${MB(ourTables)} MB | ${MB(ourModel + ourTables)} MB | ${ourLoadMs.toFixed(0)} | ${ourFirstUseMs.toFixed(0)} |\n` +
    `| CLD3 | ${MB(cld3Memory)} MB | | ${MB(cld3Memory)} MB | ${cld3LoadMs.toFixed(0)} | |`,
);

const hintedPairs = hinted.languages.filter((l) => ['zh-Hant', 'yue-Hant', 'ms', 'id', 'fa', 'fa-AF'].includes(l.lang));
console.log(`\nwith hint, confusable pairs (full / 20 chars): ${hintedPairs.map((l) => `${l.lang} ${pct(l.full)}/${pct(l.short)}`).join(', ')}; macro ${pct(hinted.macroFull)}/${pct(hinted.macroShort)}`);

if (args.includes('--adaptive')) {
  const adaptive = createAdaptiveIdentifier();
  let used = 0;
  before = held();
  for (const f of floresFiles(flores, 'dev')) {
    for (const text of readFileSync(f.path, 'utf8').split('\n').filter(Boolean)) if (adaptive.observe(text, f.lang)) used++;
  }
  const learnt = held() - before;
  const r = evaluateOnFlores(flores, 'devtest', (t) => adaptive.identify(t).lang);
  console.log(`\n## Corpus-adaptive mode (observed ${used} FLORES dev units with their declared tags, ${MB(learnt)} MB, then identified devtest)\n`);
  console.log(floresMarkdown(r));
  console.log(`\n${line('silkloom adaptive', r)}`);
}
console.log(`\nload average at end: ${load()}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
