// The start-up floor: the smallest Vite + React page that renders a heading.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Kommuner</h1>);
