import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';

export type StepLabelProps = Omit<ComponentPropsWithoutRef<'p'>, 'children'>;

/**
 * Where the face-match flow is (`data-part="step"`, `data-step`): "Step 1 of 2: ID photo", then
 * "Step 2 of 2: Your selfie" (the face match belongs to the selfie's step). Nothing without the
 * flow, nor over its result (the outcome is the whole flow's). Other props and the ref go to its `<p>`.
 */
export const StepLabel = forwardRef<HTMLParagraphElement, StepLabelProps>(function StepLabel(
  { className, ...rest },
  ref,
) {
  const { partClass, text } = useCaptureContext();
  const step = useLivenessCapture((s) => s.step);
  const state = useLivenessCapture((s) => s.state);
  // The flow is on: step `liveness` of the flow always has a usable reference.
  const inFlow = useLivenessCapture((s) => s.step !== 'liveness' || s.reference !== null);
  if (!inFlow || state === 'result') return null;
  const first = step === 'reference';
  return (
    <p {...rest} ref={ref} data-part="step" data-step={step} className={partClass('step', className)}>
      {text.t('ui.step', {
        step: first ? 1 : 2,
        steps: 2,
        name: text.t(first ? 'ui.step.reference' : 'ui.step.selfie'),
      })}
    </p>
  );
});
