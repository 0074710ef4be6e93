/**
 * One run with its report: the steps' HTML report when the run stored one
 * (shown in a sandboxed frame, scripts off), and the JSON figures.
 */
import { routes } from '@silkloom/contract';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorBox, Loading, Page } from '../components/ui.tsx';
import { Link } from '../router.tsx';
import { headline } from './runs.tsx';

export function RunDetailPage(props: { runId?: string }) {
  const { t } = useTranslation();
  const run = useApi(() => call(routes.showRun, { params: { runId: props.runId! } }), [props.runId]);
  const r = run.data;
  const html = typeof (r?.report as { html?: unknown } | undefined)?.html === 'string' ? (r!.report as { html: string }).html : undefined;
  return (
    <Page title={t('runs.detail', { id: props.runId })}>
      {r?.corpus && (
        <p>
          <Link to={`/runs?corpus=${encodeURIComponent(r.corpus)}`}>← {r.corpus}</Link>
        </p>
      )}
      {run.loading && <Loading />}
      <ErrorBox error={run.error} />
      {r && (
        <>
          <div className="card">
            <p>
              {r.kind} · {r.status} · {r.startedAt} → {r.finishedAt ?? '…'}
            </p>
            <p className="muted">{headline(r.stats)}</p>
          </div>
          {html && <iframe className="report" sandbox="" srcDoc={html} title={t('runs.report')} />}
          <div className="card">
            <h2>{t('runs.figures')}</h2>
            <pre className="report">{JSON.stringify({ stats: r.stats, report: html ? undefined : r.report, config: r.config }, null, 2)}</pre>
          </div>
        </>
      )}
    </Page>
  );
}
