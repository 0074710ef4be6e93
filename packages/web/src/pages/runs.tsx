/** Cleaning and scanning runs of a corpus, newest first. */
import { routes } from '@silkloom/contract';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { CorpusPicker, ErrorBox, Loading, Page, useCorpusChoice } from '../components/ui.tsx';
import { Link } from '../router.tsx';

export function headline(stats: unknown): string {
  if (!stats || typeof stats !== 'object') return '';
  return Object.entries(stats)
    .filter(([, v]) => typeof v === 'number')
    .slice(0, 5)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ');
}

export function RunsPage() {
  const { t } = useTranslation();
  const { corpus, corpora, error, loading } = useCorpusChoice();
  const runs = useApi(async () => (corpus ? call(routes.listRuns, { params: { corpus } }) : { runs: [] }), [corpus]);
  return (
    <Page title={t('runs.title')} actions={<CorpusPicker corpus={corpus} corpora={corpora} />}>
      {(loading || runs.loading) && <Loading />}
      <ErrorBox error={error ?? runs.error} />
      {runs.data && runs.data.runs.length === 0 && <p className="muted">{t('runs.none')}</p>}
      {runs.data && runs.data.runs.length > 0 && (
        <div className="table-wrap card">
          <table>
            <thead>
              <tr>
                <th>{t('runs.id')}</th>
                <th>{t('runs.kind')}</th>
                <th>{t('runs.status')}</th>
                <th>{t('runs.started')}</th>
                <th>{t('runs.figures')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.data.runs.map((r) => (
                <tr key={r.runId}>
                  <td>
                    <Link to={`/runs/${r.runId}`}>#{r.runId}</Link>
                  </td>
                  <td>{r.kind}</td>
                  <td>{r.status}</td>
                  <td>{r.startedAt}</td>
                  <td className="muted">{headline(r.stats)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
