/**
 * `silkloom assess --request FILE.json`: decides a cross-border transfer
 * against the rule packs (decision support, not legal advice). The
 * `--corpus NAME --to CC --purpose P` form builds the request from the
 * corpus's provenance and latest scan, says what it assumed, and records the
 * assessment in the audit log.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { assessTransfer, loadRulePacks, type Assessment } from '@silkloom/governance';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { cliActor, withStore } from '../store-session.ts';
import { assessCorpus, withTransferOptions, type TransferOptions } from '../transfer-options.ts';
import { rulesDir } from './rules-dir.ts';

interface AssessOptions extends CommonOptions, TransferOptions {
  request?: string;
  corpus?: string;
}

export function registerAssess(program: Command): void {
  withCommonOptions(
    withTransferOptions(
      program
        .command('assess')
        .description('assess a cross-border transfer against the cited rule packs (decision support, not legal advice)')
        .option('--request <file>', 'transfer request as JSON (see docs/governance.md)')
        .option('--corpus <name>', 'build the request from a stored corpus (with --to and --purpose; scan it first)'),
    ),
  ).action(async (opts: AssessOptions, cmd: Command) => {
    if (opts.corpus) {
      if (!opts.to || !opts.purpose) cmd.error('assess --corpus needs --to CC and --purpose P', { exitCode: 2 });
      const corpus = opts.corpus;
      const result = await withStore(opts, (store) => assessCorpus(store, corpus, opts, cliActor()));
      const { assessment, request, assumptions } = result;
      outputFor(opts).result({ ...assessment, request, assumptions: [...assumptions, ...(assessment.assumptions ?? [])] }, () =>
        render({ ...assessment, assumptions: [...assumptions, ...(assessment.assumptions ?? [])] }),
      );
      return;
    }
    if (!opts.request) cmd.error('assess needs --request FILE.json or --corpus NAME', { exitCode: 2 });
    let request: unknown;
    try {
      request = JSON.parse(readFileSync(opts.request, 'utf8'));
    } catch (cause) {
      cmd.error(`cannot read ${opts.request} as JSON: ${cause instanceof Error ? cause.message : String(cause)}`, { exitCode: 1 });
    }
    const result = assessTransfer(request, loadRulePacks(rulesDir(opts.rules)));
    outputFor(opts).result(result, () => render(result));
  });
}

export function render(a: Assessment): string {
  const lines = [`decision: ${a.decision}`];
  for (const leg of a.legs) {
    lines.push(`\n${leg.jurisdiction} (${leg.direction}): ${leg.decision}`);
    if (leg.obligations.length) lines.push(`  obligations: ${leg.obligations.join(', ')}`);
    if (leg.missing?.length) lines.push(`  missing facts: ${leg.missing.join(', ')}`);
    for (const r of leg.rules) lines.push(`  rule ${r.pack}@${r.version} ${r.id} [${r.confidence}] — ${r.citations.map((c) => `${c.instrument} ${c.article}`).join('; ')}`);
    for (const n of leg.notes ?? []) lines.push(`  note: ${n}`);
  }
  if (a.assumptions?.length) lines.push('', 'assumed:', ...a.assumptions.map((x) => `  - ${x}`));
  lines.push('', 'Decision support from versioned rule packs, not legal advice; rules tagged S or K need checking against the cited text.');
  return lines.join('\n');
}
