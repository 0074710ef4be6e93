/**
 * Training a character n-gram model: count n-grams per language, one
 * example at a time (so training data can stream from a file of any size),
 * then write the counts sparsely as a {@link LangIdModel}.
 */
import { canonicalLangTag, type LangTag, type Place } from '@silkloom/core';
import { textError } from '../errors.ts';
import { dominantScript } from '../script/script-profile.ts';
import { forEachGram } from './ngram-features.ts';
import type { LangIdModel } from './types.ts';

export interface TrainingExample {
  lang: string;
  text: string;
}

export interface TrainOptions {
  /** Highest n-gram order (default 4). */
  order?: number;
  /** Drop n-grams seen fewer times than this over all languages (default 1: keep all). */
  minCount?: number;
  /** Free-text note stored in the model. */
  source?: string;
}

/** Accumulates n-gram counts; `build()` returns the model. */
export class LanguageModelTrainer {
  readonly order: number;
  private readonly langIndex = new Map<LangTag, number>();
  private readonly langs: LangTag[] = [];
  private readonly totals: number[][] = [];
  private readonly scriptCounts: Array<Map<string, number>> = [];
  private readonly counts = new Map<string, Map<number, number>>();
  private readonly options: TrainOptions;

  constructor(options: TrainOptions = {}) {
    this.options = options;
    this.order = options.order ?? 4;
    if (!Number.isInteger(this.order) || this.order < 1 || this.order > 8) {
      throw textError('SLM_LANGID_TRAINING_DATA', { source: options.source ?? '(options)', problem: `order must be 1–8, got ${this.order}` });
    }
  }

  /** Adds one example; the tag is canonicalised (throws SLM_LANG_TAG_INVALID / _UNKNOWN). */
  add(lang: string, text: string): void {
    const tag = canonicalLangTag(lang);
    let li = this.langIndex.get(tag);
    if (li === undefined) {
      li = this.langs.length;
      this.langIndex.set(tag, li);
      this.langs.push(tag);
      this.totals.push(new Array(this.order).fill(0));
      this.scriptCounts.push(new Map());
    }
    const script = dominantScript(text);
    const scripts = this.scriptCounts[li]!;
    if (script) scripts.set(script, (scripts.get(script) ?? 0) + text.length);
    const row = this.totals[li]!;
    const index = li;
    forEachGram(
      text,
      this.order,
      (gram, n) => {
        row[n - 1]!++;
        let perLang = this.counts.get(gram);
        if (!perLang) this.counts.set(gram, (perLang = new Map()));
        perLang.set(index, (perLang.get(index) ?? 0) + 1);
      },
      Infinity,
    );
  }

  /** The trained model; throws SLM_LANGID_TRAINING_DATA when nothing was added. */
  build(): LangIdModel {
    const source = this.options.source ?? '(examples)';
    if (!this.langs.length) throw textError('SLM_LANGID_TRAINING_DATA', { source, problem: 'no examples' });
    const minCount = this.options.minCount ?? 1;
    const out: Record<string, number[]> = {};
    for (const gram of [...this.counts.keys()].sort()) {
      const perLang = this.counts.get(gram)!;
      let sum = 0;
      for (const c of perLang.values()) sum += c;
      if (sum < minCount) continue;
      const flat: number[] = [];
      for (const [li, c] of [...perLang.entries()].sort((a, b) => a[0] - b[0])) flat.push(li, c);
      out[gram] = flat;
    }
    const scripts: Record<LangTag, string> = {};
    this.langs.forEach((tag, li) => {
      const best = [...this.scriptCounts[li]!.entries()].sort((a, b) => b[1] - a[1])[0];
      scripts[tag] = best?.[0] ?? 'Zyyy';
    });
    return { format: 'silkloom-langid', version: 1, order: this.order, langs: [...this.langs], scripts, counts: out, totals: this.totals.map((r) => [...r]), source: this.options.source };
  }
}

/** Counts n-grams of labelled examples into a {@link LangIdModel}. Throws SLM_LANGID_TRAINING_DATA when empty. */
export function trainLanguageModel(examples: Iterable<TrainingExample>, options: TrainOptions = {}): LangIdModel {
  const trainer = new LanguageModelTrainer(options);
  for (const { lang, text } of examples) trainer.add(lang, text);
  return trainer.build();
}

/**
 * Reads one line of a labelled training file (`lang<TAB>text`); blank lines
 * give undefined. Throws SLM_LANGID_TRAINING_DATA naming the place when the
 * line has no TAB or the tag is not a language.
 */
export function parseLabelledLine(line: string, place: Place): TrainingExample | undefined {
  const trimmed = line.replace(/\r$/, '');
  if (!trimmed.trim()) return undefined;
  const tab = trimmed.indexOf('\t');
  const source = place.file ?? '(input)';
  if (tab <= 0) throw textError('SLM_LANGID_TRAINING_DATA', { source, problem: 'expected "lang<TAB>text"' }, { place });
  const lang = trimmed.slice(0, tab).trim();
  try {
    canonicalLangTag(lang);
  } catch (cause) {
    throw textError('SLM_LANGID_TRAINING_DATA', { source, problem: `"${lang}" is not a language tag` }, { place, cause });
  }
  return { lang, text: trimmed.slice(tab + 1) };
}
