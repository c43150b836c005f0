import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { PartProps } from './part-props.js';

/**
 * Takes a new photo (`data-part="retake"`): after a result that a new photo can change (declined
 * for a reason a retake can clear, or not finished), and after an upload error. Goes back to the
 * guidance with the camera still open.
 */
export function RetakeButton({ className, children }: PartProps) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const canRetake = useLivenessCapture((s) => s.result?.canRetake ?? false);
  if (!(state === 'upload-error' || (state === 'result' && canRetake))) return null;
  return (
    <button
      type="button"
      data-part="retake"
      className={partClass('retake', className)}
      onClick={engine.retake}
    >
      {children ?? text.t('ui.retake')}
    </button>
  );
}
