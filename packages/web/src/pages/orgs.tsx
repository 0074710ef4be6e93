/** Organisations you belong to, their members and roles; your API tokens (a new token is shown once). */
import { ROLES, routes, type TokenCreated } from '@silkloom/contract';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useSession } from '../api/session.tsx';
import { useApi } from '../api/use-api.ts';
import { ErrorBox, Loading, Page } from '../components/ui.tsx';

function Members(props: { org: string; canManage: boolean }) {
  const { t } = useTranslation();
  const members = useApi(() => call(routes.listMembers, { params: { org: props.org } }), [props.org]);
  const [error, setError] = useState<unknown>();
  const add = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      await call(routes.putMember, { params: { org: props.org }, body: { email: String(f.get('email')), role: String(f.get('role')) as (typeof ROLES)[number] } });
      members.reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="card">
      <h2>{t('orgs.members', { org: props.org })}</h2>
      {members.loading && <Loading />}
      <ErrorBox error={members.error ?? error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t('login.email')}</th>
              <th>{t('orgs.role')}</th>
              <th>{t('orgs.since')}</th>
            </tr>
          </thead>
          <tbody>
            {members.data?.members.map((m) => (
              <tr key={m.email}>
                <td>{m.displayName ? `${m.displayName} <${m.email}>` : m.email}</td>
                <td>{t(`role.${m.role}`)}</td>
                <td>{m.since.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.canManage && (
        <form className="row" onSubmit={add} style={{ marginTop: '0.75rem' }}>
          <input name="email" type="email" placeholder={t('login.email')} required aria-label={t('login.email')} />
          <select name="role" aria-label={t('orgs.role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
          <button type="submit">{t('orgs.addMember')}</button>
        </form>
      )}
    </div>
  );
}

function Tokens() {
  const { t } = useTranslation();
  const tokens = useApi(() => call(routes.listTokens), []);
  const [created, setCreated] = useState<TokenCreated>();
  const [error, setError] = useState<unknown>();
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      setCreated(await call(routes.createToken, { body: { name: String(f.get('name')) } }));
      e.currentTarget?.reset();
      tokens.reload();
    } catch (err) {
      setError(err);
    }
  };
  const revoke = async (id: string) => {
    await call(routes.revokeToken, { params: { id } }).catch(setError);
    tokens.reload();
  };
  return (
    <div className="card">
      <h2>{t('tokens.title')}</h2>
      <p className="muted">{t('tokens.help')}</p>
      <ErrorBox error={tokens.error ?? error} />
      {created && (
        <div data-testid="token-secret">
          <p className="notice">{t('tokens.once')}</p>
          <p className="secret">{created.token}</p>
        </div>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t('tokens.name')}</th>
              <th>{t('tokens.prefix')}</th>
              <th>{t('tokens.lastUsed')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {tokens.data?.tokens.map((tk) => (
              <tr key={tk.id}>
                <td>{tk.name}</td>
                <td style={{ fontFamily: 'ui-monospace, monospace' }}>{tk.prefix}…</td>
                <td>{tk.revokedAt ? t('tokens.revoked') : (tk.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? '—')}</td>
                <td>
                  {!tk.revokedAt && (
                    <button className="secondary" onClick={() => void revoke(tk.id)}>
                      {t('tokens.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form className="row" onSubmit={create} style={{ marginTop: '0.75rem' }}>
        <input name="name" placeholder={t('tokens.name')} required aria-label={t('tokens.name')} />
        <button type="submit">{t('tokens.create')}</button>
      </form>
    </div>
  );
}

export function OrgsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const orgs = useApi(() => call(routes.listOrgs), []);
  const [org, setOrg] = useState<string>();
  const chosen = org ?? orgs.data?.orgs[0]?.name;
  const role = orgs.data?.orgs.find((o) => o.name === chosen)?.role;
  return (
    <Page title={t('orgs.title')}>
      {orgs.loading && <Loading />}
      <ErrorBox error={orgs.error} />
      <div className="card table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t('orgs.name')}</th>
              <th>{t('orgs.country')}</th>
              <th>{t('orgs.yourRole')}</th>
            </tr>
          </thead>
          <tbody>
            {orgs.data?.orgs.map((o) => (
              <tr key={o.name} onClick={() => setOrg(o.name)} style={{ cursor: 'pointer' }} aria-selected={o.name === chosen}>
                <td>{o.name === chosen ? <strong>{o.name}</strong> : o.name}</td>
                <td>{o.country ?? '—'}</td>
                <td>{o.role ? t(`role.${o.role}`) : session?.user.admin ? t('orgs.siteAdmin') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen && <Members org={chosen} canManage={role === 'owner' || !!session?.user.admin} />}
      <Tokens />
    </Page>
  );
}
