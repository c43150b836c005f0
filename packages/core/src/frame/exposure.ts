import { LivenessError } from '../errors/liveness-error.js';
import { assertRgbaFrame } from './assert-rgba-frame.js';
import { resolveFrameThresholds, type FrameThresholds } from './frame-thresholds.js';
import { sampleGrey, type GreyImage } from './grey-image.js';
import { toPixelRegion, type PixelRegion } from './pixel-region.js';
import type { Box, RgbaFrame } from './rgba-frame.js';

/**
 * Exposure judged the way ISO/IEC 29794-5 and its reference implementation OFIQ do: on the face's
 * own skin, by the share of clipped pixels, not by the mean brightness (which measures skin tone,
 * hair and the background as much as the light).
 */
export interface ExposureMeasures {
  /**
   * Share (0-1) of the region's pixels with luma 0-25 (of 255): OFIQ's under-exposure range
   * (`UnderExposurePrevention`, borders included).
   */
  darkShare: number;
  /**
   * Share (0-1) of the region's pixels with luma 247-255: OFIQ's over-exposure range
   * (`OverExposurePrevention`, borders included).
   */
  brightShare: number;
  /**
   * 95th percentile of the region's luma, 0-100: the skin's highlights (the lit side of the nose
   * and cheeks, the whites of the eyes). Light reflected off skin reaches it whatever the skin tone;
   * an under-exposed face has no highlights.
   */
  highlight: number;
  /** Entropy of the region's 256-bin luma histogram in bits (0-8): OFIQ's `DynamicRange` raw score. */
  dynamicRange: number;
  /**
   * Illumination uniformity, 0-1: intersection of the normalised 32-bin luma histograms of the
   * region's left and right halves (OFIQ's `IlluminationUniformity` on halves of the skin region).
   * 1 when both halves are lit alike. Reported, not judged.
   */
  uniformity: number;
  /** Mean BT.709 luma of the region, 0-100: the contract's `face_luminance`. */
  luminance: number;
  /** Where it was measured (whole pixels, inside the frame): see {@link exposureRegion}. */
  region: Box;
}

/** `ok`, or which way the exposure is wrong: `under` (too dark) or `over` (too bright). */
export type ExposureVerdict = 'ok' | 'under' | 'over';

/** {@link ExposureMeasures} with the verdict of {@link judgeExposure}. */
export interface ExposureAssessment extends ExposureMeasures {
  verdict: ExposureVerdict;
}

/** The limits {@link judgeExposure} applies (see `DEFAULT_FRAME_THRESHOLDS`). */
export type ExposureThresholds = Pick<FrameThresholds, 'maxDarkShare' | 'maxBrightShare' | 'minHighlight'>;

/** OFIQ's clipped-dark range, luma 0-25 of 255 (borders included). */
const DARK_LUMA_MAX = 25;
/** OFIQ's clipped-bright range, luma 247-255 of 255 (borders included). */
const BRIGHT_LUMA_MIN = 247;

/**
 * The skin region inside a face box, as shares of the box: columns 30-70 %, rows 30-75 %. In
 * BlazeFace's own box (brows/forehead to chin, ear to ear: the box the browser detector reports)
 * that is from one eye centre to the other and from the eye line to below the mouth: nose, inner
 * cheeks, upper lip and mouth, with no hair, background or forehead edge (on the fixture faces the
 * eyes sit at 30 % and 67 % across and 31 % down the box, the mouth at 65 % down). In Human's box,
 * 1.4 times larger about the same centre, the same shares fall at 22-78 % across and 22-85 % down
 * BlazeFace's box: still cheek to cheek and brow to chin, which is why the rule holds for both
 * boxes (the package README compares them on the fixture faces).
 */
const SKIN_IN_BOX = { left: 0.3, right: 0.7, top: 0.3, bottom: 0.75 } as const;

/**
 * With BlazeFace's key points, the region reaches below the mouth by this share of the eye-to-mouth
 * distance (matching {@link SKIN_IN_BOX}'s bottom edge in BlazeFace's box).
 */
const BELOW_MOUTH = 0.3;

/** Bins of the half histograms compared for {@link ExposureMeasures.uniformity}. */
const UNIFORMITY_BINS = 32;

