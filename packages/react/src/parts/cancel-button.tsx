import { useRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { PartProps } from './part-props.js';
import { useMoveFocus } from './use-move-focus.js';

/** Stops sending the photo (`data-part="cancel"`), while uploading. */
export function CancelButton({ className, children }: PartProps) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const ref = useRef<HTMLButtonElement>(null);
  useMoveFocus(ref, state === 'uploading', true);
  if (state !== 'uploading') return null;
  return (
    <button
      ref={ref}
      type="button"
      data-part="cancel"
      className={partClass('cancel', className)}
      onClick={engine.cancel}
    >
      {children ?? text.t('ui.cancel')}
    </button>
  );
}
