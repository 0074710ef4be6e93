/**
 * Picks the reader for a file: `--format auto` sniffs the extension and the
 * first bytes; Moses takes its files two at a time (source, target).
 */
import type { Diagnostic, TranslationUnit } from '@silkloom/core';
import { detectFormat, readFormat, readMoses, type Format } from '@silkloom/formats';
import { countingSource, fileHead } from './file-source.ts';
import { cliError } from './errors.ts';

export const IMPORT_FORMATS = ['auto', 'tmx', 'xliff', 'tsv', 'csv', 'moses', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ReaderInput {
  /** One file, or for Moses the source and target files. */
  files: string[];
  format: Exclude<ImportFormat, 'auto'>;
}

export async function resolveFormat(file: string, requested: ImportFormat): Promise<Format> {
  if (requested !== 'auto') return requested;
  return detectFormat(file, await fileHead(file));
}

/** Groups the command's files into reader inputs (pairs for Moses). */
export async function planInputs(files: string[], requested: ImportFormat): Promise<ReaderInput[]> {
  if (requested === 'moses') {
    if (files.length % 2 !== 0) {
      throw cliError('SLM_CLI_USAGE', { problem: 'Moses import takes files in pairs: SOURCE TARGET [SOURCE TARGET …]' });
    }
    const pairs: ReaderInput[] = [];
    for (let i = 0; i < files.length; i += 2) pairs.push({ files: [files[i]!, files[i + 1]!], format: 'moses' });
    return pairs;
  }
  const inputs: ReaderInput[] = [];
  for (const file of files) {
    const format = await resolveFormat(file, requested);
    if (format === 'moses') throw cliError('SLM_CLI_USAGE', { problem: `${file}: give --format moses and the two files of each pair` });
    inputs.push({ files: [file], format });
  }
  return inputs;
}

export interface OpenReaderOptions {
  encoding?: string;
  srcLang?: string;
  tgtLang?: string;
  skipInvalid: boolean;
  /** Keep units with one language (monolingual text, untranslated segments). */
  keepMonolingual: boolean;
  onDiagnostic: (d: Diagnostic) => void;
  onBytes: (n: number) => void;
}

/** Opens the reader for one input; bytes read are reported through onBytes. */
export function openReader(input: ReaderInput, options: OpenReaderOptions): AsyncIterable<TranslationUnit> {
  const { onBytes, ...rest } = options;
  const [first, second] = input.files.map((f) => countingSource(f, onBytes));
  const read = { file: input.files[0]!, ...rest };
  if (input.format === 'moses') return readMoses(first!, second!, { ...read, tgtFile: input.files[1] });
  return readFormat(input.format, first!, read);
}
