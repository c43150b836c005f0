import { LivenessCapture, type LivenessCaptureComponents } from '@liveness-kit/react';
import { useState } from 'react';
import type { CheckSession, CheckSessionHandlers } from './check-session.js';
import { t } from './demo-text.js';
import { HintProbe, HintReportContext } from './hint-probe.js';
import { NextStep } from './next-step.js';
import { PageHeading } from './page-heading.js';
import { SampleReferenceButton, SampleReferenceContext } from './sample-reference.js';
import { effectiveLocale, faceMatchEndpointFor, type DemoSettings } from './settings.js';
import { customThemeVariables, pageThemeAttribute } from './theme.js';

const components: LivenessCaptureComponents = { Header: SampleReferenceButton, Footer: HintProbe };

export interface CheckPageProps {
  settings: DemoSettings;
  session: CheckSession;
  handlers: CheckSessionHandlers;
  onContinue: () => void;
  onRestart: () => void;
}

/** The liveness check, embedded as a product would: the component with the settings, then the next step. */
export function CheckPage({ settings, session, handlers, onContinue, onRestart }: CheckPageProps) {
  const { interpretation, verification } = session;
  const [sample, setSample] = useState<Blob | undefined>();
  const faceMatchEndpoint = settings.faceMatch ? faceMatchEndpointFor(settings.endpoint) : null;
  return (
    <div className="page check" data-page="check">
      <PageHeading>{t('check.title')}</PageHeading>
      <HintReportContext.Provider value={handlers.onHint}>
        <SampleReferenceContext.Provider value={setSample}>
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
            {...(faceMatchEndpoint !== null && {
              faceMatch: { endpoint: faceMatchEndpoint },
              ...(sample && { referenceImage: sample }),
            })}
          />
        </SampleReferenceContext.Provider>
      </HintReportContext.Provider>
      {session.state === 'result' && interpretation && (
        <NextStep
          interpretation={interpretation}
          verification={verification}
          onContinue={onContinue}
          onRestart={onRestart}
        />
      )}
    </div>
  );
}
