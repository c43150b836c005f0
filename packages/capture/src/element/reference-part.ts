import type { ReferencePhoto } from '../store/capture-state.js';
import type { CaptureSnapshot } from '../store/create-capture-store.js';
import { h, setAttributes } from './dom.js';
import { button, type PartContext, type PartView } from './view-parts.js';

/** The reference part of the face-match flow, with what changes in place (`update`). */
export type ReferencePartView = PartView & { update(node: Node | null): void };

const hidden: ReferencePartView = { key: null, build: () => document.createElement('div'), update() {} };

const fileInput = (
  id: string,
  label: string,
  onFile: (file: Blob) => void,
  extra: Record<string, string>,
) => {
  const input = h('input', {
    id,
    type: 'file',
    accept: 'image/*',
    'aria-describedby': 'lk-reference-body',
    ...extra,
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again is a change too.
    input.value = '';
    if (file) onFile(file);
  });
  return h('div', { class: 'lk-upload' }, input, h('label', { for: id }, label));
};

/** Sets the status, the checking text and the problem of the chooser built by {@link chooser}. */
function updateChooser(node: Node | null, reference: ReferencePhoto | null, c: PartContext) {
  if (!(node instanceof HTMLElement)) return;
  setAttributes(node, { 'data-status': reference?.status ?? 'empty' });
  const status = node.querySelector('[data-part="reference-status"]');
  const checking = reference?.status === 'checking' ? c.t('ui.reference.checking') : '';
  if (status && status.textContent !== checking) status.textContent = checking;
  const problem = reference?.status === 'unusable' ? reference.problem : null;
  const shown = node.querySelector<HTMLElement>('[data-part="reference-problem"]');
  if (shown?.dataset.problem === (problem ?? undefined)) return;
  shown?.remove();
  const described = problem ? 'lk-reference-problem lk-reference-body' : 'lk-reference-body';
  node.querySelectorAll('input').forEach((input) => input.setAttribute('aria-describedby', described));
  if (!problem) return;
  // Inserted with its text, so screen readers say it at once; the inputs stay for another photo.
  const alert = h(
    'p',
    {
      id: 'lk-reference-problem',
      role: 'alert',
      'data-part': 'reference-problem',
      'data-problem': problem,
      class: 'lk-photo-notice',
    },
    c.t(`ui.reference.problem.${problem}`),
  );
  node.querySelector('[data-part="reference-inputs"]')?.before(alert);
}

/** Step `reference`: what photo is wanted, and a file input and a camera input for it. */
function chooser(s: CaptureSnapshot, c: PartContext): ReferencePartView {
  const choose = (file: Blob) => c.engine.chooseReference(file);
  return {
    key: 'choose',
    build: () => {
      const node = h(
        'div',
        {
          'data-part': 'reference',
          role: 'group',
          'aria-labelledby': 'lk-reference-title',
          class: 'lk-reference',
        },
        h('h2', { id: 'lk-reference-title', tabindex: '-1' }, c.t('ui.reference.title')),
        h('p', { id: 'lk-reference-body', class: 'lk-reference-body' }, c.t('ui.reference.body')),
        h('p', {
          role: 'status',
          'aria-live': 'polite',
          'data-part': 'reference-status',
          class: 'lk-reference-status',
        }),
        h(
          'div',
          { 'data-part': 'reference-inputs', class: 'lk-actions' },
          fileInput('lk-reference-choose', c.t('ui.reference.choose'), choose, {
            'data-part': 'reference-choose',
          }),
          fileInput('lk-reference-photograph', c.t('ui.reference.photograph'), choose, {
            'data-part': 'reference-photograph',
            capture: 'environment',
          }),
        ),
      );
      updateChooser(node, s.reference, c);
      return node;
    },
    update: (node) => updateChooser(node, c.engine.getState().reference, c),
  };
}

/** Before the selfie: the usable reference's preview, the faces note and a way to change it. */
function ready(reference: ReferencePhoto, c: PartContext, url: string | null): ReferencePartView {
  const several = reference.faceCount > 1;
  return {
    key: `ready|${url}|${reference.faceCount}`,
    build: () =>
      h(
        'div',
        {
          'data-part': 'reference',
          'data-status': 'ready',
          role: 'group',
          'aria-label': c.t('ui.reference.preview'),
          class: 'lk-reference lk-reference-ready',
        },
        url !== null &&
          h('img', {
            src: url,
            alt: c.t('ui.reference.preview'),
            'data-part': 'reference-preview',
            class: 'lk-reference-preview',
          }),
        h('p', { class: 'lk-reference-body' }, c.t('ui.reference.ready')),
        several &&
          h(
            'p',
            { 'data-part': 'reference-note', class: 'lk-reference-note' },
            c.t('ui.reference.usedLargest', { count: reference.faceCount }),
          ),
        button('retake-reference', c.t('ui.retakeReference'), () => c.engine.retakeReference()),
      ),
    update() {},
  };
}

/**
 * The reference photo (ID portrait) of the face-match flow (`data-part="reference"`, `data-status`
 * `empty`, `checking`, `unusable` or `ready`, as in the React view). In step `reference` (idle) it replaces
 * the selfie intro: a file input (`accept="image/*"`) and a camera one (`capture="environment"`),
 * the checking text in a polite live region, and an unusable photo's problem (`role="alert"`) with
 * the inputs still there. Before the selfie (step `liveness`, idle) the usable one is shown from
 * `previewUrl`, with a button to choose another. Kept, not rebuilt, while a photo is checked, so
 * focus stays on the input.
 */
export function referencePart(
  s: CaptureSnapshot,
  c: PartContext,
  previewUrl: string | null,
): ReferencePartView {
  if (s.state !== 'idle') return hidden;
  if (s.step === 'reference') return chooser(s, c);
  if (s.step === 'liveness' && s.reference?.status === 'ready') return ready(s.reference, c, previewUrl);
  return hidden;
}
