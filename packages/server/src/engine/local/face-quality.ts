import type { HeadPose } from '@liveness-kit/core';

export interface FaceQualityInput {
  /** Laplacian variance of the face region (core's `measureSharpness`). */
  sharpness: number;
  /** Shorter side of the face box in the full image's pixels. */
  faceSize: number;
  /** Head pose in degrees; `null` when unknown (the mesh did not fit). */
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
});

/**
 * Face image quality, 0-100 (one decimal): the product of four factors, each 0-1,
 *
 *   quality = 100 × sharpness × size × pose × confidence
 *
 * - sharpness: `log(v / 30) / log(300 / 30)` of the Laplacian variance v, clamped to 0-1 (the
 *   variance spans orders of magnitude: a factor of 10, from a heavy blur to a focused face,
 *   covers the whole scale);
 * - size: `(s - 40) / (120 - 40)` of the face box's shorter side s in the full image, clamped;
 * - pose: `1 - (max(|yaw|, |pitch|) - 15) / 30`, clamped; 1 when the pose is unknown;
 * - confidence: the detector's confidence as it is.
 *
 * A product, not a weighted sum: a face that fails one factor (a heavy blur, a 40 px face) is a
 * poor face however well it does on the others.
 */
export function faceQuality(input: FaceQualityInput): number {
  const { sharpness, faceSize, pose, confidence } = input;
  const r = FACE_QUALITY_RAMPS;
  const sharp =
    sharpness > 0
      ? clamp01(Math.log(sharpness / r.sharpness.low) / Math.log(r.sharpness.high / r.sharpness.low))
      : 0;
  const size = clamp01((faceSize - r.faceSize.low) / (r.faceSize.high - r.faceSize.low));
  const turn = pose ? Math.max(Math.abs(pose.yaw), Math.abs(pose.pitch)) : 0;
  const frontal = clamp01(1 - (turn - r.pose.low) / (r.pose.high - r.pose.low));
  const quality = 100 * sharp * size * frontal * clamp01(confidence);
  return Math.round(quality * 10) / 10;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
