import type {
  GuidanceCode,
  LivenessError,
  LivenessInterpretation,
  LivenessResponse,
  VerificationResult,
} from '@liveness-kit/core';
import type { QueryClient } from '@tanstack/query-core';
import type { CaptureOptions } from '../options/capture-options.js';
import type { CaptureSnapshot } from '../store/create-capture-store.js';
import type { CaptureState } from '../store/capture-state.js';

/** Where a view should move focus when the engine asks (the view decides how). */
export type FocusTarget = 'result' | 'error' | 'photo-error';

/** The events of one capture, for views and host apps (`engine.on(type, listener)`). */
export interface CaptureEventMap {
  /** The state changed (`data-state`). */
  state: { state: CaptureState; previous: CaptureState };
  /**
   * A check came back: the contract's 200 body and its interpretation. In the face-match flow it
   * comes once, at the end, with the combined outcome (`verification.faceMatch.response` is the
   * face-match body).
   */
  result: {
    response: LivenessResponse;
    interpretation: LivenessInterpretation;
    verification?: VerificationResult;
  };
  /** An error the user sees: camera, face checker, photo or upload. */
  error: { error: LivenessError };
  /** A hint held long enough to be told to screen readers (`null`: nothing to say). */
  announce: { hint: GuidanceCode | null };
  /** A view element appeared in place of the control that had focus: move focus to it. */
  focus: { target: FocusTarget };
}

export type CaptureEventType = keyof CaptureEventMap;

/** Options of {@link createLivenessCapture}: the capture options plus the engine's own. */
export interface CreateLivenessCaptureOptions extends CaptureOptions {
  /**
   * The React Query / TanStack Query client uploads run on (mutation key `LIVENESS_MUTATION_KEY`),
   * so the host app sees them (`useIsMutating`, `useMutationState`, devtools). Default: the engine's own.
   */
  queryClient?: QueryClient;
}

/**
 * One liveness capture, framework-free: the state machine (one vanilla zustand store), the camera
 * session, the face detector, the frame loop with the pre-checks and auto-capture, the photo path,
 * the upload with its retries, and events for the view. Views render `getState()` and call the
 * actions; every action is ignored in a state where it makes no sense.
 */
export interface LivenessCaptureEngine {
  /** The current snapshot (a new object after every change: compare by reference). */
  getState(): CaptureSnapshot;
  /** Called after every change with the new and the previous snapshot. Returns unsubscribe. */
  subscribe(listener: (state: CaptureSnapshot, previous: CaptureSnapshot) => void): () => void;
  /** Listens to one kind of event. Returns unsubscribe. */
  on<K extends CaptureEventType>(type: K, listener: (event: CaptureEventMap[K]) => void): () => void;

  /** Open the camera (after the explanation), or try it again after a camera error. */
  start(): void;
  /** Take the photo now: it is sent only if the current frame passes the pre-checks. */
  capture(): void;
  /** Stop sending the photo and go back to the camera. */
  cancel(): void;
  /** Back to the camera (or to choosing a photo) after a result or an upload error. */
  retake(): void;
  /** Retry what failed: the camera, the face checker or the upload (in step `face-match`, only the face match). */
  retry(): void;
  /** Check a photo from disk like a camera frame, then send it if it passes. */
  choosePhoto(file: Blob): void;
  /**
   * The face-match flow: check this reference photo (the ID portrait) and use it once it passes.
   * In step `reference`, or before the selfie is taken; after a face match, use `retakeReference`.
   */
  chooseReference(file: Blob): void;
  /** The face-match flow: choose another reference photo; an Approved selfie is kept and compared with it. */
  retakeReference(): void;
  /** Switch to another camera (remembered for next time). */
  selectCamera(deviceId: string): void;

  /** The options in use. */
  getOptions(): CaptureOptions;
  /** Replaces the options (callbacks, thresholds, request fields); the detector and query client stay. */
  setOptions(options: CaptureOptions): void;

  /** The `getUserMedia` video constraints for the chosen camera (for views that open the stream). */
  cameraConstraints(): MediaTrackConstraints;
  /** Where the view shows the camera: the frames are read from this `<video>` (`null` when it goes). */
  attachVideo(video: HTMLVideoElement | null): void;
  /** The view opened the stream (`getUserMedia` with {@link cameraConstraints}). */
  cameraStarted(stream: MediaStream): void;
  /** The view could not open the stream (the `getUserMedia` error, or a string when the API is missing). */
  cameraFailed(error: unknown): void;

  /**
   * Acquires what a live view needs: views call it on mount (the default detector then preloads);
   * `start()` and `choosePhoto()` call it too. After a `disconnect`, the detector loads again if
   * the flow had started. Idempotent.
   */
  connect(): void;
  /** Releases the detector, the frame loop and any upload in flight; `connect` resumes. */
  disconnect(): void;
  /** Disconnects for good: every later call is ignored. */
  destroy(): void;
}
