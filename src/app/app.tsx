import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { LoadingState } from '../components/panel-states.tsx';
import { CorpusLoadError } from './corpus-load-error.tsx';
import { corpusQuery } from './corpus-query.ts';
import { Dashboard } from './dashboard.tsx';

function LoadedDashboard() {
  const query = useQuery(corpusQuery());
  if (query.isPending) return <LoadingState label="Loading the corpus…" />;
  if (query.error) return <CorpusLoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <Dashboard loaded={query.data} />;
}

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#statements">
        Skip to statements
      </a>
      <header className="app-header">
        <h1>Forum Atlas</h1>
        <p className="app-header__tagline">Who took part in which security forum, what was raised, and what was said.</p>
      </header>
      <main className="app-main">
        <LoadedDashboard />
      </main>
    </QueryClientProvider>
  );
}
