import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { useSecondsUntil } from './use-seconds-until.js';

export type ProgressProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

const SLOW_STATES = ['starting-camera', 'loading-model', 'capturing', 'uploading'] as const;
type SlowState = (typeof SLOW_STATES)[number];

function isSlow(state: string): state is SlowState {
  return (SLOW_STATES as readonly string[]).includes(state);
}

/**
 * What is happening during the slow steps (`data-part="progress"`, `data-state`): starting the
 * camera, loading the face checker, checking the photo, sending it, retrying (with the attempt
 * number or the seconds left before the next try); in the face-match flow, comparing the selfie
 * with the ID photo (`data-step="face-match"`). Other props and the ref go to its `<div>`.
 */
export const Progress = forwardRef<HTMLDivElement, ProgressProps>(function Progress(
  { className, ...rest },
  ref,
) {
  const { partClass, text } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const upload = useLivenessCapture((s) => s.upload);
  const faceMatch = useLivenessCapture((s) => s.step === 'face-match');
  const seconds = useSecondsUntil(state === 'uploading' ? (upload?.retryAt ?? null) : null);
  const id = useId();
  if (!isSlow(state)) return null;
  let message = text.t(
    state === 'uploading' && faceMatch ? 'ui.progress.face-match' : `ui.progress.${state}`,
  );
  if (state === 'uploading' && upload) {
    if (seconds !== null && seconds > 0) message = text.t('ui.progress.waiting', { seconds });
    else if (upload.attempt > 1) {
      message = text.t('ui.progress.retrying', { attempt: upload.attempt, attempts: upload.attempts });
    }
  }
  return (
    <div
      {...rest}
      ref={ref}
      data-part="progress"
      data-state={state}
      data-step={faceMatch ? 'face-match' : undefined}
      className={partClass('progress', className)}
    >
      <progress aria-labelledby={id} />
      <span id={id}>{message}</span>
    </div>
  );
});
