import { encodeJpeg, ovalFromRatios, toLivenessError, type LivenessError } from '@liveness-kit/core';
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { cameraDisconnectedError, cameraErrorFrom, isInsecureContext } from '../camera/camera-errors.js';
import { listCameras } from '../camera/list-cameras.js';
import { readRememberedCamera, rememberCamera } from '../camera/remembered-camera.js';
import type { CaptureActions } from '../context/capture-context.js';
import { announceHeldHints } from '../guidance/announce-held-hints.js';
import { createFrameCheck } from '../guidance/frame-check.js';
import { createFrameGrabber, type FrameGrabber } from '../guidance/frame-grabber.js';
import { startFrameLoop } from '../guidance/frame-loop.js';
import { checkPhoto } from '../photo/check-photo.js';
import type { CaptureStore } from '../store/create-capture-store.js';
import { resolveRetryOptions } from '../upload/retry-policy.js';
import { useLivenessUpload } from '../upload/use-liveness-upload.js';
import { DEFAULT_OVAL, DEFAULT_TIMING, type LivenessCaptureOptions } from './capture-options.js';
import { asModelError, createDetectorHolder, type DetectorHolder } from './detector-holder.js';
import { sendPhoto } from './send-photo.js';

/**
 * Runs one capture: the detector, the camera callbacks, the frame loop with auto-capture, the
 * photo-from-disk path, the upload and the screen-reader announcements, all driving `store`.
 */
