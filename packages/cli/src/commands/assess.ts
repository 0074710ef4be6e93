/**
 * `silkloom assess --request FILE.json`: decides a cross-border transfer
 * against the rule packs (decision support, not legal advice). The
 * `--corpus NAME --to CC --purpose P` form builds the request from stored
 * findings and comes with the store.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { assessTransfer, loadRulePacks, type Assessment } from '@silkloom/governance';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { rulesDir } from './rules-dir.ts';

interface AssessOptions extends CommonOptions {
  request?: string;
  corpus?: string;
  rules?: string;
}

export function registerAssess(program: Command): void {
  withCommonOptions(
    program
      .command('assess')
      .description('assess a cross-border transfer against the cited rule packs (decision support, not legal advice)')
      .option('--request <file>', 'transfer request as JSON (see docs/governance.md)')
      .option('--corpus <name>', 'build the request from a stored corpus (needs the store)')
      .option('--to <cc>', 'destination country, with --corpus')
      .option('--purpose <p>', 'purpose, with --corpus')
      .option('--rules <dir>', 'rule pack folder (env SILKLOOM_RULES, default ./rules)'),
    { store: false },
  ).action((opts: AssessOptions, cmd: Command) => {
    if (opts.corpus) cmd.error('assess --corpus needs the store, which is not wired into this command yet; use --request FILE.json', { exitCode: 2 });
    if (!opts.request) cmd.error('assess needs --request FILE.json', { exitCode: 2 });
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

function render(a: Assessment): string {
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
