import type { DetectedFace } from '../detection/face-detector.js';
import { LivenessError } from '../errors/liveness-error.js';
import { resolveFrameThresholds, type FrameThresholds } from './frame-thresholds.js';

/**
 * The oval guide the face should fill, in frame-relative units: its centre (`cx` as a share of the
 * frame width, `cy` of the height) and radii (`rx` as a share of the width, `ry` of the height).
 */
export interface FramingOval {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/**
 * The oval the React `OvalGuide` draws by default: centred, 0.55 of the frame width wide and 0.8 of
 * its height tall.
 */
export const DEFAULT_FRAMING_OVAL: Readonly<FramingOval> = Object.freeze({
  cx: 0.5,
  cy: 0.5,
  rx: 0.55 / 2,
  ry: 0.8 / 2,
});

/** The oval for `OvalGuide`'s `widthRatio` and `heightRatio` (centred). */
export function ovalFromRatios(widthRatio: number, heightRatio: number): FramingOval {
  return { cx: 0.5, cy: 0.5, rx: widthRatio / 2, ry: heightRatio / 2 };
}

/** What is wrong with the framing, in the order `assessFrame` ranks it. */
export type FramingIssue = 'NO_FACE' | 'MULTIPLE_FACES' | 'MOVE_CLOSER' | 'MOVE_BACK' | 'CENTER_FACE';

export interface FramingAssessment {
  /** The most important issue, or `FITTED` when the one face fills the oval. */
  code: FramingIssue | 'FITTED';
  /** Every issue found, most important first (empty when fitted). */
  codes: FramingIssue[];
  /** Faces left after dropping low scores and small boxes. */
  faceCount: number;
  /** The face, when there is exactly one. */
  face: DetectedFace | null;
  /**
   * `max(box width / oval width, box height / oval height)` for the one face: 1 means the box
   * touches the oval's edge on one axis. `null` unless there is exactly one face.
   */
  faceToOval: number | null;
  /**
   * Box centre minus oval centre in oval radii (`x` in `rx`, `y` in `ry`, positive = right/down)
   * and their length; `null` unless there is exactly one face.
   */
  centerOffset: { x: number; y: number; distance: number } | null;
}

/**
 * How the detected faces sit in the oval guide. Detections scoring under `minFaceScore`, whose box's
 * longer side is under `minFaceSize` of the frame's shorter side (as `filterFaces` measures), or
 * with a non-finite or empty box are dropped before counting. Then: no face → `NO_FACE`; several →
 * `MULTIPLE_FACES`; one face is `MOVE_CLOSER` under `minFaceToOval` or when its box's shorter side
 * is under `minFacePixels` in the uploaded image's pixels (see `uploadWidth`), `MOVE_BACK` over
 * `maxFaceToOval`, `CENTER_FACE` when its centre is more than `maxCenterOffset` oval radii from the
 * oval's centre (it can be both too small or large and off centre), and `FITTED` otherwise.
 *
 * `uploadWidth` is the width of the image that is uploaded when `frameSize` (and the boxes) are a
 * scaled copy of it, as the live checks use: `minFacePixels` is about the pixels the server gets.
 * Default: the frame's own width.
 *
 * Throws a `LivenessError` `INVALID_OPTIONS` for a bad frame size, upload width, oval, thresholds or
 * a `faces` that is not an array.
 */
export function assessFraming(
  faces: readonly DetectedFace[],
  frameSize: { width: number; height: number },
  oval: FramingOval = DEFAULT_FRAMING_OVAL,
  thresholds?: Partial<FrameThresholds>,
  uploadWidth?: number,
): FramingAssessment {
  return assessFramingWith(faces, frameSize, oval, resolveFrameThresholds(thresholds), uploadWidth);
}

/** {@link assessFraming} with thresholds already resolved. */
export function assessFramingWith(
  faces: readonly DetectedFace[],
  frameSize: { width: number; height: number },
  oval: FramingOval,
  t: Readonly<FrameThresholds>,
  uploadWidth?: number,
): FramingAssessment {
  if (!Array.isArray(faces)) {
    throw new LivenessError('INVALID_OPTIONS', { detail: 'faces must be an array of detections' });
  }
  const { width, height } = frameSize ?? {};
  if (!isPositive(width) || !isPositive(height)) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `frame size must be positive numbers, got ${String(width)}x${String(height)}`,
    });
  }
  assertOval(oval);
  const toUploadPixels = uploadScale(width, uploadWidth);

  const minSide = Math.min(width, height) * t.minFaceSize;
  let faceCount = 0;
  let face: DetectedFace | null = null;
  for (const candidate of faces) {
    if (!isUsable(candidate, t.minFaceScore, minSide)) continue;
    faceCount++;
    face = candidate;
  }
  if (faceCount === 0) return noMeasure('NO_FACE', 0);
  if (faceCount > 1) return noMeasure('MULTIPLE_FACES', faceCount);
  const { box } = face!;

  const ovalWidth = 2 * oval.rx * width;
  const ovalHeight = 2 * oval.ry * height;
  const faceToOval = Math.max(box.width / ovalWidth, box.height / ovalHeight);
  const x = (box.x + box.width / 2 - oval.cx * width) / (oval.rx * width);
  const y = (box.y + box.height / 2 - oval.cy * height) / (oval.ry * height);
  const distance = Math.hypot(x, y);

  const codes: FramingIssue[] = [];
  const uploadedSide = Math.min(box.width, box.height) * toUploadPixels;
  if (faceToOval < t.minFaceToOval || uploadedSide < t.minFacePixels) codes.push('MOVE_CLOSER');
  else if (faceToOval > t.maxFaceToOval) codes.push('MOVE_BACK');
  if (distance > t.maxCenterOffset) codes.push('CENTER_FACE');
  return {
    code: codes[0] ?? 'FITTED',
    codes,
    faceCount: 1,
    face,
    faceToOval,
    centerOffset: { x, y, distance },
  };
}

/** Uploaded-image pixels per frame pixel; `INVALID_OPTIONS` for an upload width that is not positive. */
function uploadScale(frameWidth: number, uploadWidth: number | undefined): number {
  if (uploadWidth === undefined) return 1;
  if (!isPositive(uploadWidth)) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `uploadWidth must be a positive number of pixels, got ${String(uploadWidth)}`,
    });
  }
  return uploadWidth / frameWidth;
}

function noMeasure(code: 'NO_FACE' | 'MULTIPLE_FACES', faceCount: number): FramingAssessment {
  return { code, codes: [code], faceCount, face: null, faceToOval: null, centerOffset: null };
}

function isUsable(face: DetectedFace, minScore: number, minSide: number): boolean {
  if (typeof face !== 'object' || face === null || typeof face.box !== 'object' || face.box === null) {
    return false;
  }
  const { score, box } = face;
  return (
    Number.isFinite(score) &&
    score >= minScore &&
    Number.isFinite(box.x) &&
    Number.isFinite(box.y) &&
    isPositive(box.width) &&
    isPositive(box.height) &&
    Math.max(box.width, box.height) >= minSide
  );
}

function assertOval(oval: FramingOval): void {
  if (
    typeof oval !== 'object' ||
    oval === null ||
    !Number.isFinite(oval.cx) ||
    !Number.isFinite(oval.cy) ||
    !isPositive(oval.rx) ||
    !isPositive(oval.ry)
  ) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `oval must have finite cx, cy and positive rx, ry (frame-relative), got ${JSON.stringify(oval)}`,
    });
  }
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}
