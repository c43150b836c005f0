import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';

export interface HintProps {
  className?: string;
}

/**
 * The one primary guidance hint while guiding: `data-part="hint"`, `data-hint` = the code. It is
 * not a live region (it may change every frame): screen readers hear it through the announcer once
 * it has held for a moment.
 */
export function Hint({ className }: HintProps) {
  const { partClass, text } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const hint = useLivenessCapture((s) => s.hint);
  const refused = useLivenessCapture((s) => s.refused);
  if ((state !== 'guiding' && state !== 'capturing') || hint === null) return null;
  const message = text.t(`hint.${hint}`);
  const wasRefused = state === 'guiding' && refused?.source === 'camera' && refused.hint === hint;
  return (
    <p data-part="hint" data-hint={hint} data-source="camera" className={partClass('hint', className)}>
      {wasRefused ? text.t('ui.refused', { hint: message }) : message}
    </p>
  );
}
