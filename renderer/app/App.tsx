import { lazy, Suspense } from 'react';
import { t } from '../../shared/i18n';
import { UndoProvider } from '../components/UndoBar';
import { PresenterKeys } from '../components/Blackout';
import { WorkbookBanner } from '../components/WorkbookBanner';
import { href, pageKey, useRoute } from './router';
import { KeyHelp } from './KeyHelp';
// The start page comes with the app (no second round trip before the first screen).
import { MunicipalitiesPage } from '../features/municipalities/MunicipalitiesPage';

// One chunk per tool, loaded when the guide opens it: start-up loads the shell and the first page only.
const MunicipalityPage = lazy(() =>
  import('../features/municipalities/MunicipalityPage').then((m) => ({ default: m.MunicipalityPage })),
);
const SessionPage = lazy(() => import('../features/sessions/SessionPage').then((m) => ({ default: m.SessionPage })));
const SummaryPage = lazy(() => import('../features/report/SummaryPage').then((m) => ({ default: m.SummaryPage })));
const PlanPage = lazy(() => import('../features/plan/PlanPage').then((m) => ({ default: m.PlanPage })));
const PlanReportPage = lazy(() =>
  import('../features/plan/PlanReportPage').then((m) => ({ default: m.PlanReportPage })),
);
const BackupsPage = lazy(() => import('../features/backups/BackupsPage').then((m) => ({ default: m.BackupsPage })));
const ChecklistPage = lazy(() =>
  import('../features/checklists/ChecklistPage').then((m) => ({ default: m.ChecklistPage })),
);
const ContentPage = lazy(() => import('../features/checklists/ContentPage').then((m) => ({ default: m.ContentPage })));
const ProgressPage = lazy(() =>
  import('../features/checklists/ProgressPage').then((m) => ({ default: m.ProgressPage })),
);
const RoundPage = lazy(() => import('../features/status-analysis/RoundPage').then((m) => ({ default: m.RoundPage })));
const BoardPage = lazy(() => import('../features/trappa/BoardPage').then((m) => ({ default: m.BoardPage })));
const SetEditorPage = lazy(() =>
  import('../features/status-analysis/sets/SetEditorPage').then((m) => ({ default: m.SetEditorPage })),
);
const SetsPage = lazy(() => import('../features/status-analysis/sets/SetsPage').then((m) => ({ default: m.SetsPage })));
const ControlPage = lazy(() => import('../features/presenter/ControlPage'));
const RoomPage = lazy(() => import('../features/presenter/RoomPage'));

const loading = <p className="empty">{t('app.loading')}</p>;

export function App() {
  const route = useRoute();
  // The room view is the projector's whole screen: no header; its keys are the presentation's (and `?` lists them).
  if (route.name === 'room') {
    return (
      <>
        <KeyHelp />
        <Suspense fallback={null}>
          <RoomPage />
        </Suspense>
      </>
    );
  }
  return (
    <UndoProvider>
      {/* On the control window B/W/F act on the room view (features/presenter/keys.ts), not on this screen. */}
      {route.name !== 'present' && <PresenterKeys />}
      <KeyHelp />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <a className="brand" href={href({ name: 'home' })}>
          <span className="brand__mark" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </a>
        <span className="topbar__tagline">{t('app.tagline')}</span>
        {route.name !== 'home' && (
          <a className="button button--ghost-inverse topbar__home" href={href({ name: 'home' })}>
            {t('app.backHome')}
          </a>
        )}
      </header>
      <WorkbookBanner />
      <main id="main" className="main" key={pageKey(route)}>
        <Suspense fallback={loading}>
          {route.name === 'home' && <MunicipalitiesPage />}
          {route.name === 'municipality' && <MunicipalityPage id={route.id} />}
          {route.name === 'session' && <SessionPage id={route.id} />}
          {route.name === 'summary' && <SummaryPage id={route.id} />}
          {route.name === 'checklists' && <ChecklistPage route={route} />}
          {route.name === 'progress' && <ProgressPage id={route.id} />}
          {route.name === 'content' && <ContentPage id={route.id} />}
          {route.name === 'round' && <RoundPage route={route} />}
          {route.name === 'board' && <BoardPage id={route.id} />}
          {route.name === 'backups' && <BackupsPage />}
          {route.name === 'sets' && <SetsPage from={route.from} />}
          {route.name === 'set' && <SetEditorPage id={route.id} from={route.from} />}
          {route.name === 'plan' && <PlanPage id={route.id} />}
          {route.name === 'planReport' && <PlanReportPage id={route.id} />}
          {route.name === 'present' && <ControlPage id={route.id} />}
        </Suspense>
      </main>
    </UndoProvider>
  );
}
