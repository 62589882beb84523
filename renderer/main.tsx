import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './fonts.css';
import './styles.css';
import { App } from './app/App';
import { startReads } from './app/startReads';

const queryClient = new QueryClient({
  defaultOptions: {
    // The workbook is local: no retries, no refetch on focus surprises on a projector.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
    mutations: { retry: false },
  },
});

function draw() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}

// Start-up: the first screen is drawn once, with its data. Capped: a slow
// workbook still shows the page at once and fills it in when the answers come.
// The answers boot.ts fetched count as fresh for 5 s, so the first screen does not ask for them again
// as it mounts. A write invalidates them as always; once fetched again, the usual rule (stale at once) holds.
for (const r of startReads)
  queryClient.setQueryDefaults(r.queryKey, { staleTime: (query) => (query.state.dataUpdateCount <= 1 ? 5000 : 0) });
const ready = startReads.map((r) => queryClient.prefetchQuery({ queryKey: r.queryKey, queryFn: () => r.answer }));
void Promise.race([Promise.all(ready), new Promise((r) => setTimeout(r, 300))]).then(draw);
