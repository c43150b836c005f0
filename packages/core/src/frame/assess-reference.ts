import type { DetectedFace } from '../detection/face-detector.js';
import { filterFaces } from '../detection/face-filter.js';
import { LivenessError } from '../errors/liveness-error.js';
import { assertRgbaFrame } from './assert-rgba-frame.js';
import { judgeExposureWith, measureExposure, type ExposureAssessment } from './exposure.js';
import {
  DEFAULT_FRAME_THRESHOLDS,
  resolveFrameThresholds,
  type FrameThresholds,
} from './frame-thresholds.js';
import type { ReferenceProblem } from './reference-problem.js';
import type { Box, RgbaFrame } from './rgba-frame.js';
import { measureSharpness } from './sharpness.js';

/**
 * The limits of the reference photo pre-check ({@link assessReferencePhoto}). Same names and
 * meaning as in `FrameThresholds`; every limit but `minFacePixels` is the selfie pre-check's.
 */
export type ReferenceThresholds = Pick<
  FrameThresholds,
  | 'minFaceScore'
  | 'minFaceSize'
  | 'minFacePixels'
  | 'maxDarkShare'
  | 'maxBrightShare'
  | 'minHighlight'
  | 'minSharpness'
  | 'faceRegionPadding'
>;

/**
 * The default limits: the selfie pre-check's (`DEFAULT_FRAME_THRESHOLDS`) but for `minFacePixels`
 * and `minSharpness`, which the measurements below set. Measured by `assess-reference.test.ts` on
 * `../shared/fixtures`, each photo upright and fitted in 1920 px as the browser check sends it,
 * faces found by BlazeFace back with the box the browser's detector reports (BlazeFace's own):
 *
 * - 24 photos of one real face as a user could send them: `single/` (5), `attack/` (4 phone photos
 *   of a printed or on-screen portrait: what a photo of an ID card is), `derived/large-12mp` and
 *   the 14 uncropped photos of `pad/real/`; dark and light skin (the two Obama photos, highlight
 *   71.8 and 81.2), dark, white, office and outdoor backgrounds. All 24 pass: face 104-1097 px,
 *   sharpness from 131.9 (`pad/real/ageitgey-alex-lacamoire`), skin clipped bright at most 0.125
 *   (`attack/screen-01`, a lit screen) and dark at most 0.068, highlight from 59.6. Shrunk until
 *   the face is 89-93 px (a small ID portrait), all 24 pass too (sharpness from 228.8); shrunk to a
 *   60-px face, the 5 of `single/` are FACE_TOO_SMALL.
 * - The 26 tight 336-px crops of `pad/` (MTCNN output, most enlarged from a smaller face): 22 pass
 *   (sharpness from 85.0), 3 are refused as BLURRY (47.3, 68.0 and 29.8: visibly soft) and one has
 *   no face over the 0.65 score floor (0.59).
 * - Refused with their problem: `derived/dark-underexposed` TOO_DARK (highlight 12.6),
 *   `overexposed-blownout` TOO_BRIGHT (0.72 of the skin clipped), `blur-gaussian` BLURRY (7.1),
 *   `blur-motion` BLURRY (56.0), `lowres-96px` FACE_TOO_SMALL (38 px), `rotated-90cw` NO_FACE
 *   (sideways, no EXIF tag), the 3 of `noface/` NO_FACE. `tiny-face-in-large-frame` passes: its
 *   face is 81 px (too small for a selfie, enough to compare). Groups: the largest face, counted 2
 *   (`group-2-women`), 3 (`group-3-office`) and 2 (`crowd-29`: 10 found, 2 over the score floor).
 *
 * `minFacePixels` 80 (the selfie's is 100): an ID portrait in a phone photo of a card is small.
 * Measured with the local engine's face embedding (Human's `faceres`) on the 29 uncropped photos
 * of `single/`, `attack/` and `pad/real/`, the cosine similarity of a face shrunk to a short side
 * of N px with the same face at full size: 80 px min 0.901 (median 0.970), 64 px min 0.871, 48 px
 * min 0.846, 32 px min 0.356 (median 0.843). Photos of one person measure 0.58-0.87 and the decline
 * threshold is 0.55 (`face-match-calibration.ts`): under 80 px the loss eats that margin. 80 px is
 * also where the server's `face_quality` face-size factor is one half (0 at 40 px, 1 at 120 px).
 *
 * `minSharpness` 70 (the selfie's 90 is set on camera frames of at most 640 px with the browser
 * detector's box, `sharpness-browser-boxes.test.ts`); here the face is measured at the size it is
 * sent, up to 1920 px, where a photo's softer pixels at full size measure lower. The same bench, with
 * Gaussian blur of 1-6 % of the face's size: every face measuring 70 or more kept a similarity of
 * at least 0.88 to its sharp self; under 30 the median was 0.54. 70 leaves 1.25 times the motion
 * edit's 56.0 below it and 1.9 times above it to the softest sharp photo.
 */
