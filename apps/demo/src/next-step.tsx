import type { LivenessInterpretation, VerificationResult } from '@liveness-kit/core';
import { t } from './demo-text.js';

export interface NextStepProps {
  interpretation: LivenessInterpretation;
  /** The combined outcome of liveness and face match, when the ID photo was compared. */
  verification: VerificationResult | null;
  onContinue: () => void;
  onRestart: () => void;
}

/**
 * What the user does after the result: go on (Approved, In Review; with an ID photo, only once
 * verified) or what now (Declined, or the faces do not match).
 */
export function NextStep({ interpretation, verification, onContinue, onRestart }: NextStepProps) {
  const { status, canRetake } = interpretation;
  const approved = verification ? verification.verified : interpretation.approved;
  const goesOn = approved || (!verification && status === 'In Review');
  let message: string;
  if (approved) message = t('next.approved');
  else if (verification && verification.failedStep === 'face-match') {
    message = verification.retake ? t('next.redo') : t('next.declined');
  } else if (status === 'In Review') message = t('next.review');
  else if (canRetake) message = t('next.retake');
  else message = t('next.declined');
  return (
    <section
      aria-labelledby="next-step-title"
      className="card next-step"
      data-next-step={status}
      data-outcome={verification?.outcome}
    >
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
