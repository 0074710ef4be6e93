/** One release: its files with SHA-256 and downloads (each file, or the whole bundle), figures, and the delta from an earlier release. */
import { cobuildRoutes } from '@silkloom/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, routeUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { CountTable, ErrorBox, Loading, Page, fmt } from '../components/ui.tsx';
import { Link } from '../router.tsx';

interface Facts {
  languages?: Record<string, number>;
  licences?: Record<string, number>;
  review?: { votes: number; fleissKappa: number | null };
  split?: { clusters: number; exactLinks: number; nearLinks: number };
  assessment?: { destination: string; verdict: string; summary?: string; rulePacks?: string[] };
}

export function ReleaseDetailPage(props: { corpus?: string; version?: string }) {
  const corpus = props.corpus!;
  const version = props.version!;
  const { t } = useTranslation();
  const detail = useApi(() => call(cobuildRoutes.showRelease, { params: { corpus, version } }), [corpus, version]);
  const list = useApi(() => call(cobuildRoutes.listReleases, { params: { corpus } }), [corpus]);
  const [from, setFrom] = useState<string>();
  const delta = useApi(async () => (from ? call(cobuildRoutes.releaseDelta, { params: { corpus, version }, query: { from } }) : undefined), [from]);
  const facts = (detail.data?.facts ?? {}) as Facts;
  const older = (list.data?.releases ?? []).filter((r) => r.version !== version).map((r) => r.version);
  return (
    <Page title={`${corpus} ${version}`}>
      <p>
        <Link to={`/releases?corpus=${encodeURIComponent(corpus)}`}>← {t('nav.releases')}</Link>
      </p>
      {detail.loading && <Loading />}
      <ErrorBox error={detail.error} />
      {detail.data && (
        <>
          <div className="card">
            <p>
              {t('releases.summary', { units: detail.data.release.units, train: detail.data.release.splits.train ?? 0, dev: detail.data.release.splits.dev ?? 0, test: detail.data.release.splits.test ?? 0 })}
            </p>
            {facts.assessment && (
              <p data-testid="assessment">
                {t('releases.assessment', { destination: facts.assessment.destination, verdict: facts.assessment.verdict })}
                <br />
                <span className="muted">{facts.assessment.summary}</span>
              </p>
            )}
            {facts.split && <p className="muted">{t('releases.leakFree', { clusters: facts.split.clusters, exact: facts.split.exactLinks, near: facts.split.nearLinks })}</p>}
            <p className="row">
              <a className="button" href={routeUrl(cobuildRoutes.releaseFile, { corpus, version }, { path: 'DATASHEET.md' })} data-testid="download-datasheet" download>
                {t('releases.datasheet')}
              </a>
              <a className="button" href={routeUrl(cobuildRoutes.releaseFile, { corpus, version }, { path: 'README.md' })} download>
                {t('releases.card')}
              </a>
              <a className="button" href={routeUrl(cobuildRoutes.releaseBundle, { corpus, version })} download>
                {t('releases.bundle')}
              </a>
            </p>
          </div>
          <div className="card table-wrap">
            <h2>{t('releases.files')}</h2>
            <table>
              <thead>
                <tr>
                  <th>{t('releases.file')}</th>
                  <th>{t('dashboard.units')}</th>
                  <th>{t('releases.bytes')}</th>
                  <th>SHA-256</th>
                </tr>
              </thead>
              <tbody>
                {detail.data.files.map((f) => (
                  <tr key={f.path}>
                    <td>
                      <a href={routeUrl(cobuildRoutes.releaseFile, { corpus, version }, { path: f.path })} download>
                        {f.path}
                      </a>
                    </td>
                    <td>{f.units === undefined ? '' : fmt(f.units)}</td>
                    <td>{fmt(f.bytes)}</td>
                    <td style={{ fontFamily: 'ui-monospace, monospace', fontSize: '0.75rem', wordBreak: 'break-all' }}>{f.sha256}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="grid two">
            {facts.languages && (
              <div className="card">
                <h2>{t('batch.languages')}</h2>
                <CountTable counts={facts.languages} head={[t('common.language'), t('batch.segments')]} />
              </div>
            )}
            {facts.licences && (
              <div className="card">
                <h2>{t('releases.licences')}</h2>
                <CountTable counts={facts.licences} head={[t('import.licence'), t('dashboard.units')]} />
              </div>
            )}
          </div>
          {older.length > 0 && (
            <div className="card">
              <h2>{t('releases.delta')}</h2>
              <select aria-label={t('releases.deltaFrom')} value={from ?? ''} onChange={(e) => setFrom(e.target.value || undefined)}>
                <option value="">{t('releases.deltaFrom')}</option>
                {older.map((v) => (
                  <option key={v}>{v}</option>
                ))}
              </select>
              <ErrorBox error={delta.error} />
              {delta.data && <p data-testid="delta">{t('releases.deltaLine', { ...delta.data })}</p>}
            </div>
          )}
        </>
      )}
    </Page>
  );
}
