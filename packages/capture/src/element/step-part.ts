import type { CaptureSnapshot } from '../store/create-capture-store.js';
import { h } from './dom.js';
import type { PartContext, PartView } from './view-parts.js';

const hidden: PartView = { key: null, build: () => document.createElement('p') };

/**
 * Where the face-match flow is: "Step 1 of 2: ID photo", then "Step 2 of 2: Your selfie" (the
 * face match belongs to the selfie's step). Only with the flow on, and not over its result.
 */
export function stepPart(s: CaptureSnapshot, c: PartContext & { flowOn: boolean }): PartView {
  if (!c.flowOn || s.state === 'result') return hidden;
  const first = s.step === 'reference';
  const text = c.t('ui.step', {
    step: first ? 1 : 2,
    steps: 2,
    name: c.t(first ? 'ui.step.reference' : 'ui.step.selfie'),
  });
  return {
    key: `${s.step}|${text}`,
    build: () => h('p', { 'data-part': 'step', 'data-step': s.step, class: 'lk-step' }, text),
  };
}
