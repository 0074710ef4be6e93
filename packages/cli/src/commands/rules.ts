/** `silkloom rules list|show PACK|test [PACK]`: the versioned, cited rule packs in rules/. */
import type { Command } from 'commander';
import { findPack, loadRulePacks, runPackTests } from '@silkloom/governance';
import { outputFor, withCommonOptions, type CommonOptions } from '../common.ts';
import { rulesDir } from './rules-dir.ts';

interface RulesOptions extends CommonOptions {
  rules?: string;
}

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('list, show and test the transfer rule packs');
  const withDir = (cmd: Command) => withCommonOptions(cmd.option('--rules <dir>', 'rule pack folder (env SILKLOOM_RULES, default ./rules)'), { store: false });

  withDir(rules.command('list').description('the packs, their versions and rule/test counts')).action((opts: RulesOptions) => {
    const packs = loadRulePacks(rulesDir(opts.rules));
    const rows = packs.map((p) => ({ id: p.id, version: p.version, jurisdiction: p.jurisdiction, title: p.title, rules: p.rules.length, tests: p.tests.length, sha256: p.sha256 }));
    outputFor(opts).result(rows, () => rows.map((r) => `${r.id.padEnd(12)} ${r.version.padEnd(7)} ${r.jurisdiction.padEnd(3)} ${String(r.rules).padStart(3)} rules ${String(r.tests).padStart(3)} tests  ${r.title}`).join('\n'));
  });

  withDir(rules.command('show').description('the rules of one pack with dates and citations').argument('<pack>')).action((id: string, opts: RulesOptions) => {
    const pack = findPack(loadRulePacks(rulesDir(opts.rules)), id);
    const { tests: _tests, ...rest } = pack;
    outputFor(opts).result(rest, () => [
      `${pack.id}@${pack.version} — ${pack.title} (${pack.jurisdiction}, sha256 ${pack.sha256.slice(0, 16)}…)`,
      ...pack.rules.map((r) => `  ${r.id} [${r.kind === 'decision' ? r.decision : `+${r.obligations.join(',')}`}] ${r.effective_from}→${r.effective_to ?? '…'} conf ${r.confidence} ${r.basis}\n      ${r.citations.map((c) => `${c.instrument} ${c.article}`).join('; ')}`),
    ].join('\n'));
  });

  withDir(rules.command('test').description('run the YAML test cases (all packs, or one)').argument('[pack]')).action((id: string | undefined, opts: RulesOptions) => {
    const packs = loadRulePacks(rulesDir(opts.rules));
    const results = runPackTests(packs, id ? [findPack(packs, id)] : undefined);
    const failed = results.filter((r) => !r.ok);
    outputFor(opts).result({ passed: results.length - failed.length, failed: failed.length, failures: failed }, () => [
      ...failed.map((f) => `FAIL ${f.source.file}:${f.source.line} ${f.pack}: ${f.name}\n     ${f.problems.join('\n     ')}`),
      `${results.length - failed.length} passed, ${failed.length} failed`,
    ].join('\n'));
    if (failed.length) process.exitCode = 1;
  });
}
