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

export interface FrameCheck {
  /**
   * Checks the analysis copy `pixels` of a frame whose full size (what is uploaded) is `fullWidth`
   * pixels wide: thresholds in pixels (`minFacePixels`) are about the uploaded image.
   */
  assess(
    pixels: RgbaFrame,
    faces: readonly DetectedFace[],
    timestamp: number,
    fullWidth?: number,
  ): FrameAssessment;
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
    assess(pixels, faces, timestamp, fullWidth) {
      const believed = streak.push(
        filterFaces(faces, pixels, {
          minScore: thresholds.minFaceScore,
          minFaceSize: thresholds.minFaceSize,
        }),
      );
      return assessFrame({
        frame: pixels,
        faces: believed,
        timestamp,
        tracker,
        oval: options.oval,
        thresholds: inAnalysisPixels(thresholds, pixels, fullWidth),
      });
    },
    reset() {
      tracker.reset();
      streak.reset();
    },
  };
}

/**
 * `minFacePixels` is about the uploaded image; the checks run on a smaller copy, so it is scaled to
 * that copy's pixels.
 */
function inAnalysisPixels(
  thresholds: Readonly<FrameThresholds>,
  pixels: RgbaFrame,
  fullWidth: number | undefined,
): Readonly<FrameThresholds> {
  if (!fullWidth || fullWidth <= pixels.width) return thresholds;
  return { ...thresholds, minFacePixels: (thresholds.minFacePixels * pixels.width) / fullWidth };
}

/** Framing codes that only make sense for a live camera (where the face sits in the oval). */
const LIVE_ONLY: ReadonlySet<GuidanceCode> = new Set(['CENTER_FACE', 'MOVE_BACK', 'HOLD_STILL']);

/**
 * The pre-checks of a photo chosen from disk: the same checks (one face, light, sharpness, a face
 * big enough) without the ones about the live framing (centring in the oval, being too close,
 * holding still). Returns the first failing code, or `READY`.
 */
export function checkPhotoFrame(
  pixels: RgbaFrame,
  faces: readonly DetectedFace[],
  oval: FramingOval,
  thresholds?: Partial<FrameThresholds>,
  fullWidth?: number,
): GuidanceCode {
  const resolved = inAnalysisPixels(resolveFrameThresholds(thresholds), pixels, fullWidth);
  const assessment = assessFrame({ frame: pixels, faces, timestamp: 0, oval, thresholds: resolved });
  return assessment.codes.find((code) => !LIVE_ONLY.has(code)) ?? 'READY';
}
