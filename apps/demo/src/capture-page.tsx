import { LivenessCapture } from '@liveness-kit/react';
import { DEFAULT_ENDPOINT } from './settings.js';

/** `/capture`: the component alone with its defaults (no settings applied), for automated checks. */
export function CapturePage() {
  return (
    <main className="capture-only">
      <LivenessCapture endpoint={DEFAULT_ENDPOINT} />
    </main>
  );
}
