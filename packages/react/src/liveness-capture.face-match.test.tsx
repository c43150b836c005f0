// <LivenessCapture> in the face-match flow (liveness, then face match against an ID photo), in
// jsdom with the real engine: the fake camera and image decoder (the fixture photos decoded with
// sharp), a scripted detector, and submit functions (or a real HTTP server) answering with the
// contract's bodies.
import type { SubmitFaceMatchRequest, SubmitRequest } from '@liveness-kit/capture';
import { textEn as en } from '@liveness-kit/capture';
import { formatText } from '@liveness-kit/core';
import {
  diditApprovedBody,
  diditErrorReply,
  diditFaceMatchBody,
  diditFaceMatchLowSimilarityBody,
  diditFaceMatchNoReferenceBody,
  FakeDiditServer,
  fixtureBytes,
} from '@liveness-kit/test-utils';
import { bodyWith, installFakeImageDecoder, SCENES, useNodeFetchRealm } from '@liveness-kit/test-utils/jsdom';
import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installHarness,
  renderCapture,
  root,
  screen,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';

let harness: Harness;
let restoreDecoder: () => void;
beforeEach(async () => {
  harness = await installHarness();
  restoreDecoder = installFakeImageDecoder();
});
afterEach(() => {
  restoreDecoder();
  harness.restore();
});

/** The ID photo: the webcam fixture, whose face the scripted detector reports (SCENES.ready). */
const idPhoto = () =>
  new File([new Uint8Array(fixtureBytes(SCENES.ready.fixture))], 'id.jpg', { type: 'image/jpeg' });

const TIMEOUT = { timeout: 10_000 };
const part = (name: string) => document.querySelector<HTMLElement>(`[data-part="${name}"]`);
const warnings = () =>
  [...document.querySelectorAll('[data-part="warning"]')].map((w) => w.getAttribute('data-warning'));
const startButton = () => screen.queryByRole('button', { name: en['ui.start'] });
const waitForStep = (step: string) =>
  vi.waitFor(() => expect(root()).toHaveAttribute('data-step', step), TIMEOUT);
const waitForOutcome = (outcome: string) =>
  vi.waitFor(() => expect(root()).toHaveAttribute('data-outcome', outcome), TIMEOUT);

/** Chooses the ID photo in step 1's "choose" input. */
const chooseIdPhoto = () => userEvent.upload(screen.getByLabelText(en['ui.reference.choose']), idPhoto());

/** Chooses a usable ID photo and waits for the selfie step. */
async function passIdStep() {
  await chooseIdPhoto();
  await waitForStep('liveness');
}

/** The flow with submit functions: liveness answers `liveness`, the face match each of `bodies` in turn. */
function renderFlow(
  options: {
    liveness?: Record<string, unknown>;
    faceMatch?: Array<Record<string, unknown>>;
    matchGate?: Promise<void>;
  } = {},
) {
  const bodies = [...(options.faceMatch ?? [diditFaceMatchBody()])];
  const submit = vi.fn(async (_request: SubmitRequest) => options.liveness ?? diditApprovedBody());
  const matchSubmit = vi.fn(async (_request: SubmitFaceMatchRequest) => {
    if (options.matchGate) await options.matchGate;
    return bodies.length > 1 ? bodies.shift()! : bodies[0]!;
  });
  const onResult = vi.fn();
  const view = renderCapture(harness, { submit, faceMatch: { submit: matchSubmit }, onResult });
  return { submit, matchSubmit, onResult, view };
}

