import {
  combineVerification,
  encodeJpeg,
  interpretFaceMatch,
  interpretResult,
  LivenessError,
  ovalFromRatios,
  toLivenessError,
  type FaceDetector,
  type FaceMatchResponse,
  type LivenessInterpretation,
  type LivenessResponse,
  type VerificationResult,
} from '@liveness-kit/core';
import { QueryClient } from '@tanstack/query-core';
import { cameraConstraints } from '../camera/camera-constraints.js';
import { cameraErrorFrom, isInsecureContext } from '../camera/camera-errors.js';
import { createCameraSession } from '../camera/camera-session.js';
import { readRememberedCamera, rememberCamera } from '../camera/remembered-camera.js';
import { isPhone, isPortraitScreen, watchScreenOrientation } from '../camera/screen-geometry.js';
import { createScreenWakeLock } from '../camera/screen-wake-lock.js';
import { createDetectorHolder, type DetectorHolder } from '../detector/detector-holder.js';
import { modelLoadError } from '../detector/model-load-error.js';
import { withTimeout } from '../detector/with-timeout.js';
import { announceHeldHints } from '../guidance/announce-held-hints.js';
import { createFrameGrabber, videoSize, type FrameGrabber } from '../guidance/frame-grabber.js';
import type { CaptureOptions } from '../options/capture-options.js';
import { checkCaptureOptions } from '../options/check-capture-options.js';
import { checkPhoto } from '../photo/check-photo.js';
import { checkReferencePhoto } from '../photo/check-reference-photo.js';
import { createCaptureStore, type CaptureSnapshot } from '../store/create-capture-store.js';
import { createUpload, FACE_MATCH_MUTATION_KEY, LIVENESS_MUTATION_KEY } from '../upload/create-upload.js';
import { faceMatchFlowOn, sendFaceMatch } from '../upload/send-face-match.js';
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
  const client = queryClient ?? new QueryClient();
  const uploadHooks = {
    client,
    retry: () => resolved.retry,
    onAttempt: (attempt: number) => s().actions.uploadProgress({ attempt, retryAt: null }),
    onRetryAt: (retryAt: number) => s().actions.uploadProgress({ retryAt }),
  };
  const upload = createUpload<LivenessResponse>({
    ...uploadHooks,
    mutationKey: LIVENESS_MUTATION_KEY,
    send: (image, signal) => sendPhoto(options, image, signal),
  });
  /** The face match of the flow: the Approved selfie against the checked reference, same retries. */
  const faceMatchUpload = createUpload<FaceMatchResponse>({
    ...uploadHooks,
    mutationKey: FACE_MATCH_MUTATION_KEY,
    send: (image, signal) => {
      const reference = s().reference?.image;
      if (!reference) throw new LivenessError('INVALID_IMAGE', { detail: 'no usable reference photo' });
      return sendFaceMatch(options, image, reference, signal);
    },
  });
  /** The liveness answer of the flow's selfie, kept for `onResult` once the face match answers. */
  let livenessResponse: LivenessResponse | null = null;
  /** The host's `referenceImage` last checked (a new one is checked again). */
  let hostReference: Blob | undefined;
  /** A reference whose check waits for the face checker to load again after a model error. */
  let pendingReference: Blob | null = null;
  const attempts = () => resolved.retry.retries + 1;

  const finish = (
    response: LivenessResponse,
    interpretation: LivenessInterpretation,
    verification?: VerificationResult,
  ) => {
    events.emit(
      'result',
      verification ? { response, interpretation, verification } : { response, interpretation },
    );
    if (verification) options.onResult?.(response, interpretation, verification);
    else options.onResult?.(response, interpretation);
  };
  const uploadFailed = (error: LivenessError) => {
    if (error.code === 'ABORTED' || s().state !== 'uploading') return;
    if (error.retryAfterMs && lastImage) lastImage.notBefore = Date.now() + error.retryAfterMs;
    s().actions.uploadFailed(error);
  };

  const sendImage = (image: Blob, notBefore: number) => {
    lastImage = { image, notBefore: 0 };
    upload.send(image, notBefore).then((response) => {
      const interpretation = interpretResult(response);
      if (!faceMatchFlowOn(options)) {
        if (s().actions.uploadSucceeded(interpretation)) finish(response, interpretation);
        return;
      }
      livenessResponse = response;
      if (interpretation.approved && s().actions.faceMatchStarted(interpretation, attempts())) {
        sendFaceMatchNow(0);
        return;
      }
      // Not Approved: the selfie is never compared (or, Approved, there is no usable reference).
      const verification = combineVerification(interpretation, null);
      if (s().actions.uploadSucceeded(interpretation, verification)) {
        finish(response, interpretation, verification);
      }
    }, uploadFailed);
  };

  /** Sends the kept selfie with the reference; the store is in step `face-match`, `uploading`. */
  const sendFaceMatchNow = (notBefore: number) => {
    if (!lastImage) return;
    lastImage.notBefore = 0;
    faceMatchUpload.send(lastImage.image, notBefore).then((response) => {
      const liveness = s().result;
      if (!liveness || !livenessResponse) return;
      const faceMatch = interpretFaceMatch(response);
      const verification = combineVerification(liveness, faceMatch);
      if (s().actions.faceMatchSucceeded(faceMatch, verification)) {
        finish(livenessResponse, liveness, verification);
      }
    }, uploadFailed);
  };

  /**
   * Runs `run` with the loaded face checker, loading it first (the store shows `loading`). A load
   * failure, or `run` failing, ends in `model-error` (Retry loads again); nothing happens once the
   * engine has been given another holder.
   */
  const withDetector = async (h: DetectorHolder, run: (detector: FaceDetector) => Promise<void>) => {
    const actions = s().actions;
    try {
      if (s().model !== 'ready') actions.modelLoading();
      const detector = await h.ensure();
      if (holder !== h) return;
      actions.modelLoaded();
      await run(detector);
    } catch (error) {
      if (holder === h) actions.modelFailed(toLivenessError(error, 'MODEL_LOAD_FAILED'));
    }
  };

  /**
   * Checks a reference photo (decoded upright, faces found, light and sharpness measured) with the
   * face checker, loading it first. Ready: on to the selfie (auto-started when `autoStart` says
   * so), or straight to the face match when an Approved selfie is kept.
   */
  const checkReference = (file: Blob) => {
    const h = holder;
    if (!h || !s().actions.referenceChecking()) return;
    pendingReference = file;
    void withDetector(h, async (detector) => {
      // A detector that never answers must not leave the step checking for ever.
      const reference = await withTimeout(
        checkReferencePhoto(file, detector, getGrabber()),
        resolved.timing.modelTimeoutMs,
        () =>
          modelLoadError(
            `the face checker did not answer within ${resolved.timing.modelTimeoutMs} ms while checking the ID photo`,
          ),
      );
      if (holder !== h) return;
      pendingReference = null;
      const next = s().actions.referenceChecked(reference, attempts());
      if (next === 'face-match') sendFaceMatchNow(0);
      else if (next === 'liveness' && options.autoStart) start();
    });
  };

  /** The flow follows the options: on or off, and a new host `referenceImage` is checked. */
  const syncFaceMatchFlow = () => {
    const on = faceMatchFlowOn(options);
    s().actions.faceMatchFlow(on);
    const given = options.referenceImage;
    if (!on || !connected || given === undefined || given === hostReference) return;
    hostReference = given;
    checkReference(given);
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
      () => {
        if (holder !== h) return;
        s().actions.modelLoaded();
        // A reference photo that waited for the face checker (after a model error) is checked now.
        if (pendingReference && s().step === 'reference' && s().state === 'idle') {
          const file = pendingReference;
          pendingReference = null;
          checkReference(file);
        }
      },
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
  s().actions.faceMatchFlow(faceMatchFlowOn(options));
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
      faceMatchUpload.cancel();
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
      else if (now.state === 'upload-error' && lastImage && now.actions.retryUpload(attempts())) {
        // In the flow's face-match step only the face match is sent again: the liveness stands.
        if (now.step === 'face-match') sendFaceMatchNow(lastImage.notBefore);
        else sendImage(lastImage.image, lastImage.notBefore);
      }
    }),
    chooseReference: alive((file: Blob) => {
      engine.connect();
      checkReference(file);
    }),
    retakeReference: alive(() => {
      if (!s().actions.retakeReference()) return;
      faceMatchUpload.cancel();
      pendingReference = null;
    }),
    choosePhoto: alive((file: Blob) => {
      engine.connect();
      const h = holder;
      if (!h || !s().actions.beginCapture('photo')) return;
      void withDetector(h, async (detector) => {
        try {
          const outcome = await checkPhoto(file, detector, getGrabber(), photoOval, options.frameThresholds);
          if (s().state !== 'capturing') return;
          if (outcome.passed) encodeAndSend(outcome.canvas);
          else s().actions.captureRefused(outcome.hint);
        } catch (error) {
          s().actions.captureFailed(toLivenessError(error, 'INVALID_IMAGE'));
        }
      });
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
      syncFaceMatchFlow();
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
      // A host reference is checked now (again after a remount, if its check was cut off).
      if (s().reference?.status !== 'ready') hostReference = undefined;
      syncFaceMatchFlow();
      if (pendingReference && s().state === 'idle') checkReference(pendingReference);
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
      faceMatchUpload.cancel();
      s().actions.referenceCancelled();
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
