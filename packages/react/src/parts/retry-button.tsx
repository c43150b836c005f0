import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { PartProps } from './part-props.js';

/**
 * Tries again what failed (`data-part="retry"`): the camera (not on an insecure page, where it
 * cannot work), the face checker, or the upload when the error is one a retry can fix.
 */
export function RetryButton({ className, children }: PartProps) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const error = useLivenessCapture((s) => s.error);
  let label: string | null = null;
  if (state === 'camera-error' && error?.code !== 'INSECURE_CONTEXT') label = text.t('ui.retryCamera');
  else if (state === 'model-error') label = text.t('ui.retry');
  else if (state === 'upload-error' && error?.retryable) label = text.t('ui.retry');
  if (label === null) return null;
  return (
    <button type="button" data-part="retry" className={partClass('retry', className)} onClick={engine.retry}>
      {children ?? label}
    </button>
  );
}
