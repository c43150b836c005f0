import { t } from './demo-text.js';
import { PageHeading } from './page-heading.js';

/** The first page of the onboarding: what the check is and why, then one button. */
export function WelcomePage({ onStart }: { onStart: () => void }) {
  return (
    <div className="page welcome" data-page="welcome">
      <PageHeading>{t('welcome.title')}</PageHeading>
      <p className="lead">{t('welcome.body')}</p>
      <section aria-labelledby="welcome-steps" className="card">
        <h2 id="welcome-steps">{t('welcome.steps')}</h2>
        <ol className="steps">
          <li>{t('welcome.step1')}</li>
          <li>{t('welcome.step2')}</li>
          <li>{t('welcome.step3')}</li>
        </ol>
      </section>
      <button type="button" className="button primary" data-action="begin" onClick={onStart}>
        {t('welcome.start')}
      </button>
    </div>
  );
}
