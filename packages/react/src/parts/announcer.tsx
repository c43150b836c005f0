import type { CSSProperties } from 'react';
import { useLivenessCapture, useLivenessText } from '../context/use-liveness-capture.js';

/** Visually hidden but read by screen readers (inline, so it holds without the stylesheet). */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * The polite live region (always mounted, so changes are announced): the guidance hint once it has
 * held for a moment, why a capture was refused, and the progress of slow steps. Results and errors
 * are not repeated here: focus moves to them.
 */
export function Announcer() {
  const { t } = useLivenessText();
  const state = useLivenessCapture((s) => s.state);
  const announced = useLivenessCapture((s) => s.announcedHint);
  const refused = useLivenessCapture((s) => s.refused);
  const hint = useLivenessCapture((s) => s.hint);
  let message = '';
  if (state === 'guiding') {
    if (refused?.source === 'camera' && refused.hint === hint) {
      message = t('ui.refused', { hint: t(`hint.${refused.hint}`) });
    } else if (announced) {
      message = t(`hint.${announced}`);
    }
  } else if (state === 'starting-camera' || state === 'loading-model' || state === 'uploading') {
    message = t(`ui.progress.${state}`);
  }
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-part="announcer" style={visuallyHidden}>
      {message}
    </div>
  );
}
