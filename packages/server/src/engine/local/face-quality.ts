import type { HeadPose } from '@liveness-kit/core';

export interface FaceQualityInput {
  /** Laplacian variance of the face region (core's `measureSharpness`). */
  sharpness: number;
  /** Shorter side of the face box in the full image's pixels. */
  faceSize: number;
  /** Head pose in degrees; `null` when unknown (no usable key points). */
  pose: HeadPose | null;
  /** Detector confidence, 0-1. */
  confidence: number;
}

/** Where each factor of {@link faceQuality} starts and stops counting. */
export const FACE_QUALITY_RAMPS = Object.freeze({
  /** Laplacian variance: 0 at or under 30 (a heavy blur), 1 at or over 300, log scale between. */
  sharpness: { low: 30, high: 300 },
  /** Face box shorter side, px: 0 at or under 40, 1 at or over 120, linear between. */
  faceSize: { low: 40, high: 120 },
  /** Largest of |yaw| and |pitch|, degrees: 1 at or under 15, 0 at or over 45, linear between. */
  pose: { low: 15, high: 45 },
  /**
   * |roll|, degrees: 1 at or under 20, 0 at or over 50, linear between. A tilted head keeps its
   * features, so it is allowed more than a turned one; a face lying on its side (a photo turned a
   * quarter) is not a face the attack model or a face match can judge.
   */
  roll: { low: 20, high: 50 },
});

/** Each factor of {@link faceQuality}, 0-1. */
export interface FaceQualityFactors {
  sharpness: number;
  size: number;
  /** Yaw and pitch, then roll, multiplied. */
  pose: number;
  confidence: number;
}

/**
 * Face image quality, 0-100 (one decimal): the product of four factors, each 0-1,
 *
 *   quality = 100 × sharpness × size × pose × confidence
 *
 * - sharpness: `log(v / 30) / log(300 / 30)` of the Laplacian variance v, clamped to 0-1 (the
 *   variance spans orders of magnitude: a factor of 10, from a heavy blur to a focused face,
 *   covers the whole scale);
 * - size: `(s - 40) / (120 - 40)` of the face box's shorter side s in the full image, clamped;
 * - pose: `1 - (max(|yaw|, |pitch|) - 15) / 30` times `1 - (|roll| - 20) / 30`, each clamped; 1
 *   when the pose is unknown (core's `estimateHeadPose` found no usable key points);
 * - confidence: the detector's confidence as it is.
 *
 * A product, not a weighted sum: a face that fails one factor (a heavy blur, a 40 px face) is a
 * poor face however well it does on the others.
 */
export function faceQuality(input: FaceQualityInput): number {
  const f = faceQualityFactors(input);
  const quality = 100 * f.sharpness * f.size * f.pose * f.confidence;
  return Math.round(quality * 10) / 10;
}

/** The factors {@link faceQuality} multiplies. */
export function faceQualityFactors(input: FaceQualityInput): FaceQualityFactors {
  const { sharpness, faceSize, pose, confidence } = input;
  const r = FACE_QUALITY_RAMPS;
  const sharp =
    sharpness > 0
      ? clamp01(Math.log(sharpness / r.sharpness.low) / Math.log(r.sharpness.high / r.sharpness.low))
      : 0;
  const turn = pose ? Math.max(Math.abs(pose.yaw), Math.abs(pose.pitch)) : 0;
  const tilt = pose ? Math.abs(pose.roll) : 0;
  return {
    sharpness: sharp,
    size: clamp01((faceSize - r.faceSize.low) / (r.faceSize.high - r.faceSize.low)),
    pose: ramp(turn, r.pose) * ramp(tilt, r.roll),
    confidence: clamp01(confidence),
  };
}

/**
 * What lowers the quality most, in words for a warning's detail (`null` when every factor is 1):
 * e.g. "the face is turned (yaw 38°, pitch 4°, roll 2°)".
 */
export function faceQualityReason(input: FaceQualityInput): string | null {
  const f = faceQualityFactors(input);
  const worst = (Object.keys(f) as Array<keyof FaceQualityFactors>).reduce((a, b) => (f[b] < f[a] ? b : a));
  if (f[worst] >= 1) return null;
  const { pose } = input;
  switch (worst) {
    case 'sharpness':
      return `the face is blurred (sharpness ${Math.round(input.sharpness)})`;
    case 'size':
      return `the face is small (${Math.round(input.faceSize)} px)`;
    case 'pose':
      return pose ? `the face is turned (${describePose(pose)})` : 'the face is turned';
    case 'confidence':
      return `the face is hard to make out (detection confidence ${input.confidence.toFixed(2)})`;
  }
}

/** A head pose in words: "yaw 38°, pitch 4°, roll 2°". */
export function describePose(pose: HeadPose): string {
  return `yaw ${Math.round(pose.yaw)}°, pitch ${Math.round(pose.pitch)}°, roll ${Math.round(pose.roll)}°`;
}

function ramp(value: number, { low, high }: { low: number; high: number }): number {
  return clamp01(1 - (value - low) / (high - low));
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
