/**
 * CPU per line of the alignment's tokeniser (`alignTokenIds`, vocabulary
 * lookups without growing) on the languages split by ICU's dictionary
 * (Thai, Khmer, Lao, Burmese: the FLORES dev + devtest lines, zero-width
 * spaces removed as the normaliser removes them), for two checkouts loaded
 * in this process, alternating slices of 250 lines. The tokens of both are
 * compared too.
 *
 *   SILKLOOM_SHARED_DATA=… node --import tsx bench/clean/align-tokens.ts ROOT ROOT
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2);
if (roots.length !== 2) throw new Error('usage: align-tokens.ts ROOT ROOT');
const data = process.env.SILKLOOM_SHARED_DATA ?? '../shared/data';
const mods = await Promise.all(roots.map((r) => import(`${r}/packages/steps/src/align/align-tokens.ts`)));
const cpu = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const SLICE = 250;
const ROUNDS = 8;
for (const [lang, code] of [['th', 'tha_Thai'], ['km', 'khm_Khmr'], ['lo', 'lao_Laoo'], ['my', 'mya_Mymr']] as const) {
  const lines = ['dev', 'devtest'].flatMap((s) => readFileSync(join(data, 'flores', s, `${code}.${s}`), 'utf8').split('\n').filter(Boolean)).map((l) => l.replace(/\u200b/g, ''));
  // Each checkout's vocabulary grown on the first 1,000 lines, as a fit grows it on its sample.
  const vocabs = mods.map((m) => {
    const v = m.tokenVocab(new Map());
    for (const l of lines.slice(0, 1000)) m.alignTokenIds(l, 'segmenter', lang, 4, v, true);
    return v;
  });
  const spent = [0, 0];
  let seen = 0, differ = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (let s = 0; s < lines.length; s += SLICE) {
      const slice = lines.slice(s, s + SLICE);
      seen += slice.length;
      const ids: string[][] = [];
      for (const k of (s / SLICE + r) % 2 ? [1, 0] : [0, 1]) {
        const t0 = cpu();
        const out = slice.map((l) => mods[k].alignTokenIds(l, 'segmenter', lang, 4, vocabs[k], false));
        spent[k]! += cpu() - t0;
        ids[k] = out.map((t) => `${[...t.ids].join(' ')}|${t.anchorAt.join(' ')}|${t.anchorText.join(' ')}`);
      }
      differ += ids[0]!.filter((x, i) => x !== ids[1]![i]).length;
    }
  }
  console.log(`${lang}: ${(spent[0]! / seen).toFixed(1)} → ${(spent[1]! / seen).toFixed(1)} µs CPU/line (${(spent[1]! / spent[0]!).toFixed(3)}×), ${lines.length} lines, ${differ} tokenised differently`);
}
