/**
 * The transfer assessment for a release's chosen destination (governance's
 * assessTransfer over the server's rule packs): the exporter is the corpus's
 * owner organisation (its country; CN when unrecorded), the origins are the
 * release's origin jurisdictions, personal data is declared when a scan found
 * any in the corpus or a reviewer flagged some. Decision support, stored with
 * the release and written into its datasheet.
 */
import type { AssessmentFact } from '@silkloom/cobuild';
import { isCountryCode } from '@silkloom/core';
import { assessTransfer, loadRulePacks } from '@silkloom/governance';
import type { Store } from '@silkloom/store';

export async function assessRelease(
  store: Store,
  corpus: { name: string; ownerOrg?: string },
  destination: string,
  purpose: string,
  jurisdictions: Record<string, number>,
  flagged: number,
  rulesDir: string,
): Promise<AssessmentFact> {
  const org = corpus.ownerOrg ? await store.organisations.get(corpus.ownerOrg) : undefined;
  const findings = await store.findings.summary(corpus.name);
  const individuals = Object.values(findings.distinctByType).reduce((s, n) => s + n, 0);
  const exporter = org?.country ?? 'CN';
  const origins = Object.keys(jurisdictions).filter(isCountryCode);
  const assessment = assessTransfer(
    {
      as_of: new Date().toISOString().slice(0, 10),
      exporter: { country: exporter, city: null, is_ciio: null, ftz: null },
      recipient: { country: destination, on_restricted_list: false },
      dataset: {
        collected_in: origins.length ? origins : [exporter],
        purpose,
        contains_state_secret: false,
        important_data_notified: false,
        pi_categories: findings.units > 0 || flagged > 0 ? ['other_personal'] : [],
      },
      counters: { pi_individuals_ytd: individuals, sensitive_pi_individuals_ytd: 0 },
    },
    loadRulePacks(rulesDir),
  );
  const legs = assessment.legs.map((l) => `${l.jurisdiction} (${l.direction}): ${l.decision}${l.obligations.length ? ` — ${l.obligations.join(', ')}` : ''}`);
  return {
    destination,
    verdict: assessment.decision,
    summary: [...legs, ...(assessment.assumptions ?? []).map((a) => `assumed: ${a}`)].join('; ') || 'no border is crossed',
    rulePacks: Object.entries(assessment.packs).map(([id, v]) => `${id}@${v}`),
  };
}
