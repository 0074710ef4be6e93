/**
 * Picks the reader for a file: `--format auto` sniffs the extension and the
 * first bytes; Moses takes its files two at a time (source, target).
 */
import type { Diagnostic, TranslationUnit } from '@silkloom/core';
import { detectFormat, readDelimited, readJsonl, readMoses, readTmx, readXliff, type Format, type ReadOptions } from '@silkloom/formats';
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
  onDiagnostic: (d: Diagnostic) => void;
  onBytes: (n: number) => void;
}

/** Opens the reader for one input; bytes read are reported through onBytes. */
export function openReader(input: ReaderInput, options: OpenReaderOptions): AsyncIterable<TranslationUnit> {
  const { onBytes, ...rest } = options;
  const read: ReadOptions = { file: input.files[0]!, ...rest };
  const [first, second] = input.files.map((f) => countingSource(f, onBytes));
  switch (input.format) {
    case 'tmx':
      return readTmx(first!, read);
    case 'xliff':
      return readXliff(first!, read);
    case 'tsv':
      return readDelimited(first!, { ...read, delimiter: '\t', header: !(read.srcLang && read.tgtLang) });
    case 'csv':
      return readDelimited(first!, { ...read, delimiter: ',', header: !(read.srcLang && read.tgtLang) });
    case 'jsonl':
      return readJsonl(first!, read);
    case 'moses':
      return readMoses(first!, second!, { ...read, tgtFile: input.files[1] } as ReadOptions);
  }
}
