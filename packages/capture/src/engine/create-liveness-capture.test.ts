// The engine on its own (no React): the fake camera and canvas of test-utils in jsdom, a scripted
// detector, a `submit` function or a real HTTP server, and the engine's own camera binding.
import { LivenessError, isLivenessError } from '@liveness-kit/core';
import { diditApprovedBody } from '@liveness-kit/test-utils';
import { createScriptedDetector, type ScriptedDetector } from '@liveness-kit/test-utils/dom';
import {
  installFakeCanvas,
  installFakeMedia,
  sceneFrame,
  SCENES,
  type FakeMedia,
} from '@liveness-kit/test-utils/jsdom';
import { QueryClient } from '@tanstack/query-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureState } from '../store/capture-state.js';
import { LIVENESS_MUTATION_KEY } from '../upload/create-upload.js';
import { createLivenessCapture } from './create-liveness-capture.js';
import { engineWithCamera, waitForState } from './engine-test-harness.js';
import type { CreateLivenessCaptureOptions, LivenessCaptureEngine } from './engine-types.js';

let media: FakeMedia;
let detector: ScriptedDetector;
let restore: () => void;
const cleanups: Array<() => void> = [];

beforeEach(async () => {
  const restoreCanvas = installFakeCanvas();
  const installed = installFakeMedia({ frame: await sceneFrame(SCENES.ready) });
  media = installed.media;
  detector = createScriptedDetector([...SCENES.ready.faces]);
  restore = () => {
    installed.restore();
    restoreCanvas();
    localStorage.clear();
  };
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  restore();
});

/** An engine with the fake camera opened by the engine's own binding (`attachCamera`). */
function engineWith(options: CreateLivenessCaptureOptions): LivenessCaptureEngine {
  return engineWithCamera({ detector, ...options }, cleanups).engine;
}

