/**
 * Quick check of the Chinese varieties only (zh-Hans, zh-Hant, yue-Hant) on
 * FLORES-200 dev or devtest: accuracy on full sentences and on the first 20
 * characters, the confusions, and sentences per second (one thread, wall
 * clock; the machine is shared, so compare runs made together). For tuning
 * the Hong Kong vs Taiwan discriminator on **dev** and reporting on devtest
 * without running the whole benchmark. Then the same on NTREX-128 (WMT19
 * news; its yue is colloquial Cantonese, unlike FLORES yue_Hant, and its
 * zho-TW is Taiwan news): a second check that the discriminator holds on
 * other text. Evaluation only: nothing is learnt.
 *
 *   node --import tsx bench/langid/chinese.ts [DATA_DIR] [--split dev|devtest]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { identifyLanguage } from '@silkloom/text';
import { firstChars } from '../../packages/text/src/langid/flores-eval.ts';

const args = process.argv.slice(2);
const splitAt = args.indexOf('--split');
const split = splitAt >= 0 ? args[splitAt + 1] : 'devtest';
if (split !== 'dev' && split !== 'devtest') throw new Error(`--split must be dev or devtest, not ${split}`);
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const data = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--split') ?? process.env.SILKLOOM_SHARED_DATA ?? join(root, '..', 'shared', 'data');

const FILES = [
  ['FLORES', 'zh-Hans', join(data, 'flores', split, `zho_Hans.${split}`)],
  ['FLORES', 'zh-Hant', join(data, 'flores', split, `zho_Hant.${split}`)],
  ['FLORES', 'yue-Hant', join(data, 'flores', split, `yue_Hant.${split}`)],
  ['NTREX', 'zh-Hans', join(data, 'ntrex', 'newstest2019-ref.zho-CN.txt')],
  ['NTREX', 'zh-Hant', join(data, 'ntrex', 'newstest2019-ref.zho-TW.txt')],
  ['NTREX', 'yue-Hant', join(data, 'ntrex', 'newstest2019-ref.yue.txt')],
] as const;
identifyLanguage('熱身'); // first use loads the tables
let sentences = 0;
let ms = 0;
console.log(`FLORES-200 ${split} and NTREX-128: accuracy full / 20 chars, confusions on full sentences`);
for (const [set, lang, path] of FILES) {
  if (!existsSync(path)) continue;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  let okFull = 0;
  let okShort = 0;
  const confusions: Record<string, number> = {};
  const t0 = performance.now();
  for (const line of lines) {
    const got = identifyLanguage(line).lang;
    if (got === lang) okFull++;
    else confusions[got] = (confusions[got] ?? 0) + 1;
    if (identifyLanguage(firstChars(line, 20)).lang === lang) okShort++;
  }
  ms += performance.now() - t0;
  sentences += 2 * lines.length;
  const pct = (k: number) => ((100 * k) / lines.length).toFixed(1);
  console.log(`${set.padEnd(6)} ${lang.padEnd(8)} ${pct(okFull)} / ${pct(okShort)}  ${JSON.stringify(confusions)}`);
}
console.log(`${((1000 * sentences) / ms).toFixed(0)} sentences/s (full and 20-char calls together, wall clock, one thread)`);
