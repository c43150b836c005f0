import { forwardRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';
import type { DivPartProps } from './part-props.js';

export type IntroProps = DivPartProps;

/**
 * The explanation shown before the camera is asked for (`idle`): why, and what will happen
 * (`data-part="intro"`); in the face-match flow once the ID photo is ready (the `ReferencePhoto`
 * part comes first). Other props and the ref go to its `<div>`.
 */
export const Intro = forwardRef<HTMLDivElement, IntroProps>(function Intro(
  { className, children, ...rest },
  ref,
) {
  const { partClass, text } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const referenceStep = useLivenessCapture((s) => s.step === 'reference');
  if (state !== 'idle' || referenceStep) return null;
  return (
    <div {...rest} ref={ref} data-part="intro" className={partClass('intro', className)}>
      <h2>{text.t('ui.intro.title')}</h2>
      <p>{text.t('ui.intro.body')}</p>
      {children}
    </div>
  );
});
