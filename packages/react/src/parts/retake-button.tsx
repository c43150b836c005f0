import { forwardRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { composeHandlers } from './compose-handlers.js';
import type { ButtonPartProps } from './part-props.js';

export type RetakeButtonProps = ButtonPartProps;

/**
 * Takes a new photo (`data-part="retake"`): after a result that a new photo can change (declined
 * for a reason a retake can clear, or not finished), and after an upload error. Goes back to the
 * guidance with the camera still open. In the face-match flow it reads "Take a new selfie" (the ID
 * photo is kept) and shows only when the combined outcome asks for a new selfie
 * (`verification.retake` is `selfie` or `selfie-or-reference`). Other props and the ref go to the
 * `<button>`.
 */
export const RetakeButton = forwardRef<HTMLButtonElement, RetakeButtonProps>(function RetakeButton(
  { className, children, onClick, ...rest },
  ref,
) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  // In the face-match flow the combined outcome says whether a new selfie can help.
  const canRetake = useLivenessCapture((s) =>
    s.verification
      ? s.verification.retake === 'selfie' || s.verification.retake === 'selfie-or-reference'
      : (s.result?.canRetake ?? false),
  );
  const inFlow = useLivenessCapture((s) => s.step !== 'liveness' || s.reference !== null);
  if (!(state === 'upload-error' || (state === 'result' && canRetake))) return null;
  return (
    <button
      type="button"
      {...rest}
      ref={ref}
      data-part="retake"
      className={partClass('retake', className)}
      onClick={composeHandlers(onClick, () => engine.retake())}
    >
      {children ?? text.t(inFlow ? 'ui.retakeSelfie' : 'ui.retake')}
    </button>
  );
});
