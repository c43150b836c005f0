import {
  LANDSCAPE_OVAL,
  type FaceDetector,
  type FaceMatchRequestOptions,
  type FrameThresholds,
  type LivenessError,
  type LivenessInterpretation,
  type LivenessRequestOptions,
  type LivenessResponse,
  type StabilityOptions,
  type VerificationResult,
} from '@liveness-kit/core';
import type { HumanFaceDetectorOptions } from '../detector/detector-options.js';
import type { DisplayText } from '../i18n/text-table.js';
import type { CaptureState } from '../store/capture-state.js';
import type { RetryOptions } from '../upload/retry-policy.js';
import type { SubmitFaceMatchFunction, SubmitFunction } from '../upload/submit-types.js';

/** Timings of the capture; the defaults suit people, tests may shorten them. */
export interface CaptureTiming {
  /**
   * Least pause between two analysed frames, ms. Default 0: each new camera frame is analysed as
   * soon as the detector is free (a frame is never analysed twice).
   */
  frameIntervalMs?: number;
  /** How long `READY` (already still for `stability.stillMs`) must hold before auto-capture, ms. Default 300. */
  readyHoldMs?: number;
  /** How long a hint must hold before screen readers are told, ms. Default 1 000. */
  announceDelayMs?: number;
  /** How long the face detector may take to load before `model-error`, ms. Default 30 000. */
  modelTimeoutMs?: number;
  /** A face counts once found in this many frames in a row (detector noise). Default 2. */
  consecutiveFrames?: number;
}

/**
 * The face match after an Approved liveness check (`POST /v3/face-match/`): where it goes and its
 * own request fields. The vendor data, metadata, `saveApiRequest`, headers, time limit and retries
 * are the liveness request's.
 */
export interface FaceMatchCaptureOptions extends Pick<FaceMatchRequestOptions, 'threshold' | 'rotateImage'> {
  /**
   * Where to POST the selfie and the reference. Default: `endpoint` with its trailing
   * `/v3/passive-liveness/` (slash optional) replaced by `/v3/face-match/`.
   */
  endpoint?: string | URL;
  /** A custom backend instead of `endpoint`: gets both images and a signal, resolves with the 200 body. */
  submit?: SubmitFaceMatchFunction;
}

/** When the photo-from-disk input is offered. */
export type PhotoUploadMode = 'fallback' | 'always' | 'never';

/**
 * Everything the capture engine takes (`createLivenessCapture`), and with it `<LivenessCapture>`,
 * `<LivenessCapture.Root>` and `<liveness-capture>`, besides children and styling.
 */
