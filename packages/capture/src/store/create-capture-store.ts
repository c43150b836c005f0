import {
  ovalForFrame,
  type FaceMatchInterpretation,
  type GuidanceCode,
  type LivenessError,
  type LivenessInterpretation,
  type OvalRatios,
  type VerificationResult,
} from '@liveness-kit/core';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  CameraDevice,
  CaptureSource,
  CaptureState,
  CaptureStep,
  FrameSize,
  ModelStatus,
  ReferencePhoto,
} from './capture-state.js';
import { ovalInEffect, sameFrameSize } from './frame-geometry.js';

/** Where an upload stands: which attempt, and when the next one starts while waiting to retry. */
export interface UploadProgress {
  /** 1 for the first try. */
  attempt: number;
  /** Tries allowed in all (first try plus automatic retries). */
  attempts: number;
  /** `Date.now()` time the next try starts, while waiting out a backoff or `Retry-After`. */
  retryAt: number | null;
}

/** A photo that was not sent because a pre-check failed. */
export interface CaptureRefusal {
  hint: GuidanceCode;
  source: CaptureSource;
}

/** The state of one `<LivenessCapture>`: read it with `useLivenessCapture(selector)`. */
export interface CaptureSnapshot {
  state: CaptureState;
  /** The primary guidance code of the last analysed frame (while guiding), else `null`. */
  hint: GuidanceCode | null;
  /** Whether the one face fills the oval (framing passed). */
  fitted: boolean;
  /** The hint screen readers were last told about (it changes only once a hint has held). */
  announcedHint: GuidanceCode | null;
  /** Why the last capture or chosen photo was refused (a pre-check failed), until the next try. */
  refused: CaptureRefusal | null;
  /** Why the last chosen photo could not be used at all (unreadable, wrong type), until the next try. */
  photoError: LivenessError | null;
  /** The error of the current error state (`camera-error`, `model-error`, `upload-error`). */
  error: LivenessError | null;
  /** The outcome, in the `result` state. */
  result: LivenessInterpretation | null;
  /** Where the photo being checked or sent comes from. */
  source: CaptureSource;
  /** Whether the camera is (being) opened. */
  cameraOn: boolean;
  /** Bumped each time the camera is (re)started, so the video element opens a fresh stream. */
  cameraSession: number;
  /** A camera failure seen while a photo was being sent: shown on retake. */
  cameraLost: LivenessError | null;
  /** The last camera failure (kept while a photo from disk is used instead). */
  cameraError: LivenessError | null;
  /** The last face-detector failure, until it loads. */
  modelError: LivenessError | null;
  devices: CameraDevice[];
  /** The chosen camera; `null` for the default front camera. */
  deviceId: string | null;
  /** The camera actually streaming (from the track's settings), when known. */
  activeDeviceId: string | null;
  model: ModelStatus;
  upload: UploadProgress | null;
  /** Where the photo-from-disk path goes back to when it ends without a camera. */
  photoReturn: 'idle' | 'camera-error';
  /**
   * The camera's real frame size (the video's `videoWidth` x `videoHeight` once it shows a frame,
   * followed on `resize`: turning a phone swaps it); `null` while the camera is off.
   */
  frameSize: FrameSize | null;
  /** Whether the screen is portrait now (`(orientation: portrait)`); `true` where it cannot be told. */
  screenPortrait: boolean;
  /**
   * The oval in effect for the current frame, as shares of its width and height (what the oval guide
   * draws and the pre-checks use): the `oval` option when given, else core's `ovalForFrame(frameSize)`.
   */
  oval: OvalRatios;
  /**
   * A phone is held in landscape: detection is paused, no photo is taken, and the hint (while
   * guiding) is `HOLD_UPRIGHT` until it is upright again.
   */
  holdUpright: boolean;
  /**
   * Where the flow is (`data-step`): `reference` (the ID photo is chosen and checked), `liveness`
   * (the selfie; the only step without the face-match flow) or `face-match` (the Approved selfie
   * compared with the reference).
   */
  step: CaptureStep;
  /** The reference photo of the face-match flow, once one is chosen or given. */
  reference: ReferencePhoto | null;
  /** The face match's outcome, in the `result` state of the flow (`data-face-match`). */
  faceMatch: FaceMatchInterpretation | null;
  /** The combined outcome of the flow, in its `result` state (`data-outcome`). */
  verification: VerificationResult | null;
}