describe('<LivenessCapture> face-match flow', () => {
  it('off by default: the whole check stays in data-step="liveness" and shows nothing of the flow', async () => {
    const onResult = vi.fn();
    renderCapture(harness, { submit: async () => bodyWith('Declined', ['LOW_FACE_QUALITY']), onResult });
    expect(root()).toHaveAttribute('data-step', 'liveness');
    expect(part('reference')).toBeNull();
    expect(part('step')).toBeNull();
    await userEvent.click(startButton()!);
    await waitForState('result');
    expect(root()).toHaveAttribute('data-step', 'liveness');
    expect(root()).not.toHaveAttribute('data-outcome');
    expect(root()).not.toHaveAttribute('data-face-match');
    expect(part('result')).not.toHaveAttribute('data-outcome');
    expect(part('step')).toBeNull();
    expect(part('retake-reference')).toBeNull();
    // The retake keeps its own words outside the flow.
    expect(screen.getByRole('button', { name: en['ui.retake'] })).toBeInTheDocument();
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(onResult.mock.calls[0]).toHaveLength(2);
  });

  it('asks for the ID photo first: step 1 of 2, two labelled inputs, no intro, no start, no selfie upload', () => {
    renderCapture(harness, {
      submit: async () => diditApprovedBody(),
      faceMatch: { submit: async () => diditFaceMatchBody() },
      photoUpload: 'always',
    });
    expect(root()).toHaveAttribute('data-step', 'reference');
    expect(part('reference')).toHaveAttribute('data-status', 'empty');
    expect(screen.getByRole('heading', { name: en['ui.reference.title'] })).toBeInTheDocument();
    expect(part('step')).toHaveTextContent('Step 1 of 2: ID photo');
    const choose = screen.getByLabelText(en['ui.reference.choose']);
    expect(choose).toHaveAttribute('type', 'file');
    expect(choose).toHaveAttribute('accept', 'image/*');
    expect(choose).not.toHaveAttribute('capture');
    expect(choose).toHaveAccessibleDescription(en['ui.reference.body']);
    const photograph = screen.getByLabelText(en['ui.reference.photograph']);
    expect(photograph).toHaveAttribute('accept', 'image/*');
    expect(photograph).toHaveAttribute('capture', 'environment');
    expect(startButton()).toBeNull();
    expect(part('intro')).toBeNull();
    expect(part('upload')).toBeNull();
  });

  it('while the ID photo is checked: a polite status says so and the inputs open nothing', async () => {
    let release!: () => void;
    harness.detector.loadGate = new Promise<void>((resolve) => (release = resolve));
    renderFlow();
    await chooseIdPhoto();
    await waitFor(() => expect(part('reference')).toHaveAttribute('data-status', 'checking'));
    const status = part('reference-status');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent(en['ui.reference.checking']);
    const choose = screen.getByLabelText(en['ui.reference.choose']);
    expect(choose).toHaveAttribute('aria-disabled', 'true');
    expect(choose).toBeEnabled();
    // Clicking it does not open the picker while the check runs.
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    choose.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    release();
    await waitForStep('liveness');
    expect(startButton()).toBeInTheDocument();
    // The input that had focus went with step 1: focus goes to the ready photo's text.
    expect(screen.getByText(en['ui.reference.ready'])).toHaveFocus();
  });

  it('an ID photo without a face is refused with its reason before anything is sent; another one is accepted', async () => {
    const { submit, matchSubmit } = renderFlow();
    harness.detector.faces = [];
    await chooseIdPhoto();
    const problem = await screen.findByRole('alert', {}, TIMEOUT);
    expect(problem).toHaveAttribute('data-problem', 'NO_FACE');
    expect(problem).toHaveTextContent(en['ui.reference.problem.NO_FACE']);
    expect(part('reference')).toHaveAttribute('data-status', 'unusable');
    expect(root()).toHaveAttribute('data-step', 'reference');
    expect(startButton()).toBeNull();
    // The inputs stay, described by the problem.
    const choose = screen.getByLabelText(en['ui.reference.choose']);
    expect(choose).toHaveAccessibleDescription(
      `${en['ui.reference.problem.NO_FACE']} ${en['ui.reference.body']}`,
    );
    harness.detector.faces = [...SCENES.ready.faces];
    await passIdStep();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(startButton()).toBeInTheDocument();
    expect(part('step')).toHaveTextContent(`Step 2 of 2: ${en['ui.step.selfie']}`);
    expect(submit).not.toHaveBeenCalled();
    expect(matchSubmit).not.toHaveBeenCalled();
  });

  it('several faces in the ID photo: the largest is used, and the summary says so', async () => {
    renderFlow();
    const ghost = { x: 0.05, y: 0.05, width: 0.12, height: 0.16, score: 0.9 };
    harness.detector.faces = [...SCENES.ready.faces, ghost];
    await passIdStep();
    expect(part('reference')).toHaveAttribute('data-status', 'ready');
    expect(part('reference-note')).toHaveTextContent(
      formatText(en['ui.reference.usedLargest'], { count: 2 }),
    );
    expect(part('reference-note')).toHaveTextContent('2');
  });

  it('the ready ID photo is previewed from an object URL, revoked when it changes and when the part goes', async () => {
    const made: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      made.push(blob);
      return `blob:id-photo-${made.length}`;
    });
    const revoke = vi.fn();
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = create;
    URL.revokeObjectURL = revoke;
    try {
      const { view } = renderFlow();
      await passIdStep();
      const preview = screen.getByRole('img', { name: en['ui.reference.preview'] });
      expect(preview).toHaveAttribute('src', 'blob:id-photo-1');
      // What is shown is the checked, re-encoded JPEG that the face match would send.
      expect(made[0]?.type).toBe('image/jpeg');
      expect(revoke).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button', { name: en['ui.retakeReference'] }));
      await waitForStep('reference');
      expect(revoke).toHaveBeenCalledWith('blob:id-photo-1');
      expect(screen.getByRole('heading', { name: en['ui.reference.title'] })).toHaveFocus();
      await passIdStep();
      expect(screen.getByRole('img', { name: en['ui.reference.preview'] })).toHaveAttribute(
        'src',
        'blob:id-photo-2',
      );
      view.unmount();
      expect(revoke).toHaveBeenCalledWith('blob:id-photo-2');
      expect(revoke).toHaveBeenCalledTimes(create.mock.calls.length);
    } finally {
      URL.createObjectURL = saved.create;
      URL.revokeObjectURL = saved.revoke;
    }
  });

  it('same person: the same selfie is compared, then verified; onResult once with the combined outcome', async () => {
    let release!: () => void;
    const matchGate = new Promise<void>((resolve) => (release = resolve));
    const { submit, matchSubmit, onResult } = renderFlow({ matchGate });
    await passIdStep();
    await userEvent.click(startButton()!);
    await waitForStep('face-match');
    expect(root()).toHaveAttribute('data-state', 'uploading');
    expect(part('progress')).toHaveTextContent(en['ui.progress.face-match']);
    expect(part('progress')).toHaveAttribute('data-step', 'face-match');
    expect(screen.getByRole('button', { name: en['ui.cancel'] })).toBeInTheDocument();
    release();
    await waitForState('result');
    expect(root()).toHaveAttribute('data-outcome', 'verified');
    expect(root()).toHaveAttribute('data-face-match', 'Approved');
    expect(part('result')).toHaveAttribute('data-outcome', 'verified');
    expect(screen.getByRole('heading', { name: en['outcome.verified.title'] })).toHaveFocus();
    expect(screen.getByText(en['outcome.verified.body'])).toBeInTheDocument();
    expect(part('step')).toBeNull();
    expect(part('retake')).toBeNull();
    expect(part('retake-reference')).toBeNull();
    expect(submit).toHaveBeenCalledTimes(1);
    expect(matchSubmit).toHaveBeenCalledTimes(1);
    const request = matchSubmit.mock.calls[0]![0];
    expect(request.userImage).toBe(submit.mock.calls[0]![0].image);
    expect(request.refImage.type).toBe('image/jpeg');
    expect(request.refImage.size).toBeGreaterThan(1_000);
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(onResult.mock.calls[0]).toHaveLength(3);
    const [response, interpretation, verification] = onResult.mock.calls[0]!;
    expect(response).toMatchObject({ liveness: { status: 'Approved' } });
    expect(interpretation).toMatchObject({ approved: true });
    expect(verification).toMatchObject({
      outcome: 'verified',
      verified: true,
      faceMatch: { approved: true, response: { face_match: { status: 'Approved' } } },
    });
  });

  it('different person: no match with both retakes; another ID photo is compared with the kept selfie at once', async () => {
    const { submit, matchSubmit, onResult } = renderFlow({
      faceMatch: [diditFaceMatchLowSimilarityBody(12), diditFaceMatchBody()],
    });
    await passIdStep();
    await userEvent.click(startButton()!);
    await waitForOutcome('no-match');
    expect(root()).toHaveAttribute('data-face-match', 'Declined');
    expect(screen.getByRole('heading', { name: en['outcome.no-match.title'] })).toBeInTheDocument();
    expect(warnings()).toEqual(['LOW_FACE_MATCH_SIMILARITY']);
    expect(screen.getByRole('button', { name: en['ui.retakeSelfie'] })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: en['ui.retakeReference'] }));
    await waitForStep('reference');
    expect(root()).toHaveAttribute('data-state', 'idle');
    expect(root()).not.toHaveAttribute('data-outcome');
    expect(screen.getByRole('heading', { name: en['ui.reference.title'] })).toHaveFocus();
    await chooseIdPhoto();
    // No new selfie: straight from the ID photo to the face match.
    await waitForStep('face-match');
    expect(startButton()).toBeNull();
    await waitForOutcome('verified');
    expect(submit).toHaveBeenCalledTimes(1);
    expect(matchSubmit).toHaveBeenCalledTimes(2);
    expect(matchSubmit.mock.calls[1]![0].userImage).toBe(matchSubmit.mock.calls[0]![0].userImage);
    expect(onResult).toHaveBeenCalledTimes(2);
    expect(onResult.mock.calls.map((call) => call[2]?.outcome)).toEqual(['no-match', 'verified']);
  });

  it('no-match, Take a new selfie: the ID photo is kept and the new selfie is compared with it', async () => {
    const { submit, matchSubmit } = renderFlow({
      faceMatch: [diditFaceMatchLowSimilarityBody(12), diditFaceMatchBody()],
    });
    await passIdStep();
    await userEvent.click(startButton()!);
    await waitForOutcome('no-match');
    const firstReference = matchSubmit.mock.calls[0]![0].refImage;
    await userEvent.click(screen.getByRole('button', { name: en['ui.retakeSelfie'] }));
    await waitForOutcome('verified');
    expect(submit).toHaveBeenCalledTimes(2);
    expect(matchSubmit).toHaveBeenCalledTimes(2);
    expect(matchSubmit.mock.calls[1]![0].refImage).toBe(firstReference);
  });

  it('NO_REFERENCE_IMAGE: the ID photo cannot be used, only another ID photo is offered', async () => {
    renderFlow({ faceMatch: [diditFaceMatchNoReferenceBody()] });
    await passIdStep();
    await userEvent.click(startButton()!);
    await waitForOutcome('reference-unusable');
    expect(screen.getByRole('heading', { name: en['outcome.reference-unusable.title'] })).toBeInTheDocument();
    expect(warnings()).toEqual(['NO_REFERENCE_IMAGE']);
    expect(screen.getByRole('button', { name: en['ui.retakeReference'] })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en['ui.retakeSelfie'] })).toBeNull();
  });

  it('liveness Declined: liveness-failed with a new selfie offered, and the face match is never sent', async () => {
    const { matchSubmit, onResult } = renderFlow({ liveness: bodyWith('Declined', ['LOW_FACE_QUALITY']) });
    await passIdStep();
    await userEvent.click(startButton()!);
    await waitForOutcome('liveness-failed');
    expect(root()).toHaveAttribute('data-step', 'liveness');
    expect(root()).not.toHaveAttribute('data-face-match');
    expect(screen.getByRole('heading', { name: en['outcome.liveness-failed.title'] })).toBeInTheDocument();
    expect(warnings()).toEqual(['LOW_FACE_QUALITY']);
    expect(screen.getByRole('button', { name: en['ui.retakeSelfie'] })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en['ui.retakeReference'] })).toBeNull();
    expect(matchSubmit).not.toHaveBeenCalled();
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(onResult.mock.calls[0]![2]).toMatchObject({ outcome: 'liveness-failed', faceMatch: null });
  });

  it('a referenceImage prop is checked on mount: straight to the selfie intro, and it can be changed', async () => {
    renderCapture(harness, {
      submit: async () => diditApprovedBody(),
      faceMatch: { submit: async () => diditFaceMatchBody() },
      referenceImage: idPhoto(),
    });
    await waitForStep('liveness');
    expect(startButton()).toBeInTheDocument();
    expect(part('intro')).toBeInTheDocument();
    expect(part('reference')).toHaveAttribute('data-status', 'ready');
    expect(screen.getByText(en['ui.reference.ready'])).toBeInTheDocument();
    expect(part('step')).toHaveTextContent(`Step 2 of 2: ${en['ui.step.selfie']}`);
    expect(screen.queryByLabelText(en['ui.reference.choose'])).toBeNull();
    // No focus is taken on page load.
    expect(document.activeElement).toBe(document.body);
    await userEvent.click(screen.getByRole('button', { name: en['ui.retakeReference'] }));
    await waitForStep('reference');
    expect(screen.getByLabelText(en['ui.reference.choose'])).toBeInTheDocument();
  });

  it('the face checker fails while the ID photo is checked: the error with Retry, which checks it again', async () => {
    renderFlow();
    harness.detector.failLoad = true;
    await chooseIdPhoto();
    await waitForState('model-error');
    expect(root()).toHaveAttribute('data-step', 'reference');
    expect(part('error')).toHaveAttribute('data-error', 'MODEL_LOAD_FAILED');
    expect(part('step')).toHaveTextContent('Step 1 of 2: ID photo');
    // The ID-photo step stays explained; its inputs wait for the face checker.
    expect(screen.getByRole('heading', { name: en['ui.reference.title'] })).toBeInTheDocument();
    expect(screen.queryByLabelText(en['ui.reference.choose'])).toBeNull();
    expect(screen.queryByRole('button', { name: en['ui.retakeSelfie'] })).toBeNull();
    harness.detector.failLoad = false;
    await userEvent.click(screen.getByRole('button', { name: en['ui.retry'] }));
    await waitForStep('liveness');
    await waitForState('idle');
    expect(part('reference')).toHaveAttribute('data-status', 'ready');
    expect(startButton()).toBeInTheDocument();
  });
});

