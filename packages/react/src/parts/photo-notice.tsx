import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { describeError } from '@liveness-kit/capture';

export interface PhotoNoticeProps {
  className?: string;
}

/**
 * Why the chosen photo was not sent, announced at once (`role="alert"`): a pre-check that failed
 * (`data-part="hint"`, `data-hint` = the code, `data-source="photo"`) or a file that cannot be
 * used (`data-part="photo-notice"`, `data-error` = the code).
 */
export function PhotoNotice({ className }: PhotoNoticeProps) {
  const { partClass, text } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const refused = useLivenessCapture((s) => s.refused);
  const photoError = useLivenessCapture((s) => s.photoError);
  if (state === 'capturing' || state === 'uploading') return null;
  if (refused?.source === 'photo') {
    return (
      <p
        role="alert"
        data-part="hint"
        data-hint={refused.hint}
        data-source="photo"
        className={partClass('photoNotice', className)}
      >
        {text.t('ui.photo.refused', { hint: text.t(`hint.${refused.hint}`) })}
      </p>
    );
  }
  if (photoError) {
    const { message, action } = describeError(photoError, text.t);
    return (
      <p
        role="alert"
        data-part="photo-notice"
        data-error={photoError.code}
        className={partClass('photoNotice', className)}
      >
        {message} {action}
      </p>
    );
  }
  return null;
}
