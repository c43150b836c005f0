import { useState } from 'react';
import type { CheckSession } from './check-session.js';
import { summarizeTimings } from './check-timings.js';
import { t, type DemoTextKey } from './demo-text.js';
import { engineLabel } from './engine-label.js';
import type { EngineInfo } from './use-engine-info.js';

/** Indented JSON with short arrays of numbers or strings (boxes) kept on one line. */
export function formatJson(value: unknown): string {
  // Between elements JSON.stringify puts ",\n" + indent; strings never hold a raw line break.
  return JSON.stringify(value, null, 2).replace(/\[\n\s+([^[\]{}]*?)\n\s*\]/g, (match, inner: string) =>
    inner.length > 60 ? match : `[${inner.split(/,\n\s+/).join(', ')}]`,
  );
}

export interface DeveloperPanelProps {
  engine: EngineInfo;
  endpoint: string;
  session: CheckSession;
}

function Duration({ ms }: { ms: number | null }) {
  return <>{ms === null ? t('dev.none') : t('dev.ms', { ms })}</>;
}

const TIMING_ROWS: [DemoTextKey, keyof ReturnType<typeof summarizeTimings>][] = [
  ['dev.firstHint', 'firstHintMs'],
  ['dev.modelReady', 'modelReadyMs'],
  ['dev.captureToResponse', 'captureToResponseMs'],
  ['dev.upload', 'uploadMs'],
];

/** Below this width the panel sits under the page, closed at first (demo.css's narrow layout). */
const NARROW_QUERY = '(max-width: 36rem)';

function openAtFirst(): boolean {
  return typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW_QUERY).matches;
}

/**
 * For developers: which engine answers, the component's state, the timings and the raw response.
 * A disclosure: open beside the page on a wide screen, closed at first on a narrow one (a phone),
 * where it would push the page's own content away.
 */
export function DeveloperPanel({ engine, endpoint, session }: DeveloperPanelProps) {
  const timings = summarizeTimings(session.timings);
  const [open, setOpen] = useState(openAtFirst);
  return (
    <aside className="dev-panel" aria-labelledby="dev-panel-title" data-panel="developer">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id="dev-panel-title">{t('dev.title')}</h2>
        </summary>
        <DeveloperFacts engine={engine} endpoint={endpoint} session={session} timings={timings} />
      </details>
    </aside>
  );
}

function DeveloperFacts({
  engine,
  endpoint,
  session,
  timings,
}: DeveloperPanelProps & { timings: ReturnType<typeof summarizeTimings> }) {
  return (
    <>
      <dl className="facts stacked">
        <div>
          <dt>{t('dev.engine')}</dt>
          <dd data-dev="engine">{engineLabel(engine, endpoint)}</dd>
        </div>
        <div>
          <dt>{t('dev.endpoint')}</dt>
          <dd>
            <code>{endpoint}</code>
          </dd>
        </div>
        <div>
          <dt>{t('dev.state')}</dt>
          <dd>
            <code data-dev="state">{session.state}</code>
          </dd>
        </div>
      </dl>
      <h3>{t('dev.timings')}</h3>
      <dl className="facts">
        {TIMING_ROWS.map(([label, key]) => (
          <div key={key}>
            <dt>{t(label)}</dt>
            <dd data-timing={key}>
              <Duration ms={timings[key]} />
            </dd>
          </div>
        ))}
      </dl>
      {session.error && (
        <>
          <h3>{t('dev.error')}</h3>
          <p>
            <code data-dev="error">{session.error.code}</code> {session.error.message}
          </p>
        </>
      )}
      <h3 id="dev-response-title">{t('dev.response')}</h3>
      {session.response ? (
        // A scrollable region must be reachable by keyboard.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <pre className="json" data-dev="response" tabIndex={0} aria-labelledby="dev-response-title">
          {formatJson(session.response)}
        </pre>
      ) : (
        <p className="muted">{t('dev.noResponse')}</p>
      )}
      {session.verification && (
        <>
          <h3 id="dev-face-match-title">{t('dev.faceMatch')}</h3>
          <p>
            <code data-dev="outcome">{session.verification.outcome}</code>
          </p>
          {session.verification.faceMatch && (
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <pre className="json" data-dev="face-match" tabIndex={0} aria-labelledby="dev-face-match-title">
              {formatJson(session.verification.faceMatch.response)}
            </pre>
          )}
        </>
      )}
    </>
  );
}
