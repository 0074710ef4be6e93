/**
 * Language identification on FLORES-200 devtest: Silkloom's identifier next
 * to CLD3 (cld3-asm, WASM) run in the same process on the same sentences.
 * Prints the per-language table (full sentences and first 20 characters),
 * sentences per second (best of two runs each), the ratios, and peak RSS. With `--adaptive`, also
 * the corpus-adaptive mode after observing FLORES dev with its declared
 * languages (a stand-in for a corpus whose labels are mostly right).
 *
 *   node --import tsx bench/langid/run.ts [DATA_DIR] [--adaptive]
 *
 * DATA_DIR defaults to $SILKLOOM_SHARED_DATA or ../shared/data. Evaluation
 * data only: nothing here is shipped or learnt by the shipped model.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModule } from 'cld3-asm';
import { canonicalLangTag } from '@silkloom/core';
import { createAdaptiveIdentifier, hanScript, identifyLanguage } from '@silkloom/text';
import { evaluateOnFlores, floresFiles, floresMarkdown, type FloresReport } from '../../packages/text/src/langid/flores-eval.ts';

const args = process.argv.slice(2);
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const data = args.find((a) => !a.startsWith('--')) ?? process.env.SILKLOOM_SHARED_DATA ?? join(root, '..', 'shared', 'data');
const flores = join(data, 'flores');

const cld3Factory = await loadModule();
const cld3 = cld3Factory.create(0, 1000);
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

// Warm-up (JIT, lazy model training, OpenCC tables) outside the timed loops.
for (const t of ['warm up', '热身', 'ฉันชอบ', 'Salom', 'سلام']) {
  identifyLanguage(t);
  cld3Identify(t);
}

/** Runs twice and keeps the faster timing (the machine is shared; accuracy is the same both times). */
function measure(identify: (text: string, declared: string) => string): FloresReport {
  const a = evaluateOnFlores(flores, 'devtest', identify);
  const b = evaluateOnFlores(flores, 'devtest', identify);
  return { ...a, perSecondFull: Math.max(a.perSecondFull, b.perSecondFull), perSecondShort: Math.max(a.perSecondShort, b.perSecondShort) };
}

const ours = measure((t) => identifyLanguage(t).lang);
const baseline = measure(cld3Identify);
// As a cleaning pipeline calls it: the declared language as `hint` (it wins only near-ties).
const hinted = measure((t, declared) => identifyLanguage(t, { hint: declared }).lang);
const pct = (x: number) => (100 * x).toFixed(1);
console.log(`# Language identification, FLORES-200 devtest (${ours.languages.length} varieties, ${ours.sentences} sentences per mode)\n`);
console.log(floresMarkdown(ours, { name: 'CLD3', report: baseline }));
const line = (name: string, r: FloresReport) =>
  `| ${name} | ${pct(r.macroFull)} | ${pct(r.macroShort)} | ${r.perSecondFull.toFixed(0)} | ${r.perSecondShort.toFixed(0)} |`;
console.log('\n| identifier | macro full % | macro 20 chars % | sentences/s full | sentences/s 20 chars |\n|---|---|---|---|---|');
console.log(line('silkloom identifyLanguage', ours));
console.log(line('CLD3 (cld3-asm 4.0.0)', baseline));
console.log(line('silkloom, declared language as hint', hinted));
console.log(
  `\nratios silkloom/CLD3: accuracy full ${(ours.macroFull / baseline.macroFull).toFixed(3)}, 20 chars ${(ours.macroShort / baseline.macroShort).toFixed(3)}; ` +
    `speed full ${(ours.perSecondFull / baseline.perSecondFull).toFixed(2)}x, 20 chars ${(ours.perSecondShort / baseline.perSecondShort).toFixed(2)}x`,
);

const hintedPairs = hinted.languages.filter((l) => ['zh-Hant', 'yue-Hant', 'ms', 'id', 'fa', 'fa-AF'].includes(l.lang));
console.log(`\nwith hint, confusable pairs (full / 20 chars): ${hintedPairs.map((l) => `${l.lang} ${pct(l.full)}/${pct(l.short)}`).join(', ')}`);

if (args.includes('--adaptive')) {
  const adaptive = createAdaptiveIdentifier();
  let used = 0;
  for (const f of floresFiles(flores, 'dev')) {
    for (const text of readFileSync(f.path, 'utf8').split('\n').filter(Boolean)) if (adaptive.observe(text, f.lang)) used++;
  }
  const r = evaluateOnFlores(flores, 'devtest', (t) => adaptive.identify(t).lang);
  console.log(`\n## Corpus-adaptive mode (observed ${used} FLORES dev units with their declared tags, then identified devtest)\n`);
  console.log(floresMarkdown(r));
  console.log(`\n${line('silkloom adaptive', r)}`);
}
console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
