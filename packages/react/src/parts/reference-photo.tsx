import { forwardRef, useEffect, useId, useMemo, type ChangeEvent } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { DivPartProps } from './part-props.js';
import { RetakeReferenceButton } from './retake-reference-button.js';

export type ReferencePhotoProps = DivPartProps;

/** An object URL for `blob` while it is shown, revoked when it changes or the part goes. */
function useObjectUrl(blob: Blob | null): string | null {
  const url = useMemo(
    () => (blob && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : null),
    [blob],
  );
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}

/**
 * The ID photo of the face-match flow (`data-part="reference"`, `data-status`: `empty`,
 * `checking`, `ready` or `unusable`). In step `reference`: what photo is wanted, a file input to
 * choose one and one to photograph the ID (`capture="environment"`), the check's progress, and why
 * a photo cannot be used (with the inputs still there). Before the selfie: the ready photo with
 * "used the largest of N faces" when there were several, and a button to use another. Other props
 * and the ref go to its `<div>`.
 */
export const ReferencePhoto = forwardRef<HTMLDivElement, ReferencePhotoProps>(function ReferencePhoto(
  { className, children, ...rest },
  ref,
) {
  const { partClass, text, engine } = useCaptureContext();
  const step = useLivenessCapture((s) => s.step);
  const state = useLivenessCapture((s) => s.state);
  const reference = useLivenessCapture((s) => s.reference);
  const id = useId();
  const preview = useObjectUrl(reference?.status === 'ready' ? reference.image : null);
  const choosing = step === 'reference' && state === 'idle';
  const readyBeforeSelfie = step === 'liveness' && state === 'idle' && reference?.status === 'ready';
  if (!choosing && !readyBeforeSelfie) return null;
  const { t } = text;
  const status = reference?.status ?? 'empty';
  const checking = status === 'checking';
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again is a change too.
    event.target.value = '';
    if (file) engine.chooseReference(file);
  };
  return (
    <div
      role="group"
      aria-labelledby={`${id}-title`}
      {...rest}
      ref={ref}
      data-part="reference"
      data-status={status}
      className={partClass('reference', className)}
    >
      <h2 id={`${id}-title`}>{t('ui.reference.title')}</h2>
      {readyBeforeSelfie ? (
        <>
          <p role="status">{t('ui.reference.ready')}</p>
          {preview && <img src={preview} alt={t('ui.reference.preview')} data-part="reference-preview" />}
          {reference.faceCount > 1 && <p>{t('ui.reference.usedLargest', { count: reference.faceCount })}</p>}
          <RetakeReferenceButton />
        </>
      ) : (
        <>
          <p id={`${id}-body`}>{t('ui.reference.body')}</p>
          {reference?.status === 'unusable' && reference.problem && (
            <p role="alert" data-part="reference-problem" data-problem={reference.problem}>
              {t(`ui.reference.problem.${reference.problem}`)}
            </p>
          )}
          <p role="status" aria-live="polite">
            {checking ? t('ui.reference.checking') : ''}
          </p>
          <div className="lk-actions">
            <input
              id={`${id}-choose`}
              type="file"
              accept="image/*"
              data-part="reference-choose"
              disabled={checking}
              aria-describedby={`${id}-body`}
              onChange={onFile}
            />
            <label htmlFor={`${id}-choose`}>{t('ui.reference.choose')}</label>
            <input
              id={`${id}-photograph`}
              type="file"
              accept="image/*"
              capture="environment"
              data-part="reference-photograph"
              disabled={checking}
              aria-describedby={`${id}-body`}
              onChange={onFile}
            />
            <label htmlFor={`${id}-photograph`}>{t('ui.reference.photograph')}</label>
          </div>
        </>
      )}
      {children}
    </div>
  );
});
