import { forwardRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { composeHandlers } from './compose-handlers.js';
import type { ButtonPartProps } from './part-props.js';
import { useComposedRef } from './use-composed-ref.js';
import { useMoveFocus } from './use-move-focus.js';

export type CaptureButtonProps = ButtonPartProps;

/**
 * Takes the photo now (`data-part="capture"`), while guiding; it is sent only if the frame passes
 * the pre-checks (auto-capture does the same by itself). Stays focusable while capturing.
 * `data-state="ready"` while the frame is `READY` (a press sends it), `"waiting"` otherwise. Other
 * props and the ref go to the `<button>`.
 */
export const CaptureButton = forwardRef<HTMLButtonElement, CaptureButtonProps>(function CaptureButton(
  { className, children, onClick, ...rest },
  forwarded,
) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const ready = useLivenessCapture((s) => s.state === 'guiding' && s.hint === 'READY');
  const [own, ref] = useComposedRef(forwarded);
  const visible = state === 'guiding' || state === 'capturing';
  useMoveFocus(own, visible, true);
  if (!visible) return null;
  return (
    <button
      type="button"
      {...rest}
      ref={ref}
      data-part="capture"
      data-state={ready ? 'ready' : 'waiting'}
      aria-disabled={state === 'capturing' || undefined}
      className={partClass('capture', className)}
      onClick={composeHandlers(onClick, () => engine.capture())}
    >
      {children ?? text.t('ui.capture')}
    </button>
  );
});
