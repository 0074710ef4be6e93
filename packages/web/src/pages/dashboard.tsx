/** Dashboard: coverage (language × domain), units by status, length-ratio and quality distributions, credit. */
import { cobuildRoutes, type DashboardInfo } from '@silkloom/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Chart } from '../components/chart.tsx';
import { CountTable, ErrorBox, Loading, Page, fmt } from '../components/ui.tsx';
import { useLocation, navigate } from '../router.tsx';

const binLabels = (edges: number[]) => edges.slice(0, -1).map((e, i) => `${e}–${edges[i + 1]}`);

function coverageOption(d: DashboardInfo, t: (k: string) => string) {
  const langs = [...new Set(d.coverage.map((c) => c.lang))].sort();
  const domains = [...new Set(d.coverage.map((c) => c.domain))].sort();
  const max = Math.max(1, ...d.coverage.map((c) => c.units));
  return {
    tooltip: { position: 'top' },
    grid: { left: 90, right: 10, top: 10, bottom: 70 },
    xAxis: { type: 'category', data: langs, axisLabel: { rotate: 45 } },
    yAxis: { type: 'category', data: domains.map((x) => t(`domain.${x}`)) },
    visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#fbeaea', '#9b2c2c'] } },
    series: [{ type: 'heatmap', data: d.coverage.map((c) => [langs.indexOf(c.lang), domains.indexOf(c.domain), c.units]), label: { show: langs.length < 12 } }],
  };
}

const bars = (labels: string[], values: number[], color = '#9b2c2c') => ({
  tooltip: {},
  grid: { left: 50, right: 10, top: 10, bottom: 50 },
  xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 8 ? 45 : 0 } },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: values, itemStyle: { color } }],
});

export function DashboardPage() {
  const { t } = useTranslation();
  const { query, path } = useLocation();
  const corpus = query.get('corpus') ?? undefined;
  const { data, error, loading } = useApi(() => call(cobuildRoutes.dashboard, { query: corpus ? { corpus } : {} }), [corpus]);
  const [ratioLang, setRatioLang] = useState<string>();
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorBox error={error} />;
  const ratioLangs = Object.keys(data.lengthRatio).sort();
  const lang = ratioLang && data.lengthRatio[ratioLang] ? ratioLang : ratioLangs[0];
  const ratio = lang ? data.lengthRatio[lang]! : undefined;
  return (
    <Page
      title={t('dashboard.title')}
      actions={
        <select aria-label={t('common.corpus')} value={corpus ?? ''} onChange={(e) => navigate(e.target.value ? `${path}?corpus=${encodeURIComponent(e.target.value)}` : path)}>
          <option value="">{t('dashboard.allCorpora')}</option>
          {data.corpora.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      }
    >
      <div className="grid two">
        <div className="card" data-testid="dash-units">
          <div className="muted">{t('dashboard.units')}</div>
          <div className="stat">{fmt(data.units)}</div>
          <div className="muted">
            {t('dashboard.batchesIn', { batches: data.batches, corpora: data.corpora.length })}
          </div>
        </div>
        <div className="card">
          <div className="muted">{t('dashboard.review')}</div>
          <div className="stat">{fmt(data.review.votes)}</div>
          <div className="muted">
            {t('dashboard.reviewLine', { validated: data.review.decisions.validated ?? 0, rejected: data.review.decisions.rejected ?? 0, flagged: data.review.decisions.flagged ?? 0, kappa: fmt(data.review.fleissKappa, 2) })}
          </div>
        </div>
      </div>
      <div className="card">
        <h2>{t('dashboard.coverage')}</h2>
        {data.coverage.length ? <Chart label={t('dashboard.coverage')} option={coverageOption(data, t)} height={Math.max(240, 40 * new Set(data.coverage.map((c) => c.domain)).size + 100)} /> : <p className="muted">{t('common.none')}</p>}
      </div>
      <div className="grid two">
        <div className="card">
          <h2>{t('dashboard.statuses')}</h2>
          <Chart label={t('dashboard.statuses')} option={bars(Object.keys(data.statuses).map((s) => t(`status.${s}`)), Object.values(data.statuses), '#25704a')} height={240} />
        </div>
        <div className="card">
          <h2>{t('dashboard.languages')}</h2>
          <Chart label={t('dashboard.languages')} option={bars(Object.keys(data.languages), Object.values(data.languages), '#1d4e89')} height={240} />
        </div>
        <div className="card">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2>{t('dashboard.lengthRatio')}</h2>
            {ratioLangs.length > 0 && (
              <select aria-label={t('common.language')} value={lang} onChange={(e) => setRatioLang(e.target.value)}>
                {ratioLangs.map((l) => (
                  <option key={l}>{l}</option>
                ))}
              </select>
            )}
          </div>
          <p className="muted">{t('dashboard.lengthRatioHelp')}</p>
          {ratio ? <Chart label={t('dashboard.lengthRatio')} option={bars(binLabels(ratio.edges), ratio.counts)} height={240} /> : <p className="muted">{t('common.none')}</p>}
        </div>
        <div className="card">
          <h2>{t('dashboard.quality')}</h2>
          <p className="muted">{t(`dashboard.qualitySource.${data.quality.source}`, { defaultValue: data.quality.source })}</p>
          <Chart label={t('dashboard.quality')} option={bars(binLabels(data.quality.histogram.edges), data.quality.histogram.counts, '#8a5a00')} height={240} />
        </div>
        <div className="card">
          <h2>{t('dashboard.contributors')}</h2>
          <CountTable counts={data.credit.contributors} head={[t('dashboard.contributor'), t('dashboard.units')]} />
        </div>
        <div className="card">
          <h2>{t('dashboard.validators')}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('dashboard.validator')}</th>
                  <th>{t('dashboard.votes')}</th>
                  <th>{t('dashboard.decisive')}</th>
                </tr>
              </thead>
              <tbody>
                {data.credit.validators.map((v) => (
                  <tr key={v.voter}>
                    <td>{v.voter}</td>
                    <td>{fmt(v.votes)}</td>
                    <td>{fmt(v.decisive)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </Page>
  );
}
