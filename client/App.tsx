/**
 * Routes and the sign-in gate. The queue is the home page and ships in the
 * main bundle; the other pages (and chart.js with them) load on first visit.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Layout } from './components/Layout.js';
import { Empty, Loading } from './components/States.js';
import { useI18n } from './i18n/i18n.js';
import { LoginPage } from './pages/LoginPage.js';
import { QueuePage } from './pages/QueuePage.js';
import { Link, useLocation } from './router.js';
import { useSession } from './session.js';

const page = <K extends string>(load: () => Promise<Record<K, ComponentType<{ id: number }>>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const CommentersPage = page(() => import('./pages/CommentersPage.js'), 'CommentersPage');
const CommenterPage = page(() => import('./pages/CommenterPage.js'), 'CommenterPage');
const ArticlesPage = page(() => import('./pages/ArticlesPage.js'), 'ArticlesPage');
const ArticlePage = page(() => import('./pages/ArticlePage.js'), 'ArticlePage');
const OverviewPage = page(() => import('./pages/OverviewPage.js'), 'OverviewPage');
const RulesPage = page(() => import('./pages/RulesPage.js'), 'RulesPage');
const AuditPage = page(() => import('./pages/AuditPage.js'), 'AuditPage');

function route(path: string, isAdmin: boolean): ReactNode {
  if (path === '/') return <QueuePage />;
  if (path === '/commenters') return <CommentersPage id={0} />;
  if (path === '/articles') return <ArticlesPage id={0} />;
  if (path === '/overview') return <OverviewPage id={0} />;
  if (path === '/audit') return <AuditPage id={0} />;
  if (path === '/rules') return isAdmin ? <RulesPage id={0} /> : <Forbidden />;
  const detail = /^\/(commenters|articles)\/(\d+)$/.exec(path);
  if (detail) {
    const id = Number(detail[2]);
    return detail[1] === 'commenters' ? <CommenterPage key={id} id={id} /> : <ArticlePage key={id} id={id} />;
  }
  return <NotFound />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Empty title={t('state.notFound')}>
      <Link to="/">{t('state.backHome')}</Link>
    </Empty>
  );
}

function Forbidden() {
  const { t } = useI18n();
  return (
    <Empty title={t('state.forbidden')}>
      <Link to="/">{t('state.backHome')}</Link>
    </Empty>
  );
}

export function App() {
  const { user } = useSession();
  const { path } = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) return <LoginPage />;
  return (
    <Layout>
      <Suspense fallback={<Loading />}>{route(path, user.role === 'admin')}</Suspense>
    </Layout>
  );
}