const histogram = new Uint32Array(256);
const leftHalf = new Uint32Array(UNIFORMITY_BINS);
const rightHalf = new Uint32Array(UNIFORMITY_BINS);

/**
 * The part of a face that exposure is judged on: its skin, without hair, background or the edges of
 * the box. From BlazeFace's 6 key points when given (`landmarks`, in frame pixels: the subject's
 * right eye, left eye, nose tip, mouth centre, right ear, left ear): from one eye to the other
 * across, and from the higher eye down to {@link BELOW_MOUTH} of the eye-to-mouth distance below the
 * mouth. Otherwise (no landmarks, a different number of points such as a 468-point mesh, or points
 * that do not make a face inside the box) the box's central part: columns 30-70 % and rows 30-75 %
 * of the box, which is skin for BlazeFace's own box and for Human's 1.4 times larger one.
 */
export function exposureRegion(faceBox: Box, landmarks?: ReadonlyArray<readonly [number, number]>): Box {
  const fromPoints = landmarks?.length === 6 ? regionFromKeyPoints(landmarks, faceBox) : null;
  if (fromPoints) return fromPoints;
  return {
    x: faceBox.x + SKIN_IN_BOX.left * faceBox.width,
    y: faceBox.y + SKIN_IN_BOX.top * faceBox.height,
    width: (SKIN_IN_BOX.right - SKIN_IN_BOX.left) * faceBox.width,
    height: (SKIN_IN_BOX.bottom - SKIN_IN_BOX.top) * faceBox.height,
  };
}

function regionFromKeyPoints(points: ReadonlyArray<readonly [number, number]>, box: Box): Box | null {
  const [rightEye, leftEye, , mouth] = points;
  if (!rightEye || !leftEye || !mouth) return null;
  const values = [rightEye[0], rightEye[1], leftEye[0], leftEye[1], mouth[0], mouth[1]];
  if (!values.every(Number.isFinite)) return null;
  const eyeY = (rightEye[1] + leftEye[1]) / 2;
  const x0 = Math.min(rightEye[0], leftEye[0]);
  const x1 = Math.max(rightEye[0], leftEye[0]);
  const y0 = Math.min(rightEye[1], leftEye[1]);
  const y1 = mouth[1] + BELOW_MOUTH * (mouth[1] - eyeY);
  // Eyes apart, mouth below them, and the region's centre inside the face box: else not this face.
  if (x1 - x0 < 1 || mouth[1] - eyeY < 1 || y1 <= y0) return null;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  if (cx < box.x || cx > box.x + box.width || cy < box.y || cy > box.y + box.height) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Exposure measures of one face, on its skin region ({@link exposureRegion}: from `landmarks` when
 * given, else the central part of `faceBox`), or of the whole frame when no box is given. Measured
 * like luminance and sharpness on a grey copy (BT.709 luma) at most 128 px on its long side.
 *
 * A skin region partly outside the frame is clipped; one entirely outside it (a box mostly off the
 * frame) falls back to the box itself. Throws a `LivenessError`: `INVALID_IMAGE` for a malformed
 * frame, `INVALID_OPTIONS` for a box that misses the frame or is not a finite box.
 */
export function measureExposure(
  frame: RgbaFrame,
  faceBox?: Box,
  landmarks?: ReadonlyArray<readonly [number, number]>,
): ExposureMeasures {
  assertRgbaFrame(frame);
  const pixels = faceBox ? skinPixels(frame, faceBox, landmarks) : toPixelRegion(frame);
  return exposureOfGrey(sampleGrey(frame, pixels), pixels);
}

/**
 * The pixels {@link measureExposure} reads for a face: its skin region clipped to the frame, or the
 * box itself when that region misses the frame. Throws `INVALID_OPTIONS` like `toPixelRegion`.
 */
export function skinPixels(
  frame: RgbaFrame,
  faceBox: Box,
  landmarks?: ReadonlyArray<readonly [number, number]>,
): PixelRegion {
  const box = toPixelRegion(frame, faceBox);
  const skin = exposureRegion(faceBox, landmarks);
  const x0 = Math.max(box.x0, Math.floor(skin.x));
  const y0 = Math.max(box.y0, Math.floor(skin.y));
  const x1 = Math.min(box.x1, Math.ceil(skin.x + skin.width));
  const y1 = Math.min(box.y1, Math.ceil(skin.y + skin.height));
  return x1 > x0 && y1 > y0 ? { x0, y0, x1, y1 } : box;
}

/** {@link measureExposure} of an already sampled grey copy of `pixels`. */
export function exposureOfGrey(image: GreyImage, pixels: PixelRegion): ExposureMeasures {
  const { data, width: w, height: h } = image;
  const n = w * h;
  histogram.fill(0);
  leftHalf.fill(0);
  rightHalf.fill(0);
  const leftEnd = Math.floor(w / 2);
  const rightStart = Math.ceil(w / 2);
  let sum = 0;
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const v = data[row + x]!;
      const bin = (v + 0.5) | 0;
      sum += v;
      histogram[bin]!++;
      if (x < leftEnd) leftHalf[bin >> 3]!++;
      else if (x >= rightStart) rightHalf[bin >> 3]!++;
    }
  }

  let dark = 0;
  let bright = 0;
  let entropy = 0;
  let p95 = -1;
  let seen = 0;
  const p95Rank = Math.max(1, Math.ceil(n * 0.95));
  for (let bin = 0; bin < 256; bin++) {
    const count = histogram[bin]!;
    if (count === 0) continue;
    if (bin <= DARK_LUMA_MAX) dark += count;
    if (bin >= BRIGHT_LUMA_MIN) bright += count;
    const p = count / n;
    entropy -= p * Math.log2(p);
    seen += count;
    if (p95 < 0 && seen >= p95Rank) p95 = bin;
  }

  let uniformity = 1;
  const halfCount = leftEnd * h;
  if (halfCount > 0) {
    uniformity = 0;
    for (let bin = 0; bin < UNIFORMITY_BINS; bin++) {
      uniformity += Math.min(leftHalf[bin]!, rightHalf[bin]!) / halfCount;
    }
  }

  return {
    darkShare: round(dark / n, 4),
    brightShare: round(bright / n, 4),
    highlight: toPercent(p95),
    dynamicRange: round(entropy, 3),
    uniformity: round(uniformity, 4),
    luminance: toPercent(sum / n),
    region: { x: pixels.x0, y: pixels.y0, width: pixels.x1 - pixels.x0, height: pixels.y1 - pixels.y0 },
  };
}

