import { forwardRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { composeHandlers } from './compose-handlers.js';
import type { ButtonPartProps } from './part-props.js';

export type RetakeReferenceButtonProps = ButtonPartProps;

/**
 * Chooses another ID photo in the face-match flow (`data-part="retake-reference"`): after a face
 * match whose outcome a new reference can change (`reference-unusable`, `no-match`), after a
 * face-match upload error, and before the selfie once an ID photo is ready. An Approved selfie is
 * kept and compared with the new photo at once. Other props and the ref go to the `<button>`.
 */
export const RetakeReferenceButton = forwardRef<HTMLButtonElement, RetakeReferenceButtonProps>(
  function RetakeReferenceButton({ className, children, onClick, ...rest }, ref) {
    const { partClass, text, engine } = useCaptureContext();
    const offered = useLivenessCapture((s) => {
      if (s.step === 'liveness') return s.state === 'idle' && s.reference?.status === 'ready';
      if (s.step !== 'face-match') return false;
      if (s.state === 'upload-error') return true;
      const retake = s.verification?.retake;
      return s.state === 'result' && (retake === 'reference' || retake === 'selfie-or-reference');
    });
    if (!offered) return null;
    return (
      <button
        type="button"
        {...rest}
        ref={ref}
        data-part="retake-reference"
        className={partClass('retakeReference', className)}
        onClick={composeHandlers(onClick, () => engine.retakeReference())}
      >
        {children ?? text.t('ui.retakeReference')}
      </button>
    );
  },
);
