// <liveness-capture>'s view of the face-match flow (liveness, then face match against an ID photo)
// in jsdom: the real element and engine with test-utils' fake camera, canvas and image decoder, a
// scripted detector, the real fixture photo as the ID photo, and `submit` functions answering with
// the contract's bodies.
import { LivenessError, type VerificationResult } from '@liveness-kit/core';
import {
  diditApprovedBody,
  diditFaceMatchBody,
  diditFaceMatchLowSimilarityBody,
  diditFaceMatchNoReferenceBody,
  fixtureBytes,
} from '@liveness-kit/test-utils';
import { createScriptedDetector, type ScriptedDetector } from '@liveness-kit/test-utils/dom';
import {
  installFakeCanvas,
  installFakeImageDecoder,
  installFakeMedia,
  sceneFrame,
  SCENES,
} from '@liveness-kit/test-utils/jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAST_ENGINE_OPTIONS } from '../engine/engine-test-harness.js';
import { createTranslator } from '../i18n/create-translator.js';
import type { LivenessTextKey } from '../i18n/text-table.js';
import type { SubmitFaceMatchRequest } from '../upload/submit-types.js';
import { defineLivenessCapture, type LivenessCaptureElement } from './define-liveness-capture.js';

defineLivenessCapture();
const { t } = createTranslator('en');
const WAIT = { timeout: 10_000, interval: 5 };

let detector: ScriptedDetector;
let restore: () => void;
let urls: { created: Blob[]; revoked: string[] };

beforeEach(async () => {
  const restoreCanvas = installFakeCanvas();
  const restoreDecoder = installFakeImageDecoder();
  const installed = installFakeMedia({ frame: await sceneFrame(SCENES.ready) });
  detector = createScriptedDetector([...SCENES.ready.faces]);
  // jsdom has no object URLs: count the ones the view makes and frees.
  urls = { created: [], revoked: [] };
  const created = vi
    .spyOn(URL, 'createObjectURL')
    .mockImplementation((blob) => `blob:lk-${urls.created.push(blob as Blob)}`);
  const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void urls.revoked.push(url));
  restore = () => {
    created.mockRestore();
    revoked.mockRestore();
    installed.restore();
    restoreDecoder();
    restoreCanvas();
    localStorage.clear();
  };
});
afterEach(() => {
  document.body.replaceChildren();
  restore();
});

/** The ID photo: the webcam fixture (the scripted detector finds the scene's face in it). */
const idPhoto = () =>
  new File([new Uint8Array(fixtureBytes(SCENES.ready.fixture))], 'id.jpg', { type: 'image/jpeg' });

type Body = Record<string, unknown> | Error | Promise<Record<string, unknown>>;

/** A connected element in the flow: liveness answers Approved unless told, the face match from `bodies`. */
function mount(
  options: { bodies?: Body[]; liveness?: Record<string, unknown>; props?: Record<string, unknown> } = {},
) {
  const bodies = options.bodies ?? [diditFaceMatchBody()];
  const submit = vi.fn(async () => options.liveness ?? diditApprovedBody());
  const matchSubmit = vi.fn(async (_request: SubmitFaceMatchRequest) => {
    const next = bodies.length > 1 ? bodies.shift()! : bodies[0]!;
    if (next instanceof Error) throw next;
    return next;
  });
  const el = document.createElement('liveness-capture') as LivenessCaptureElement;
  Object.assign(el, {
    ...FAST_ENGINE_OPTIONS,
    detector,
    submit,
    faceMatch: { submit: matchSubmit },
    ...options.props,
  });
  const results: Array<{ verification?: VerificationResult }> = [];
  el.addEventListener('liveness-result', (event) => results.push((event as CustomEvent).detail));
  document.body.append(el);
  const shadow = el.shadowRoot!;
  const root = shadow.querySelector<HTMLElement>('[data-part="root"]')!;
  const part = <E extends HTMLElement = HTMLElement>(name: string) =>
    shadow.querySelector<E>(`[data-part="${name}"]`);
  return { el, shadow, root, part, submit, matchSubmit, results };
}

type Mounted = ReturnType<typeof mount>;

