// Hash routes work the same under app:// and http://127.0.0.1.
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'municipality'; id: string }
  | { name: 'session'; id: string }
  /** The session summary: sections, preview, saving as Word, PDF and Excel. */
  | { name: 'summary'; id: string }
  /** Checklists of a municipality; `sessionId` records the changes in that session; `view` picks the law lists. */
  | { name: 'checklists'; id: string; unitId?: string; sessionId?: string; view?: 'model' | 'law' }
  | { name: 'progress'; id: string }
  | { name: 'content'; id: string }
  /** A status-analysis round; `tab` picks entry, import, consensus, results or comparison. */
  | { name: 'round'; id: string; tab?: RoundTab; compareWith?: string }
  /** All statement sets; `from` is the municipality the guide came from (for the way back). */
  | { name: 'sets'; from?: string }
  /** One statement set in the editor. */
  | { name: 'set'; id: string; from?: string }
  /** An Omni-trappa board. */
  | { name: 'board'; id: string }
  /** The workbook's backups, and importing a municipality (.omni). */
  | { name: 'backups' }
  /** The implementation plan of a municipality, and its print-styled report. */
  | { name: 'plan'; id: string }
  | { name: 'planReport'; id: string }
  /** The control window of a session's presentation (agenda, timer, what the room sees). */
  | { name: 'present'; id: string }
  /** The room view: only what the room should see, on the projector. */
  | { name: 'room' };

export const ROUND_TABS = ['entry', 'import', 'consensus', 'results', 'compare'] as const;
export type RoundTab = (typeof ROUND_TABS)[number];
const TAB_WORDS: Record<RoundTab, string> = {
  entry: 'registrering',
  import: 'import',
  consensus: 'konsensus',
  results: 'resultater',
  compare: 'sammenligning',
};

export function parseRoute(hash: string): Route {
  const [pathPart, queryPart = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const query = new URLSearchParams(queryPart);
  if (parts[0] === 'kommune' && parts[1]) {
    const id = parts[1];
    if (parts[2] === 'sjekklister') {
      return {
        name: 'checklists',
        id,
        unitId: query.get('enhet') ?? undefined,
        sessionId: query.get('okt') ?? undefined,
        view: query.get('vis') === 'lov' ? 'law' : 'model',
      };
    }
    if (parts[2] === 'fremdrift') return { name: 'progress', id };
    if (parts[2] === 'innhold') return { name: 'content', id };
    if (parts[2] === 'plan') return parts[3] === 'rapport' ? { name: 'planReport', id } : { name: 'plan', id };
    return { name: 'municipality', id };
  }
  if (parts[0] === 'sikkerhetskopier') return { name: 'backups' };
  if (parts[0] === 'okt' && parts[1]) {
    if (parts[2] === 'oppsummering') return { name: 'summary', id: parts[1] };
    if (parts[2] === 'styring') return { name: 'present', id: parts[1] };
    return { name: 'session', id: parts[1] };
  }
  if (parts[0] === 'rom') return { name: 'room' };
  if (parts[0] === 'tavle' && parts[1]) return { name: 'board', id: parts[1] };
  if (parts[0] === 'pastandssett') {
    const from = query.get('fra') ?? undefined;
    return parts[1] ? { name: 'set', id: parts[1], from } : { name: 'sets', from };
  }
  if (parts[0] === 'runde' && parts[1]) {
    const tab = ROUND_TABS.find((k) => TAB_WORDS[k] === parts[2]) ?? 'entry';
    return { name: 'round', id: parts[1], tab, compareWith: query.get('mot') ?? undefined };
  }
  return { name: 'home' };
}

export function href(route: Route): string {
  const m = (id: string) => `#/kommune/${encodeURIComponent(id)}`;
  switch (route.name) {
    case 'home':
      return '#/';
    case 'municipality':
      return m(route.id);
    case 'session':
      return `#/okt/${encodeURIComponent(route.id)}`;
    case 'summary':
      return `#/okt/${encodeURIComponent(route.id)}/oppsummering`;
    case 'checklists': {
      const q = new URLSearchParams();
      if (route.unitId) q.set('enhet', route.unitId);
      if (route.sessionId) q.set('okt', route.sessionId);
      if (route.view === 'law') q.set('vis', 'lov');
      const qs = q.toString();
      return `${m(route.id)}/sjekklister${qs ? `?${qs}` : ''}`;
    }
    case 'progress':
      return `${m(route.id)}/fremdrift`;
    case 'backups':
      return '#/sikkerhetskopier';
    case 'board':
      return `#/tavle/${encodeURIComponent(route.id)}`;
    case 'present':
      return `#/okt/${encodeURIComponent(route.id)}/styring`;
    case 'room':
      return '#/rom';
    case 'content':
      return `${m(route.id)}/innhold`;
    case 'plan':
      return `${m(route.id)}/plan`;
    case 'planReport':
      return `${m(route.id)}/plan/rapport`;
    case 'round': {
      const base = `#/runde/${encodeURIComponent(route.id)}/${TAB_WORDS[route.tab ?? 'entry']}`;
      return route.compareWith ? `${base}?mot=${encodeURIComponent(route.compareWith)}` : base;
    }
    case 'sets':
    case 'set': {
      const base = route.name === 'set' ? `#/pastandssett/${encodeURIComponent(route.id)}` : '#/pastandssett';
      return route.from ? `${base}?fra=${encodeURIComponent(route.from)}` : base;
    }
  }
}

/** A stable key for the page a route shows (query changes within a page keep it). */
export function pageKey(route: Route): string {
  return 'id' in route ? `${route.name}:${route.id}` : route.name;
}

export function navigate(route: Route, { replace = false } = {}): void {
  if (replace) window.location.replace(href(route));
  else window.location.hash = href(route);
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
