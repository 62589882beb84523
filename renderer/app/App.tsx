import { t } from '../../shared/i18n';
import { UndoProvider } from '../components/UndoBar';
import { PresenterKeys } from '../components/Blackout';
import { MunicipalitiesPage } from '../features/municipalities/MunicipalitiesPage';
import { MunicipalityPage } from '../features/municipalities/MunicipalityPage';
import { SessionPage } from '../features/sessions/SessionPage';
import { SummaryPage } from '../features/report/SummaryPage';
import { ChecklistPage } from '../features/checklists/ChecklistPage';
import { ContentPage } from '../features/checklists/ContentPage';
import { ProgressPage } from '../features/checklists/ProgressPage';
import { RoundPage } from '../features/status-analysis/RoundPage';
import { BoardPage } from '../features/trappa/BoardPage';
import { SetEditorPage } from '../features/status-analysis/sets/SetEditorPage';
import { SetsPage } from '../features/status-analysis/sets/SetsPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { WorkbookBanner } from '../components/WorkbookBanner';
import { PlanPage } from '../features/plan/PlanPage';
import { PlanReportPage } from '../features/plan/PlanReportPage';
import { href, pageKey, useRoute } from './router';
import { KeyHelp } from './KeyHelp';

export function App() {
  const route = useRoute();
  return (
    <UndoProvider>
      <PresenterKeys />
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
      </main>
    </UndoProvider>
  );
}
