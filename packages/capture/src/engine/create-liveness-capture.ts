import {
  encodeJpeg,
  interpretResult,
  LivenessError,
  ovalFromRatios,
  toLivenessError,
} from '@liveness-kit/core';
import { QueryClient } from '@tanstack/query-core';
import { cameraConstraints } from '../camera/camera-constraints.js';
import { cameraErrorFrom, isInsecureContext } from '../camera/camera-errors.js';
import { createCameraSession } from '../camera/camera-session.js';
import { readRememberedCamera, rememberCamera } from '../camera/remembered-camera.js';
import { isPhone, isPortraitScreen, watchScreenOrientation } from '../camera/screen-geometry.js';
import { createScreenWakeLock } from '../camera/screen-wake-lock.js';
import { createDetectorHolder, type DetectorHolder } from '../detector/detector-holder.js';
import { announceHeldHints } from '../guidance/announce-held-hints.js';
import { createFrameGrabber, videoSize, type FrameGrabber } from '../guidance/frame-grabber.js';
import type { CaptureOptions } from '../options/capture-options.js';
import { checkCaptureOptions } from '../options/check-capture-options.js';
import { checkPhoto } from '../photo/check-photo.js';
import { createCaptureStore, type CaptureSnapshot } from '../store/create-capture-store.js';
import { createUpload } from '../upload/create-upload.js';
import { ovalInEffect } from '../store/frame-geometry.js';
import { sendPhoto } from '../upload/send-photo.js';
import type { CaptureEventMap, CreateLivenessCaptureOptions, LivenessCaptureEngine } from './engine-types.js';
import { createEventEmitter } from './event-emitter.js';
import { emitStoreEvents } from './store-events.js';
import { startGuidance } from './start-guidance.js';

/**
 * Creates one liveness capture (see {@link LivenessCaptureEngine}). Nothing is acquired until a
 * view calls `connect()` on mount (then the default detector preloads, `preloadDetector`) or the
 * first `start()` / `choosePhoto()`; the camera opens when a view attaches it. Throws
 * `INVALID_OPTIONS` for options that cannot work.
 */
