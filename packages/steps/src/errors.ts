/** Error table of @silkloom/steps (see docs/errors.md). */
import { defineErrors, errorFactory } from '@silkloom/core';

export const stepsErrors = defineErrors('steps', {
  SLM_STEP_UNKNOWN: {
    message: 'unknown step "{step}"{where}; known steps: {known}',
    status: 400,
    hint: 'A pipeline config names a step that does not exist; check the spelling against `silkloom clean --list-steps` or the catalogue in packages/steps.',
  },
  SLM_STEP_DEFINITION_INVALID: {
    message: 'step definition "{step}" is invalid: {problem}',
    status: 500,
    hint: 'A programming error in a defineStep() call (bad name, version or option default).',
  },
  SLM_PIPELINE_CONFIG_INVALID: {
    message: '{problems}',
    status: 400,
    hint: 'The pipeline YAML does not match the schema; each line of the message names the path, what is wrong and the line in the file.',
  },
  SLM_PIPELINE_YAML_SYNTAX: {
    message: '{file}:{line}:{column}: YAML syntax error: {problem}',
    status: 400,
    hint: 'The pipeline file is not valid YAML; fix the syntax at the given place.',
  },
  SLM_PIPELINE_WORKER_FAILED: {
    message: 'pipeline worker {worker} failed: {problem}',
    status: 500,
    hint: 'A worker thread crashed while processing a chunk; the cause is attached. Re-run with --workers 1 to see the error in the main thread.',
  },
  SLM_CLEAN_INPUT_MALFORMED: {
    message: 'malformed input line: expected 2 tab-separated columns (src, tgt), got {columns}',
    status: 400,
    hint: 'Each line of a TSV input must be `src<TAB>tgt`; the diagnostic names the file and line.',
  },
  SLM_DECONTAMINATION_FILE_INVALID: {
    message: 'protected test set "{file}" could not be read: {problem}',
    status: 400,
    hint: 'The decontamination step needs a readable UTF-8 file with one sentence (or src<TAB>tgt pair) per line.',
  },
});

export const stepsError = errorFactory(stepsErrors);
