import {
  assessFrame,
  createConsecutiveFaceFilter,
  createStabilityTracker,
  filterFaces,
  resolveFrameThresholds,
  type DetectedFace,
  type FrameAssessment,
  type FrameThresholds,
  type FramingOval,
  type GuidanceCode,
  type RgbaFrame,
  type StabilityOptions,
} from '@liveness-kit/core';

export interface FrameCheckOptions {
  oval: FramingOval;
  thresholds?: Partial<FrameThresholds> | undefined;
  stability?: Partial<StabilityOptions> | undefined;
  /** A face counts only once it has been found in this many frames in a row (detector noise). */
  consecutiveFrames: number;
}

/** A frame's assessment, and whether a face is seen but not yet believed (see `consecutiveFrames`). */
export type CheckedFrame = FrameAssessment & {
  /**
   * Faces were found but not in enough frames in a row yet: the assessment says `NO_FACE` for now,
   * which a view should not show (it would flash before the face's own hint).
   */
  settling: boolean;
};

export interface FrameCheck {
  /**
   * Checks the analysis copy `pixels` of a frame whose full size (what is uploaded) is `uploadWidth`
   * pixels wide (core's `assessFrame` measures `minFacePixels` in those pixels).
   */
  assess(
    pixels: RgbaFrame,
    faces: readonly DetectedFace[],
    timestamp: number,
    uploadWidth?: number,
  ): CheckedFrame;
  /** Forgets the stillness and face history (after a pause, a retake or a camera switch). */
  reset(): void;
}

/**
 * The live pre-checks of camera frames: core's `assessFrame` with a stability tracker (so `READY`
 * means still for a moment) and faces believed only after a few frames in a row.
 */
export function createFrameCheck(options: FrameCheckOptions): FrameCheck {
  const thresholds = resolveFrameThresholds(options.thresholds);
  const tracker = createStabilityTracker(options.stability);
  const streak = createConsecutiveFaceFilter({ frames: Math.max(1, Math.round(options.consecutiveFrames)) });
  return {
    assess(pixels, faces, timestamp, uploadWidth) {
      const found = filterFaces(faces, pixels, {
        minScore: thresholds.minFaceScore,
        minFaceSize: thresholds.minFaceSize,
      });
      const believed = streak.push(found);
      const settling = found.length > 0 && believed.length === 0;
      const assessment = assessFrame({
        frame: pixels,
        faces: believed,
        timestamp,
        tracker,
        oval: options.oval,
        thresholds,
        uploadWidth,
      });
      return { ...assessment, settling };
    },
    reset() {
      tracker.reset();
      streak.reset();
    },
  };
}

/** Framing codes that only make sense for a live camera (where the face sits in the oval). */
const LIVE_ONLY: ReadonlySet<GuidanceCode> = new Set(['CENTER_FACE', 'MOVE_BACK', 'HOLD_STILL']);

/**
 * The pre-checks of a photo chosen from disk: the same checks (one face, light, sharpness, a face
 * big enough) without the ones about the live framing (centring in the oval, being too close,
 * holding still). `pixels` may be a smaller copy of the photo that is uploaded, `uploadWidth` pixels
 * wide. Returns the first failing code, or `READY`.
 */
export function checkPhotoFrame(
  pixels: RgbaFrame,
  faces: readonly DetectedFace[],
  oval: FramingOval,
  thresholds?: Partial<FrameThresholds>,
  uploadWidth?: number,
): GuidanceCode {
  const assessment = assessFrame({ frame: pixels, faces, timestamp: 0, oval, thresholds, uploadWidth });
  return assessment.codes.find((code) => !LIVE_ONLY.has(code)) ?? 'READY';
}
