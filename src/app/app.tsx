import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { corpusQuery } from './corpus-query.ts';

function CorpusHeadline() {
  const { data, error, isPending } = useQuery(corpusQuery());
  if (isPending) return <p role="status">Loading the corpus…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <ul aria-label="Events">
      {data.events.map((event) => (
        <li key={event.id}>{event.title.value}</li>
      ))}
    </ul>
  );
}

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <header>
        <h1>Forum Atlas</h1>
      </header>
      <main>
        <CorpusHeadline />
      </main>
    </QueryClientProvider>
  );
}
