import { useEffect, useRef, useState } from 'react';
import { CapturePage } from './capture-page.js';
import { CheckPage } from './check-page.js';
import { useCheckSession } from './check-session.js';
import { t } from './demo-text.js';
import { DeveloperPanel } from './developer-panel.js';
import { DonePage } from './done-page.js';
import { engineLabel } from './engine-label.js';
import { useRoute, type Navigate, type OnboardingRoute } from './routes.js';
import { SettingsDrawer } from './settings-drawer.js';
import { useEngineInfo } from './use-engine-info.js';
import { useSettings } from './use-settings.js';
import { WelcomePage } from './welcome-page.js';

/** The onboarding demo: welcome → liveness check → result and next step, with settings and a developer panel. */
export function App() {
  const [route, navigate] = useRoute();
  if (route === 'capture') return <CapturePage />;
  return <Onboarding route={route} navigate={navigate} />;
}

function Onboarding({ route, navigate }: { route: OnboardingRoute; navigate: Navigate }) {
  const [settings, setSettings] = useSettings();
  const engine = useEngineInfo();
  const { session, handlers, restart } = useCheckSession();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const savedTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(savedTimer.current), []);

  const done = route === 'done' && session.interpretation !== null;
  // The end page needs a result of this visit; without one, the flow starts at the beginning.
  useEffect(() => {
    if (route === 'done' && session.interpretation === null) navigate('welcome', { replace: true });
  }, [route, session.interpretation, navigate]);

  const startOver = () => {
    restart();
    navigate('welcome');
  };

  let page;
  if (route === 'check') {
    page = (
      <CheckPage
        settings={settings}
        session={session}
        handlers={handlers}
        onContinue={() => navigate('done')}
        onRestart={startOver}
      />
    );
  } else if (done && session.interpretation) {
    page = <DonePage interpretation={session.interpretation} onRestart={startOver} />;
  } else {
    page = (
      <WelcomePage
        onStart={() => {
          if (session.state !== 'idle') restart();
          navigate('check');
        }}
      />
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tag">{t('app.tagline')}</span>
        </p>
        <p className="engine-badge" data-engine={engine}>
          <span className="visually-hidden">{t('app.engine')}: </span>
          {engineLabel(engine, settings.endpoint)}
        </p>
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          data-action="open-settings"
          onClick={() => setSettingsOpen(true)}
        >
          {t('app.settings')}
        </button>
      </header>
      <div className="layout">
        <main id="main" tabIndex={-1}>
          {page}
        </main>
        <DeveloperPanel engine={engine} endpoint={settings.endpoint} session={session} />
      </div>
      <p role="status" className="toast" data-status-message="">
        {saved ? t('settings.saved') : ''}
      </p>
      <SettingsDrawer
        open={settingsOpen}
        settings={settings}
        onClose={() => setSettingsOpen(false)}
        onSave={(next) => {
          setSettings(next);
          setSettingsOpen(false);
          setSaved(true);
          clearTimeout(savedTimer.current);
          savedTimer.current = setTimeout(() => setSaved(false), 4000);
        }}
      />
    </>
  );
}
