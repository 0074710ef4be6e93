/** `silkloom langs`: the language registry, and canonicalisation of tags. */
import type { Command } from 'commander';
import { LANGUAGES, canonicalLangTag, languageInfo } from '@silkloom/core';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';

export function registerLangs(program: Command): void {
  withCommonOptions(
    program
      .command('langs')
      .description('list the languages Silkloom knows, or canonicalise tags (e.g. silkloom langs zh_CN tha_Thai)')
      .argument('[tags...]', 'language tags to canonicalise'),
    { store: false },
  ).action((tags: string[], opts: CommonOptions) => {
    const out = outputFor(opts);
    if (tags.length) {
      const rows = tags.map((input) => {
        const tag = canonicalLangTag(input);
        return { input, tag, known: languageInfo(tag)?.tag ?? null };
      });
      out.result(rows, () => rows.map((r) => `${r.input}\t${r.tag}${r.known ? '' : '\t(not in registry)'}`).join('\n'));
      return;
    }
    out.result(LANGUAGES, () =>
      LANGUAGES.map((l) => `${l.tag.padEnd(9)} ${l.name.padEnd(22)} ${l.nativeName.padEnd(16)} ${l.scripts.join(',').padEnd(14)} ${l.direction} words:${l.wordUnit}`).join('\n'),
    );
  });
}
