/**
 * Runs the YAML test cases of packs: each request goes through the full
 * assessment against all loaded packs, and the leg of the pack's jurisdiction
 * (or `expect.leg`) must show the expected decision, decisive rule and
 * obligations. Used by `silkloom rules test` and by `npm test`.
 */
import { assessTransfer } from '../assess/assess-transfer.ts';
import type { PackTest, RulePack } from './types.ts';

export interface PackTestResult {
  pack: string;
  name: string;
  ok: boolean;
  problems: string[];
  source: PackTest['source'];
}

export function runPackTest(pack: RulePack, t: PackTest, packs: readonly RulePack[]): PackTestResult {
  const problems: string[] = [];
  try {
    const result = assessTransfer(t.request, packs);
    const leg = result.legs.find((l) => (t.expect.leg ? l.jurisdiction === t.expect.leg : pack.appliesTo.includes(l.jurisdiction)) && (!t.expect.direction || l.direction === t.expect.direction));
    if (!leg) problems.push(`no ${t.expect.leg ?? pack.jurisdiction} leg in the answer (legs: ${result.legs.map((l) => l.jurisdiction).join(', ') || 'none'})`);
    else {
      if (leg.decision !== t.expect.decision) problems.push(`decision ${leg.decision}, expected ${t.expect.decision}${leg.notes ? ` (${leg.notes.join('; ')})` : ''}`);
      if (t.expect.rule && leg.rules[0]?.id !== t.expect.rule) problems.push(`decided by ${leg.rules[0]?.id ?? 'no rule'}, expected ${t.expect.rule}`);
      for (const o of t.expect.obligations ?? []) if (!leg.obligations.includes(o)) problems.push(`obligation ${o} missing (has ${leg.obligations.join(', ') || 'none'})`);
      for (const o of t.expect.absent_obligations ?? []) if (leg.obligations.includes(o)) problems.push(`obligation ${o} present but should not be`);
    }
    if (t.expect.overall && result.decision !== t.expect.overall) problems.push(`overall ${result.decision}, expected ${t.expect.overall}`);
  } catch (err) {
    problems.push(`threw ${err instanceof Error ? err.message : String(err)}`);
  }
  return { pack: pack.id, name: t.name, ok: problems.length === 0, problems, source: t.source };
}

/** Runs the tests of the given packs (default: all) against the full set of packs. */
export function runPackTests(packs: readonly RulePack[], only?: readonly RulePack[]): PackTestResult[] {
  return (only ?? packs).flatMap((pack) => pack.tests.map((t) => runPackTest(pack, t, packs)));
}