export function createLivenessCapture(initial: CreateLivenessCaptureOptions = {}): LivenessCaptureEngine {
  const { queryClient, ...first } = initial;
  let options: CaptureOptions = first;
  let resolved = checkCaptureOptions(options);
  const store = createCaptureStore();
  const s = () => store.getState();
  const events = createEventEmitter<CaptureEventMap>();
  const camera = createCameraSession(store);
  let holder: DetectorHolder | null = null;
  let grabber: FrameGrabber | null = null;
  let video: HTMLVideoElement | null = null;
  let stopGuidance: (() => void) | null = null;
  let stopAnnounce: (() => void) | null = null;
  let captureRequested = false;
  /** After a cancel, the photo is taken only on request (else it would be taken again at once). */
  let autoPaused = false;
  let lastImage: { image: Blob; notBefore: number } | null = null;
  let connected = false;
  let destroyed = false;
  /** The page is hidden (another tab, the phone locked): no detection, no capture. */
  let hidden = false;
  /** What the running frame loop was started for (frame size and oval): another one restarts it. */
  let guidanceKey = '';
  let stopScreen: (() => void) | null = null;
  let detachVideoEvents: (() => void) | null = null;
  const wakeLock = createScreenWakeLock();

  /** The oval of the current frame (the store's, which follows the frame size). */
  const oval = () => ovalFromRatios(s().oval.widthRatio, s().oval.heightRatio);
  /** The oval for a photo from disk of this size (its own geometry, unless the option sets one). */
  const photoOval = (size: { width: number; height: number }) => {
    const ratios = ovalInEffect(options.oval, size);
    return ovalFromRatios(ratios.widthRatio, ratios.heightRatio);
  };
  /** Reads the video's real size into the store (`null` until it shows a frame). */
  const measureVideo = () => {
    const size = video ? videoSize(video) : null;
    s().actions.frameResized(size && size.width > 0 && size.height > 0 ? size : null);
  };
  const readScreen = () => s().actions.screenOriented(isPortraitScreen(), isPhone());
  const onVisibility = () => {
    hidden = globalThis.document?.visibilityState === 'hidden';
    if (hidden) captureRequested = false;
    syncGuidance(s());
    syncWakeLock(s());
  };
  const getGrabber = () => (grabber ??= createFrameGrabber());
  const upload = createUpload({
    client: queryClient ?? new QueryClient(),
    send: (image, signal) => sendPhoto(options, image, signal),
    retry: () => resolved.retry,
    onAttempt: (attempt) => s().actions.uploadProgress({ attempt, retryAt: null }),
    onRetryAt: (retryAt) => s().actions.uploadProgress({ retryAt }),
  });

  const sendImage = (image: Blob, notBefore: number) => {
    lastImage = { image, notBefore: 0 };
    upload.send(image, notBefore).then(
      (response) => {
        const interpretation = interpretResult(response);
        if (!s().actions.uploadSucceeded(interpretation)) return;
        events.emit('result', { response, interpretation });
        options.onResult?.(response, interpretation);
      },
      (error: LivenessError) => {
        if (error.code === 'ABORTED' || s().state !== 'uploading') return;
        if (error.retryAfterMs && lastImage) lastImage.notBefore = Date.now() + error.retryAfterMs;
        s().actions.uploadFailed(error);
      },
    );
  };

  /**
   * Encodes the checked photo and sends it; the store guarantees one upload per capture. A camera
   * photo is not sent once the page is hidden: back to guiding, which resumes when it is visible.
   */
  const encodeAndSend = (canvas: HTMLCanvasElement) => {
    encodeJpeg(canvas).then(
      (encoded) => {
        if (hidden && s().source === 'camera') {
          s().actions.captureFailed(new LivenessError('ABORTED', { detail: 'the page was hidden' }));
          return;
        }
        if (s().actions.beginUpload(resolved.retry.retries + 1)) sendImage(encoded.blob, 0);
      },
      (error: unknown) => s().actions.captureFailed(toLivenessError(error, 'INVALID_IMAGE')),
    );
  };

  /** Loads the detector unless it is loaded or loading (`force`: load again anyway). */
  const loadModel = (force = false) => {
    const h = holder;
    const model = s().model;
    if (!h || (!force && (model === 'ready' || model === 'loading'))) return;
    s().actions.modelLoading();
    h.ensure().then(
      () => holder === h && s().actions.modelLoaded(),
      (error: LivenessError) => holder === h && s().actions.modelFailed(error),
    );
  };

  /**
   * The frame loop runs while guiding with a loaded detector, the page visible and the phone (if it
   * is one) upright; a capture stops it on the frame that passed. A new frame size or oval restarts
   * it, so the stillness and face streak start again and no frame of the old geometry is used.
   */
  const syncGuidance = (state: CaptureSnapshot) => {
    const detector = holder?.loaded();
    const run =
      connected &&
      !hidden &&
      !state.holdUpright &&
      state.state === 'guiding' &&
      state.model === 'ready' &&
      !!detector;
    const key = `${state.frameSize?.width}x${state.frameSize?.height}|${state.oval.widthRatio}x${state.oval.heightRatio}`;
    if (!run || (stopGuidance && key !== guidanceKey)) {
      stopGuidance?.();
      stopGuidance = null;
      if (!run) {
        if (state.holdUpright) captureRequested = false;
        return;
      }
    }
    if (stopGuidance || !detector) return;
    guidanceKey = key;
    stopGuidance = startGuidance({
      store,
      detector,
      grabber: getGrabber(),
      getVideo: () => video,
      frameSize: () => s().frameSize,
      geometrySeen: (size) => s().actions.frameResized(size),
      oval: oval(),
      options: () => ({ ...options, ...resolved }),
      takeRequest: () => {
        const requested = captureRequested;
        captureRequested = false;
        return requested;
      },
      autoAllowed: () => resolved.autoCapture && !autoPaused,
      captured: (canvas) => {
        stopGuidance = null;
        encodeAndSend(canvas);
      },
    });
  };

  /** The screen stays on while guiding, taking the photo and sending it (visible pages only). */
  const syncWakeLock = (state: CaptureSnapshot) => {
    const busy = state.state === 'guiding' || state.state === 'capturing' || state.state === 'uploading';
    wakeLock.want(connected && !hidden && state.cameraOn && busy);
  };

  store.subscribe((next) => {
    camera.watchDevices(connected && next.cameraOn);
    syncGuidance(next);
    syncWakeLock(next);
  });
  s().actions.ovalOption(options.oval ?? null);
  emitStoreEvents(store, events, () => options);

  const start = () => {
    engine.connect();
    const remembered = readRememberedCamera();
    if (remembered && s().deviceId === null) s().actions.selectDevice(remembered);
    if (!s().actions.start()) return;
    loadModel(s().model === 'error');
    if (isInsecureContext()) s().actions.cameraFailed(cameraErrorFrom(undefined));
  };

  /** After `destroy()` every action is ignored (as documented), not only start and connect. */
  const alive =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A): void => {
      if (!destroyed) action(...args);
    };

  const engine: LivenessCaptureEngine = {
    getState: () => store.getState(),
    subscribe: (listener) => store.subscribe(listener),
    on: (type, listener) => events.on(type, listener),
    start: () => void (!destroyed && start()),
    capture: alive(() => {
      if (s().state !== 'guiding' || s().holdUpright || hidden) return;
      captureRequested = true;
      autoPaused = false;
    }),
    cancel: alive(() => {
      if (!s().actions.cancelUpload()) return;
      upload.cancel();
      autoPaused = true;
    }),
    retake: alive(() => {
      captureRequested = false;
      autoPaused = false;
      s().actions.retake();
    }),
    retry: alive(() => {
      const now = s();
      if (now.state === 'camera-error') start();
      else if (now.state === 'model-error' && now.actions.retryModel()) loadModel(true);
      else if (
        now.state === 'upload-error' &&
        lastImage &&
        now.actions.retryUpload(resolved.retry.retries + 1)
      )
        sendImage(lastImage.image, lastImage.notBefore);
    }),
    choosePhoto: alive((file: Blob) => {
      engine.connect();
      const h = holder;
      if (!h || !s().actions.beginCapture('photo')) return;
      void (async () => {
        const actions = s().actions;
        let detector;
        try {
          if (s().model !== 'ready') actions.modelLoading();
          detector = await h.ensure();
          actions.modelLoaded();
        } catch (error) {
          actions.modelFailed(toLivenessError(error, 'MODEL_LOAD_FAILED'));
          return;
        }
        try {
          const outcome = await checkPhoto(file, detector, getGrabber(), photoOval, options.frameThresholds);
          if (s().state !== 'capturing') return;
          if (outcome.passed) encodeAndSend(outcome.canvas);
          else actions.captureRefused(outcome.hint);
        } catch (error) {
          actions.captureFailed(toLivenessError(error, 'INVALID_IMAGE'));
        }
      })();
    }),
    selectCamera: alive((deviceId: string) => {
      rememberCamera(deviceId);
      s().actions.selectDevice(deviceId);
    }),
    getOptions: () => options,
    setOptions(next) {
      resolved = checkCaptureOptions(next);
      options = next;
      s().actions.ovalOption(next.oval ?? null);
    },
    cameraConstraints: () => cameraConstraints(s().deviceId, s().screenPortrait),
    attachVideo(element) {
      detachVideoEvents?.();
      detachVideoEvents = null;
      video = element;
      if (element) {
        // The frame size is known once the video has a frame, and changes when a phone turns.
        const events = ['loadedmetadata', 'loadeddata', 'resize'] as const;
        for (const type of events) element.addEventListener(type, measureVideo);
        detachVideoEvents = () => {
          for (const type of events) element.removeEventListener(type, measureVideo);
        };
      }
      measureVideo();
    },
    cameraStarted: alive((stream: MediaStream) => {
      camera.started(stream);
      measureVideo();
    }),
    cameraFailed: alive((error: unknown) => camera.failed(error)),
    connect() {
      if (connected || destroyed) return;
      connected = true;
      holder = createDetectorHolder({
        detector: options.detector,
        detectorOptions: options.detectorOptions,
        timeoutMs: resolved.timing.modelTimeoutMs,
      });
      stopAnnounce = announceHeldHints(store, () => resolved.timing.announceDelayMs);
      // Connected again (a remount): the previous detector is gone, load this one.
      if (s().state !== 'idle') loadModel(true);
      else if (resolved.preloadDetector && !options.detector) loadModel();
      camera.watchDevices(s().cameraOn);
      readScreen();
      const unwatchScreen = watchScreenOrientation(readScreen);
      const doc = globalThis.document;
      doc?.addEventListener('visibilitychange', onVisibility);
      stopScreen = () => {
        unwatchScreen();
        doc?.removeEventListener('visibilitychange', onVisibility);
      };
      hidden = doc?.visibilityState === 'hidden';
      syncGuidance(s());
      syncWakeLock(s());
    },
    disconnect() {
      if (!connected) return;
      connected = false;
      stopScreen?.();
      stopScreen = null;
      syncGuidance(s());
      syncWakeLock(s());
      // Nothing in flight survives a disconnect: an upload goes back to where it came from.
      if (s().actions.cancelUpload()) autoPaused = true;
      upload.cancel();
      camera.detach();
      stopAnnounce?.();
      stopAnnounce = null;
      holder?.dispose();
      holder = null;
      // A load in flight is dropped with its holder: the status must not stay `loading`.
      s().actions.modelUnloaded();
    },
    destroy() {
      engine.disconnect();
      destroyed = true;
      events.clear();
    },
  };
  return engine;
}