/** Picks `file` in a file input as a user would. */
function pick(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

const waitForRoot = (m: Mounted, name: string, value: string) =>
  vi.waitFor(() => expect(m.root.getAttribute(name)).toBe(value), WAIT);

async function chooseUsableReference(m: Mounted) {
  pick(m.part<HTMLInputElement>('reference-choose')!, idPhoto());
  await waitForRoot(m, 'data-step', 'liveness');
}

/** A usable reference, then Start: the selfie is taken and sent, and the flow reaches `state`. */
async function runFlow(m: Mounted, state = 'result') {
  await chooseUsableReference(m);
  m.part('start')!.click();
  await waitForRoot(m, 'data-state', state);
}

const labelOf = (shadow: ShadowRoot, input: HTMLInputElement) =>
  shadow.querySelector(`label[for="${input.id}"]`)?.textContent;
const buttons = (m: Mounted, within: string) =>
  [...(m.part(within)?.querySelectorAll('button') ?? [])].map((b) => b.getAttribute('data-part'));

describe('<liveness-capture> in the face-match flow', () => {
  it('asks for the ID photo first: the reference part replaces the intro, with two labelled inputs', () => {
    const m = mount({ props: { photoUpload: 'always' } });
    expect(m.root.getAttribute('data-step')).toBe('reference');
    expect(m.root.hasAttribute('data-face-match')).toBe(false);
    expect(m.root.hasAttribute('data-outcome')).toBe(false);
    expect(m.part('step')?.textContent).toBe('Step 1 of 2: ID photo');
    expect(m.part('intro')).toBeNull();
    expect(m.part('start')).toBeNull();
    // The selfie's photo input is not offered either: no selfie is taken before the reference.
    expect(m.part('upload')).toBeNull();

    const reference = m.part('reference')!;
    expect(reference.getAttribute('role')).toBe('group');
    expect(reference.getAttribute('data-status')).toBe('empty');
    expect(reference.querySelector('h2')?.textContent).toBe(t('ui.reference.title'));
    expect(reference.textContent).toContain(t('ui.reference.body'));
    const choose = m.part<HTMLInputElement>('reference-choose')!;
    const photograph = m.part<HTMLInputElement>('reference-photograph')!;
    expect(choose).toMatchObject({ type: 'file', accept: 'image/*' });
    expect(choose.hasAttribute('capture')).toBe(false);
    expect(photograph).toMatchObject({ type: 'file', accept: 'image/*' });
    expect(photograph.getAttribute('capture')).toBe('environment');
    expect(labelOf(m.shadow, choose)).toBe('Choose a photo of your ID');
    expect(labelOf(m.shadow, photograph)).toBe('Take a photo of your ID');
    const status = m.part('reference-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
  });

  it('a photo without a face: checking (polite), then the problem as an alert with the same inputs; another one is usable', async () => {
    const m = mount();
    const choose = m.part<HTMLInputElement>('reference-choose')!;
    detector.faces = [];
    pick(choose, idPhoto());
    expect(m.part('reference')!.getAttribute('data-status')).toBe('checking');
    expect(m.part('reference-status')!.textContent).toBe(t('ui.reference.checking'));

    await vi.waitFor(() => expect(m.part('reference')!.getAttribute('data-status')).toBe('unusable'), WAIT);
    const problem = m.part('reference-problem')!;
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.getAttribute('data-problem')).toBe('NO_FACE');
    expect(problem.textContent).toBe(t('ui.reference.problem.NO_FACE'));
    expect(m.part('reference-status')!.textContent).toBe('');
    // The inputs stay (the same nodes: focus is not lost) and point at the problem.
    expect(m.part('reference-choose')).toBe(choose);
    expect(choose.getAttribute('aria-describedby')).toContain('lk-reference-problem');
    expect(m.root.getAttribute('data-step')).toBe('reference');

    detector.faces = [...SCENES.ready.faces];
    pick(m.part<HTMLInputElement>('reference-photograph')!, idPhoto());
    expect(m.part('reference-problem')).toBeNull();
    await waitForRoot(m, 'data-step', 'liveness');
    expect(m.submit).not.toHaveBeenCalled();
  });

  it('a usable photo: the selfie step with its preview (object URL of reference.image), and a way to change it', async () => {
    const m = mount();
    m.part('reference-choose')!.focus();
    await chooseUsableReference(m);
    const reference = m.el.capture!.getState().reference!;
    expect(m.part('step')?.textContent).toBe('Step 2 of 2: Your selfie');
    expect(m.part('reference')!.getAttribute('data-status')).toBe('ready');
    expect(m.part('reference')!.textContent).toContain(t('ui.reference.ready'));
    const preview = m.part<HTMLImageElement>('reference-preview')!;
    expect(urls.created).toEqual([reference.image]);
    expect(preview.getAttribute('src')).toBe('blob:lk-1');
    expect(preview.alt).toBe('Your ID photo');
    expect(m.part('reference-note')).toBeNull();
    // The selfie intro follows; focus went from the vanished input to Start.
    expect(m.part('intro')).not.toBeNull();
    expect(m.shadow.activeElement).toBe(m.part('start'));

    m.part('retake-reference')!.click();
    expect(m.root.getAttribute('data-step')).toBe('reference');
    expect(m.part('reference-choose')).not.toBeNull();
    expect(urls.revoked).toEqual(['blob:lk-1']);
  });

  it('several faces in the ID photo: the "used the largest of N" note', async () => {
    const m = mount();
    detector.faces = [...SCENES.ready.faces, { x: 0.8, y: 0.05, width: 0.12, height: 0.16, score: 0.8 }];
    await chooseUsableReference(m);
    expect(m.part('reference-note')?.textContent).toBe(
      'We found 2 faces in this photo and used the largest.',
    );
  });

  it('same person: comparing (progress text), then verified on the root and in the result, and in liveness-result', async () => {
    let answer!: (body: Record<string, unknown>) => void;
    const m = mount({ bodies: [new Promise((resolve) => (answer = resolve))] });
    await runFlow(m, 'uploading');
    await waitForRoot(m, 'data-step', 'face-match');
    expect(m.part('progress')?.textContent).toBe('Comparing your selfie with your ID photo…');
    expect(m.part('announcer')?.textContent).toBe(t('ui.progress.face-match'));
    expect(m.part('cancel')).not.toBeNull();
    answer(diditFaceMatchBody());
    await waitForRoot(m, 'data-state', 'result');

    expect(m.root.getAttribute('data-outcome')).toBe('verified');
    expect(m.root.getAttribute('data-face-match')).toBe('Approved');
    expect(m.part('step')).toBeNull();
    const result = m.part('result')!;
    expect(result.getAttribute('data-outcome')).toBe('verified');
    expect(result.querySelector('h2')?.textContent).toBe('Identity verified');
    expect(result.textContent).toContain(t('outcome.verified.body'));
    expect(buttons(m, 'result')).toEqual([]);
    expect(m.results).toHaveLength(1);
    expect(m.results[0]!.verification).toMatchObject({ outcome: 'verified', faceMatch: { score: 87 } });
  });

  it('different person: no-match with its prompt and both retakes; another ID photo is compared with the kept selfie', async () => {
    const m = mount({ bodies: [diditFaceMatchLowSimilarityBody(12), diditFaceMatchBody()] });
    await runFlow(m);
    expect(m.root.getAttribute('data-outcome')).toBe('no-match');
    expect(m.root.getAttribute('data-face-match')).toBe('Declined');
    const result = m.part('result')!;
    expect(result.querySelector('h2')?.textContent).toBe(t('outcome.no-match.title'));
    expect(result.querySelector('[data-warning="LOW_FACE_MATCH_SIMILARITY"]')).not.toBeNull();
    expect(buttons(m, 'result')).toEqual(['retake', 'retake-reference']);
    expect(m.part('retake')!.textContent).toBe('Take a new selfie');
    expect(m.part('retake-reference')!.textContent).toBe('Use another ID photo');

    const change = m.part('retake-reference')!;
    change.focus();
    change.click();
    expect(m.root.getAttribute('data-step')).toBe('reference');
    expect(m.root.hasAttribute('data-outcome')).toBe(false);
    // Focus went from the pressed button to the reference step's title.
    expect(m.shadow.activeElement).toBe(m.part('reference')!.querySelector('h2'));
    pick(m.part<HTMLInputElement>('reference-choose')!, idPhoto());
    await waitForRoot(m, 'data-outcome', 'verified');
    expect(m.submit).toHaveBeenCalledTimes(1);
    expect(m.matchSubmit).toHaveBeenCalledTimes(2);
    expect(m.results.map((r) => r.verification?.outcome)).toEqual(['no-match', 'verified']);
  });

  it('no face in the ID photo for the server: reference-unusable, only another ID photo is offered', async () => {
    const m = mount({ bodies: [diditFaceMatchNoReferenceBody()] });
    await runFlow(m);
    expect(m.root.getAttribute('data-outcome')).toBe('reference-unusable');
    expect(m.part('result')!.querySelector('h2')?.textContent).toBe(t('outcome.reference-unusable.title'));
    expect(buttons(m, 'result')).toEqual(['retake-reference']);
  });

  it('liveness Declined: liveness-failed, no face match sent, a new selfie offered', async () => {
    const risk = 'LOW_LIVENESS_SCORE';
    const warning = { feature: 'LIVENESS', risk, additional_data: null, log_type: 'error' };
    const m = mount({
      liveness: diditApprovedBody({
        status: 'Declined',
        score: 12,
        warnings: [{ ...warning, short_description: 'Low', long_description: 'Low' }],
      }),
    });
    await runFlow(m);
    expect(m.root.getAttribute('data-outcome')).toBe('liveness-failed');
    expect(m.root.hasAttribute('data-face-match')).toBe(false);
    expect(m.part('result')!.getAttribute('data-status')).toBe('Declined');
    expect(m.part('result')!.querySelector('h2')?.textContent).toBe(
      t('outcome.liveness-failed.title' as LivenessTextKey),
    );
    expect(m.part('result')!.querySelector(`[data-warning="${risk}"]`)).not.toBeNull();
    expect(buttons(m, 'result')).toEqual(['retake']);
    expect(m.matchSubmit).not.toHaveBeenCalled();
    expect(m.results[0]!.verification?.outcome).toBe('liveness-failed');
  });

  it('a failed face match: upload-error in the face-match step with Retry and another ID photo; Retry re-sends it', async () => {
    const m = mount({
      props: { retry: { retries: 0, baseDelayMs: 5, maxDelayMs: 50 } },
      bodies: [new LivenessError('SERVER', { status: 500 }), diditFaceMatchBody()],
    });
    await runFlow(m, 'upload-error');
    expect(m.root.getAttribute('data-step')).toBe('face-match');
    expect(m.part('error')!.getAttribute('data-error')).toBe('SERVER');
    expect(buttons(m, 'error')).toEqual(['retry', 'retake-reference']);
    m.part('retry')!.click();
    await waitForRoot(m, 'data-outcome', 'verified');
    expect(m.submit).toHaveBeenCalledTimes(1);
    expect(m.matchSubmit).toHaveBeenCalledTimes(2);
  });

  it('the host’s referenceImage is checked on connect (straight to the selfie); its URL is freed when the element goes', async () => {
    const m = mount({ props: { referenceImage: idPhoto() } });
    await waitForRoot(m, 'data-step', 'liveness');
    expect(m.el.referenceImage).toBeInstanceOf(Blob);
    expect(m.part<HTMLImageElement>('reference-preview')!.getAttribute('src')).toBe('blob:lk-1');
    m.el.remove();
    expect(urls.revoked).toEqual(['blob:lk-1']);
  });

  it('the face-match attribute turns the flow on; the faceMatch property overrides it', () => {
    const el = document.createElement('liveness-capture') as LivenessCaptureElement;
    el.setAttribute('endpoint', '/api/v3/passive-liveness/');
    el.setAttribute('face-match', '');
    el.setAttribute('face-match-threshold', '45');
    el.detector = detector;
    document.body.append(el);
    const root = () => el.shadowRoot!.querySelector('[data-part="root"]')!;
    expect(el.faceMatch).toEqual({ threshold: 45 });
    expect(root().getAttribute('data-step')).toBe('reference');
    el.faceMatch = false;
    expect(root().getAttribute('data-step')).toBe('liveness');
    expect(el.shadowRoot!.querySelector('[data-part="step"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('[data-part="start"]')).not.toBeNull();
    el.faceMatch = undefined;
    expect(root().getAttribute('data-step')).toBe('reference');
    el.removeAttribute('face-match');
    el.removeAttribute('face-match-threshold');
    expect(root().getAttribute('data-step')).toBe('liveness');
  });

  it('without the flow the root says step liveness and nothing of the flow shows', () => {
    const el = document.createElement('liveness-capture') as LivenessCaptureElement;
    el.detector = detector;
    el.submit = async () => diditApprovedBody();
    document.body.append(el);
    const shadow = el.shadowRoot!;
    expect(shadow.querySelector('[data-part="root"]')!.getAttribute('data-step')).toBe('liveness');
    expect(shadow.querySelector('[data-part="step"], [data-part="reference"]')).toBeNull();
    expect(shadow.querySelector('[data-part="start"]')).not.toBeNull();
  });
});
