import { describeError } from '@liveness-kit/capture';
import { useId, useRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { PartProps } from './part-props.js';
import { useMoveFocus } from './use-move-focus.js';

/**
 * The error of the current error state (`camera-error`, `model-error`, `upload-error`):
 * `data-part="error"`, `data-error` = the `LivenessError` code; what happened as a focused heading,
 * then what to do. Put the ways out (`RetryButton`, `RetakeButton`, `UploadInput`) inside.
 */
export function ErrorView({ className, children }: PartProps) {
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
      data-part="error"
      data-error={error.code}
      role="group"
      aria-labelledby={id}
      className={partClass('error', className)}
    >
      <h2 id={id} ref={heading} tabIndex={-1}>
        {message}
      </h2>
      <p>{action}</p>
      {children}
    </div>
  );
}