/** What a checked reference leads to: the selfie, straight to the face match (a kept selfie), or nothing. */
export type ReferenceNext = 'liveness' | 'face-match' | 'unusable';

/** The transitions of the state machine. Each is ignored (returns `false`) from a state it does not leave. */
export interface CaptureTransitions {
  /** Open the camera: from `idle`, `camera-error`, or a photo's `result` / `upload-error`. */
  start(): boolean;
  /** The stream is up (`activeDeviceId`: the camera it comes from, when known). */
  cameraStarted(activeDeviceId?: string | null): boolean;
  cameraFailed(error: LivenessError): boolean;
  modelLoading(): void;
  /** The detector went away (the engine disconnected): it must load again; an error is kept. */
  modelUnloaded(): void;
  modelLoaded(): void;
  modelFailed(error: LivenessError): void;
  /** `model-error` → `loading-model`. */
  retryModel(): boolean;
  /** The result of one analysed frame (while guiding). */
  assessed(hint: GuidanceCode, fitted: boolean): void;
  announce(hint: GuidanceCode | null): void;
  /** Take a photo from the camera (`guiding` → `capturing`) or check one from disk (`capturing`). */
  beginCapture(source: CaptureSource): boolean;
  /** The photo (or, while guiding, the frame of a capture request) failed the pre-checks. */
  captureRefused(hint: GuidanceCode): boolean;
  /** A photo that cannot be read: back to where a photo can be chosen, with the error. */
  captureFailed(error: LivenessError): boolean;
  /** `capturing` → `uploading`. */
  beginUpload(attempts: number): boolean;
  uploadProgress(progress: Partial<UploadProgress>): void;
  /** The answer of the upload in flight; `verification` when it ends the face-match flow. */
  uploadSucceeded(result: LivenessInterpretation, verification?: VerificationResult | null): boolean;
  /** An Approved selfie in the flow: `uploading` goes on in step `face-match` (progress restarts). */
  faceMatchStarted(result: LivenessInterpretation, attempts: number): boolean;
  /** The face match answered: `result`, with the combined outcome. */
  faceMatchSucceeded(faceMatch: FaceMatchInterpretation, verification: VerificationResult): boolean;
  /** The face-match flow was turned on or off (the `faceMatch` / `referenceImage` options). */
  faceMatchFlow(on: boolean): void;
  /** A reference photo is being checked: from step `reference`, or `liveness` before the selfie (`idle`). */
  referenceChecking(): boolean;
  /**
   * The reference photo's check ended. Ready: on to the selfie, or (a selfie Approved before
   * `retakeReference`) straight to the face match, `uploading` with `attempts` tries.
   */
  referenceChecked(reference: ReferencePhoto, attempts: number): ReferenceNext | false;
  /** A check in progress was dropped (the engine disconnected): no reference until it runs again. */
  referenceCancelled(): void;
  /**
   * Choose another reference: from a face match's `result` / `upload-error`, or before the selfie
   * (`idle`, step `liveness`). The camera closes; an Approved selfie is kept for the next face match.
   */
  retakeReference(): boolean;
  uploadFailed(error: LivenessError): boolean;
  /** `upload-error` → `uploading`. */
  retryUpload(attempts: number): boolean;
  /** `uploading` → back to guiding (or to where a photo can be chosen). */
  cancelUpload(): boolean;
  /** `result` / `upload-error` → guiding with the camera still open (or where a photo can be chosen). */
  retake(): boolean;
  setDevices(devices: CameraDevice[]): void;
  /** Switch cameras: the stream restarts (`starting-camera`) when one is open. */
  selectDevice(deviceId: string | null): void;
  /** The camera's frame has this size now (`null`: no frame); the oval follows it. Ignored while the camera is off. */
  frameResized(size: FrameSize | null): void;
  /** The screen turned (`portrait`); on a `phone`, landscape means {@link CaptureSnapshot.holdUpright}. */
  screenOriented(portrait: boolean, phone: boolean): void;
  /** The `oval` option changed (`null`: none given, the oval follows the frame). */
  ovalOption(oval: OvalRatios | null): void;
}

export type CaptureStoreState = CaptureSnapshot & { actions: CaptureTransitions };
export type CaptureStore = StoreApi<CaptureStoreState>;

