import type { LivenessError } from '@liveness-kit/core';
import { useId, useRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { PartProps } from './part-props.js';
import { useMoveFocus } from './use-move-focus.js';
import type { Translate } from '../i18n/text-table.js';

/** What happened and what to do, as core's `errorText` does, but through the component's text. */
export function describeError(error: LivenessError, t: Translate): { message: string; action: string } {
  const wait = error.retryAfterMs ?? 0;
  const action =
    error.code === 'RATE_LIMITED' && wait > 0
      ? t('error.RATE_LIMITED.actionWithDelay', { seconds: Math.max(1, Math.ceil(wait / 1000)) })
      : t(`error.${error.code}.action`);
  return { message: t(`error.${error.code}`), action };
}

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
