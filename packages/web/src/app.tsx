/** The route table: each page is loaded on first visit (code splitting keeps the first load small). */
import { lazy, Suspense, type ComponentType } from 'react';
import { SessionProvider, useSession } from './api/session.tsx';
import { Layout } from './components/layout.tsx';
import { Loading } from './components/ui.tsx';
import { LoginPage } from './pages/login.tsx';
import { matchPath, useLocation } from './router.tsx';

const page = <K extends string>(load: () => Promise<Record<K, ComponentType<Record<string, string>>>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const ROUTES: Array<[string, ComponentType<Record<string, string>>]> = [
  ['/', page(() => import('./pages/dashboard.tsx'), 'DashboardPage')],
  ['/corpora', page(() => import('./pages/corpora.tsx'), 'CorporaPage')],
  ['/corpora/:corpus', page(() => import('./pages/corpus-detail.tsx'), 'CorpusDetailPage')],
  ['/corpora/:corpus/batches/:batchId', page(() => import('./pages/batch-detail.tsx'), 'BatchDetailPage')],
  ['/corpora/:corpus/releases/:version', page(() => import('./pages/release-detail.tsx'), 'ReleaseDetailPage')],
  ['/contributions', page(() => import('./pages/contributions.tsx'), 'ContributionsPage')],
  ['/runs', page(() => import('./pages/runs.tsx'), 'RunsPage')],
  ['/runs/:runId', page(() => import('./pages/run-detail.tsx'), 'RunDetailPage')],
  ['/search', page(() => import('./pages/search.tsx'), 'SearchPage')],
  ['/review', page(() => import('./pages/review.tsx'), 'ReviewPage')],
  ['/releases', page(() => import('./pages/releases.tsx'), 'ReleasesPage')],
  ['/governance', page(() => import('./pages/governance.tsx'), 'GovernancePage')],
  ['/orgs', page(() => import('./pages/orgs.tsx'), 'OrgsPage')],
];

function Routed() {
  const { path } = useLocation();
  const { session, ready } = useSession();
  if (!ready) return <Loading />;
  if (!session) return <LoginPage />;
  for (const [pattern, Component] of ROUTES) {
    const params = matchPath(pattern, path);
    if (params) {
      return (
        <Layout>
          <Suspense fallback={<Loading />}>
            <Component {...params} />
          </Suspense>
        </Layout>
      );
    }
  }
  const NotFound = ROUTES[0]![1];
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <NotFound />
      </Suspense>
    </Layout>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Routed />
    </SessionProvider>
  );
}