describe('createLivenessCapture (no framework)', () => {
  it('goes from Start to a result by itself: camera, guidance, auto-capture, one upload, events', async () => {
    const submit = vi.fn(async () => diditApprovedBody());
    const engine = engineWith({ submit });
    const states: CaptureState[] = [];
    const results: string[] = [];
    engine.on('state', ({ state }) => states.push(state));
    engine.on('result', ({ interpretation }) => results.push(interpretation.status));
    engine.start();
    await waitForState(engine, 'result');
    expect(states).toEqual([
      'starting-camera',
      'loading-model',
      'guiding',
      'capturing',
      'uploading',
      'result',
    ]);
    expect(results).toEqual(['Approved']);
    expect(submit).toHaveBeenCalledTimes(1);
    const [request] = submit.mock.calls[0] as unknown as [{ image: Blob }];
    expect(request.image.type).toBe('image/jpeg');
    expect(media.requests[0]!.video).toMatchObject({ facingMode: 'user' });
  });

  it('does not touch the camera or the detector before Start (an injected detector loads on Start)', async () => {
    const engine = engineWith({ submit: async () => diditApprovedBody() });
    engine.connect();
    await new Promise((r) => setTimeout(r, 30));
    expect(media.requests).toHaveLength(0);
    expect(detector.loads).toBe(0);
    expect(engine.getState().state).toBe('idle');
  });

  it('runs the upload on the host’s QueryClient under LIVENESS_MUTATION_KEY', async () => {
    const queryClient = new QueryClient();
    let answer!: (body: unknown) => void;
    const engine = engineWith({ queryClient, submit: () => new Promise((r) => (answer = r)) });
    engine.start();
    await waitForState(engine, 'uploading');
    await vi.waitFor(() =>
      expect(queryClient.isMutating({ mutationKey: [...LIVENESS_MUTATION_KEY] })).toBe(1),
    );
    answer(diditApprovedBody());
    await waitForState(engine, 'result');
    expect(queryClient.isMutating()).toBe(0);
    expect(queryClient.getMutationCache().getAll()[0]?.options.mutationKey).toEqual([
      ...LIVENESS_MUTATION_KEY,
    ]);
  });

  it('retries what is retryable through the mutation, showing each attempt', async () => {
    const attempts: number[] = [];
    const submit = vi
      .fn()
      .mockRejectedValueOnce(new LivenessError('SERVER', { status: 503 }))
      .mockResolvedValueOnce(diditApprovedBody());
    const engine = engineWith({ submit });
    engine.subscribe((s) => {
      if (s.upload && attempts.at(-1) !== s.upload.attempt) attempts.push(s.upload.attempt);
    });
    engine.start();
    await waitForState(engine, 'result');
    expect(submit).toHaveBeenCalledTimes(2);
    expect(attempts).toEqual([1, 2]);
  });

  it('never retries an operator error: upload-error at once, with its own code', async () => {
    const submit = vi.fn(async () => {
      throw new LivenessError('UPSTREAM_UNAUTHORIZED', { status: 502, serverCode: 'UPSTREAM_UNAUTHORIZED' });
    });
    const engine = engineWith({ submit });
    engine.start();
    await waitForState(engine, 'upload-error');
    expect(submit).toHaveBeenCalledTimes(1);
    expect(engine.getState().error?.code).toBe('UPSTREAM_UNAUTHORIZED');
  });

  it('cancel aborts the upload and goes back to guiding without taking the photo again by itself', async () => {
    let signal: AbortSignal | undefined;
    const engine = engineWith({
      submit: (request) => {
        signal = request.signal;
        return new Promise(() => undefined);
      },
    });
    engine.start();
    await waitForState(engine, 'uploading');
    engine.cancel();
    expect(engine.getState().state).toBe('guiding');
    expect(signal?.aborted).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(engine.getState().state).toBe('guiding');
  });

  it('disconnect stops the frame loop; connect resumes guidance', async () => {
    const engine = engineWith({ submit: async () => diditApprovedBody(), autoCapture: false });
    engine.start();
    await waitForState(engine, 'guiding');
    engine.disconnect();
    const seen = detector.detections;
    await new Promise((r) => setTimeout(r, 80));
    expect(detector.detections - seen).toBeLessThanOrEqual(1);
    engine.connect();
    await vi.waitFor(() => expect(detector.detections).toBeGreaterThan(seen + 2), { timeout: 10_000 });
  });

  it('a load dropped by disconnect does not leave the model loading: connect loads it again', async () => {
    let open!: () => void;
    detector.loadGate = new Promise((r) => (open = r));
    const engine = engineWith({ submit: async () => diditApprovedBody() });
    engine.start();
    await waitForState(engine, 'loading-model');
    expect(engine.getState().model).toBe('loading');
    engine.disconnect();
    expect(engine.getState().model).toBe('idle');
    engine.connect();
    open();
    await waitForState(engine, 'result');
  });

  it('refuses options that cannot work with INVALID_OPTIONS naming them', () => {
    const error = (() => {
      try {
        createLivenessCapture({ timing: { readyHoldMs: -1 }, oval: { widthRatio: 2, heightRatio: 0.8 } });
      } catch (e) {
        return e;
      }
    })();
    expect(isLivenessError(error) && error.code).toBe('INVALID_OPTIONS');
    expect((error as LivenessError).detail).toMatch(/timing\.readyHoldMs/);
    expect((error as LivenessError).detail).toMatch(/oval\.widthRatio/);
    expect(() => createLivenessCapture({ threshold: 101 })).toThrow(/threshold/);
  });

  it('after destroy, every action is ignored', async () => {
    const engine = engineWith({ submit: async () => diditApprovedBody() });
    engine.destroy();
    engine.start();
    engine.choosePhoto(new Blob(['x']));
    engine.retake();
    engine.retry();
    engine.capture();
    engine.cancel();
    engine.selectCamera('another-camera');
    await new Promise((r) => setTimeout(r, 30));
    expect(engine.getState().state).toBe('idle');
    expect(engine.getState().deviceId).toBeNull();
    expect(media.requests).toHaveLength(0);
  });

  it('emits a focus event when a result replaces the flow, and an error event for each error', async () => {
    media.failWith = 'NotAllowedError';
    const engine = engineWith({ submit: async () => diditApprovedBody() });
    const focus: string[] = [];
    const errors: string[] = [];
    engine.on('focus', ({ target }) => focus.push(target));
    engine.on('error', ({ error }) => errors.push(error.code));
    engine.start();
    await waitForState(engine, 'camera-error');
    await vi.waitFor(() => expect(focus).toEqual(['error']));
    expect(errors).toEqual(['CAMERA_PERMISSION_DENIED']);
  });
});
