/**
 * `silkloom langid`: identify the language of text (arguments, or each line
 * of a file), and `silkloom langid train` to build a model from labelled
 * data (`lang<TAB>text` per line) that `--model` then uses.
 */
import { createReadStream } from 'node:fs';
import { writeFile, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { createIdentifier, LanguageModelTrainer, parseLabelledLine, textError, type LangIdModel } from '@silkloom/text';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';

interface LangidOptions extends CommonOptions {
  in?: string;
  candidates?: string;
  hint?: string;
  model?: string;
}

interface TrainOptions extends CommonOptions {
  in: string;
  out: string;
  order?: string;
}

async function* lines(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

async function loadModel(path: string): Promise<LangIdModel> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LangIdModel;
  } catch (cause) {
    throw textError('SLM_LANGID_MODEL_INVALID', { source: path, problem: 'cannot read it as JSON' }, { cause });
  }
}

export function registerLangid(program: Command): void {
  // `langid` and `langid train` both take --in. Commander hands options after a subcommand to that
  // subcommand only when every command above it parses positionally; the root has no options of its
  // own besides --help/--version, so this changes nothing for the other commands.
  program.enablePositionalOptions();
  const langid = withCommonOptions(
    program
      .command('langid')
      .description('identify the language of each text argument or each line of --in FILE (prints tag, score, text)')
      .argument('[text...]', 'texts to identify')
      .option('--in <file>', 'identify every line of this UTF-8 file')
      .option('--candidates <tags>', 'comma-separated tags the answer must be one of')
      .option('--hint <tag>', 'the declared language; wins near-ties')
      .option('--model <model.json>', 'a model built with `silkloom langid train`'),
    { store: false },
  )
    // `train` has its own --in; options after the subcommand name belong to it.
    .enablePositionalOptions()
    .action(async (texts: string[], opts: LangidOptions) => {
    const out = outputFor(opts);
    const model = opts.model ? await loadModel(opts.model) : undefined;
    const identifier = createIdentifier({ model });
    const candidates = opts.candidates?.split(',').map((c) => c.trim()).filter(Boolean);
    const one = (text: string, line?: number) => {
      const guess = identifier.identify(text, { candidates, hint: opts.hint });
      return { ...(line === undefined ? {} : { line }), lang: guess.lang, score: guess.score, alternatives: guess.alternatives, text };
    };
    if (opts.in) {
      let n = 0;
      for await (const text of lines(opts.in)) {
        n++;
        const r = one(text, n);
        if (out.json) out.line(r);
        else process.stdout.write(`${r.lang}\t${r.score.toFixed(3)}\t${text}\n`);
      }
      return;
    }
    if (!texts.length) {
      langid.help({ error: true });
      return;
    }
    const rows = texts.map((t) => one(t));
    out.result(rows, () => rows.map((r) => `${r.lang}\t${r.score.toFixed(3)}\t${r.text}`).join('\n'));
  });

  withCommonOptions(
    langid
      .command('train')
      .description('build a language-identification model from labelled lines "lang<TAB>text"')
      .requiredOption('--in <file>', 'labelled training data (UTF-8, one "lang<TAB>text" per line)')
      .requiredOption('--out <model.json>', 'where to write the model')
      .option('--order <n>', 'highest character n-gram order', '4'),
    { store: false },
  ).action(async (opts: TrainOptions) => {
    const out = outputFor(opts);
    const trainer = new LanguageModelTrainer({ order: Number(opts.order ?? 4), source: `silkloom langid train --in ${opts.in}` });
    let line = 0;
    let examples = 0;
    for await (const text of lines(opts.in)) {
      line++;
      const example = parseLabelledLine(text, { file: opts.in, line });
      if (!example) continue;
      trainer.add(example.lang, example.text);
      examples++;
    }
    const model = trainer.build();
    await writeFile(opts.out, JSON.stringify(model));
    const summary = { out: opts.out, examples, languages: model.langs, scripts: model.scripts, features: Object.keys(model.counts).length };
    out.result(summary, () => `wrote ${opts.out}: ${examples} examples, ${model.langs.length} languages (${model.langs.join(', ')}), ${summary.features} n-grams`);
  });
}
