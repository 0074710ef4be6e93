/**
 * Builds `cldr-lexicons.json`: words and phrases that the Unicode CLDR
 * (cldr-localenames-full, cldr-dates-full, cldr-units-full, cldr-misc-full
 * 48.2.0; Unicode License v3) spells differently in two varieties — territory
 * and language names, months, units, date fields — and that never appear
 * anywhere in the other variety's data. Examples: ms Eropah / id Eropa;
 * fa-AF البانیا / fa آلبانی; HK 意大利 / TW 義大利.
 *
 * The CLDR packages are large (270 MB) and only needed here, so they are not
 * dependencies. To rebuild:
 *
 *   mkdir /tmp/cldr && cd /tmp/cldr && npm i --no-save cldr-localenames-full@48.2.0 \
 *     cldr-dates-full@48.2.0 cldr-units-full@48.2.0 cldr-misc-full@48.2.0
 *   node --import tsx packages/text/src/langid/pairs/build-cldr-lexicons.ts /tmp/cldr/node_modules
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = ['cldr-localenames-full', 'cldr-dates-full', 'cldr-units-full', 'cldr-misc-full'];

function flatten(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) flatten(v, out);
}

function valuesByKey(root: string, locale: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pkg of PACKAGES) {
    const dir = join(root, pkg, 'main', locale);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      const json = JSON.parse(readFileSync(join(dir, file), 'utf8')).main[locale];
      const walk = (v: unknown, path: string): void => {
        if (typeof v === 'string') out.set(path, v);
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}/${k}`);
      };
      walk(json, file);
      for (const key of [...out.keys()]) if (PATTERN_KEY.test(key)) out.delete(key);
    }
  }
  return out;
}

const LATIN_WORD = /[\p{L}\p{M}\u200c]+(?:-[\p{L}\p{M}\u200c]+)*/gu;
/** Keys holding date/number patterns (yMMMd, HH:mm …) rather than words. */
const PATTERN_KEY = /availableFormats|intervalFormats|dateFormats|timeFormats|dateTimeFormats|Pattern|pattern|gmtFormat|hourFormat|numberSystem|Skeletons|skeletons/;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

function pieces(value: string, han: boolean): string[] {
  if (value.includes('{')) value = value.replace(/\{\d+\}/g, ' ');
  return han ? (value.match(HAN_RUN) ?? []) : (value.toLowerCase().match(LATIN_WORD) ?? []).filter((w) => w.length >= 3);
}

/** Markers of `a` against `b`: pieces of values that differ, absent from everything `b` says. */
function markers(a: Map<string, string>, b: Map<string, string>, han: boolean): string[] {
  const bText = han ? [...b.values()].join('\n') : '';
  const bWords = new Set<string>();
  if (!han) for (const v of b.values()) for (const w of pieces(v, false)) bWords.add(w);
  const found = new Set<string>();
  for (const [key, av] of a) {
    const bv = b.get(key);
    if (bv === undefined || bv === av) continue;
    for (const p of pieces(av, han)) {
      if (han ? bText.includes(p) : bWords.has(p)) continue;
      found.add(p);
    }
  }
  return [...found].sort();
}

function merge(...maps: Array<Map<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of maps) for (const [k, v] of m) out.set(`${out.size}:${k}`.replace(/^\d+:/, ''), v);
  return out;
}

const root = process.argv[2];
if (!root || !existsSync(join(root, 'cldr-localenames-full'))) {
  console.error('usage: build-cldr-lexicons.ts CLDR_NODE_MODULES_DIR (see the file header)');
  process.exit(2);
}
const load = (l: string) => valuesByKey(root, l);
const ms = load('ms');
const id = load('id');
const fa = load('fa');
const faAF = load('fa-AF');
// For Chinese only names (territories, languages, scripts): relative dates and units (今天/今日)
// are ordinary words in both regions.
const names = (l: string) => new Map([...load(l)].filter(([k]) => /^(territories|languages|scripts)\.json/.test(k)));
const zhHant = names('zh-Hant');
const hk = merge(names('zh-Hant-HK'));
const yue = names('yue');
const out = {
  source: 'Unicode CLDR 48.2.0 (cldr-localenames-full, cldr-dates-full, cldr-units-full, cldr-misc-full), Unicode License v3',
  ms: markers(ms, id, false),
  id: markers(id, ms, false),
  'fa-AF': markers(faAF, fa, false),
  fa: markers(fa, faAF, false),
  'zh-Hant-HK': [...new Set([...markers(hk, zhHant, true), ...markers(yue, zhHant, true)])].sort(),
  'zh-Hant-TW': [...new Set([...markers(zhHant, hk, true)])].filter((p) => !markers(yue, zhHant, true).includes(p)).sort(),
};
const target = join(fileURLToPath(new URL('.', import.meta.url)), 'cldr-lexicons.json');
writeFileSync(target, `${JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"')}\n`);
for (const [k, v] of Object.entries(out)) if (Array.isArray(v)) console.log(k, v.length, v.slice(0, 15).join(' '));
