/**
 * Governance as far as the API exposes it: units reviewers flagged for
 * personal data (each with the policy that flagged it), and verification of
 * the hash-chained audit log. Grades and transfer assessments appear here once
 * the governance routes exist.
 */
import { cobuildRoutes, routes } from '@silkloom/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { UnitRow } from '../components/unit-card.tsx';
import { CorpusPicker, ErrorBox, Loading, Page, useCorpusChoice } from '../components/ui.tsx';

function FlaggedUnit(props: { unitId: string }) {
  const unit = useApi(() => call(routes.showUnit, { params: { unitId: props.unitId } }), [props.unitId]);
  return unit.data ? <UnitRow unit={unit.data} /> : <ErrorBox error={unit.error} />;
}

export function GovernancePage() {
  const { t } = useTranslation();
  const { corpus, corpora, error, loading } = useCorpusChoice();
  const flagged = useApi(async () => (corpus ? call(cobuildRoutes.flagged, { params: { corpus } }) : { decisions: [] }), [corpus]);
  const [audit, setAudit] = useState<{ ok: boolean; entries: number; firstBroken?: { seq: number; reason: string }; head?: { seq: number; hash: string } }>();
  const [auditError, setAuditError] = useState<unknown>();
  const verify = async () => {
    setAuditError(undefined);
    try {
      setAudit(await call(routes.auditVerify));
    } catch (err) {
      setAuditError(err);
    }
  };
  return (
    <Page title={t('governance.title')} actions={<CorpusPicker corpus={corpus} corpora={corpora} />}>
      <div className="card">
        <h2>{t('governance.audit')}</h2>
        <p className="muted">{t('governance.auditHelp')}</p>
        <button onClick={() => void verify()}>{t('governance.verify')}</button>
        <ErrorBox error={auditError} />
        {audit && (
          <p className={audit.ok ? 'notice' : 'error'} data-testid="audit-result">
            {audit.ok ? t('governance.auditOk', { entries: audit.entries, hash: audit.head?.hash.slice(0, 16) ?? '' }) : t('governance.auditBroken', { seq: audit.firstBroken?.seq, reason: audit.firstBroken?.reason })}
          </p>
        )}
      </div>
      <h2>{t('governance.flagged')}</h2>
      {(loading || flagged.loading) && <Loading />}
      <ErrorBox error={error ?? flagged.error} />
      {flagged.data?.decisions.length === 0 && <p className="muted">{t('governance.noneFlagged')}</p>}
      {flagged.data?.decisions.map((d) => (
        <div key={d.unitId}>
          <p className="muted">
            {d.decidedAt.slice(0, 16).replace('T', ' ')} · {d.reasons.join(', ')} · {JSON.stringify(d.tally)}
          </p>
          <FlaggedUnit unitId={d.unitId} />
        </div>
      ))}
    </Page>
  );
}
