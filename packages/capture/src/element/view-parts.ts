import type { LivenessPrompt } from '@liveness-kit/core';
import type { LivenessCaptureEngine } from '../engine/engine-types.js';
import type { Translate } from '../i18n/text-table.js';
import type { PhotoUploadMode } from '../options/capture-options.js';
import type { CaptureState } from '../store/capture-state.js';
import type { CaptureSnapshot } from '../store/create-capture-store.js';
import { describeError } from '../view/describe-error.js';
import { h } from './dom.js';

/** What every part reads besides the snapshot. */
export interface PartContext {
  engine: LivenessCaptureEngine;
  t: Translate;
  photoUpload: PhotoUploadMode;
}

/** One part for a snapshot: `key` says when it must be rebuilt (`null`: not shown). */
export interface PartView {
  key: string | null;
  build(): HTMLElement;
}

const hidden: PartView = { key: null, build: () => document.createElement('div') };
/** A button of the view: `data-part` and class `lk-<part>`. */
export const button = (
  part: string,
  label: string,
  onClick: () => void,
  extra: Record<string, string> = {},
) => {
  const element = h('button', { type: 'button', 'data-part': part, class: `lk-${part}`, ...extra }, label);
  element.addEventListener('click', onClick);
  return element;
};

/** The selfie's explanation with Start (in the face-match flow's step `reference`, the reference part instead). */
export function introPart(s: CaptureSnapshot, c: PartContext): PartView {
  if (s.state !== 'idle' || s.step === 'reference') return hidden;
  return {
    key: 'intro',
    build: () =>
      h(
        'div',
        { 'data-part': 'intro', class: 'lk-intro' },
        h('h2', {}, c.t('ui.intro.title')),
        h('p', {}, c.t('ui.intro.body')),
        button('start', c.t('ui.start'), () => c.engine.start()),
      ),
  };
}

const SLOW_STATES: ReadonlySet<CaptureState> = new Set([
  'starting-camera',
  'loading-model',
  'capturing',
  'uploading',
]);

/** The text of a slow state: sending the selfie, or in the flow's step `face-match` comparing it. */
export function progressText(s: CaptureSnapshot, t: Translate): string {
  if (s.state === 'uploading' && s.step === 'face-match') return t('ui.progress.face-match');
  return t(`ui.progress.${s.state as 'uploading'}`);
}

/** The slow step's message; `now` for the seconds left before a retry. */
export function progressPart(s: CaptureSnapshot, c: PartContext, now: number): PartView {
  if (!SLOW_STATES.has(s.state)) return hidden;
  let message = progressText(s, c.t);
  const upload = s.state === 'uploading' ? s.upload : null;
  const seconds = upload?.retryAt ? Math.max(0, Math.ceil((upload.retryAt - now) / 1000)) : 0;
  if (upload && seconds > 0) message = c.t('ui.progress.waiting', { seconds });
  else if (upload && upload.attempt > 1) {
    message = c.t('ui.progress.retrying', { attempt: upload.attempt, attempts: upload.attempts });
  }
  return {
    key: `${s.state}|${message}`,
    build: () =>
      h(
        'div',
        { 'data-part': 'progress', 'data-state': s.state, class: 'lk-progress' },
        h('progress', { 'aria-labelledby': 'lk-progress-label' }),
        h('span', { id: 'lk-progress-label' }, message),
      ),
  };
}

export function hintPart(s: CaptureSnapshot, c: PartContext): PartView {
  if ((s.state !== 'guiding' && s.state !== 'capturing') || s.hint === null) return hidden;
  const message = c.t(`hint.${s.hint}`);
  const refused = s.state === 'guiding' && s.refused?.source === 'camera' && s.refused.hint === s.hint;
  const text = refused ? c.t('ui.refused', { hint: message }) : message;
  return {
    key: `${s.hint}|${text}`,
    build: () =>
      h('p', { 'data-part': 'hint', 'data-hint': s.hint!, 'data-source': 'camera', class: 'lk-hint' }, text),
  };
}

export function capturePart(s: CaptureSnapshot, c: PartContext): PartView {
  if (s.state !== 'guiding' && s.state !== 'capturing') return hidden;
  const busy = s.state === 'capturing';
  return {
    key: `capture|${busy}`,
    build: () =>
      button('capture', c.t('ui.capture'), () => c.engine.capture(), busy ? { 'aria-disabled': 'true' } : {}),
  };
}

export function cancelPart(s: CaptureSnapshot, c: PartContext): PartView {
  if (s.state !== 'uploading') return hidden;
  return { key: 'cancel', build: () => button('cancel', c.t('ui.cancel'), () => c.engine.cancel()) };
}