export const DEFAULT_REFERENCE_THRESHOLDS: Readonly<ReferenceThresholds> = Object.freeze({
  minFaceScore: DEFAULT_FRAME_THRESHOLDS.minFaceScore,
  minFaceSize: DEFAULT_FRAME_THRESHOLDS.minFaceSize,
  minFacePixels: 80,
  maxDarkShare: DEFAULT_FRAME_THRESHOLDS.maxDarkShare,
  maxBrightShare: DEFAULT_FRAME_THRESHOLDS.maxBrightShare,
  minHighlight: DEFAULT_FRAME_THRESHOLDS.minHighlight,
  minSharpness: 70,
  faceRegionPadding: DEFAULT_FRAME_THRESHOLDS.faceRegionPadding,
});

/** What was measured on the largest face. */
export interface ReferenceMeasures {
  /** Shorter side of its box, in the image's pixels. */
  faceSide: number;
  /** Exposure of its skin region (see `measureExposure`), with the verdict. */
  exposure: ExposureAssessment;
  /** Laplacian variance of its box grown by `faceRegionPadding` (see `measureSharpness`). */
  sharpness: number;
}

export interface ReferenceAssessment {
  /** The first problem found, in `REFERENCE_PROBLEMS` order; `null` when the photo can be used. */
  problem: ReferenceProblem | null;
  /** The largest face (the one compared), `null` when none counts. */
  face: DetectedFace | null;
  /** Faces that count (score and size filters passed). */
  faceCount: number;
  /** Measures of the largest face; `null` without one. */
  measures: ReferenceMeasures | null;
}

/**
 * The pre-check of a reference photo (the portrait on an ID document), on the image that is sent:
 * `frame` holds its pixels and `faces` the detector's boxes in them.
 *
 * Faces scoring under `minFaceScore`, whose box's longer side is under `minFaceSize` of the
 * image's shorter side (as the browser detector filters them), or whose box is empty, not finite
 * or off the image do not count. None left: `NO_FACE`. With several, the largest (box area) is the
 * one judged and compared; `faceCount` says how many there were. Then, in `REFERENCE_PROBLEMS`
 * order: `FACE_TOO_SMALL` when its box's shorter side is under `minFacePixels`; `TOO_DARK` /
 * `TOO_BRIGHT` when `judgeExposure` of its skin region (from its key points when it has
 * BlazeFace's 6, else the centre of its box: see `measureExposure`) says `under` / `over`; `BLURRY`
 * when `measureSharpness` of its box grown by `faceRegionPadding` on each side is under
 * `minSharpness`. Only the face is measured: the card, the table and the background decide nothing.
 *
 * Throws a `LivenessError`: `INVALID_IMAGE` for a malformed frame, `INVALID_OPTIONS` for faces that
 * are not an array or bad thresholds.
 */