describe('<LivenessCapture> face-match flow over HTTP', () => {
  const server = new FakeDiditServer();
  let endpoint: string;
  let restoreRealm: () => void;
  beforeAll(async () => {
    restoreRealm = await useNodeFetchRealm();
    await server.start();
    endpoint = `${server.url}/v3/passive-liveness/`;
  });
  afterAll(async () => {
    restoreRealm();
    await server.stop();
  });
  beforeEach(() => server.reset());

  it('a face match that fails (500): Retry and another ID photo, no new selfie; Retry re-sends only the face match', async () => {
    server.replyTo('/v3/face-match/', diditErrorReply(500));
    renderCapture(harness, { endpoint, faceMatch: true, retry: { retries: 0 } });
    await passIdStep();
    await userEvent.click(startButton()!);
    await waitForState('upload-error');
    expect(root()).toHaveAttribute('data-step', 'face-match');
    expect(part('error')).toHaveAttribute('data-error', 'SERVER');
    expect(screen.getByRole('button', { name: en['ui.retry'] })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en['ui.retakeReference'] })).toBeInTheDocument();
    expect(part('retake')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: en['ui.retry'] }));
    await waitForOutcome('verified');
    const liveness = server.requestsTo('/v3/passive-liveness/');
    const faceMatches = server.requestsTo('/v3/face-match/');
    expect(liveness).toHaveLength(1);
    expect(faceMatches).toHaveLength(2);
    for (const request of faceMatches) {
      // The selfie that passed liveness, byte for byte, and the checked ID photo as a JPEG.
      expect(request.files['user_image']?.bytes).toEqual(liveness[0]!.image!.bytes);
      expect([...request.files['ref_image']!.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    }
  });
});
