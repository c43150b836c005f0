import { LivenessCapture, type LivenessCaptureComponents } from '@liveness-kit/react';
import type { CheckSession, CheckSessionHandlers } from './check-session.js';
import { t } from './demo-text.js';
import { HintProbe, HintReportContext } from './hint-probe.js';
import { NextStep } from './next-step.js';
import { PageHeading } from './page-heading.js';
import { effectiveLocale, type DemoSettings } from './settings.js';
import { customThemeVariables, pageThemeAttribute } from './theme.js';

const components: LivenessCaptureComponents = { Footer: HintProbe };

export interface CheckPageProps {
  settings: DemoSettings;
  session: CheckSession;
  handlers: CheckSessionHandlers;
  onContinue: () => void;
  onRestart: () => void;
}

/** The liveness check, embedded as a product would: the component with the settings, then the next step. */
export function CheckPage({ settings, session, handlers, onContinue, onRestart }: CheckPageProps) {
  const { interpretation } = session;
  return (
    <div className="page check" data-page="check">
      <PageHeading>{t('check.title')}</PageHeading>
      <HintReportContext.Provider value={handlers.onHint}>
        <LivenessCapture
          key={session.id}
          endpoint={settings.endpoint}
          threshold={settings.threshold ?? undefined}
          autoCapture={settings.autoCapture}
          locale={effectiveLocale(settings)}
          theme={pageThemeAttribute(settings.theme)}
          style={settings.theme === 'custom' ? customThemeVariables(settings.customTheme) : undefined}
          onStateChange={handlers.onStateChange}
          onResult={handlers.onResult}
          onError={handlers.onError}
          components={components}
        />
      </HintReportContext.Provider>
      {session.state === 'result' && interpretation && (
        <NextStep interpretation={interpretation} onContinue={onContinue} onRestart={onRestart} />
      )}
    </div>
  );
}
