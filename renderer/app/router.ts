// Hash routes work the same under app:// and http://127.0.0.1.
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'municipality'; id: string }
  | { name: 'session'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'kommune' && parts[1]) return { name: 'municipality', id: parts[1] };
  if (parts[0] === 'okt' && parts[1]) return { name: 'session', id: parts[1] };
  return { name: 'home' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'municipality':
      return `#/kommune/${encodeURIComponent(route.id)}`;
    case 'session':
      return `#/okt/${encodeURIComponent(route.id)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
