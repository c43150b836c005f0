import { useLivenessCapture, useLivenessText } from '../context/use-liveness-capture.js';

/**
 * Visually hidden but read by screen readers, without the stylesheet too. Set through the CSSOM
 * once mounted, not as a `style` attribute: server-rendered HTML then has no inline style for a
 * `style-src 'self'` policy to refuse (the region is empty until the page runs anyway).
 */
const VISUALLY_HIDDEN: Readonly<Record<string, string>> = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: '0',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  'white-space': 'nowrap',
  border: '0',
};

function hideVisually(element: HTMLElement | null) {
  if (!element) return;
  for (const [property, value] of Object.entries(VISUALLY_HIDDEN)) element.style.setProperty(property, value);
}

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
    <div role="status" aria-live="polite" aria-atomic="true" data-part="announcer" ref={hideVisually}>
      {message}
    </div>
  );
}