export function assessReferencePhoto(
  frame: RgbaFrame,
  faces: readonly DetectedFace[],
  thresholds?: Partial<ReferenceThresholds>,
): ReferenceAssessment {
  assertRgbaFrame(frame);
  if (!Array.isArray(faces)) {
    throw new LivenessError('INVALID_OPTIONS', { detail: 'faces must be an array of detections' });
  }
  const t = resolveReferenceThresholds(thresholds);
  const counted = filterFaces(faces.filter(isInside(frame)), frame, {
    minScore: t.minFaceScore,
    minFaceSize: t.minFaceSize,
  });
  let face: DetectedFace | null = null;
  for (const candidate of counted) {
    if (!face || area(candidate.box) > area(face.box)) face = candidate;
  }
  if (!face) return { problem: 'NO_FACE', face: null, faceCount: 0, measures: null };

  const { box } = face;
  const faceSide = Math.min(box.width, box.height);
  const exposureMeasures = measureExposure(frame, box, face.landmarks);
  const exposure: ExposureAssessment = {
    ...exposureMeasures,
    verdict: judgeExposureWith(exposureMeasures, t),
  };
  const padX = box.width * t.faceRegionPadding;
  const padY = box.height * t.faceRegionPadding;
  const sharpness = measureSharpness(frame, {
    x: box.x - padX,
    y: box.y - padY,
    width: box.width + 2 * padX,
    height: box.height + 2 * padY,
  });

  let problem: ReferenceProblem | null = null;
  if (faceSide < t.minFacePixels) problem = 'FACE_TOO_SMALL';
  else if (exposure.verdict === 'under') problem = 'TOO_DARK';
  else if (exposure.verdict === 'over') problem = 'TOO_BRIGHT';
  else if (sharpness < t.minSharpness) problem = 'BLURRY';
  return { problem, face, faceCount: counted.length, measures: { faceSide, exposure, sharpness } };
}

/**
 * {@link DEFAULT_REFERENCE_THRESHOLDS} with `overrides` applied, checked by the frame thresholds'
 * own rules (`resolveFrameThresholds`); a key that is not a reference threshold is
 * `INVALID_OPTIONS` too.
 */
function resolveReferenceThresholds(overrides?: Partial<ReferenceThresholds>): Readonly<ReferenceThresholds> {
  if (overrides === undefined) return DEFAULT_REFERENCE_THRESHOLDS;
  if (typeof overrides !== 'object' || overrides === null) {
    throw new LivenessError('INVALID_OPTIONS', { detail: 'thresholds must be an object' });
  }
  for (const key of Object.keys(overrides)) {
    if (!(key in DEFAULT_REFERENCE_THRESHOLDS)) {
      throw new LivenessError('INVALID_OPTIONS', { detail: `unknown reference threshold "${key}"` });
    }
  }
  const resolved = resolveFrameThresholds({ ...DEFAULT_REFERENCE_THRESHOLDS, ...overrides });
  for (const key of ['minFaceScore', 'minFaceSize'] as const) {
    if (resolved[key] > 1) {
      throw new LivenessError('INVALID_OPTIONS', {
        detail: `threshold ${key} must be at most 1, got ${resolved[key]}`,
      });
    }
  }
  const picked = {} as ReferenceThresholds;
  for (const key of Object.keys(DEFAULT_REFERENCE_THRESHOLDS) as Array<keyof ReferenceThresholds>) {
    picked[key] = resolved[key];
  }
  return picked;
}

/** A detection with a finite, non-empty box that overlaps the frame. */
function isInside(frame: RgbaFrame): (face: DetectedFace) => boolean {
  return (face) => {
    if (typeof face !== 'object' || face === null || typeof face.box !== 'object' || face.box === null) {
      return false;
    }
    const { x, y, width, height } = face.box;
    return (
      [x, y, width, height].every(Number.isFinite) &&
      width > 0 &&
      height > 0 &&
      x < frame.width &&
      y < frame.height &&
      x + width > 0 &&
      y + height > 0 &&
      Number.isFinite(face.score)
    );
  };
}

function area(box: Box): number {
  return box.width * box.height;
}
