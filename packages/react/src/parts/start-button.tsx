import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { PartProps } from './part-props.js';

/** Asks for the camera (`idle` only): `data-part="start"`. */
export function StartButton({ className, children }: PartProps) {
  const { partClass, text, engine } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  if (state !== 'idle') return null;
  return (
    <button type="button" data-part="start" className={partClass('start', className)} onClick={engine.start}>
      {children ?? text.t('ui.start')}
    </button>
  );
}
