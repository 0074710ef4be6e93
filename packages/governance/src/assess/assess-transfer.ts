/**
 * Transfer assessment (issue 4 item 5): one leg per jurisdiction whose export
 * rules apply — China when the exporter is in the mainland; the exporter's
 * own country otherwise (direction `export`); and every other origin of the
 * data in `collected_in` (direction `onward`: data collected there, sent on
 * by someone elsewhere). Each leg is decided by its pack; the overall decision
 * is the most restrictive leg. A leg with no pack and personal data ESCALATEs.
 */
import { governanceError } from '../errors.ts';
import { evaluatePack, type RuleRef } from '../rules/evaluate-pack.ts';
import { RESTRICTIVENESS, type Decision, type RulePack } from '../rules/types.ts';
import { buildFacts } from './facts.ts';
import { validateTransferRequest, type TransferRequest } from './request.ts';

export interface Leg {
  jurisdiction: string;
  direction: 'export' | 'onward';
  decision: Decision;
  obligations: string[];
  rules: RuleRef[];
  /** Facts whose absence forced ESCALATE. */
  missing?: string[];
  notes?: string[];
}

export interface Assessment {
  decision: Decision;
  legs: Leg[];
  assumptions?: string[];
  /** Pack id → version@sha256 prefix, for the audit log. */
  packs: Record<string, string>;
}

function legsOf(req: TransferRequest, assumptions: Set<string>): Array<{ jurisdiction: string; direction: 'export' | 'onward' }> {
  const out: Array<{ jurisdiction: string; direction: 'export' | 'onward' }> = [];
  if (req.exporter.country !== req.recipient.country) out.push({ jurisdiction: req.exporter.country, direction: 'export' });
  for (const origin of req.dataset.collected_in) {
    if (origin === req.exporter.country || origin === req.recipient.country || out.some((l) => l.jurisdiction === origin)) continue;
    if (origin === 'CN') {
      // CBDF-2024 binds processors in the mainland; the Chinese export of this data happened when it left China.
      assumptions.add('part of the data was collected in CN and is sent on from outside the mainland: its export from China is not assessed here');
      continue;
    }
    out.push({ jurisdiction: origin, direction: 'onward' });
  }
  return out;
}

/** Decides a transfer request against the loaded packs. Accepts a parsed JSON object and validates it. */
export function assessTransfer(request: unknown, packs: readonly RulePack[]): Assessment {
  const req = validateTransferRequest(request);
  const legs: Leg[] = [];
  const assumptions = new Set<string>();
  for (const leg of legsOf(req, assumptions)) {
    const pack = packs.find((p) => p.appliesTo.includes(leg.jurisdiction) && p.direction === 'export');
    const { facts, assumptions: assumed } = buildFacts(req, packs, leg);
    assumed.forEach((a) => assumptions.add(a));
    if (!pack) {
      if (leg.jurisdiction === 'CN') throw governanceError('SLM_ASSESS_NO_CN_PACK');
      const personal = (facts.dataset as { contains_pi: boolean }).contains_pi;
      legs.push({
        ...leg, decision: personal ? 'ESCALATE' : 'ALLOW', obligations: [], rules: [],
        notes: [`no rule pack for ${leg.jurisdiction}${personal ? '; the data holds personal information, so a person must decide' : '; no personal information, no pack needed'}`],
      });
      continue;
    }
    const outcome = evaluatePack(pack, facts, req.as_of);
    legs.push({
      ...leg, decision: outcome.decision, obligations: outcome.obligations, rules: outcome.rules,
      ...(outcome.missing.length ? { missing: outcome.missing } : {}), ...(outcome.notes.length ? { notes: outcome.notes } : {}),
    });
  }
  if (!legs.length) assumptions.add('exporter and recipient are in the same jurisdiction and no other origin is declared: no border is crossed');
  const decision = legs.reduce<Decision>((worst, l) => (RESTRICTIVENESS[l.decision] > RESTRICTIVENESS[worst] ? l.decision : worst), legs.length ? legs[0]!.decision : 'ALLOW');
  return {
    decision, legs, ...(assumptions.size ? { assumptions: [...assumptions] } : {}),
    packs: Object.fromEntries(packs.filter((p) => legs.some((l) => l.rules.some((r) => r.pack === p.id))).map((p) => [p.id, `${p.version}@${p.sha256.slice(0, 12)}`])),
  };
}
