import { forwardRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { composeHandlers } from './compose-handlers.js';
import type { ButtonPartProps } from './part-props.js';

export type RetryButtonProps = ButtonPartProps;

/**
 * Tries again what failed (`data-part="retry"`): the camera (not on an insecure page, where it
 * cannot work), the face checker, or the upload when the error is one a retry can fix. Other props
 * and the ref go to the `<button>`.
 */
export const RetryButton = forwardRef<HTMLButtonElement, RetryButtonProps>(function RetryButton(
  { className, children, onClick, ...rest },
  ref,
) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const error = useLivenessCapture((s) => s.error);
  let label: string | null = null;
  if (state === 'camera-error' && error?.code !== 'INSECURE_CONTEXT') label = text.t('ui.retryCamera');
  else if (state === 'model-error') label = text.t('ui.retry');
  else if (state === 'upload-error' && error?.retryable) label = text.t('ui.retry');
  if (label === null) return null;
  return (
    <button
      type="button"
      {...rest}
      ref={ref}
      data-part="retry"
      className={partClass('retry', className)}
      onClick={composeHandlers(onClick, () => engine.retry())}
    >
      {children ?? label}
    </button>
  );
});
