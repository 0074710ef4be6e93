/** One corpus: figures, contributions (import batches), upload, export, a page of units. */
import { EXPORT_FORMATS, routes } from '@silkloom/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, routeUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ImportForm } from '../components/import-form.tsx';
import { UnitRow } from '../components/unit-card.tsx';
import { CountTable, ErrorBox, Loading, Page, fmt } from '../components/ui.tsx';
import { Link } from '../router.tsx';

export function BatchTable(props: { corpus: string; batches: Array<{ batchId: string; sourceFile: string; contributor?: string; organisation?: string; licence?: string; originJurisdiction?: string; units: number; createdAt: string; withdrawnAt?: string }> }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table data-testid="batches">
        <thead>
          <tr>
            <th>{t('batch.id')}</th>
            <th>{t('batch.file')}</th>
            <th>{t('import.contributor')}</th>
            <th>{t('import.origin')}</th>
            <th>{t('import.licence')}</th>
            <th>{t('corpora.units')}</th>
            <th>{t('batch.state')}</th>
          </tr>
        </thead>
        <tbody>
          {props.batches.map((b) => (
            <tr key={b.batchId}>
              <td>
                <Link to={`/corpora/${encodeURIComponent(props.corpus)}/batches/${b.batchId}`}>#{b.batchId}</Link>
              </td>
              <td>{b.sourceFile}</td>
              <td>{b.contributor ?? '—'}</td>
              <td>{b.originJurisdiction ?? '—'}</td>
              <td>{b.licence ?? '—'}</td>
              <td>{fmt(b.units)}</td>
              <td>{b.withdrawnAt ? t('batch.withdrawn') : t('batch.active')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CorpusDetailPage(props: { corpus?: string }) {
  const corpus = props.corpus!;
  const { t } = useTranslation();
  const stats = useApi(() => call(routes.corpusStats, { params: { corpus } }), [corpus]);
  const batches = useApi(() => call(routes.listBatches, { params: { corpus } }), [corpus]);
  const units = useApi(() => call(routes.listUnits, { params: { corpus }, query: { limit: 20 } }), [corpus]);
  const [format, setFormat] = useState<string>('tmx');
  const q = `?corpus=${encodeURIComponent(corpus)}`;
  return (
    <Page title={corpus}>
      <p className="row">
        <Link to={`/review${q}`}>{t('nav.review')}</Link>
        <Link to={`/releases${q}`}>{t('nav.releases')}</Link>
        <Link to={`/runs${q}`}>{t('nav.runs')}</Link>
        <Link to={`/search${q}`}>{t('nav.search')}</Link>
      </p>
      <ErrorBox error={stats.error} />
      {stats.data && (
        <div className="grid two">
          <div className="card">
            <div className="muted">{t('dashboard.units')}</div>
            <div className="stat">{fmt(stats.data.units)}</div>
            <CountTable counts={stats.data.statuses} head={[t('corpus.status'), t('dashboard.units')]} render={(s) => t(`status.${s}`)} />
          </div>
          <div className="card">
            <h2>{t('corpus.pairs')}</h2>
            <CountTable counts={stats.data.pairs} head={[t('corpus.pair'), t('dashboard.units')]} />
          </div>
        </div>
      )}
      <div className="card">
        <h2>{t('corpus.batches')}</h2>
        {batches.loading && <Loading />}
        <ErrorBox error={batches.error} />
        {batches.data && <BatchTable corpus={corpus} batches={batches.data.batches} />}
      </div>
      <ImportForm corpus={corpus} onDone={() => { batches.reload(); stats.reload(); units.reload(); }} />
      <div className="card">
        <h2>{t('corpus.export')}</h2>
        <div className="row">
          <select aria-label={t('import.format')} value={format} onChange={(e) => setFormat(e.target.value)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
          <a className="button" href={routeUrl(routes.exportDownload, { corpus }, { format })} download>
            {t('corpus.download')}
          </a>
        </div>
      </div>
      <h2>{t('corpus.units')}</h2>
      <ErrorBox error={units.error} />
      {units.data?.units.map((u) => <UnitRow key={u.unitId} unit={u} />)}
    </Page>
  );
}
