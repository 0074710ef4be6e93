/**
 * `silkloom glossary import FILE --org ORG --name G [--format tbx|csv]`,
 * `silkloom glossary export --org ORG --name G [--format tbx|csv] [--out FILE]`,
 * `silkloom glossary lookup TERM [--org ORG] [--lang TAG] [--exact]`.
 */
import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { fileSink, readGlossaryCsv, readTbx, writeGlossaryCsv, writeTbx, type TermEntry } from '@silkloom/formats';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { cliError } from '../errors.ts';
import { cliActor, withStore } from '../store-session.ts';

interface GlossaryOptions extends CommonOptions {
  org?: string;
  name?: string;
  format?: string;
  domain?: string;
  replace?: boolean;
  out?: string;
  lang?: string;
  exact?: boolean;
}

function formatOf(opts: GlossaryOptions, file?: string): 'tbx' | 'csv' {
  const format = opts.format ?? (file && /\.csv$/i.test(file) ? 'csv' : 'tbx');
  if (format !== 'tbx' && format !== 'csv') throw cliError('SLM_CLI_USAGE', { problem: '--format is tbx or csv' });
  return format;
}

export function registerGlossary(program: Command): void {
  const glossary = program.command('glossary').description('terminology: import, export and look up TBX/CSV glossaries per organisation');
  withCommonOptions(
    glossary
      .command('import')
      .argument('<file>', 'TBX (TBX-Basic, TBX v3) or CSV (header of language tags)')
      .requiredOption('--org <name>', 'organisation that owns the glossary')
      .requiredOption('--name <glossary>', 'glossary name (created when missing)')
      .option('--format <f>', 'tbx | csv (default: from the file name)')
      .option('--domain <d>', 'domain for entries without a subject field')
      .option('--replace', 'replace the glossary\'s entries instead of adding'),
  ).action(async (file: string, opts: GlossaryOptions) => {
    const out = outputFor(opts);
    const source = createReadStream(file);
    const entries: TermEntry[] = [];
    const read = formatOf(opts, file) === 'tbx' ? readTbx(source, { file }) : readGlossaryCsv(source, { file });
    for await (const entry of read) entries.push(entry);
    const counts = await withStore(opts, (store) =>
      store.glossaries.importEntries(opts.org!, opts.name!, entries, { actor: cliActor(), replace: opts.replace === true, ...(opts.domain ? { domain: opts.domain } : {}) }),
    );
    out.result({ glossary: opts.name, ...counts }, () => `${counts.entries} entries (${counts.terms} terms) into ${opts.org} / ${opts.name}`);
  });
  withCommonOptions(
    glossary
      .command('export')
      .requiredOption('--org <name>', 'organisation')
      .requiredOption('--name <glossary>', 'glossary name')
      .option('--format <f>', 'tbx | csv', 'tbx')
      .option('--out <file>', 'write here instead of standard output'),
  ).action(async (opts: GlossaryOptions) => {
    const format = formatOf(opts);
    const entries = await withStore(opts, (store) => store.glossaries.entries(opts.org!, opts.name!));
    const plain: TermEntry[] = entries.map(({ entryId: _e, org: _o, glossary: _g, ...e }) => e);
    const sink = opts.out ? fileSink(opts.out) : process.stdout;
    const langs = [...new Set(plain.flatMap((e) => e.terms.map((t) => t.lang)))];
    if (format === 'csv') await writeGlossaryCsv(plain, sink, langs);
    else await writeTbx(plain, sink, { title: `${opts.org} — ${opts.name}` });
    if (opts.out) await (sink as ReturnType<typeof fileSink>).close();
  });
  withCommonOptions(
    glossary
      .command('lookup')
      .argument('<term>', 'term to look up (contained, case-insensitive)')
      .option('--org <name>', 'only this organisation (default: all)')
      .option('--lang <tag>', 'only terms in this language')
      .option('--exact', 'whole term only'),
  ).action(async (term: string, opts: GlossaryOptions) => {
    const out = outputFor(opts);
    const entries = await withStore(opts, async (store) => {
      const orgs = opts.org ? [opts.org] : (await store.organisations.list()).map((o) => o.name);
      return store.glossaries.lookup({ term, orgs, ...(opts.lang ? { lang: opts.lang } : {}), exact: opts.exact === true });
    });
    out.result({ entries }, () =>
      entries.length
        ? entries.map((e) => `${e.org}/${e.glossary}${e.domain ? ` [${e.domain}]` : ''}: ${e.terms.map((t) => `${t.lang} ${t.term}`).join(' · ')}`).join('\n')
        : `no entry with "${term}"`,
    );
  });
}
