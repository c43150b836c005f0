import type { LivenessInterpretation } from '@liveness-kit/core';
import { t } from './demo-text.js';

export interface NextStepProps {
  interpretation: LivenessInterpretation;
  onContinue: () => void;
  onRestart: () => void;
}

/** What the user does after the result: go on (Approved, In Review) or what now (Declined). */
export function NextStep({ interpretation, onContinue, onRestart }: NextStepProps) {
  const { status, approved, canRetake } = interpretation;
  const goesOn = approved || status === 'In Review';
  let message: string;
  if (approved) message = t('next.approved');
  else if (status === 'In Review') message = t('next.review');
  else if (canRetake) message = t('next.retake');
  else message = t('next.declined');
  return (
    <section aria-labelledby="next-step-title" className="card next-step" data-next-step={status}>
      <h2 id="next-step-title">{t('next.title')}</h2>
      <p>{message}</p>
      <div className="button-row">
        {goesOn ? (
          <button type="button" className="button primary" data-action="continue" onClick={onContinue}>
            {t('next.continue')}
          </button>
        ) : (
          <button type="button" className="button" data-action="restart" onClick={onRestart}>
            {t('next.restart')}
          </button>
        )}
      </div>
    </section>
  );
}
