import type { FocusTarget, LivenessCaptureEngine } from '../engine/engine-types.js';
import type { LocaleText } from '../i18n/create-translator.js';
import type { PhotoUploadMode } from '../options/capture-options.js';
import type { CaptureSnapshot } from '../store/create-capture-store.js';
import { faceMatchFlowOn } from '../upload/send-face-match.js';
import { createSlot, h, setAttributes, type Slot } from './dom.js';
import { createPreviewUrl } from './preview-url.js';
import { referencePart } from './reference-part.js';
import { createStagePart } from './stage-part.js';
import { stepPart } from './step-part.js';
import { announcement, uploadPart } from './upload-and-announcer.js';
import { verificationPart } from './verification-part.js';
import * as parts from './view-parts.js';

/** What the view reads from the element besides the engine's state. */
export interface ViewSettings {
  text: LocaleText;
  photoUpload: PhotoUploadMode;
  mirrored: boolean;
  theme: string | null;
}

export interface CaptureView {
  /** Where `attachCamera` opens the stream. */
  readonly video: HTMLVideoElement;
  /** Renders the current state (called on every engine change and when a setting changes). */
  render(): void;
  /** The engine asked to move focus to a result or an error (only if focus was lost). */
  focus(target: FocusTarget): void;
  destroy(): void;
}

/**
 * The element's own view, plain DOM: the same parts, `data-part`s, `lk-*` classes and states as the
 * React view. Each part is rebuilt only when what it shows changes, so focus and the video stay.
 */
export function createCaptureView(
  host: HTMLElement,
  container: ShadowRoot,
  engine: LivenessCaptureEngine,
  settings: () => ViewSettings,
): CaptureView {
  const root = h('section', { 'data-part': 'root', class: 'lk-root' });
  const slot = () => createSlot(root);
  const step = slot();
  const reference = slot();
  const intro = slot();
  const stage = createStagePart();
  root.append(stage.element);
  const progress = slot();
  const hint = slot();
  const actions = h('div', { class: 'lk-actions', part: 'actions' });
  root.append(actions);
  const capture = createSlot(actions);
  const cancel = createSlot(actions);
  const select = createSlot(actions);
  const result = slot();
  const error = slot();
  let errorSelect: Slot | null = null;
  const photoNotice = slot();
  const upload = slot();
  const announcer = h('div', {
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    'data-part': 'announcer',
    class: 'lk-visually-hidden',
  });
  root.append(announcer);
  container.append(root);

  let hadFocus = false;
  root.addEventListener('focusin', () => (hadFocus = true));
  let lastText: LocaleText | null = null;
  let version = 0;
  let ticker: ReturnType<typeof setInterval> | null = null;
  /** The reference photo's preview: one object URL per image, revoked when it changes or the view goes. */
  const preview = createPreviewUrl();

  /** Focus left with the control that had it (it went away with the previous state). */
  const focusLost = () => {
    const active = host.ownerDocument.activeElement;
    if (!active || active === host.ownerDocument.body) return true;
    return active === host && !container.activeElement;
  };
  const focusIn = (node: Node | null | undefined, selector?: string) => {
    const element = selector && node instanceof HTMLElement ? node.querySelector(selector) : node;
    if (element instanceof HTMLElement && focusLost()) element.focus();
  };

  const tick = (s: CaptureSnapshot) => {
    const waiting = s.state === 'uploading' && s.upload?.retryAt != null && s.upload.retryAt > Date.now();
    if (waiting && !ticker) ticker = setInterval(render, 1000);
    if (!waiting && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
  };

  function render() {
    const s = engine.getState();
    const view = settings();
    const { t, lang, dir } = view.text;
    if (view.text !== lastText) {
      lastText = view.text;
      version++;
    }
    const c: parts.PartContext = { engine, t, photoUpload: view.photoUpload };
    const show = (target: Slot, part: parts.PartView) =>
      target.set(part.key === null ? null : `${version}|${part.key}`, part.build);
    setAttributes(root, {
      'data-state': s.state,
      'data-step': s.step,
      'data-face-match': s.faceMatch?.status,
      'data-outcome': s.verification?.outcome,
      'data-theme': view.theme ?? undefined,
      lang,
      dir,
      'aria-label': t('ui.title'),
    });
    show(step, stepPart(s, { ...c, flowOn: faceMatchFlowOn(engine.getOptions()) }));
    const url = preview.for(s.reference?.status === 'ready' ? s.reference.image : null);
    const referenceView = referencePart(s, c, url);
    show(reference, referenceView);
    referenceView.update(reference.node);
    show(intro, parts.introPart(s, c));
    stage.update({ ...s, mirrored: view.mirrored, videoLabel: t('ui.video.label') });
    show(progress, parts.progressPart(s, c, Date.now()));
    show(hint, parts.hintPart(s, c));
    show(capture, parts.capturePart(s, c));
    show(cancel, parts.cancelPart(s, c));
    show(result, s.verification ? verificationPart(s, c) : parts.resultPart(s, c));
    const errorNode = error.node;
    show(error, parts.errorPart(s, c));
    if (error.node !== errorNode) errorSelect = error.node ? createSlot(error.node) : null;
    const cameraSelect = parts.cameraSelectPart(s, c);
    const inError = s.state === 'camera-error';
    show(select, inError ? { key: null, build: cameraSelect.build } : cameraSelect);
    if (errorSelect) show(errorSelect, inError ? cameraSelect : { key: null, build: cameraSelect.build });
    show(photoNotice, parts.photoNoticePart(s, c));
    const photo = uploadPart(s, c);
    show(upload, photo);
    photo.update(upload.node);
    const message = announcement(s, t);
    if (announcer.textContent !== message) announcer.textContent = message;
    tick(s);
    // A control that appears in place of the one pressed takes focus (not on page load): after a
    // usable reference photo the selfie's Start; after "Use another ID photo" the reference step's title.
    if (hadFocus) {
      const next = (slot: Slot, selector: string) =>
        slot.node instanceof HTMLElement ? slot.node.querySelector(selector) : null;
      focusIn(
        capture.node ??
          cancel.node ??
          next(reference, '[data-part="reference"] > h2') ??
          next(intro, '[data-part="start"]'),
      );
    }
  }

  return {
    video: stage.video,
    render,
    focus(target) {
      if (target === 'result') focusIn(result.node, 'h2');
      else if (target === 'error') focusIn(error.node, 'h2');
      else focusIn(upload.node, 'input');
    },
    destroy() {
      if (ticker) clearInterval(ticker);
      ticker = null;
      preview.revoke();
      root.remove();
    },
  };
}
