// The engine on a phone (no React): a portrait camera and screen, turning the phone, the page hidden,
// the screen wake lock. jsdom with test-utils' fake camera, canvas, screen and wake lock, a scripted
// detector and the engine's own camera binding.
import { ovalForFrame, type DetectorInput, type FaceDetector } from '@liveness-kit/core';
import { diditApprovedBody } from '@liveness-kit/test-utils';
import { createScriptedDetector, type ScriptedDetector } from '@liveness-kit/test-utils/dom';
import {
  installFakeCanvas,
  installFakeMedia,
  installFakeScreen,
  installFakeWakeLock,
  PHONE_SCREEN,
  sceneFrame,
  SCENES,
  setPageVisibility,
  type FakeMedia,
  type FakeScreen,
  type FakeScreenOptions,
  type FakeWakeLock,
} from '@liveness-kit/test-utils/jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isPhone } from '../camera/screen-geometry.js';
import type { FrameSize } from '../store/capture-state.js';
import type { SubmitRequest } from '../upload/submit-types.js';
import { engineWithCamera, FAST_ENGINE_OPTIONS, waitForState } from './engine-test-harness.js';
import type { CreateLivenessCaptureOptions, LivenessCaptureEngine } from './engine-types.js';

let media: FakeMedia;
let detector: ScriptedDetector;
let wakeLock: FakeWakeLock;
const cleanups: Array<() => void> = [];

beforeEach(async () => {
  const restoreCanvas = installFakeCanvas();
  const installed = installFakeMedia({ frame: await sceneFrame(SCENES.portrait) });
  const lock = installFakeWakeLock();
  media = installed.media;
  wakeLock = lock.wakeLock;
  detector = createScriptedDetector([...SCENES.portrait.faces]);
  cleanups.push(() => {
    lock.restore();
    installed.restore();
    restoreCanvas();
    localStorage.clear();
  });
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function screenOf(options: FakeScreenOptions): FakeScreen {
  const installed = installFakeScreen(options);
  cleanups.push(installed.restore);
  return installed.screen;
}

function hide(state: 'hidden' | 'visible'): void {
  cleanups.push(setPageVisibility(state));
}

/** An engine with the fake camera opened by the engine's own binding; also returns its `<video>`. */
function engineWith(options: CreateLivenessCaptureOptions): {
  engine: LivenessCaptureEngine;
  video: HTMLVideoElement;
} {
  return engineWithCamera({ detector, ...options }, cleanups);
}

/** The camera now shows `scene` (its size may differ); the video says so as browsers do (`resize`). */
async function showScene(video: HTMLVideoElement | null, scene: (typeof SCENES)[keyof typeof SCENES]) {
  media.frame = await sceneFrame(scene);
  detector.faces = [...scene.faces];
  video?.dispatchEvent(new Event('resize'));
}

/** A JPEG's size from its start-of-frame marker. */
async function jpegSize(blob: Blob): Promise<FrameSize> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  for (let i = 2; i + 9 < bytes.length;) {
    if (bytes[i] !== 0xff) throw new Error('not a JPEG segment');
    const marker = bytes[i + 1]!;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
    }
    i += 2 + length;
  }
  throw new Error('no start-of-frame marker');
}

/** Detections wait for `open()` while gated (to change the camera while one frame is analysed). */
function gated(inner: FaceDetector): FaceDetector & { gate(): void; open(): void; waiting: boolean } {
  let gate: Promise<void> | null = null;
  let release: (() => void) | null = null;
  let waiting = false;
  return {
    load: () => inner.load(),
    dispose: () => inner.dispose?.(),
    async detect(input: DetectorInput) {
      const faces = inner.detect(input);
      if (gate) {
        waiting = true;
        await gate;
        waiting = false;
      }
      return faces;
    },
    gate() {
      gate = new Promise((r) => (release = r));
    },
    open() {
      gate = null;
      release?.();
    },
    get waiting() {
      return waiting;
    },
  };
}

