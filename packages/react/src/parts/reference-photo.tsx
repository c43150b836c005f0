import { forwardRef, useId, useRef, type ChangeEvent, type MouseEvent } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { DivPartProps } from './part-props.js';
import { ReferencePreview } from './reference-preview.js';
import { RetakeReferenceButton } from './retake-reference-button.js';
import { useMoveFocus } from './use-move-focus.js';

export type ReferencePhotoProps = DivPartProps;

/**
 * The ID photo of the face-match flow (`data-part="reference"`, `data-status`: `empty`,
 * `checking`, `unusable` or `ready`).
 *
 * In step `reference` (idle): what photo is wanted, a file input to choose one (`accept="image/*"`)
 * and one to photograph the ID (`capture="environment"`), each labelled; the check's progress in a
 * polite live region; and why a photo cannot be used (`role="alert"`), with the inputs still there.
 * While a photo is checked the inputs keep focus but open nothing (`aria-disabled`). In the
 * `model-error` of that step only the title and the explanation stay (the error's Retry checks the
 * photo again).
 *
 * Before the selfie (step `liveness`, idle): the usable photo's preview, "used the largest of N
 * faces" when there were several, and a `RetakeReferenceButton` to use another.
 *
 * Other props and the ref go to its `<div>`; children come last.
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
  const heading = useRef<HTMLHeadingElement>(null);
  const readyText = useRef<HTMLParagraphElement>(null);
  const choosing = step === 'reference' && (state === 'idle' || state === 'model-error');
  const ready = step === 'liveness' && state === 'idle' && reference?.status === 'ready';
  // The control that had focus went with the previous view (a retake button, the file input).
  useMoveFocus(heading, choosing && state === 'idle', true);
  useMoveFocus(readyText, ready, true);
  if (!choosing && !ready) return null;
  const { t } = text;

  if (ready) {
    return (
      <div
        role="group"
        aria-labelledby={`${id}-ready`}
        {...rest}
        ref={ref}
        data-part="reference"
        data-status="ready"
        className={partClass('reference', className)}
      >
        {reference.image && <ReferencePreview image={reference.image} alt={t('ui.reference.preview')} />}
        <div data-part="reference-summary">
          <p id={`${id}-ready`} ref={readyText} tabIndex={-1}>
            {t('ui.reference.ready')}
          </p>
          {reference.faceCount > 1 && (
            <p data-part="reference-note">{t('ui.reference.usedLargest', { count: reference.faceCount })}</p>
          )}
          <RetakeReferenceButton />
        </div>
        {children}
      </div>
    );
  }

  const status = reference?.status ?? 'empty';
  const checking = status === 'checking';
  const problem = reference?.status === 'unusable' ? reference.problem : null;
  const describedBy = problem ? `${id}-problem ${id}-body` : `${id}-body`;
  // While a photo is checked another one would be ignored: the picker does not open.
  const onClick = (event: MouseEvent<HTMLInputElement>) => {
    if (checking) event.preventDefault();
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again is a change too.
    event.target.value = '';
    if (file) engine.chooseReference(file);
  };
  const input = (name: 'choose' | 'photograph') => (
    <>
      <input
        id={`${id}-${name}`}
        type="file"
        accept="image/*"
        {...(name === 'photograph' ? { capture: 'environment' as const } : {})}
        data-part={`reference-${name}`}
        aria-describedby={describedBy}
        aria-disabled={checking || undefined}
        onClick={onClick}
        onChange={onFile}
      />
      <label htmlFor={`${id}-${name}`}>{t(`ui.reference.${name}`)}</label>
    </>
  );
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
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('ui.reference.title')}
      </h2>
      <p id={`${id}-body`}>{t('ui.reference.body')}</p>
      {state === 'idle' && (
        <>
          {problem && (
            <p id={`${id}-problem`} role="alert" data-part="reference-problem" data-problem={problem}>
              {t(`ui.reference.problem.${problem}`)}
            </p>
          )}
          <p role="status" aria-live="polite" data-part="reference-status">
            {checking ? t('ui.reference.checking') : ''}
          </p>
          <div data-part="reference-inputs">
            {input('choose')}
            {input('photograph')}
          </div>
        </>
      )}
      {children}
    </div>
  );
});
