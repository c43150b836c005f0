import { describeError } from '@liveness-kit/capture';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';

export type PhotoNoticeProps = Omit<ComponentPropsWithoutRef<'p'>, 'children'>;

/**
 * Why the chosen photo was not sent, announced at once (`role="alert"`): a pre-check that failed
 * (`data-part="hint"`, `data-hint` = the code, `data-source="photo"`, `data-state="refused"`) or a
 * file that cannot be used (`data-part="photo-notice"`, `data-error` = the code,
 * `data-state="unusable"`). Other props and the ref go to its `<p>`.
 */
export const PhotoNotice = forwardRef<HTMLParagraphElement, PhotoNoticeProps>(function PhotoNotice(
  { className, ...rest },
  ref,
) {
  const { partClass, text } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const refused = useLivenessCapture((s) => s.refused);
  const photoError = useLivenessCapture((s) => s.photoError);
  if (state === 'capturing' || state === 'uploading') return null;
  const shared = { role: 'alert', ...rest, ref, className: partClass('photoNotice', className) };
  if (refused?.source === 'photo') {
    return (
      <p {...shared} data-part="hint" data-hint={refused.hint} data-source="photo" data-state="refused">
        {text.t('ui.photo.refused', { hint: text.t(`hint.${refused.hint}`) })}
      </p>
    );
  }
  if (!photoError) return null;
  const { message, action } = describeError(photoError, text.t);
  return (
    <p {...shared} data-part="photo-notice" data-error={photoError.code} data-state="unusable">
      {message} {action}
    </p>
  );
});
