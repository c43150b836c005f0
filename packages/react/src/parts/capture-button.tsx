import { useRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { PartProps } from './part-props.js';
import { useMoveFocus } from './use-move-focus.js';

/**
 * Takes the photo now (`data-part="capture"`), while guiding; it is sent only if the frame passes
 * the pre-checks (auto-capture does the same by itself). Stays focusable while capturing.
 */
export function CaptureButton({ className, children }: PartProps) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const ref = useRef<HTMLButtonElement>(null);
  const visible = state === 'guiding' || state === 'capturing';
  useMoveFocus(ref, visible, true);
  if (!visible) return null;
  return (
    <button
      ref={ref}
      type="button"
      data-part="capture"
      aria-disabled={state === 'capturing' || undefined}
      className={partClass('capture', className)}
      onClick={engine.capture}
    >
      {children ?? text.t('ui.capture')}
    </button>
  );
}
