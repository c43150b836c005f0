import { LivenessError } from '../errors/liveness-error.js';
import type { DetectedFace } from './face-detector.js';

/** What {@link filterFaces} keeps. */
export interface FaceFilterOptions {
  /** Lowest detection score kept, 0-1. Default 0 (keep all). */
  minScore?: number;
  /**
   * Smallest face kept, as a fraction of the frame's shorter side, compared with the box's longer
   * side. Default 0 (keep all). 0.1 on a 640x480 frame drops boxes under 48 px.
   */
  minFaceSize?: number;
}

/**
 * The faces that are confident and large enough to believe, in their original order. Small
 * low-confidence boxes are what face detectors report on faceless scenes (textures, text, noise).
 */
export function filterFaces<T extends DetectedFace>(
  faces: readonly T[],
  frame: { width: number; height: number },
  options: FaceFilterOptions = {},
): T[] {
  const minScore = options.minScore ?? 0;
  const minFaceSize = options.minFaceSize ?? 0;
  if (!(minScore >= 0 && minScore <= 1) || !(minFaceSize >= 0 && minFaceSize <= 1)) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `minScore and minFaceSize must be between 0 and 1, got ${minScore} and ${minFaceSize}`,
    });
  }
  const minSide = minFaceSize * Math.min(frame.width, frame.height);
  return faces.filter(
    (face) => face.score >= minScore && Math.max(face.box.width, face.box.height) >= minSide,
  );
}

/** See {@link createConsecutiveFaceFilter}. */
export interface ConsecutiveFaceFilter {
  /**
   * Feeds the faces of the next frame (already filtered by score and size); returns them when
   * faces have now been seen in `frames` frames in a row, otherwise an empty array.
   */
  push<T extends DetectedFace>(faces: readonly T[]): T[];
  /** Forgets the streak (e.g. after the camera changed). */
  reset(): void;
  /** Frames in a row, up to now, that had at least one face. */
  readonly streak: number;
}

/**
 * Believes a face only once it has been found in `frames` consecutive frames: a detector's
 * one-frame false positives (a pattern that looks like a face for an instant) never reach the
 * user, at the cost of `frames - 1` frames of latency when a face appears. A frame without faces
 * ends the streak at once, so a face that leaves is reported gone on the next frame.
 */
export function createConsecutiveFaceFilter(options: { frames: number }): ConsecutiveFaceFilter {
  const { frames } = options;
  if (!Number.isInteger(frames) || frames < 1) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `frames must be an integer of at least 1, got ${String(frames)}`,
    });
  }
  let streak = 0;
  return {
    push<T extends DetectedFace>(faces: readonly T[]): T[] {
      streak = faces.length > 0 ? streak + 1 : 0;
      return streak >= frames ? [...faces] : [];
    },
    reset() {
      streak = 0;
    },
    get streak() {
      return streak;
    },
  };
}
