import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { PartProps } from './part-props.js';

/** The explanation shown before the camera is asked for (`idle`): why, and what will happen. */
export function Intro({ className, children }: PartProps) {
  const { partClass, text } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  if (state !== 'idle') return null;
  return (
    <div data-part="intro" className={partClass('intro', className)}>
      <h2>{text.t('ui.intro.title')}</h2>
      <p>{text.t('ui.intro.body')}</p>
      {children}
    </div>
  );
}
