/**
 * Evaluates one pack for one leg's facts as of a date: decision rules in
 * order (the first that holds decides; one that is unknown first gives
 * ESCALATE with the missing facts), then every obligation rule that holds
 * given the decision. Only rules in force on `asOf` take part.
 */
import { evaluateCondition } from './condition.ts';
import type { Citation, Decision, Rule, RulePack } from './types.ts';

export interface RuleRef {
  pack: string;
  version: string;
  id: string;
  citations: Citation[];
  confidence: Rule['confidence'];
  basis: Rule['basis'];
}

export interface PackOutcome {
  decision: Decision;
  obligations: string[];
  rules: RuleRef[];
  /** Facts whose absence forced ESCALATE. */
  missing: string[];
  notes: string[];
}

export function inForce(rule: Rule, asOf: string): boolean {
  return rule.effective_from <= asOf && (rule.effective_to === null || asOf <= rule.effective_to);
}

export function ruleRef(pack: RulePack, rule: Rule): RuleRef {
  return { pack: pack.id, version: pack.version, id: rule.id, citations: rule.citations, confidence: rule.confidence, basis: rule.basis };
}

export function evaluatePack(pack: RulePack, facts: Record<string, unknown>, asOf: string): PackOutcome {
  const active = pack.rules.filter((r) => inForce(r, asOf));
  let decision: Decision = 'ESCALATE';
  let decisive: Rule | undefined;
  let missing: string[] = [];
  const notes: string[] = [];
  for (const rule of active.filter((r) => r.kind === 'decision')) {
    const truth = evaluateCondition(rule.when, facts);
    if (truth.value === false) continue;
    decisive = rule;
    if (truth.value === true) decision = rule.decision!;
    else {
      missing = [...new Set(truth.missing)];
      notes.push(`${rule.id} may apply but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} unknown`);
    }
    break;
  }
  if (!decisive) notes.push(`no decision rule of ${pack.id}@${pack.version} holds on ${asOf}`);
  const obligations = new Set<string>(decision === 'ESCALATE' && missing.length ? [] : decisive?.obligations ?? []);
  const rules: RuleRef[] = decisive ? [ruleRef(pack, decisive)] : [];
  if (decision !== 'ESCALATE' || !missing.length) {
    const withDecision = { ...facts, decision };
    for (const rule of active.filter((r) => r.kind === 'obligation')) {
      if (evaluateCondition(rule.when, withDecision).value !== true) continue;
      for (const o of rule.obligations) obligations.add(o);
      rules.push(ruleRef(pack, rule));
    }
  }
  if (decisive?.note) notes.push(`${decisive.id}: ${decisive.note}`);
  return { decision, obligations: [...obligations], rules, missing, notes };
}
