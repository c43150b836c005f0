import { forwardRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { composeHandlers } from './compose-handlers.js';
import type { ButtonPartProps } from './part-props.js';

export type StartButtonProps = ButtonPartProps;

/**
 * Asks for the camera (`idle` only; in the face-match flow not before a usable ID photo):
 * `data-part="start"`. Other props and the ref go to the `<button>`.
 */
export const StartButton = forwardRef<HTMLButtonElement, StartButtonProps>(function StartButton(
  { className, children, onClick, ...rest },
  ref,
) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const referenceStep = useLivenessCapture((s) => s.step === 'reference');
  if (state !== 'idle' || referenceStep) return null;
  return (
    <button
      type="button"
      {...rest}
      ref={ref}
      data-part="start"
      className={partClass('start', className)}
      onClick={composeHandlers(onClick, () => engine.start())}
    >
      {children ?? text.t('ui.start')}
    </button>
  );
});
