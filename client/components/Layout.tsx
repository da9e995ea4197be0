/** The frame of every signed-in page: navigation, who is signed in, the language toggle, the live indicator. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/fr.js';
import { Link, useLocation } from '../router.js';
import { useSession } from '../session.js';
import { useConnected } from '../socket.js';
import type { Role } from '../../shared/types.js';

const NAV: { to: string; key: MessageKey; roles?: Role[] }[] = [
  { to: '/', key: 'nav.queue' },
  { to: '/commenters', key: 'nav.commenters' },
  { to: '/articles', key: 'nav.articles' },
  { to: '/overview', key: 'nav.overview' },
  { to: '/rules', key: 'nav.rules', roles: ['admin'] },
  { to: '/audit', key: 'nav.audit' },
];

export function LangToggle() {
  const { t, lang, setLang } = useI18n();
  return (
    <button type="button" className="lang-toggle" title={t('lang.switchTitle')} onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')} data-testid="lang-toggle">
      {t('lang.switch')}
    </button>
  );
}

function isActive(path: string, to: string): boolean {
  return to === '/' ? path === '/' || path.startsWith('/comments') : path === to || path.startsWith(`${to}/`);
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { user, logout, can } = useSession();
  const { path } = useLocation();
  const connected = useConnected();
  return (
    <div className="layout">
      <header className="topbar">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label="Navigation">
          {NAV.filter((n) => !n.roles || can(...n.roles)).map((n) => (
            <Link key={n.to} to={n.to} className={isActive(path, n.to) ? 'active' : undefined} aria-current={isActive(path, n.to) ? 'page' : undefined}>
              {t(n.key)}
            </Link>
          ))}
        </nav>
        <div className="topbar-end">
          <span className={connected ? 'live live-on' : 'live live-off'} role="status" data-testid="live-status">
            {connected ? t('nav.live') : t('nav.offline')}
          </span>
          {user && <span className="who">{t('nav.signedInAs', { user: user.username, role: t(`role.${user.role}`) })}</span>}
          <LangToggle />
          <button type="button" onClick={() => void logout()} data-testid="logout">
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <main className="page">{children}</main>
    </div>
  );
}