const INITIAL: CaptureSnapshot = {
  state: 'idle',
  hint: null,
  fitted: false,
  announcedHint: null,
  refused: null,
  photoError: null,
  error: null,
  result: null,
  source: 'camera',
  cameraOn: false,
  cameraSession: 0,
  cameraLost: null,
  cameraError: null,
  modelError: null,
  devices: [],
  deviceId: null,
  activeDeviceId: null,
  model: 'idle',
  upload: null,
  photoReturn: 'idle',
  frameSize: null,
  screenPortrait: true,
  oval: ovalForFrame(null),
  holdUpright: false,
  step: 'liveness',
  reference: null,
  faceMatch: null,
  verification: null,
};

/** A reference photo while its check runs. */
const CHECKING_REFERENCE: ReferencePhoto = Object.freeze({
  status: 'checking',
  problem: null,
  faceCount: 0,
  faceBox: null,
  width: 0,
  height: 0,
  image: null,
});

/** States reached from `camera-error` or `idle` without a camera, where a photo can be chosen. */
const PHOTO_ENTRY_STATES: readonly CaptureState[] = [
  'idle',
  'camera-error',
  'guiding',
  'result',
  'upload-error',
];

/**
 * A store for one `<LivenessCapture>` instance (never a global singleton): the state machine
 * `idle → starting-camera → loading-model → guiding → capturing → uploading → result`, with
 * `camera-error`, `model-error` and `upload-error` branches, and the data each state shows.
 */
