/**
 * Governance of the chosen corpus: the personal-data scan (run it, its
 * findings by type, the grade — general / important / core data, personal or
 * sensitive personal information — with the grader's reasons, and units with
 * findings), a cross-border transfer assessment built from the corpus's
 * provenance and latest scan (decision, legs, obligations, cited rules,
 * assumptions), verification of the hash-chained audit log, and the units
 * reviewers flagged for personal data. Buttons follow the permission table;
 * the server checks again.
 */
import { cobuildRoutes, roleAllows, routes, type Action, type SessionInfo } from '@silkloom/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { UnitRow } from '../components/unit-card.tsx';
import { CorpusPicker, ErrorBox, Loading, Page, useCorpusChoice } from '../components/ui.tsx';
import { AssessPanel } from './governance-assess.tsx';
import { ScanPanel } from './governance-scan.tsx';

/** Whether the user's role in the organisation owning the corpus grants `action` (site admins may do anything). */
function mayAct(session: SessionInfo | undefined, ownerOrg: string | undefined, action: Action): boolean {
  if (!session) return false;
  if (session.user.admin) return true;
  const role = session.user.memberships.find((m) => m.org === ownerOrg)?.role;
  return !!role && roleAllows(role, action);
}

function FlaggedUnit(props: { unitId: string }) {
  const unit = useApi(() => call(routes.showUnit, { params: { unitId: props.unitId } }), [props.unitId]);
  return unit.data ? <UnitRow unit={unit.data} /> : <ErrorBox error={unit.error} />;
}

export function GovernancePage() {
  const { t } = useTranslation();
  const { corpus, corpora, error, loading } = useCorpusChoice();
  const { session } = useSession();
  const info = useApi(async () => (corpus ? call(routes.showCorpus, { params: { corpus } }) : undefined), [corpus]);
  const ownerOrg = info.data?.ownerOrg;
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
      {corpus && info.data && (
        <>
          {mayAct(session, ownerOrg, 'run.read') && <ScanPanel key={`scan-${corpus}`} corpus={corpus} canScan={mayAct(session, ownerOrg, 'governance.scan')} />}
          {mayAct(session, ownerOrg, 'governance.assess') && <AssessPanel key={`assess-${corpus}`} corpus={corpus} />}
        </>
      )}
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
