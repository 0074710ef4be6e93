/** Corpora: the ones you can see, and a new one for an organisation where you may create. */
import { routes } from '@silkloom/contract';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { ErrorBox, Loading, Page, fmt } from '../components/ui.tsx';
import { Link, navigate } from '../router.tsx';

export function CorporaPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const list = useApi(() => call(routes.listCorpora), []);
  const [error, setError] = useState<unknown>();
  const orgs = (session?.user.memberships ?? []).filter((m) => m.role === 'owner' || m.role === 'curator').map((m) => m.org);
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      const made = await call(routes.createCorpus, {
        body: { name: String(f.get('name')), ownerOrg: String(f.get('ownerOrg')), description: String(f.get('description') || '') || undefined, defaultLicence: String(f.get('licence') || '') || undefined },
      });
      navigate(`/corpora/${encodeURIComponent(made.name)}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Page title={t('corpora.title')}>
      {list.loading && <Loading />}
      <ErrorBox error={list.error} />
      <div className="table-wrap card">
        <table>
          <thead>
            <tr>
              <th>{t('corpora.name')}</th>
              <th>{t('corpora.owner')}</th>
              <th>{t('corpora.units')}</th>
              <th>{t('corpora.licence')}</th>
              <th>{t('corpora.access')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data?.corpora.map((c) => (
              <tr key={c.name}>
                <td>
                  <Link to={`/corpora/${encodeURIComponent(c.name)}`}>{c.name}</Link>
                  {c.description && <div className="muted">{c.description}</div>}
                </td>
                <td>{c.ownerOrg ?? '—'}</td>
                <td>{fmt(c.units)}</td>
                <td>{c.defaultLicence ?? '—'}</td>
                <td>{t(`access.${c.access}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {orgs.length > 0 && (
        <form className="card" onSubmit={create}>
          <h2>{t('corpora.create')}</h2>
          <div className="grid two">
            <div>
              <label htmlFor="c-name">{t('corpora.name')}</label>
              <input id="c-name" name="name" required />
            </div>
            <div>
              <label htmlFor="c-org">{t('corpora.owner')}</label>
              <select id="c-org" name="ownerOrg">
                {orgs.map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="c-licence">{t('corpora.licence')}</label>
              <input id="c-licence" name="licence" placeholder="CC-BY-4.0" />
            </div>
            <div>
              <label htmlFor="c-desc">{t('corpora.description')}</label>
              <input id="c-desc" name="description" />
            </div>
          </div>
          <ErrorBox error={error} />
          <p>
            <button type="submit">{t('corpora.createButton')}</button>
          </p>
        </form>
      )}
    </Page>
  );
}
