/**
 * `silkloom scan --in FILE`: finds personal identifiers, one segment per line.
 * JSON Lines `{"line","type","start","end","text","score"}` with --json (1-based
 * line, UTF-16 start/end), else a table. `--corpus NAME` (findings stored per
 * unit) comes with the store.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { canonicalLangTag } from '@silkloom/core';
import { DEFAULT_MIN_SCORE, PII_TYPES, resolveTypes, scanText, type Finding } from '@silkloom/governance';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';

interface ScanOptions extends CommonOptions {
  in?: string;
  corpus?: string;
  lang?: string;
  types?: string;
  minScore?: string;
}

export function registerScan(program: Command): void {
  withCommonOptions(
    program
      .command('scan')
      .description(`find personal identifiers (${PII_TYPES.join(', ')})`)
      .option('--in <file>', 'plain-text file, one segment per line')
      .option('--corpus <name>', 'scan a stored corpus and store findings per unit (needs the store)')
      .option('--lang <tag>', 'language of the text (BCP 47); orders phone regions')
      .option('--types <list>', 'only these types, comma-separated')
      .option('--min-score <x>', `report findings scoring at least x (default ${DEFAULT_MIN_SCORE})`),
    { store: false },
  ).action(async (opts: ScanOptions, cmd: Command) => {
    if (opts.corpus) cmd.error('scan --corpus needs the store, which is not wired into this command yet; use --in FILE', { exitCode: 2 });
    if (!opts.in) cmd.error('scan needs --in FILE', { exitCode: 2 });
    const lang = opts.lang ? canonicalLangTag(opts.lang) : undefined;
    const types = opts.types ? [...resolveTypes(opts.types.split(','))] : undefined;
    const minScore = opts.minScore === undefined ? undefined : Number(opts.minScore);
    const out = outputFor(opts);
    const lines = createInterface({ input: createReadStream(opts.in, 'utf8'), crlfDelay: Infinity });
    let lineNo = 0;
    let count = 0;
    const rows: string[] = [];
    for await (const raw of lines) {
      lineNo++;
      const text = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      const shift = raw.length - text.length;
      for (const f of scanText(text, { lang, types, minScore })) {
        count++;
        const row = { line: lineNo, type: f.type, start: f.start + shift, end: f.end + shift, text: f.text, score: f.score };
        if (out.json) out.line(row);
        else rows.push(formatRow(row));
      }
    }
    if (!out.json) {
      out.result(null, () => (rows.length ? `line   type             span        score  text\n${rows.join('\n')}` : 'no personal identifiers found'));
      out.info(`${count} finding(s) in ${lineNo} line(s)`);
    }
  });
}

function formatRow(r: Pick<Finding, 'type' | 'start' | 'end' | 'text' | 'score'> & { line: number }): string {
  return `${String(r.line).padEnd(6)} ${r.type.padEnd(16)} ${`${r.start}-${r.end}`.padEnd(11)} ${r.score.toFixed(2)}   ${r.text}`;
}