/**
 * The verdict on {@link ExposureMeasures}: `over` when more than `maxBrightShare` of the skin is
 * clipped bright; `under` when more than `maxDarkShare` is clipped dark or its highlights (95th
 * percentile) are under `minHighlight`; else `ok`. When both shares are over their limits (a face
 * half blown out, half black), the one further over its limit decides. `thresholds` default to
 * `DEFAULT_FRAME_THRESHOLDS`; bad ones are an `INVALID_OPTIONS` {@link LivenessError}.
 */
export function judgeExposure(
  measures: ExposureMeasures,
  thresholds?: Partial<FrameThresholds>,
): ExposureVerdict {
  if (typeof measures !== 'object' || measures === null) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: 'judgeExposure takes the measures of measureExposure',
    });
  }
  return judgeExposureWith(measures, resolveFrameThresholds(thresholds));
}

/** {@link judgeExposure} with thresholds already resolved. */
export function judgeExposureWith(measures: ExposureMeasures, t: ExposureThresholds): ExposureVerdict {
  const bright = measures.brightShare > t.maxBrightShare;
  const dark = measures.darkShare > t.maxDarkShare;
  if (bright && dark) {
    // Ratios to the limits; a zero limit makes any clipping infinitely over it.
    const overBy = measures.brightShare / t.maxBrightShare;
    const underBy = measures.darkShare / t.maxDarkShare;
    return overBy >= underBy ? 'over' : 'under';
  }
  if (bright) return 'over';
  if (dark || measures.highlight < t.minHighlight) return 'under';
  return 'ok';
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function toPercent(luma: number): number {
  return Math.round((luma * 10000) / 255) / 100;
}
