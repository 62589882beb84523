import { t } from '../../shared/i18n';
import { UndoProvider } from '../components/UndoBar';
import { MunicipalitiesPage } from '../features/municipalities/MunicipalitiesPage';
import { MunicipalityPage } from '../features/municipalities/MunicipalityPage';
import { SessionPage } from '../features/sessions/SessionPage';
import { href, useRoute } from './router';

export function App() {
  const route = useRoute();
  return (
    <UndoProvider>
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
      <main id="main" className="main" key={route.name === 'home' ? 'home' : `${route.name}:${route.id}`}>
        {route.name === 'home' && <MunicipalitiesPage />}
        {route.name === 'municipality' && <MunicipalityPage id={route.id} />}
        {route.name === 'session' && <SessionPage id={route.id} />}
      </main>
    </UndoProvider>
  );
}