export interface CaptureOptions extends LivenessRequestOptions {
  /** Where to POST the photo (your proxy or the liveness-kit server). Not needed with `submit`. */
  endpoint?: string | URL;
  /** A custom backend instead of `endpoint`: gets the JPEG and a signal, resolves with the 200 body. */
  submit?: SubmitFunction;
  /** Extra headers for `endpoint` (e.g. your session token). */
  headers?: HeadersInit;
  /** Time limit of one upload try, ms (default 30 000): past it, a retryable `TIMEOUT`. */
  timeoutMs?: number;
  /** Automatic retries of failed uploads (only what core marks retryable). */
  retry?: RetryOptions;
  /** The face detector. Default: the Human detector, imported on first use (not in the main bundle). */
  detector?: FaceDetector;
  /** Options of the default Human detector (model and wasm URLs, …). */
  detectorOptions?: HumanFaceDetectorOptions;
  /**
   * Load the default face detector while the explanation shows, so guidance starts as soon as the
   * camera is up. Default true (an injected `detector` is loaded on Start, as its owner decides).
   */
  preloadDetector?: boolean;
  /** Skip the explanation screen and ask for the camera at once. Default false. */
  autoStart?: boolean;
  /** Take the photo by itself once the frame has been `READY` for a moment. Default true. */
  autoCapture?: boolean;
  /** When to offer a photo from disk: only where the camera cannot be used (default), always, never. */
  photoUpload?: PhotoUploadMode;
  /** Limits of the frame pre-checks (light, sharpness, face size, centring). */
  frameThresholds?: Partial<FrameThresholds>;
  /** How still the face must be, and for how long, before `READY`. */
  stability?: Partial<StabilityOptions>;
  /**
   * The oval's size as shares of the frame, for every frame. Default: core's `ovalForFrame` of the
   * camera's frame (0.55 x 0.8 landscape, an upright-face oval on a portrait frame).
   */
  oval?: { widthRatio: number; heightRatio: number };
  /** Show the preview mirrored, like a mirror (the photo sent is never mirrored). Default true. */
  mirrored?: boolean;
  timing?: CaptureTiming;
  /** Any BCP 47 tag; shipped: en, es, fr, de, pt, zh, ja, ar (others fall back to English). */
  locale?: string;
  /** Overrides of any text key (`hint.TOO_DARK`, `ui.capture`, …). */
  displayText?: DisplayText;
  /**
   * The reference photo (the portrait on an ID document) to compare the selfie with: turns the
   * face-match flow on. It is pre-checked like one the user chooses; when it cannot be used, the
   * user is asked for another.
   */
  referenceImage?: Blob;
  /**
   * Liveness, then face match: after an Approved liveness check the same selfie is compared with the
   * reference photo (`referenceImage`, or one the user chooses or photographs first). `true` for the
   * defaults; on too when `referenceImage` is given.
   */
  faceMatch?: boolean | FaceMatchCaptureOptions;
  /**
   * The check's result (`Approved`, `Declined`, `In Review`, …) with its interpretation. In the
   * face-match flow it is called once, at the end, with the combined outcome as `verification`
   * (its `faceMatch.response` is the face-match body; `null` when no face match was sent).
   */
  onResult?: (
    response: LivenessResponse,
    interpretation: LivenessInterpretation,
    verification?: VerificationResult,
  ) => void;
  /** Every error the user sees: camera, face checker, photo or upload. */
  onError?: (error: LivenessError) => void;
  onStateChange?: (state: CaptureState, previous: CaptureState) => void;
}

export const DEFAULT_TIMING: Required<CaptureTiming> = {
  frameIntervalMs: 0,
  readyHoldMs: 300,
  announceDelayMs: 1_000,
  modelTimeoutMs: 30_000,
  consecutiveFrames: 2,
};

/** The oval when the frame is landscape or not known yet: core's {@link LANDSCAPE_OVAL} (a portrait frame gets core's `ovalForFrame`). */
export const DEFAULT_OVAL = LANDSCAPE_OVAL;

/** Every key of {@link CaptureOptions}, so a view can tell its own props from the capture's. */
export const CAPTURE_OPTION_KEYS = [
  'threshold',
  'rotateImage',
  'saveApiRequest',
  'vendorData',
  'metadata',
  'endpoint',
  'submit',
  'headers',
  'timeoutMs',
  'retry',
  'detector',
  'detectorOptions',
  'preloadDetector',
  'autoStart',
  'autoCapture',
  'photoUpload',
  'frameThresholds',
  'stability',
  'oval',
  'mirrored',
  'timing',
  'locale',
  'displayText',
  'referenceImage',
  'faceMatch',
  'onResult',
  'onError',
  'onStateChange',
] as const satisfies readonly (keyof CaptureOptions)[];

// Fails to compile when a key of CaptureOptions is missing from the list.
type MissingKey = Exclude<keyof CaptureOptions, (typeof CAPTURE_OPTION_KEYS)[number]>;
const noMissingKey: [MissingKey] extends [never] ? true : MissingKey = true;
void noMissingKey;

/** Splits props into the capture's options and the rest (what a view spreads on its element). */
export function splitCaptureOptions<P extends CaptureOptions>(
  props: P,
): [CaptureOptions, Omit<P, (typeof CAPTURE_OPTION_KEYS)[number]>] {
  const options: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  const keys: ReadonlySet<string> = new Set(CAPTURE_OPTION_KEYS);
  for (const [key, value] of Object.entries(props)) (keys.has(key) ? options : rest)[key] = value;
  return [options as CaptureOptions, rest as Omit<P, (typeof CAPTURE_OPTION_KEYS)[number]>];
}
