import type { DetectedFace } from '../detection/face-detector.js';
import { filterFaces } from '../detection/face-filter.js';
import { judgeExposureWith, measureExposure } from './exposure.js';
import { DEFAULT_FRAME_THRESHOLDS } from './frame-thresholds.js';
import type { ReferenceProblem } from './reference-problem.js';
import type { RgbaFrame } from './rgba-frame.js';
import { measureSharpness } from './sharpness.js';

/** The limits a reference photo (an ID portrait) is checked against before it is sent. */
export interface ReferenceThresholds {
  /** Least detector confidence for a face to count (the selfie pre-checks' `minFaceScore`). */
  minFaceScore: number;
  /**
   * Least shorter side of the face box, in the pixels of the image that is sent. An ID portrait in
   * a phone photo of a card is small, but the local engine's face-quality size factor is 0 at 40 px
   * and the embedding it compares is computed on a face resized to 224 px: under 80 px the face is
   * a few dozen pixels of detail, not worth comparing.
   */
  minFacePixels: number;
  /** Least Laplacian variance of the face region (the selfie pre-checks' `minSharpness`). */
  minSharpness: number;
  /** Exposure limits on the face's skin (the selfie pre-checks', `judgeExposure`). */
  maxDarkShare: number;
  maxBrightShare: number;
  minHighlight: number;
}

export const DEFAULT_REFERENCE_THRESHOLDS: Readonly<ReferenceThresholds> = Object.freeze({
  minFaceScore: DEFAULT_FRAME_THRESHOLDS.minFaceScore,
  minFacePixels: 80,
  minSharpness: DEFAULT_FRAME_THRESHOLDS.minSharpness,
  maxDarkShare: DEFAULT_FRAME_THRESHOLDS.maxDarkShare,
  maxBrightShare: DEFAULT_FRAME_THRESHOLDS.maxBrightShare,
  minHighlight: DEFAULT_FRAME_THRESHOLDS.minHighlight,
});

export interface ReferenceAssessment {
  /** Why it cannot be used; `null` when it can. */
  problem: ReferenceProblem | null;
  /** The largest face (the one compared), in `frame`'s pixels; `null` when there is none. */
  face: DetectedFace | null;
  /** Faces found (of enough confidence). */
  faceCount: number;
}

/**
 * Checks a reference photo (the portrait on an ID document) before it is sent: a face must be found,
 * and the largest one (a phone photo of a card may show a second, smaller ghost portrait) must be
 * big enough, not too dark or washed out (glare on a card) and sharp enough. `frame` may be a smaller
 * copy of the image sent, `imageWidth` pixels wide (face sizes are judged in the sent image's
 * pixels); faces are in `frame`'s pixels. The same skin-based exposure rule as the selfie pre-checks,
 * so it holds for every skin tone and any background.
 */
export function assessReferencePhoto(
  frame: RgbaFrame,
  faces: readonly DetectedFace[],
  options: { imageWidth?: number; thresholds?: Partial<ReferenceThresholds> } = {},
): ReferenceAssessment {
  const t = { ...DEFAULT_REFERENCE_THRESHOLDS, ...options.thresholds };
  const found = filterFaces(faces, frame, { minScore: t.minFaceScore });
  if (found.length === 0) return { problem: 'NO_FACE', face: null, faceCount: 0 };
  const face = found.reduce((a, b) => (b.box.width * b.box.height > a.box.width * a.box.height ? b : a));
  const result = (problem: ReferenceProblem | null): ReferenceAssessment => ({
    problem,
    face,
    faceCount: found.length,
  });
  const scale = (options.imageWidth ?? frame.width) / frame.width;
  if (Math.min(face.box.width, face.box.height) * scale < t.minFacePixels) return result('FACE_TOO_SMALL');
  const exposure = judgeExposureWith(measureExposure(frame, face.box, face.landmarks), t);
  if (exposure === 'under') return result('TOO_DARK');
  if (exposure === 'over') return result('TOO_BRIGHT');
  if (measureSharpness(frame, face.box) < t.minSharpness) return result('BLURRY');
  return result(null);
}
