// The engine's face-match flow (liveness, then face match against an ID photo), no framework: the
// fake camera, canvas and image decoder of test-utils in jsdom, a scripted detector and `submit`
// functions that answer with the contract's bodies.
import { LivenessError, type FaceMatchResponse } from '@liveness-kit/core';
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
import { QueryClient } from '@tanstack/query-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SubmitFaceMatchRequest, SubmitRequest } from '../upload/submit-types.js';
import { FACE_MATCH_MUTATION_KEY } from '../upload/create-upload.js';
import { createLivenessCapture } from './create-liveness-capture.js';
import { engineWithCamera, FAST_ENGINE_OPTIONS, waitForState } from './engine-test-harness.js';
import type { CreateLivenessCaptureOptions, LivenessCaptureEngine } from './engine-types.js';

let detector: ScriptedDetector;
let restore: () => void;
const cleanups: Array<() => void> = [];

beforeEach(async () => {
  const restoreCanvas = installFakeCanvas();
  const restoreDecoder = installFakeImageDecoder();
  const installed = installFakeMedia({ frame: await sceneFrame(SCENES.ready) });
  detector = createScriptedDetector([...SCENES.ready.faces]);
  restore = () => {
    installed.restore();
    restoreDecoder();
    restoreCanvas();
    localStorage.clear();
  };
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  restore();
});

/** The ID photo: a portrait photo of one person (the scripted detector finds the scene's face in it). */
const idPhoto = () =>
  new File([new Uint8Array(fixtureBytes(SCENES.ready.fixture))], 'id.jpg', { type: 'image/jpeg' });

function flow(
  options: CreateLivenessCaptureOptions & { faceMatchBodies?: Array<Record<string, unknown> | Error> } = {},
) {
  const { faceMatchBodies = [diditFaceMatchBody()], ...rest } = options;
  const submit = vi.fn(async (_request: SubmitRequest) => diditApprovedBody());
  const matchSubmit = vi.fn(async (_request: SubmitFaceMatchRequest) => {
    const next = faceMatchBodies.length > 1 ? faceMatchBodies.shift()! : faceMatchBodies[0]!;
    if (next instanceof Error) throw next;
    return next;
  });
  const onResult = vi.fn();
  const { engine } = engineWithCamera(
    { detector, submit, faceMatch: { submit: matchSubmit }, onResult, ...rest },
    cleanups,
  );
  return { engine, submit, matchSubmit, onResult };
}

const waitForStep = (engine: LivenessCaptureEngine, step: string) =>
  vi.waitFor(() => expect(engine.getState().step).toBe(step), { timeout: 10_000, interval: 5 });

async function chooseReadyReference(engine: LivenessCaptureEngine) {
  engine.chooseReference(idPhoto());
  await vi.waitFor(() => expect(engine.getState().reference?.status).toBe('ready'), {
    timeout: 10_000,
    interval: 5,
  });
}

