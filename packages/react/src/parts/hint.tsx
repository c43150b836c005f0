import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';

export type HintProps = Omit<ComponentPropsWithoutRef<'p'>, 'children'>;

/**
 * The one primary guidance hint while guiding: `data-part="hint"`, `data-hint` = the code,
 * `data-state` = `ready` (the frame passes), `adjust` (something to change) or `refused` (a capture
 * was refused for this hint). It is not a live region (it may change every frame): screen readers
 * hear it through the announcer once it has held for a moment. Other props and the ref go to its `<p>`.
 */
export const Hint = forwardRef<HTMLParagraphElement, HintProps>(function Hint({ className, ...rest }, ref) {
  const { partClass, text } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const hint = useLivenessCapture((s) => s.hint);
  const refused = useLivenessCapture((s) => s.refused);
  if ((state !== 'guiding' && state !== 'capturing') || hint === null) return null;
  const message = text.t(`hint.${hint}`);
  const wasRefused = state === 'guiding' && refused?.source === 'camera' && refused.hint === hint;
  return (
    <p
      {...rest}
      ref={ref}
      data-part="hint"
      data-hint={hint}
      data-source="camera"
      data-state={wasRefused ? 'refused' : hint === 'READY' ? 'ready' : 'adjust'}
      className={partClass('hint', className)}
    >
      {wasRefused ? text.t('ui.refused', { hint: message }) : message}
    </p>
  );
});
