import type { CaptureState } from '@liveness-kit/capture';
import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { composeHandlers } from './compose-handlers.js';

/** `className` goes to the wrapper (with its text and label); other props and the ref to the `<input>`. */
export type UploadInputProps = Omit<
  ComponentPropsWithoutRef<'input'>,
  'children' | 'type' | 'accept' | 'value' | 'defaultValue' | 'multiple'
>;

const ALWAYS_STATES: readonly CaptureState[] = ['idle', 'guiding', 'camera-error'];

/**
 * Chooses a photo from disk instead of the camera (`<input type="file" data-part="upload">` with
 * its label): by default only where the camera cannot be used (`camera-error`); with
 * `photoUpload="always"` also before and during guidance. The photo is pre-checked like a camera
 * frame and sent only if it passes. A given `onChange` runs first; the photo is taken unless it
 * calls `event.preventDefault()`.
 */
export const UploadInput = forwardRef<HTMLInputElement, UploadInputProps>(function UploadInput(
  { className, onChange, id: givenId, ...rest },
  ref,
) {
  const { partClass, text, engine, photoUpload } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const referenceStep = useLivenessCapture((s) => s.step === 'reference');
  const checkingPhoto = useLivenessCapture((s) => s.state === 'capturing' && s.source === 'photo');
  const ownId = useId();
  const id = givenId ?? ownId;
  // Kept while a chosen photo is checked, so focus stays on it.
  const offered =
    photoUpload !== 'never' &&
    (checkingPhoto || (photoUpload === 'always' ? ALWAYS_STATES.includes(state) : state === 'camera-error'));
  // The ID photo of the face-match flow comes first: its own part takes files then.
  if (!offered || referenceStep) return null;
  return (
    <div className={partClass('upload', className)}>
      <p id={`${id}-about`}>
        {state === 'camera-error' ? `${text.t('ui.upload.alternative')} ` : ''}
        {text.t('ui.upload.description')}
      </p>
      <input
        aria-describedby={`${id}-about`}
        {...rest}
        ref={ref}
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        data-part="upload"
        onChange={composeHandlers(onChange, (event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again is a change too.
          event.target.value = '';
          if (file) engine.choosePhoto(file);
        })}
      />
      <label htmlFor={id}>{text.t('ui.upload')}</label>
    </div>
  );
});
