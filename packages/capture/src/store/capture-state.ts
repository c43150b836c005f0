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
