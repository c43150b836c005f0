import type { CaptureSnapshot } from '../store/create-capture-store.js';
import { h } from './dom.js';
import { button, promptItems, type PartContext, type PartView } from './view-parts.js';

const hidden: PartView = { key: null, build: () => document.createElement('div') };

/**
 * The result of the face-match flow: the combined outcome's title and body (core's
 * `outcome.<outcome>.*`), the prompts of the step that failed, and the retakes it asks for — a new
 * selfie, another ID photo, or either. `data-status` is the liveness status, `data-outcome` and
 * `data-face-match` (absent when no face match was sent) the flow's.
 */
export function verificationPart(s: CaptureSnapshot, c: PartContext): PartView {
  const verification = s.verification;
  if (s.state !== 'result' || !verification) return hidden;
  return {
    key: `verification|${verification.outcome}|${verification.retake}`,
    build: () => {
      const { t } = c;
      const { retake, prompts, liveness } = verification;
      let note: string | null = null;
      if (verification.verified) note = t('ui.result.approved');
      else if (retake === null)
        note = liveness.status === 'In Review' ? t('ui.result.review') : t('ui.result.final');
      const selfie = retake === 'selfie' || retake === 'selfie-or-reference';
      const reference = retake === 'reference' || retake === 'selfie-or-reference';
      const list = promptItems(prompts, t);
      return h(
        'div',
        {
          'data-part': 'result',
          'data-status': liveness.status,
          'data-outcome': verification.outcome,
          'data-face-match': verification.faceMatch?.status,
          role: 'group',
          'aria-labelledby': 'lk-result-title',
          class: 'lk-result',
        },
        h('h2', { id: 'lk-result-title', tabindex: '-1' }, t(verification.titleKey)),
        h('p', {}, t(verification.bodyKey)),
        prompts.length > 0 && retake !== null && h('p', {}, t('ui.result.prompts')),
        prompts.length > 0 && h('ul', {}, ...list),
        note !== null && h('p', {}, note),
        (selfie || reference) &&
          h(
            'div',
            { 'data-part': 'result-actions', class: 'lk-actions' },
            selfie && button('retake', t('ui.retakeSelfie'), () => c.engine.retake()),
            reference &&
              button('retake-reference', t('ui.retakeReference'), () => c.engine.retakeReference()),
          ),
      );
    },
  };
}
