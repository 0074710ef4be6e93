/**
 * `silkloom scan --in FILE`: finds personal identifiers, one segment per line.
 * JSON Lines `{"line","type","start","end","text","score"}` with --json (1-based
 * line, UTF-16 start/end), else a table. `silkloom scan --corpus NAME` scans a
 * stored corpus, stores the findings per unit (matched text only as a hash)
 * and prints the corpus grade.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { canonicalLangTag } from '@silkloom/core';
import { DEFAULT_MIN_SCORE, PII_TYPES, resolveTypes, scanText, type Finding } from '@silkloom/governance';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { scanCorpus, type ScanCorpusResult } from '@silkloom/server/governance';
import { cliActor, withStore } from '../store-session.ts';

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
      .option('--corpus <name>', 'scan a stored corpus, store findings per unit and grade it')
      .option('--lang <tag>', 'language of the text (BCP 47); orders phone regions')
      .option('--types <list>', 'only these types, comma-separated')
      .option('--min-score <x>', `report findings scoring at least x (default ${DEFAULT_MIN_SCORE})`),
  ).action(async (opts: ScanOptions, cmd: Command) => {
    if (!opts.in && !opts.corpus) cmd.error('scan needs --in FILE or --corpus NAME', { exitCode: 2 });
    const lang = opts.lang ? canonicalLangTag(opts.lang) : undefined;
    const types = opts.types ? [...resolveTypes(opts.types.split(','))] : undefined;
    const minScore = opts.minScore === undefined ? undefined : Number(opts.minScore);
    const out = outputFor(opts);
    if (opts.corpus) {
      const corpus = opts.corpus;
      const result = await withStore(opts, (store) => scanCorpus(store, corpus, { types, minScore, actor: cliActor() }, out.progress(`scan ${corpus}`)));
      out.result(result, () => renderCorpusScan(result));
      return;
    }
    if (!opts.in) return;
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

function renderCorpusScan(r: ScanCorpusResult): string {
  const g = r.grade;
  const byType = Object.entries(g.findingsByType).map(([t, n]) => `  ${t.padEnd(16)} ${n}`);
  return [
    `scanned ${r.units} units (${r.variants} segments) of "${r.corpus}": ${r.findings} finding(s), run ${r.runId}`,
    ...(byType.length ? byType : ['  no personal identifiers found']),
    '',
    `grade: ${g.level} data; personal information: ${g.personal}${g.categories.length ? ` (${g.categories.join(', ')})` : ''}`,
    `  ${g.unitsPersonal} unit(s) with personal, ${g.unitsSensitive} with sensitive personal information; ${g.distinctIdentifiers} distinct identifiers`,
    ...g.reasons.map((reason) => `  - ${reason.because} [${reason.citation}]`),
  ].join('\n');
}

function formatRow(r: Pick<Finding, 'type' | 'start' | 'end' | 'text' | 'score'> & { line: number }): string {
  return `${String(r.line).padEnd(6)} ${r.type.padEnd(16)} ${`${r.start}-${r.end}`.padEnd(11)} ${r.score.toFixed(2)}   ${r.text}`;
}
