import type { Translate } from '../i18n/text-table.js';
import type { CaptureState } from '../store/capture-state.js';
import type { CaptureSnapshot } from '../store/create-capture-store.js';
import { h } from './dom.js';
import { progressText, type PartContext, type PartView } from './view-parts.js';

const ALWAYS_STATES: readonly CaptureState[] = ['idle', 'guiding', 'camera-error'];

/**
 * The photo-from-disk input (`data-part="upload"`) with its label: where the camera cannot be used
 * (`fallback`), or also before and during guidance (`always`). Kept, not rebuilt, while the chosen
 * photo is checked, so focus stays on it; `update` sets its description for the state.
 */
export function uploadPart(
  s: CaptureSnapshot,
  c: PartContext,
): PartView & { update(node: Node | null): void } {
  const checkingPhoto = s.state === 'capturing' && s.source === 'photo';
  // Not while the face-match flow asks for its reference photo: a selfie is not taken yet.
  const offered =
    c.photoUpload !== 'never' &&
    s.step !== 'reference' &&
    (checkingPhoto ||
      (c.photoUpload === 'always' ? ALWAYS_STATES.includes(s.state) : s.state === 'camera-error'));
  const about = `${s.state === 'camera-error' ? `${c.t('ui.upload.alternative')} ` : ''}${c.t('ui.upload.description')}`;
  return {
    key: offered ? 'upload' : null,
    build: () => {
      const input = h('input', {
        id: 'lk-upload',
        type: 'file',
        accept: 'image/jpeg,image/png,image/webp',
        'data-part': 'upload',
        'aria-describedby': 'lk-upload-about',
      });
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        // Cleared, so choosing the same file again is a change too.
        input.value = '';
        if (file) c.engine.choosePhoto(file);
      });
      return h(
        'div',
        { class: 'lk-upload', part: 'upload-field' },
        h('p', { id: 'lk-upload-about' }),
        input,
        h('label', { for: 'lk-upload' }, c.t('ui.upload')),
      );
    },
    update(node) {
      const p = node instanceof HTMLElement ? node.querySelector('p') : null;
      if (p && p.textContent !== about) p.textContent = about;
    },
  };
}

/**
 * The polite live region's text: the hint once it has held (the engine's `announce`), why a
 * capture was refused, and the slow steps. Results and errors are not repeated: focus moves to them.
 */
export function announcement(s: CaptureSnapshot, t: Translate): string {
  if (s.state === 'guiding') {
    if (s.refused?.source === 'camera' && s.refused.hint === s.hint) {
      return t('ui.refused', { hint: t(`hint.${s.refused.hint}`) });
    }
    return s.announcedHint ? t(`hint.${s.announcedHint}`) : '';
  }
  if (s.state === 'starting-camera' || s.state === 'loading-model' || s.state === 'uploading') {
    return progressText(s, t);
  }
  return '';
}