export function createCaptureStore(initial: Partial<CaptureSnapshot> = {}): CaptureStore {
  return createStore<CaptureStoreState>()((set, get) => {
    let ovalOption: OvalRatios | null = null;
    const ovalFor = (size: FrameSize | null): OvalRatios => ovalInEffect(ovalOption, size);
    /** The camera is off: no frame, and the oval of no frame. */
    const cameraOff = () => ({ cameraOn: false, frameSize: null, oval: ovalFor(null) }) as const;
    /** The hint on entering `guiding`: `HOLD_UPRIGHT` while a phone is in landscape. */
    const guidingHint = (): Partial<CaptureSnapshot> =>
      get().holdUpright ? { hint: 'HOLD_UPRIGHT', fitted: false } : {};
    /** Leaves the flow for the camera when it is open, else for where a photo can be chosen. */
    const settle = (): Partial<CaptureSnapshot> => {
      const s = get();
      if (s.cameraLost) {
        return {
          state: 'camera-error',
          error: s.cameraLost,
          cameraError: s.cameraLost,
          cameraLost: null,
          ...cameraOff(),
        };
      }
      if (s.cameraOn) {
        if (s.model === 'error') return { state: 'model-error', source: 'camera', error: s.modelError };
        if (s.model !== 'ready') return { state: 'loading-model', source: 'camera', error: null };
        return { state: 'guiding', source: 'camera', error: null, ...guidingHint() };
      }
      return { state: s.photoReturn, error: s.photoReturn === 'camera-error' ? s.cameraError : null };
    };
    const leaving = { hint: null, fitted: false, announcedHint: null, upload: null } as const;
    /** A new selfie: back to the liveness step (the reference stays), no face match or outcome. */
    const newSelfie = (): Partial<CaptureSnapshot> =>
      get().step === 'reference' ? {} : { step: 'liveness', faceMatch: null, verification: null };

    const actions: CaptureTransitions = {
      start() {
        const s = get();
        const from = s.state;
        if (s.step === 'reference') return false;
        const allowed =
          from === 'idle' ||
          from === 'camera-error' ||
          (!s.cameraOn && (from === 'result' || from === 'upload-error'));
        if (!allowed) return false;
        set({
          ...leaving,
          state: 'starting-camera',
          cameraOn: true,
          cameraSession: s.cameraSession + 1,
          source: 'camera',
          error: null,
          result: null,
          refused: null,
          photoError: null,
          cameraLost: null,
          cameraError: null,
          ...newSelfie(),
        });
        return true;
      },
      cameraStarted(activeDeviceId = null) {
        const s = get();
        if (!s.cameraOn) return false;
        if (activeDeviceId !== s.activeDeviceId) set({ activeDeviceId });
        if (s.state !== 'starting-camera') return false;
        if (s.model === 'ready') set({ state: 'guiding', ...guidingHint() });
        else if (s.model === 'error') set({ state: 'model-error', error: s.modelError });
        else set({ state: 'loading-model' });
        return true;
      },
      cameraFailed(error) {
        const s = get();
        if (!s.cameraOn) return false;
        if (
          s.source === 'photo' ||
          s.state === 'uploading' ||
          s.state === 'result' ||
          s.state === 'upload-error'
        ) {
          // A photo is on its way or shown: keep it, tell about the camera on retake.
          set({ ...cameraOff(), cameraLost: error });
          return true;
        }
        set({
          ...leaving,
          state: 'camera-error',
          ...cameraOff(),
          error,
          cameraError: error,
          photoReturn: 'camera-error',
        });
        return true;
      },
      modelLoading() {
        set({ model: 'loading' });
      },
      modelUnloaded() {
        if (get().model !== 'error') set({ model: 'idle' });
      },
      modelLoaded() {
        const s = get();
        set({ model: 'ready', modelError: null });
        if (s.state === 'loading-model') set(settle());
      },
      modelFailed(error) {
        const s = get();
        set({ model: 'error', modelError: error });
        if (
          s.state === 'loading-model' ||
          s.state === 'guiding' ||
          (s.state === 'capturing' && s.source === 'photo')
        ) {
          set({ ...leaving, state: 'model-error', error });
        } else if (s.step === 'reference' && s.reference?.status === 'checking') {
          // The reference photo cannot be checked without the face checker: say so, offer a retry.
          set({ ...leaving, state: 'model-error', error, reference: null });
        }
      },
      retryModel() {
        if (get().state !== 'model-error') return false;
        set({ state: 'loading-model', model: 'loading', modelError: null, error: null });
        return true;
      },
      assessed(hint, fitted) {
        const s = get();
        if (s.state !== 'guiding' || s.holdUpright) return;
        if (s.hint !== hint || s.fitted !== fitted) set({ hint, fitted });
      },
      announce(hint) {
        if (get().announcedHint !== hint) set({ announcedHint: hint });
      },
      beginCapture(source) {
        const s = get();
        if (source === 'camera') {
          if (s.state !== 'guiding' || s.holdUpright) return false;
          set({ state: 'capturing', source, refused: null, photoError: null });
          return true;
        }
        if (!PHOTO_ENTRY_STATES.includes(s.state) || s.step === 'reference') return false;
        const photoReturn = s.state === 'idle' || s.state === 'camera-error' ? s.state : s.photoReturn;
        set({
          ...leaving,
          state: 'capturing',
          source,
          refused: null,
          photoError: null,
          result: null,
          photoReturn,
          ...newSelfie(),
        });
        return true;
      },
      captureRefused(hint) {
        const s = get();
        if (s.state === 'guiding' || (s.state === 'capturing' && s.source === 'camera')) {
          set({ state: 'guiding', refused: { hint, source: 'camera' }, hint, ...guidingHint() });
          return true;
        }
        if (s.state !== 'capturing') return false;
        set({ ...leaving, ...settle(), refused: { hint, source: 'photo' } });
        return true;
      },
      captureFailed(error) {
        const s = get();
        if (s.state !== 'capturing') return false;
        // The photo's own error is shown beside the photo input; a camera error stays as it was.
        if (s.source === 'camera') set({ state: 'guiding', error: null, ...guidingHint() });
        else set({ ...leaving, ...settle(), refused: null, photoError: error });
        return true;
      },
      beginUpload(attempts) {
        if (get().state !== 'capturing') return false;
        set({ ...leaving, state: 'uploading', upload: { attempt: 1, attempts, retryAt: null } });
        return true;
      },
      uploadProgress(progress) {
        const s = get();
        if (s.state !== 'uploading' || !s.upload) return;
        set({ upload: { ...s.upload, ...progress } });
      },
      uploadSucceeded(result, verification = null) {
        if (get().state !== 'uploading') return false;
        set({ state: 'result', result, upload: null, error: null, verification });
        return true;
      },
      faceMatchStarted(result, attempts) {
        const s = get();
        if (s.state !== 'uploading' || s.step !== 'liveness' || s.reference?.status !== 'ready') return false;
        set({ step: 'face-match', result, upload: { attempt: 1, attempts, retryAt: null } });
        return true;
      },
      faceMatchSucceeded(faceMatch, verification) {
        const s = get();
        if (s.state !== 'uploading' || s.step !== 'face-match') return false;
        set({ state: 'result', faceMatch, verification, upload: null, error: null });
        return true;
      },
      faceMatchFlow(on) {
        const s = get();
        if (!on) {
          if (s.step !== 'liveness' || s.reference) {
            set({ step: 'liveness', reference: null, faceMatch: null, verification: null });
          }
          return;
        }
        if (s.step === 'liveness' && s.state === 'idle' && s.reference?.status !== 'ready') {
          set({ step: 'reference' });
        }
      },
      referenceChecking() {
        const s = get();
        // Only where the ID photo is asked for (not in model-error: Retry checks the pending one again).
        const allowed = s.state === 'idle' && (s.step === 'reference' || s.step === 'liveness');
        if (!allowed || s.reference?.status === 'checking') return false;
        set({ step: 'reference', reference: CHECKING_REFERENCE, faceMatch: null, verification: null });
        return true;
      },
      referenceChecked(reference, attempts) {
        const s = get();
        if (s.step !== 'reference' || s.reference?.status !== 'checking') return false;
        if (reference.status !== 'ready') {
          set({ reference });
          return 'unusable';
        }
        if (s.result?.approved) {
          set({
            ...leaving,
            reference,
            step: 'face-match',
            state: 'uploading',
            upload: { attempt: 1, attempts, retryAt: null },
          });
          return 'face-match';
        }
        set({ reference, step: 'liveness' });
        return 'liveness';
      },
      referenceCancelled() {
        if (get().reference?.status === 'checking') set({ reference: null });
      },
      retakeReference() {
        const s = get();
        const retake = s.verification?.retake;
        const fromFaceMatch =
          (s.step === 'face-match' && (s.state === 'result' || s.state === 'upload-error')) ||
          // An Approved selfie with no usable reference (the flow turned on mid-selfie): reference-unusable.
          (s.state === 'result' && (retake === 'reference' || retake === 'selfie-or-reference'));
        const beforeSelfie = s.step === 'liveness' && s.state === 'idle' && s.reference !== null;
        if (!fromFaceMatch && !beforeSelfie) return false;
        set({
          ...leaving,
          ...cameraOff(),
          state: 'idle',
          step: 'reference',
          reference: null,
          faceMatch: null,
          verification: null,
          error: null,
          refused: null,
          photoError: null,
          photoReturn: 'idle',
          // The Approved selfie stays: the next usable reference is compared with it at once.
          result: fromFaceMatch ? s.result : null,
        });
        return true;
      },
      uploadFailed(error) {
        if (get().state !== 'uploading') return false;
        set({ state: 'upload-error', error, upload: null });
        return true;
      },
      retryUpload(attempts) {
        if (get().state !== 'upload-error') return false;
        set({ state: 'uploading', error: null, upload: { attempt: 1, attempts, retryAt: null } });
        return true;
      },
      cancelUpload() {
        if (get().state !== 'uploading') return false;
        set({ ...leaving, ...newSelfie(), result: null, ...settle() });
        return true;
      },
      retake() {
        const s = get();
        if (s.state !== 'result' && s.state !== 'upload-error') return false;
        set({ ...leaving, ...newSelfie(), result: null, refused: null, error: null, ...settle() });
        return true;
      },
      setDevices(devices) {
        set({ devices });
      },
      selectDevice(deviceId) {
        const s = get();
        if (s.deviceId === deviceId) return;
        const restart =
          s.cameraOn && (s.state === 'guiding' || s.state === 'loading-model' || s.state === 'model-error');
        set(restart ? { ...leaving, deviceId, state: 'starting-camera' } : { deviceId });
      },
      frameResized(size) {
        const s = get();
        const next = s.cameraOn ? size : null;
        if (sameFrameSize(s.frameSize, next)) return;
        set({ frameSize: next && { width: next.width, height: next.height }, oval: ovalFor(next) });
      },
      screenOriented(portrait, phone) {
        const s = get();
        const holdUpright = phone && !portrait;
        if (s.screenPortrait === portrait && s.holdUpright === holdUpright) return;
        const hint =
          s.state !== 'guiding' || s.holdUpright === holdUpright
            ? {}
            : { hint: holdUpright ? ('HOLD_UPRIGHT' as const) : null, fitted: false };
        set({ screenPortrait: portrait, holdUpright, ...hint });
      },
      ovalOption(oval) {
        ovalOption = oval && { widthRatio: oval.widthRatio, heightRatio: oval.heightRatio };
        const next = ovalFor(get().frameSize);
        const current = get().oval;
        if (next.widthRatio !== current.widthRatio || next.heightRatio !== current.heightRatio) {
          set({ oval: next });
        }
      },
    };
    return { ...INITIAL, ...initial, actions };
  });
}
