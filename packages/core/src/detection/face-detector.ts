import type { Box } from '../frame/rgba-frame.js';

/** Head rotation in degrees: yaw (left/right), pitch (up/down), roll (tilt). */
export interface HeadPose {
  yaw: number;
  pitch: number;
  roll: number;
}

/** One face found in a frame. */
export interface DetectedFace {
  /** Box in the pixels of the frame that was analysed (not of any downscaled copy). */
  box: Box;
  /** Detection confidence, 0-1. */
  score: number;
  /** Landmark points `[x, y]` in frame pixels, where the model gives them. */
  landmarks?: Array<[number, number]>;
  /** Head pose, where the model gives it. */
  pose?: HeadPose;
}

/** What a detector gets: anything it can draw (a bitmap, a video, a canvas) or RGBA pixels. */
export type DetectorInput =
  | ImageBitmap
  | HTMLVideoElement
  | HTMLCanvasElement
  | OffscreenCanvas
  | ImageData
  | { data: Uint8ClampedArray; width: number; height: number };

/** A face detector the pre-checks can use. Implementations: Human in a worker, the native API. */
export interface FaceDetector {
  /** Loads models; rejects with a `MODEL_LOAD_FAILED` error on failure or timeout. Idempotent. */
  load(): Promise<void>;
  /** Faces in one frame; boxes in that frame's pixels. */
  detect(frame: DetectorInput): Promise<DetectedFace[]>;
  /** Frees models, workers and memory. The detector cannot be used afterwards. */
  dispose(): void;
}