/** The camera choice, when there are several, while guiding and after a camera error. */
export function cameraSelectPart(s: CaptureSnapshot, c: PartContext): PartView {
  const offered = s.state === 'guiding' || s.state === 'loading-model' || s.state === 'camera-error';
  if (!offered || s.devices.length < 2) return hidden;
  const selected = s.activeDeviceId ?? s.deviceId ?? s.devices[0]?.deviceId ?? '';
  const names = s.devices.map((d, i) => d.label || c.t('ui.camera.unnamed', { number: i + 1 }));
  return {
    key: `${selected}|${s.devices.map((d, i) => `${d.deviceId}=${names[i]}`).join(',')}`,
    build: () => {
      const select = h('select', { id: 'lk-camera-select', 'data-part': 'camera-select' });
      s.devices.forEach((d, i) => select.append(h('option', { value: d.deviceId }, names[i]!)));
      select.value = selected;
      select.addEventListener('change', () => {
        const errored = c.engine.getState().state === 'camera-error';
        c.engine.selectCamera(select.value);
        if (errored) c.engine.start();
      });
      return h(
        'div',
        { class: 'lk-camera-select' },
        h('label', { for: 'lk-camera-select' }, c.t('ui.camera.label')),
        select,
      );
    },
  };
}

/** One `data-part="warning"` list item per prompt: its title and what to do (liveness or face match). */
export function promptItems(prompts: readonly LivenessPrompt[], t: Translate): HTMLElement[] {
  return prompts.map((p) =>
    h(
      'li',
      { 'data-part': 'warning', 'data-warning': p.tag, 'data-kind': p.kind, class: 'lk-warning' },
      h('strong', {}, t(p.titleKey)),
      ' ',
      h('span', {}, t(p.textKey)),
    ),
  );
}

export function resultPart(s: CaptureSnapshot, c: PartContext): PartView {
  const result = s.result;
  if (s.state !== 'result' || !result) return hidden;
  return {
    key: 'result',
    build: () => {
      const { t } = c;
      const prompts = result.approved ? [] : result.prompts;
      let note: string | null = null;
      if (result.approved) note = t('ui.result.approved');
      else if (result.status === 'In Review') note = t('ui.result.review');
      else if (!result.canRetake) note = t('ui.result.final');
      const list = promptItems(prompts, t);
      return h(
        'div',
        {
          'data-part': 'result',
          'data-status': result.status,
          role: 'group',
          'aria-labelledby': 'lk-result-title',
          class: 'lk-result',
        },
        h('h2', { id: 'lk-result-title', tabindex: '-1' }, t(result.statusTextKey)),
        prompts.length > 0 && result.canRetake && h('p', {}, t('ui.result.prompts')),
        prompts.length > 0 && h('ul', {}, ...list),
        note !== null && h('p', {}, note),
        result.canRetake && button('retake', t('ui.retake'), () => c.engine.retake()),
      );
    },
  };
}

/**
 * The error of an error state with its ways out: retry, retake (the view adds the camera choice);
 * a failed face match (step `face-match`) offers another ID photo instead of a new selfie.
 */
export function errorPart(s: CaptureSnapshot, c: PartContext): PartView {
  const error = s.error;
  const shown = s.state === 'camera-error' || s.state === 'model-error' || s.state === 'upload-error';
  if (!shown || !error) return hidden;
  let retry: string | null = null;
  if (s.state === 'camera-error' && error.code !== 'INSECURE_CONTEXT') retry = c.t('ui.retryCamera');
  else if (s.state === 'model-error' || (s.state === 'upload-error' && error.retryable))
    retry = c.t('ui.retry');
  const faceMatch = s.state === 'upload-error' && s.step === 'face-match';
  return {
    key: `${s.state}|${s.step}|${error.code}|${error.reason}|${error.message}|${retry}`,
    build: () => {
      const { message, action } = describeError(error, c.t);
      return h(
        'div',
        {
          'data-part': 'error',
          'data-error': error.code,
          'data-reason': error.reason,
          role: 'group',
          'aria-labelledby': 'lk-error-title',
          class: 'lk-error',
        },
        h('h2', { id: 'lk-error-title', tabindex: '-1' }, message),
        h('p', {}, action),
        h(
          'div',
          { 'data-part': 'error-actions', class: 'lk-actions' },
          retry !== null && button('retry', retry, () => c.engine.retry()),
          s.state === 'upload-error' &&
            !faceMatch &&
            button('retake', c.t('ui.retake'), () => c.engine.retake()),
          faceMatch &&
            button('retake-reference', c.t('ui.retakeReference'), () => c.engine.retakeReference()),
        ),
      );
    },
  };
}

/** Why the chosen photo was not sent: a pre-check that failed, or a file that cannot be used. */
export function photoNoticePart(s: CaptureSnapshot, c: PartContext): PartView {
  if (s.state === 'capturing' || s.state === 'uploading') return hidden;
  if (s.refused?.source === 'photo') {
    const text = c.t('ui.photo.refused', { hint: c.t(`hint.${s.refused.hint}`) });
    const attributes = {
      role: 'alert',
      'data-part': 'hint',
      'data-hint': s.refused.hint,
      'data-source': 'photo',
    };
    return { key: `hint|${text}`, build: () => h('p', { ...attributes, class: 'lk-photo-notice' }, text) };
  }
  const error = s.photoError;
  if (!error) return hidden;
  const { message, action } = describeError(error, c.t);
  return {
    key: `error|${error.code}|${message}`,
    build: () =>
      h(
        'p',
        { role: 'alert', 'data-part': 'photo-notice', 'data-error': error.code, class: 'lk-photo-notice' },
        `${message} ${action}`,
      ),
  };
}
