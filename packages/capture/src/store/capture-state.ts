import type { Box, ReferenceProblem } from '@liveness-kit/core';

/**
 * Every state `<LivenessCapture>` can be in: the root's `data-state`. Each failure has its own
 * state (`camera-error`, `model-error`, `upload-error`) with its own message and way out.
 */
export const CAPTURE_STATES = [
  'idle',
  'starting-camera',
  'camera-error',
  'loading-model',
  'model-error',
  'guiding',
  'capturing',
  'uploading',
  'result',
  'upload-error',
] as const;

export type CaptureState = (typeof CAPTURE_STATES)[number];

/** Where the photo being checked or sent comes from: the live camera or a file chosen from disk. */
export type CaptureSource = 'camera' | 'photo';

/** Whether the face checker (detector) is loaded. */
export type ModelStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A camera the user can pick. */
export interface CameraDevice {
  deviceId: string;
  /** The browser's label; empty before permission is granted. */
  label: string;
}

/** A camera frame's size in pixels. */
export interface FrameSize {
  width: number;
  height: number;
}

/**
 * Where the flow is (the root's `data-step`): choosing the reference photo (the ID portrait) for a
 * face match, taking the selfie (the liveness check; the only step without a face match), or
 * comparing the Approved selfie with the reference.
 */
export const CAPTURE_STEPS = ['reference', 'liveness', 'face-match'] as const;
export type CaptureStep = (typeof CAPTURE_STEPS)[number];

/** The reference photo of a face match, as checked before anything is sent. */
export interface ReferencePhoto {
  /** Being decoded and checked; ready to send; or refused for `problem`. */
  status: 'checking' | 'ready' | 'unusable';
  /** Why it cannot be used (`unusable` only). */
  problem: ReferenceProblem | null;
  /** Faces found in it; the largest is the one compared. */
  faceCount: number;
  /** The largest face, in the pixels of the upright (and scaled) image; `null` when there is none. */
  faceBox: Box | null;
  /** The size of the upright image that is sent (0 while checking or when it cannot be read). */
  width: number;
  height: number;
  /** The upright JPEG that is sent (EXIF stripped by re-encoding, at most 1920 px); `null` unless ready. */
  image: Blob | null;
}
