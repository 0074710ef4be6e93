/** The frame of every page: top bar (brand, UI language, user), navigation (a drawer on phones). */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.tsx';
import { UI_LANGUAGES, setUiLanguage } from '../i18n.ts';
import { Link, useLocation } from '../router.tsx';

export const NAV = [
  { to: '/', key: 'nav.dashboard' },
  { to: '/corpora', key: 'nav.corpora' },
  { to: '/contributions', key: 'nav.contributions' },
  { to: '/runs', key: 'nav.runs' },
  { to: '/search', key: 'nav.search' },
  { to: '/review', key: 'nav.review' },
  { to: '/releases', key: 'nav.releases' },
  { to: '/governance', key: 'nav.governance' },
  { to: '/orgs', key: 'nav.orgs' },
] as const;

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <select aria-label={t('common.uiLanguage')} name="ui-language" value={i18n.language} onChange={(e) => setUiLanguage(e.target.value)}>
      {UI_LANGUAGES.map((l) => (
        <option key={l.tag} value={l.tag} lang={l.tag}>
          {l.label}
        </option>
      ))}
    </select>
  );
}

export function Layout(props: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  // Pages under a corpus belong to the section they come from (a release to Releases, a batch to Contributions).
  const section = path.includes('/releases/') ? '/releases' : path.includes('/batches/') ? '/contributions' : path;
  const active = (to: string) => (to === '/' ? section === '/' : section === to || section.startsWith(`${to}/`));
  return (
    <div className="shell">
      <header className="topbar">
        <button className="menu-toggle" aria-expanded={open} aria-controls="side-nav" onClick={() => setOpen(!open)}>
          ☰<span className="sr-only"> {t('nav.menu')}</span>
        </button>
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <span className="spacer" />
        <LanguageSwitch />
        {session && (
          <>
            <span className="who" data-testid="who">
              {session.user.displayName ?? session.user.email}
            </span>
            <button className="secondary" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </button>
          </>
        )}
      </header>
      <nav id="side-nav" className={`side ${open ? 'open' : ''}`} aria-label={t('nav.menu')}>
        {NAV.map((n) => (
          <Link key={n.to} to={n.to} className={active(n.to) ? 'active' : ''} onClick={() => setOpen(false)}>
            {t(n.key)}
          </Link>
        ))}
      </nav>
      <main>{props.children}</main>
    </div>
  );
}