describe('the face-match flow of the engine', () => {
  it('is off by default: the liveness step alone, no reference asked for', () => {
    const engine = createLivenessCapture({ ...FAST_ENGINE_OPTIONS, detector, submit: async () => ({}) });
    cleanups.push(() => engine.destroy());
    expect(engine.getState()).toMatchObject({ step: 'liveness', reference: null, verification: null });
  });

  it('asks for the reference first: Start and a photo are ignored until one is usable', async () => {
    const { engine, submit } = flow();
    expect(engine.getState().step).toBe('reference');
    engine.start();
    engine.choosePhoto(idPhoto());
    await new Promise((r) => setTimeout(r, 30));
    expect(engine.getState()).toMatchObject({ state: 'idle', step: 'reference', cameraOn: false });
    expect(submit).not.toHaveBeenCalled();
  });

  it('same person: liveness, then the same selfie compared with the reference → verified, onResult once with both', async () => {
    const queryClient = new QueryClient();
    const { engine, submit, matchSubmit, onResult } = flow({ queryClient });
    await chooseReadyReference(engine);
    const reference = engine.getState().reference!;
    expect(reference).toMatchObject({ status: 'ready', problem: null, faceCount: 1 });
    expect(reference.image!.type).toBe('image/jpeg');
    expect(engine.getState()).toMatchObject({ step: 'liveness', state: 'idle' });

    const steps: string[] = [];
    engine.subscribe((next, previous) => {
      if (next.step !== previous.step) steps.push(`${next.step}/${next.state}`);
    });
    engine.start();
    await waitForState(engine, 'result');
    expect(steps).toEqual(['face-match/uploading']);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(matchSubmit).toHaveBeenCalledTimes(1);
    const sent = matchSubmit.mock.calls[0]![0];
    // The very selfie that passed liveness, and the checked reference's upright JPEG.
    expect(sent.userImage).toBe(submit.mock.calls[0]![0].image);
    expect(sent.refImage).toBe(reference.image);
    expect(engine.getState()).toMatchObject({
      step: 'face-match',
      faceMatch: { status: 'Approved' },
      verification: { outcome: 'verified', retake: null },
    });
    expect(onResult).toHaveBeenCalledTimes(1);
    const [response, interpretation, verification] = onResult.mock.calls[0]!;
    expect(response.liveness.status).toBe('Approved');
    expect(interpretation.approved).toBe(true);
    expect((verification.faceMatch.response as FaceMatchResponse).face_match.score).toBe(87);
    expect(
      queryClient.getMutationCache().findAll({ mutationKey: [...FACE_MATCH_MUTATION_KEY] }),
    ).toHaveLength(1);
  });

  it('different person: no-match; a new reference is compared with the kept selfie at once', async () => {
    const { engine, submit, matchSubmit } = flow({
      faceMatchBodies: [diditFaceMatchLowSimilarityBody(12), diditFaceMatchBody()],
    });
    await chooseReadyReference(engine);
    engine.start();
    await waitForState(engine, 'result');
    expect(engine.getState().verification).toMatchObject({
      outcome: 'no-match',
      retake: 'selfie-or-reference',
    });
    expect(engine.getState().faceMatch?.status).toBe('Declined');

    engine.retakeReference();
    expect(engine.getState()).toMatchObject({
      step: 'reference',
      state: 'idle',
      reference: null,
      cameraOn: false,
    });
    engine.chooseReference(idPhoto());
    await waitForState(engine, 'result');
    expect(engine.getState().verification?.outcome).toBe('verified');
    expect(submit).toHaveBeenCalledTimes(1);
    expect(matchSubmit).toHaveBeenCalledTimes(2);
    expect(matchSubmit.mock.calls[1]![0].userImage).toBe(submit.mock.calls[0]![0].image);
  });

  it('NO_REFERENCE_IMAGE from the server: reference-unusable, redo the reference', async () => {
    const { engine } = flow({ faceMatchBodies: [diditFaceMatchNoReferenceBody()] });
    await chooseReadyReference(engine);
    engine.start();
    await waitForState(engine, 'result');
    expect(engine.getState().verification).toMatchObject({
      outcome: 'reference-unusable',
      retake: 'reference',
    });
  });

  it('liveness Declined: liveness-failed and the face match is never sent', async () => {
    const { engine, matchSubmit, onResult, submit } = flow();
    submit.mockResolvedValue(
      diditApprovedBody({
        status: 'Declined',
        score: 12,
        warnings: [
          {
            feature: 'LIVENESS',
            risk: 'LOW_LIVENESS_SCORE',
            additional_data: null,
            log_type: 'error',
            short_description: 'Low',
            long_description: 'Low',
          },
        ],
      }),
    );
    await chooseReadyReference(engine);
    engine.start();
    await waitForState(engine, 'result');
    expect(engine.getState()).toMatchObject({
      step: 'liveness',
      verification: { outcome: 'liveness-failed' },
    });
    expect(matchSubmit).not.toHaveBeenCalled();
    expect(onResult.mock.calls[0]![2].outcome).toBe('liveness-failed');
  });

  it('a face-match error: upload-error in the face-match step; Retry sends only the face match again', async () => {
    const { engine, submit, matchSubmit } = flow({
      retry: { retries: 0, baseDelayMs: 5, maxDelayMs: 50 },
      faceMatchBodies: [new LivenessError('SERVER', { status: 500 }), diditFaceMatchBody()],
    });
    await chooseReadyReference(engine);
    engine.start();
    await waitForState(engine, 'upload-error');
    expect(engine.getState()).toMatchObject({ step: 'face-match', error: { code: 'SERVER' } });
    engine.retry();
    await waitForState(engine, 'result');
    expect(engine.getState().verification?.outcome).toBe('verified');
    expect(submit).toHaveBeenCalledTimes(1);
    expect(matchSubmit).toHaveBeenCalledTimes(2);
  });

  it('a retryable face-match error is retried like a liveness upload', async () => {
    const { engine, matchSubmit } = flow({
      faceMatchBodies: [new LivenessError('NETWORK'), diditFaceMatchBody()],
    });
    await chooseReadyReference(engine);
    engine.start();
    await waitForState(engine, 'result');
    expect(matchSubmit).toHaveBeenCalledTimes(2);
    expect(engine.getState().verification?.outcome).toBe('verified');
  });

  it('a reference without a face is unusable before anything is sent; another one can be chosen', async () => {
    const { engine, submit, matchSubmit } = flow();
    detector.faces = [];
    engine.chooseReference(idPhoto());
    await vi.waitFor(() => expect(engine.getState().reference?.status).toBe('unusable'), { timeout: 10_000 });
    expect(engine.getState()).toMatchObject({
      step: 'reference',
      state: 'idle',
      reference: { problem: 'NO_FACE' },
    });
    detector.faces = [...SCENES.ready.faces];
    await chooseReadyReference(engine);
    expect(engine.getState().step).toBe('liveness');
    expect(submit).not.toHaveBeenCalled();
    expect(matchSubmit).not.toHaveBeenCalled();
  });

  it('a file that is not an image is unusable (UNSUPPORTED_TYPE), not an error state', async () => {
    const { engine } = flow();
    engine.chooseReference(new File(['hello'], 'id.txt', { type: 'text/plain' }));
    await vi.waitFor(() => expect(engine.getState().reference?.problem).toBe('UNSUPPORTED_TYPE'), {
      timeout: 10_000,
    });
    expect(engine.getState().state).toBe('idle');
  });

  it('the host’s referenceImage is checked on connect: straight to the selfie', async () => {
    const { engine } = flow({
      referenceImage: idPhoto(),
      faceMatch: true,
      endpoint: 'https://x.test/v3/passive-liveness/',
    });
    engine.connect();
    await waitForStep(engine, 'liveness');
    expect(engine.getState().reference?.status).toBe('ready');
  });

  it('a face checker that fails while a reference is checked: model-error, and Retry checks it again', async () => {
    const { engine } = flow();
    detector.failLoad = true;
    engine.chooseReference(idPhoto());
    await waitForState(engine, 'model-error');
    expect(engine.getState().step).toBe('reference');
    detector.failLoad = false;
    engine.retry();
    await vi.waitFor(() => expect(engine.getState().reference?.status).toBe('ready'), { timeout: 10_000 });
    expect(engine.getState()).toMatchObject({ state: 'idle', step: 'liveness' });
  });

  it('a face checker that never answers while a reference is checked: model-error after modelTimeoutMs, and Retry checks it again', async () => {
    const { engine } = flow({ timing: { ...FAST_ENGINE_OPTIONS.timing, modelTimeoutMs: 300 } });
    const detect = detector.detect.bind(detector);
    detector.detect = () => new Promise(() => {});
    engine.chooseReference(idPhoto());
    expect(engine.getState().reference?.status).toBe('checking');
    await waitForState(engine, 'model-error');
    expect(engine.getState()).toMatchObject({ step: 'reference', error: { code: 'MODEL_LOAD_FAILED' } });
    expect(engine.getState().error?.detail).toMatch(/did not answer within 300 ms/);
    detector.detect = detect;
    engine.retry();
    await vi.waitFor(() => expect(engine.getState().reference?.status).toBe('ready'), { timeout: 10_000 });
    expect(engine.getState()).toMatchObject({ state: 'idle', step: 'liveness' });
  });

  it('a flow turned on mid-selfie: reference-unusable, and another ID photo leads to the face match', async () => {
    const { engine, matchSubmit } = flow({ faceMatch: false });
    engine.start();
    await waitForState(engine, 'guiding');
    engine.setOptions({ ...engine.getOptions(), faceMatch: { submit: matchSubmit } });
    await waitForState(engine, 'result');
    expect(engine.getState().verification).toMatchObject({
      outcome: 'reference-unusable',
      retake: 'reference',
    });
    engine.retakeReference();
    expect(engine.getState()).toMatchObject({ step: 'reference', state: 'idle' });
    engine.chooseReference(idPhoto());
    await vi.waitFor(() => expect(engine.getState().verification?.outcome).toBe('verified'), {
      timeout: 10_000,
    });
    expect(matchSubmit).toHaveBeenCalledTimes(1);
  });

  it('refuses a flow whose face match has nowhere to go, naming faceMatch.endpoint', () => {
    expect(() => createLivenessCapture({ endpoint: '/api/check', faceMatch: true })).toThrow(
      /faceMatch\.endpoint/,
    );
    expect(() =>
      createLivenessCapture({ endpoint: '/api/v3/passive-liveness', faceMatch: true }),
    ).not.toThrow();
    expect(() => createLivenessCapture({ endpoint: '/x', faceMatch: { threshold: 140 } })).toThrow(
      /faceMatch\.threshold/,
    );
  });
});
