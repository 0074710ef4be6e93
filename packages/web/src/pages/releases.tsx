/** Releases of a corpus and the form that cuts a new one (status filter, split sizes, version). */
import { cobuildRoutes, UNIT_STATUS_VALUES } from '@silkloom/contract';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useAction, useApi } from '../api/use-api.ts';
import { CorpusPicker, ErrorBox, Loading, Page, PurposeSelect, fmt, useCorpusChoice } from '../components/ui.tsx';
import { Link, navigate } from '../router.tsx';

export function ReleasesPage() {
  const { t } = useTranslation();
  const { corpus, corpora, error: corpusError, loading } = useCorpusChoice();
  const list = useApi(async () => (corpus ? call(cobuildRoutes.listReleases, { params: { corpus } }) : undefined), [corpus]);
  const { busy, error, run } = useAction();
  const cut = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!corpus) return;
    const f = new FormData(e.currentTarget);
    const statuses = f.getAll('statuses').map(String) as Array<(typeof UNIT_STATUS_VALUES)[number]>;
    const version = String(f.get('version') || '').trim();
    const destination = String(f.get('destination') || '').trim().toUpperCase();
    const sharingTerms = String(f.get('sharingTerms') || '').trim();
    const purpose = String(f.get('purpose') || '');
    await run(async () => {
      const made = await call(cobuildRoutes.createRelease, {
        params: { corpus },
        body: { statuses, dev: Number(f.get('dev')), test: Number(f.get('test')), ...(version ? { version } : {}), ...(destination ? { destination, purpose } : {}), ...(sharingTerms ? { sharingTerms } : {}) },
      });
      navigate(`/corpora/${encodeURIComponent(corpus)}/releases/${made.release.version}`);
    });
  };
  return (
    <Page title={t('releases.title')} actions={<CorpusPicker corpus={corpus} corpora={corpora} />}>
      {(loading || list.loading) && <Loading />}
      <ErrorBox error={corpusError ?? list.error} />
      {list.data && corpus && (
        <>
          <div className="table-wrap card">
            {list.data.releases.length === 0 ? (
              <p className="muted">{t('releases.none')}</p>
            ) : (
              <table data-testid="release-list">
                <thead>
                  <tr>
                    <th>{t('releases.version')}</th>
                    <th>{t('dashboard.units')}</th>
                    <th>train / dev / test</th>
                    <th>{t('releases.created')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.releases.map((r) => (
                    <tr key={r.version}>
                      <td>
                        <Link to={`/corpora/${encodeURIComponent(corpus)}/releases/${r.version}`}>{r.version}</Link>
                      </td>
                      <td>{fmt(r.units)}</td>
                      <td>
                        {fmt(r.splits.train)} / {fmt(r.splits.dev)} / {fmt(r.splits.test)}
                      </td>
                      <td>
                        {r.createdAt.slice(0, 16).replace('T', ' ')} {r.createdBy ?? ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <form className="card" onSubmit={cut} data-testid="release-form">
            <h2>{t('releases.cut')}</h2>
            <p className="muted">{t('releases.help', { candidates: list.data.candidates })}</p>
            <fieldset style={{ border: 'none', padding: 0 }}>
              <legend className="muted">{t('releases.statuses')}</legend>
              <div className="row">
                {UNIT_STATUS_VALUES.map((s) => (
                  <label key={s} style={{ fontWeight: 400, display: 'inline-flex', gap: '0.3rem' }}>
                    <input type="checkbox" name="statuses" value={s} defaultChecked={s === 'validated'} />
                    {t(`status.${s}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="grid two">
              <div>
                <label htmlFor="r-version">{t('releases.version')}</label>
                <input id="r-version" name="version" placeholder={list.data.suggestedVersion} pattern="\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?" />
              </div>
              <div className="row">
                <div>
                  <label htmlFor="r-dev">dev</label>
                  <input id="r-dev" name="dev" type="number" step="0.01" min={0} max={0.5} defaultValue={0.1} />
                </div>
                <div>
                  <label htmlFor="r-test">test</label>
                  <input id="r-test" name="test" type="number" step="0.01" min={0} max={0.5} defaultValue={0.1} />
                </div>
              </div>
              <div>
                <label htmlFor="r-dest">{t('releases.destination')}</label>
                <input id="r-dest" name="destination" maxLength={2} placeholder="TH" />
              </div>
              <div>
                <label htmlFor="r-purpose">{t('releases.purpose')}</label>
                <PurposeSelect id="r-purpose" />
              </div>
              <div>
                <label htmlFor="r-terms">{t('releases.terms')}</label>
                <input id="r-terms" name="sharingTerms" />
              </div>
            </div>
            <ErrorBox error={error} />
            <p>
              <button type="submit" disabled={busy}>
                {t('releases.cutButton')}
              </button>
            </p>
          </form>
        </>
      )}
    </Page>
  );
}
