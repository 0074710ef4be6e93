/** One contribution (import batch): provenance, languages, statuses, its units; withdraw it before release. */
import { cobuildRoutes, routes } from '@silkloom/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { UnitRow } from '../components/unit-card.tsx';
import { CountTable, ErrorBox, Loading, Page } from '../components/ui.tsx';
import { Link } from '../router.tsx';

export function BatchDetailPage(props: { corpus?: string; batchId?: string }) {
  const corpus = props.corpus!;
  const batchId = props.batchId!;
  const { t } = useTranslation();
  const detail = useApi(() => call(cobuildRoutes.showBatch, { params: { corpus, batchId } }), [corpus, batchId]);
  const units = useApi(() => call(routes.listUnits, { params: { corpus }, query: { batch: batchId, limit: 20 } }), [corpus, batchId]);
  const [error, setError] = useState<unknown>();
  const withdraw = async () => {
    if (!confirm(t('batch.confirmWithdraw'))) return;
    try {
      await call(cobuildRoutes.withdrawBatch, { params: { corpus, batchId }, body: {} });
      detail.reload();
    } catch (err) {
      setError(err);
    }
  };
  const b = detail.data?.batch;
  return (
    <Page title={t('batch.title', { id: batchId })}>
      <p>
        <Link to={`/corpora/${encodeURIComponent(corpus)}`}>← {corpus}</Link>
      </p>
      {detail.loading && <Loading />}
      <ErrorBox error={detail.error ?? error} />
      {b && detail.data && (
        <>
          <div className="card">
            <dl className="grid two">
              {(['sourceFile', 'format', 'contributor', 'organisation', 'originJurisdiction', 'licence', 'consentBasis', 'collectedAt', 'createdAt', 'sourceSha256'] as const).map((k) =>
                b[k] ? (
                  <div key={k}>
                    <dt className="muted">{t(`batch.field.${k}`)}</dt>
                    <dd style={{ margin: 0, wordBreak: 'break-all' }}>{String(b[k])}</dd>
                  </div>
                ) : null,
              )}
            </dl>
            <p data-testid="batch-state">
              {b.withdrawnAt ? t('batch.withdrawnAt', { at: b.withdrawnAt }) : detail.data.released > 0 ? t('batch.released', { units: detail.data.released }) : t('batch.active')}
            </p>
            {detail.data.canWithdraw && (
              <button className="secondary" onClick={() => void withdraw()}>
                {t('batch.withdraw')}
              </button>
            )}
          </div>
          <div className="grid two">
            <div className="card">
              <h2>{t('batch.languages')}</h2>
              <CountTable counts={detail.data.byLang} head={[t('common.language'), t('batch.segments')]} />
            </div>
            <div className="card">
              <h2>{t('corpus.status')}</h2>
              <CountTable counts={detail.data.statuses} head={[t('corpus.status'), t('dashboard.units')]} render={(s) => t(`status.${s}`)} />
            </div>
          </div>
        </>
      )}
      <h2>{t('corpus.units')}</h2>
      {units.data?.units.map((u) => <UnitRow key={u.unitId} unit={u} />)}
    </Page>
  );
}
