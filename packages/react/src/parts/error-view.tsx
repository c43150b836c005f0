import { describeError } from '@liveness-kit/capture';
import { forwardRef, useId, useRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { DivPartProps } from './part-props.js';
import { useMoveFocus } from './use-move-focus.js';

export type ErrorViewProps = DivPartProps;

/**
 * The error of the current error state (`camera-error`, `model-error`, `upload-error`):
 * `data-part="error"`, `data-error` = the `LivenessError` code, `data-reason` = why a
 * `MODEL_LOAD_FAILED` happened (`csp`, `not-found`, `http`, `network`, `invalid`) when known,
 * `data-state` = the error state; what happened as a focused heading, then what to do. Put the ways
 * out (`RetryButton`, `RetakeButton`, `UploadInput`) inside. Other props and the ref go to its `<div>`.
 */
export const ErrorView = forwardRef<HTMLDivElement, ErrorViewProps>(function ErrorView(
  { className, children, ...rest },
  ref,
) {
  const { partClass, text } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const error = useLivenessCapture((s) => s.error);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const shown =
    (state === 'camera-error' || state === 'model-error' || state === 'upload-error') && error !== null;
  useMoveFocus(heading, shown);
  if (!shown) return null;
  const { message, action } = describeError(error, text.t);
  return (
    <div
      role="group"
      aria-labelledby={id}
      {...rest}
      ref={ref}
      data-part="error"
      data-error={error.code}
      data-reason={error.reason}
      data-state={state}
      className={partClass('error', className)}
    >
      <h2 id={id} ref={heading} tabIndex={-1}>
        {message}
      </h2>
      <p>{action}</p>
      {children}
    </div>
  );
});
