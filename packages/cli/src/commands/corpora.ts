/** `silkloom corpora [list|show NAME|create NAME]`: the corpora in the store. */
import type { Command } from 'commander';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { withStore } from '../store-session.ts';
import { renderStats } from './stats.ts';

interface CreateOptions extends CommonOptions {
  description?: string;
  org?: string;
  license?: string;
  domain?: string;
}

export function registerCorpora(program: Command): void {
  const corpora = program.command('corpora').description('list, show or create corpora');

  withCommonOptions(corpora.command('list', { isDefault: true }).description('list corpora with their unit counts')).action(
    async (opts: CommonOptions) => {
      const out = outputFor(opts);
      const list = await withStore(opts, (store) => store.corpora.list());
      out.result(list, () =>
        list.length
          ? list.map((c) => `${c.name.padEnd(24)} ${String(c.units).padStart(8)} units  ${c.ownerOrg ?? ''}  ${c.defaultLicence ?? ''}`).join('\n')
          : 'no corpora yet: silkloom import FILE --corpus NAME, or silkloom demo',
      );
    },
  );

  withCommonOptions(corpora.command('show').description('show one corpus: metadata, import batches and counts').argument('<name>')).action(
    async (name: string, opts: CommonOptions) => {
      const out = outputFor(opts);
      const shown = await withStore(opts, async (store) => {
        const corpus = await store.corpora.require(name);
        const [batches, stats] = await Promise.all([store.imports.list(name), store.stats(name)]);
        return { ...corpus, batches, stats };
      });
      out.result(shown, () =>
        [
          `${shown.name}${shown.description ? ` — ${shown.description}` : ''}`,
          `owner: ${shown.ownerOrg ?? '-'}  licence: ${shown.defaultLicence ?? '-'}  domains: ${shown.domains.join(', ') || '-'}`,
          '',
          'import batches:',
          ...shown.batches.map((b) => `  ${b.batchId}  ${b.createdAt}  ${b.sourceFile}  ${b.units} units${b.withdrawnAt ? '  (withdrawn)' : ''}`),
          '',
          renderStats(shown.stats),
        ].join('\n'),
      );
    },
  );

  withCommonOptions(
    corpora
      .command('create')
      .description('create an empty corpus')
      .argument('<name>')
      .option('--description <text>', 'what the corpus is')
      .option('--org <name>', 'owner organisation')
      .option('--license <id>', 'default licence (SPDX id or named agreement)')
      .option('--domain <list>', 'comma-separated domain labels'),
  ).action(async (name: string, opts: CreateOptions) => {
    const out = outputFor(opts);
    const corpus = await withStore(opts, (store) =>
      store.corpora.create({
        name,
        description: opts.description,
        ownerOrg: opts.org,
        defaultLicence: opts.license,
        domains: opts.domain?.split(',').map((d) => d.trim()).filter(Boolean),
      }),
    );
    out.result(corpus, () => `created corpus "${corpus.name}"`);
  });
}
