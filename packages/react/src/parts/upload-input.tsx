import { useId } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { CaptureState } from '@liveness-kit/capture';

export interface UploadInputProps {
  className?: string;
}

const ALWAYS_STATES: readonly CaptureState[] = ['idle', 'guiding', 'camera-error'];

/**
 * Chooses a photo from disk instead of the camera (`<input type="file" data-part="upload">` with
 * its label): by default only where the camera cannot be used (`camera-error`); with
 * `photoUpload="always"` also before and during guidance. The photo is pre-checked like a camera
 * frame and sent only if it passes.
 */
export function UploadInput({ className }: UploadInputProps) {
  const { partClass, text, engine, photoUpload } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const checkingPhoto = useLivenessCapture((s) => s.state === 'capturing' && s.source === 'photo');
  const id = useId();
  // Kept while a chosen photo is checked, so focus stays on it.
  const offered =
    photoUpload !== 'never' &&
    (checkingPhoto || (photoUpload === 'always' ? ALWAYS_STATES.includes(state) : state === 'camera-error'));
  if (!offered) return null;
  return (
    <div className={partClass('upload', className)}>
      <p id={`${id}-about`}>
        {state === 'camera-error' ? `${text.t('ui.upload.alternative')} ` : ''}
        {text.t('ui.upload.description')}
      </p>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        data-part="upload"
        aria-describedby={`${id}-about`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again is a change too.
          event.target.value = '';
          if (file) engine.choosePhoto(file);
        }}
      />
      <label htmlFor={id}>{text.t('ui.upload')}</label>
    </div>
  );
}
