/** Error table of @silkloom/text (see docs/errors.md). */
import { defineErrors, errorFactory } from '@silkloom/core';

export const textErrors = defineErrors('text', {
  SLM_TEXT_NORMALIZER_UNKNOWN: {
    message: 'no normaliser named "{name}" (known: {known})',
    status: 400,
    hint: 'Use one of the names listed in the message; `normalizerNames()` lists them.',
  },
  SLM_TEXT_NORMALIZER_OPTIONS: {
    message: 'normaliser "{name}": {problem}',
    status: 400,
    hint: 'The options given to a normaliser are not valid; the message says which one and why.',
  },
  SLM_LANGID_MODEL_INVALID: {
    message: 'language-identification model {source} is not usable: {problem}',
    status: 400,
    hint: 'Build the model with `silkloom langid train --in LABELLED.tsv --out model.json` and pass that file unchanged.',
  },
  SLM_LANGID_TRAINING_DATA: {
    message: 'training data {source}: {problem}',
    status: 400,
    hint: 'Training data is one example per line: a language tag, a TAB, then the text; at least one line per language.',
  },
  SLM_LANGID_CANDIDATES: {
    message: 'language identification: {problem}',
    status: 400,
    hint: 'Candidates must be canonical BCP 47 tags the identifier knows (see `silkloom langs`).',
  },
});

export const textError = errorFactory(textErrors);