export function useCaptureController(store: CaptureStore, props: LivenessCaptureOptions): CaptureActions {
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const holder = useRef<DetectorHolder | null>(null);
  const grabber = useRef<FrameGrabber | null>(null);
  const video = useRef<HTMLVideoElement | null>(null);
  const captureRequested = useRef(false);
  /** After a cancel, the photo is taken only on request (else it would be taken again at once). */
  const autoPaused = useRef(false);
  const detachTrack = useRef<(() => void) | null>(null);
  const state = useStore(store, (s) => s.state);
  const model = useStore(store, (s) => s.model);
  const cameraOn = useStore(store, (s) => s.cameraOn);
  const s = () => store.getState();
  const timing = () => ({ ...DEFAULT_TIMING, ...latest.current.timing });
  const oval = () => {
    const { widthRatio, heightRatio } = latest.current.oval ?? DEFAULT_OVAL;
    return ovalFromRatios(widthRatio, heightRatio);
  };
  const getGrabber = () => (grabber.current ??= createFrameGrabber());
  const attempts = () => resolveRetryOptions(latest.current.retry).retries + 1;

  const upload = useLivenessUpload({
    store,
    send: (image, signal) => sendPhoto(latest.current, image, signal),
    retry: resolveRetryOptions(props.retry),
    onResult: (response, interpretation) => latest.current.onResult?.(response, interpretation),
  });

  /** Encodes the checked photo and sends it; the store guarantees one upload per capture. */
  const encodeAndSend = (canvas: HTMLCanvasElement) => {
    encodeJpeg(canvas).then(
      (encoded) => {
        if (s().actions.beginUpload(attempts())) upload.upload(encoded.blob);
      },
      (error: unknown) => s().actions.captureFailed(toLivenessError(error, 'INVALID_IMAGE')),
    );
  };

  /** Loads the detector unless it is loaded or loading (`force`: load again anyway). */
  const loadModel = (force = false) => {
    const h = holder.current;
    const model = s().model;
    if (!h || (!force && (model === 'ready' || model === 'loading'))) return;
    s().actions.modelLoading();
    h.ensure().then(
      () => holder.current === h && s().actions.modelLoaded(),
      (error: LivenessError) => holder.current === h && s().actions.modelFailed(error),
    );
  };

  // The detector lives as long as the component (created in an effect: safe under StrictMode).
  useEffect(() => {
    const h = createDetectorHolder({
      detector: latest.current.detector,
      detectorOptions: latest.current.detectorOptions,
      timeoutMs: { ...DEFAULT_TIMING, ...latest.current.timing }.modelTimeoutMs,
    });
    holder.current = h;
    // Mounted again (StrictMode, a remount): the previous detector is gone, load this one.
    if (store.getState().state !== 'idle') loadModel(true);
    return () => {
      h.dispose();
      if (holder.current === h) holder.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  // Callbacks and announcements follow the store.
  useEffect(
    () =>
      store.subscribe((next, prev) => {
        if (next.state !== prev.state) latest.current.onStateChange?.(next.state, prev.state);
        if (next.error && next.error !== prev.error) latest.current.onError?.(next.error);
        if (next.photoError && next.photoError !== prev.photoError) latest.current.onError?.(next.photoError);
      }),
    [store],
  );

  // Screen readers hear a hint only once it has held for a moment, so changes do not flood them.
  useEffect(() => announceHeldHints(store, () => timing().announceDelayMs), [store]);

  // The frame loop runs while guiding; a capture stops it on the frame that passed.
  useEffect(() => {
    if (state !== 'guiding' || model !== 'ready') return;
    const detector = holder.current?.loaded();
    if (!detector) return;
    const t = timing();
    const check = createFrameCheck({
      oval: oval(),
      thresholds: latest.current.frameThresholds,
      stability: latest.current.stability,
      consecutiveFrames: t.consecutiveFrames,
    });
    let readySince: number | null = null;
    return startFrameLoop({
      getVideo: () => video.current,
      detector,
      grabber: getGrabber(),
      check,
      intervalMs: t.frameIntervalMs,
      onFrame: ({ assessment, grabbed, timestamp }) => {
        const actions = s().actions;
        actions.assessed(assessment.primary, assessment.metrics.framing.code === 'FITTED');
        readySince = assessment.ready ? (readySince ?? timestamp) : null;
        const manual = captureRequested.current;
        const auto =
          (latest.current.autoCapture ?? true) &&
          !autoPaused.current &&
          readySince !== null &&
          timestamp - readySince >= t.readyHoldMs;
        if (!manual && !auto) return true;
        captureRequested.current = false;
        // A button press does not wait for stillness, but every other check must pass.
        const passes = assessment.codes.every((code) => code === 'HOLD_STILL');
        if (!passes) {
          actions.captureRefused(assessment.primary);
          return true;
        }
        if (!actions.beginCapture('camera')) return true;
        encodeAndSend(grabbed.full);
        return false;
      },
      onError: (error) => s().actions.modelFailed(asModelError(error)),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, model, store]);

  // The camera list follows devices being plugged in and out.
  useEffect(() => {
    const devices = globalThis.navigator?.mediaDevices;
    if (!cameraOn || !devices || typeof devices.addEventListener !== 'function') return;
    const refresh = () => void listCameras().then((list) => s().actions.setDevices(list));
    devices.addEventListener('devicechange', refresh);
    return () => devices.removeEventListener('devicechange', refresh);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cameraOn, store]);

  useEffect(
    () => () => {
      detachTrack.current?.();
      detachTrack.current = null;
    },
    [],
  );

  const actions = useMemo<CaptureActions>(() => {
    const start = () => {
      const remembered = readRememberedCamera();
      if (remembered && s().deviceId === null) s().actions.selectDevice(remembered);
      if (!s().actions.start()) return;
      loadModel();
      if (isInsecureContext()) s().actions.cameraFailed(cameraErrorFrom(undefined));
    };
    return {
      start,
      capture() {
        if (s().state !== 'guiding') return;
        captureRequested.current = true;
        autoPaused.current = false;
      },
      retry() {
        const now = s();
        if (now.state === 'camera-error') start();
        else if (now.state === 'model-error' && now.actions.retryModel()) loadModel(true);
        else if (now.state === 'upload-error' && now.actions.retryUpload(attempts())) upload.retry();
      },
      cancel() {
        if (!s().actions.cancelUpload()) return;
        upload.cancel();
        autoPaused.current = true;
      },
      retake() {
        captureRequested.current = false;
        autoPaused.current = false;
        s().actions.retake();
      },
      selectCamera(deviceId) {
        rememberCamera(deviceId);
        s().actions.selectDevice(deviceId);
      },
      choosePhoto(file) {
        const h = holder.current;
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
            const outcome = await checkPhoto(
              file,
              detector,
              getGrabber(),
              oval(),
              latest.current.frameThresholds,
            );
            if (s().state !== 'capturing') return;
            if (outcome.passed) encodeAndSend(outcome.canvas);
            else actions.captureRefused(outcome.hint);
          } catch (error) {
            actions.captureFailed(toLivenessError(error, 'INVALID_IMAGE'));
          }
        })();
      },
      setVideo(element) {
        video.current = element;
      },
      cameraStarted(stream) {
        detachTrack.current?.();
        const tracks = typeof stream.getVideoTracks === 'function' ? stream.getVideoTracks() : [];
        const onEnded = () => s().actions.cameraFailed(cameraDisconnectedError());
        for (const track of tracks) track.addEventListener('ended', onEnded);
        detachTrack.current = () => {
          for (const track of tracks) track.removeEventListener('ended', onEnded);
        };
        const settings =
          tracks[0] && typeof tracks[0].getSettings === 'function' ? tracks[0].getSettings() : {};
        s().actions.cameraStarted(settings.deviceId ?? null);
        void listCameras().then((list) => s().actions.setDevices(list));
      },
      cameraFailed(error) {
        detachTrack.current?.();
        detachTrack.current = null;
        s().actions.cameraFailed(cameraErrorFrom(error));
      },
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  // Skip the explanation when asked to.
  useEffect(() => {
    if (latest.current.autoStart && store.getState().state === 'idle') actions.start();
  }, [actions, store]);

  return actions;
}
