import type { LivenessInterpretation } from '@liveness-kit/core';
import { t } from './demo-text.js';
import { PageHeading } from './page-heading.js';

/** The end of the onboarding, after an approved (or in-review) check. */
export function DonePage({
  interpretation,
  onRestart,
}: {
  interpretation: LivenessInterpretation;
  onRestart: () => void;
}) {
  return (
    <div className="page done" data-page="done">
      <PageHeading>{t('done.title')}</PageHeading>
      <p className="lead">{interpretation.approved ? t('done.approved') : t('done.review')}</p>
      <button type="button" className="button" data-action="restart" onClick={onRestart}>
        {t('done.restart')}
      </button>
    </div>
  );
}
