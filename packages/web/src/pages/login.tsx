/** Sign-in: e-mail and password (a cookie session; scripts use API tokens instead). */
import type { FormEvent } from 'react';
import { useAction } from '../api/use-api.ts';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.tsx';
import { LanguageSwitch } from '../components/layout.tsx';
import { ErrorBox } from '../components/ui.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const { busy, error, run } = useAction();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    await run(() => signIn(String(form.get('email')), String(form.get('password'))));
  };
  return (
    <div className="login card">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>{t('app.name')}</h1>
        <LanguageSwitch />
      </div>
      <p className="muted">{t('app.tagline')}</p>
      <form onSubmit={submit}>
        <label htmlFor="email">{t('login.email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required style={{ width: '100%' }} />
        <label htmlFor="password">{t('login.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required style={{ width: '100%' }} />
        <ErrorBox error={error} />
        <p>
          <button type="submit" disabled={busy}>
            {t('login.submit')}
          </button>
        </p>
      </form>
    </div>
  );
}
