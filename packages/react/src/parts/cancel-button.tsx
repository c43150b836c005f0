import { forwardRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import { composeHandlers } from './compose-handlers.js';
import type { ButtonPartProps } from './part-props.js';
import { useComposedRef } from './use-composed-ref.js';
import { useMoveFocus } from './use-move-focus.js';

export type CancelButtonProps = ButtonPartProps;

/** Stops sending the photo (`data-part="cancel"`), while uploading. Other props and the ref go to the `<button>`. */
export const CancelButton = forwardRef<HTMLButtonElement, CancelButtonProps>(function CancelButton(
  { className, children, onClick, ...rest },
  forwarded,
) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const [own, ref] = useComposedRef(forwarded);
  useMoveFocus(own, state === 'uploading', true);
  if (state !== 'uploading') return null;
  return (
    <button
      type="button"
      {...rest}
      ref={ref}
      data-part="cancel"
      className={partClass('cancel', className)}
      onClick={composeHandlers(onClick, () => engine.cancel())}
    >
      {children ?? text.t('ui.cancel')}
    </button>
  );
});