describe('the engine on a phone', () => {
  it('asks a portrait screen for a portrait camera (3:4, 480x640) and a landscape one for 640x480', async () => {
    screenOf(PHONE_SCREEN);
    const { engine } = engineWith({ submit: async () => diditApprovedBody() });
    engine.start();
    await waitForState(engine, 'guiding');
    expect(media.requests[0]!.video).toEqual({
      facingMode: 'user',
      aspectRatio: { ideal: 3 / 4 },
      width: { ideal: 480 },
      height: { ideal: 640 },
    });
  });

  it('keeps 640x480 landscape for a desktop screen', () => {
    screenOf({ width: 1280, height: 800, coarse: false });
    const { engine } = engineWith({});
    engine.connect();
    expect(engine.getState().screenPortrait).toBe(false);
    expect(engine.cameraConstraints()).toEqual({
      facingMode: 'user',
      width: { ideal: 640 },
      height: { ideal: 480 },
    });
  });

  it('tells a phone by a coarse pointer and a small screen, whichever way it is held', () => {
    const screen = screenOf(PHONE_SCREEN);
    expect(isPhone()).toBe(true);
    screen.turn(false);
    expect(isPhone()).toBe(true);
    cleanups.pop()!();
    screenOf({ width: 1024, height: 1366, coarse: true });
    expect(isPhone()).toBe(false);
    cleanups.pop()!();
    screenOf({ width: 390, height: 844, coarse: false });
    expect(isPhone()).toBe(false);
  });

  it('reads the frame size from the video, follows its resize, and forgets it when the camera stops', async () => {
    screenOf(PHONE_SCREEN);
    const { engine, video } = engineWith({ autoCapture: false });
    expect(engine.getState().frameSize).toBeNull();
    engine.start();
    await waitForState(engine, 'guiding');
    expect(engine.getState().frameSize).toEqual({ width: 480, height: 640 });
    expect(engine.getState().oval).toEqual(ovalForFrame({ width: 480, height: 640 }));
    await showScene(video, SCENES.ready);
    expect(engine.getState().frameSize).toEqual({ width: 640, height: 480 });
    expect(engine.getState().oval).toEqual({ widthRatio: 0.55, heightRatio: 0.8 });
    media.live!.getVideoTracks()[0]!.unplug();
    await waitForState(engine, 'camera-error');
    expect(engine.getState().frameSize).toBeNull();
  });

  it('checks each frame against the oval of its geometry, or the `oval` option when given', async () => {
    screenOf(PHONE_SCREEN);
    // A centred face 250 px wide in the 480x640 frame: 0.69 of the portrait oval (360 px), fitted;
    // 0.95 of the landscape shares' oval in that frame (264 px): too close.
    const face = { x: (480 - 250) / 2 / 480, y: (640 - 250) / 2 / 640, width: 250 / 480, height: 250 / 640 };
    detector.faces = [face];
    const portrait = engineWith({ autoCapture: false }).engine;
    portrait.start();
    await vi.waitFor(() => expect(portrait.getState().fitted).toBe(true), { timeout: 10_000 });
    portrait.destroy();

    const fixed = engineWith({ autoCapture: false, oval: { widthRatio: 0.55, heightRatio: 0.8 } }).engine;
    fixed.start();
    await vi.waitFor(() => expect(fixed.getState().hint).toBe('MOVE_BACK'), { timeout: 10_000 });
    expect(fixed.getState().oval).toEqual({ widthRatio: 0.55, heightRatio: 0.8 });
    fixed.setOptions({ ...FAST_ENGINE_OPTIONS, detector, autoCapture: false });
    expect(fixed.getState().oval).toEqual(ovalForFrame({ width: 480, height: 640 }));
    await vi.waitFor(() => expect(fixed.getState().fitted).toBe(true), { timeout: 10_000 });
  });

  it('asks a phone turned to landscape to hold it upright: no detection, no photo; turned back, it goes on to a result', async () => {
    const screen = screenOf(PHONE_SCREEN);
    const submit = vi.fn(async (_request: SubmitRequest) => diditApprovedBody());
    detector.faces = [...SCENES.far.faces];
    const { engine, video } = engineWith({ submit });
    engine.start();
    await vi.waitFor(() => expect(engine.getState().hint).toBe('MOVE_CLOSER'), { timeout: 10_000 });

    screen.turn(false);
    // The camera turns with the phone: its frames are landscape now.
    await showScene(video, SCENES.ready);
    expect(engine.getState()).toMatchObject({ holdUpright: true, hint: 'HOLD_UPRIGHT', fitted: false });
    expect(engine.getState().screenPortrait).toBe(false);
    const seen = detector.detections;
    engine.capture();
    await new Promise((r) => setTimeout(r, 80));
    // At most the detection in flight when it turned; its frame is not used.
    expect(detector.detections - seen).toBeLessThanOrEqual(1);
    expect(engine.getState()).toMatchObject({ state: 'guiding', hint: 'HOLD_UPRIGHT' });
    expect(submit).not.toHaveBeenCalled();

    screen.turn(true);
    await showScene(video, SCENES.portrait);
    expect(engine.getState().holdUpright).toBe(false);
    await waitForState(engine, 'result');
    expect(submit).toHaveBeenCalledTimes(1);
    expect(await jpegSize(submit.mock.calls[0]![0].image)).toEqual({ width: 480, height: 640 });
  });

  it('guides a desktop in landscape as usual (only phones are asked to turn)', async () => {
    screenOf({ width: 1280, height: 800, coarse: false });
    await showScene(null, SCENES.ready);
    const { engine } = engineWith({ submit: async () => diditApprovedBody() });
    engine.start();
    await waitForState(engine, 'result');
    expect(engine.getState().holdUpright).toBe(false);
  });

  for (const told of [false, true]) {
    it(`never takes the photo from a frame of the old geometry: the camera turning mid-analysis drops it (video resize event: ${told})`, async () => {
      screenOf({ width: 1280, height: 800, coarse: false });
      await showScene(null, SCENES.ready);
      const slow = gated(detector);
      const submit = vi.fn(async (_request: SubmitRequest) => diditApprovedBody());
      const { engine, video } = engineWith({ submit, detector: slow, autoCapture: false });
      const capturedAt: Array<FrameSize | null> = [];
      const sizes: string[] = [];
      engine.subscribe((s, previous) => {
        if (s.frameSize !== previous.frameSize) sizes.push(`${s.frameSize?.width}x${s.frameSize?.height}`);
        if (s.state === 'capturing' && previous.state !== 'capturing') capturedAt.push(s.frameSize);
      });
      engine.start();
      await vi.waitFor(() => expect(engine.getState().hint).toBe('READY'), { timeout: 10_000 });
      // A 640x480 frame is being analysed when the camera starts sending 480x640 frames.
      slow.gate();
      await vi.waitFor(() => expect(slow.waiting).toBe(true));
      engine.capture();
      media.frame = await sceneFrame(SCENES.portrait);
      detector.faces = [...SCENES.portrait.faces];
      if (told) video.dispatchEvent(new Event('resize'));
      slow.open();
      await waitForState(engine, 'result');
      expect(capturedAt).toEqual([{ width: 480, height: 640 }]);
      // The stale frame never sets the size back.
      expect(sizes.slice(sizes.indexOf('480x640'))).toEqual(['480x640']);
      expect(await jpegSize(submit.mock.calls[0]![0].image)).toEqual({ width: 480, height: 640 });
    });
  }

  it('pauses detection while the page is hidden and resumes when it is visible again', async () => {
    screenOf(PHONE_SCREEN);
    const submit = vi.fn(async (_request: SubmitRequest) => diditApprovedBody());
    detector.faces = [...SCENES.far.faces];
    const { engine } = engineWith({ submit });
    engine.start();
    await vi.waitFor(() => expect(engine.getState().hint).toBe('MOVE_CLOSER'), { timeout: 10_000 });
    hide('hidden');
    detector.faces = [...SCENES.portrait.faces];
    const seen = detector.detections;
    engine.capture();
    await new Promise((r) => setTimeout(r, 80));
    expect(detector.detections - seen).toBeLessThanOrEqual(1);
    expect(engine.getState().state).toBe('guiding');
    expect(submit).not.toHaveBeenCalled();
    hide('visible');
    await waitForState(engine, 'result');
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('keeps the screen awake while guiding and sending, and lets it go on the result, when hidden and on disconnect', async () => {
    screenOf(PHONE_SCREEN);
    let answer!: (body: unknown) => void;
    const { engine } = engineWith({ submit: () => new Promise((r) => (answer = r)) });
    expect(wakeLock.requests).toBe(0);
    engine.start();
    await waitForState(engine, 'uploading');
    await vi.waitFor(() => expect(wakeLock.held).toHaveLength(1));
    answer(diditApprovedBody());
    await waitForState(engine, 'result');
    await vi.waitFor(() => expect(wakeLock.held).toHaveLength(0));

    engine.retake();
    await vi.waitFor(() => expect(wakeLock.held).toHaveLength(1));
    // Hidden: the browser drops the lock itself; visible again while guiding, it is asked for again.
    wakeLock.releaseAll();
    hide('hidden');
    expect(wakeLock.held).toHaveLength(0);
    const requests = wakeLock.requests;
    hide('visible');
    await vi.waitFor(() => expect(wakeLock.held).toHaveLength(1));
    expect(wakeLock.requests).toBe(requests + 1);

    engine.disconnect();
    await vi.waitFor(() => expect(wakeLock.held).toHaveLength(0));
  });

  it('takes a refused wake lock silently: counted, no error, guidance goes on', async () => {
    screenOf(PHONE_SCREEN);
    wakeLock.failWith = 'NotAllowedError';
    const errors: string[] = [];
    const { engine } = engineWith({ submit: async () => diditApprovedBody() });
    engine.on('error', ({ error }) => errors.push(error.code));
    engine.start();
    await waitForState(engine, 'result');
    expect(wakeLock.requests).toBeGreaterThan(0);
    expect(wakeLock.held).toHaveLength(0);
    expect(errors).toEqual([]);
  });
});
