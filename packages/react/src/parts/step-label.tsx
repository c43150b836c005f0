import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useCaptureContext } from '../context/capture-context.js';
import { useLivenessCapture } from '../context/use-liveness-capture.js';

export type StepLabelProps = Omit<ComponentPropsWithoutRef<'p'>, 'children'>;

/**
 * "Step 1 of 2: ID photo" / "Step 2 of 2: Your selfie" in the face-match flow
 * (`data-part="step"`, `data-step`); nothing without it. Other props and the ref go to its `<p>`.
 */
export const StepLabel = forwardRef<HTMLParagraphElement, StepLabelProps>(function StepLabel(
  { className, ...rest },
  ref,
) {
  const { partClass, text } = useCaptureContext();
  const step = useLivenessCapture((s) => s.step);
  const inFlow = useLivenessCapture((s) => s.step !== 'liveness' || s.reference !== null);
  if (!inFlow) return null;
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
