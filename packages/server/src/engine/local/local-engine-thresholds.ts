import {
  DEFAULT_FRAME_THRESHOLDS,
  LIVENESS_THRESHOLD_RANGE,
  LivenessError,
  type FrameThresholds,
} from '@liveness-kit/core';
import { PAD_CALIBRATION } from './pad-calibration.js';

/** The browser pre-checks' limits the engine applies too, with the same defaults (core's). */
type SharedFrameLimits = Pick<
  FrameThresholds,
  'maxDarkShare' | 'maxBrightShare' | 'minHighlight' | 'maxYaw' | 'maxPitch' | 'maxRoll'
>;

/**
 * The limits the local engine's warnings use. From core's `FrameThresholds`: exposure, judged by
 * `judgeExposure` on the face's skin (`maxDarkShare`, `minHighlight`: `LOW_FACE_LUMINANCE`;
 * `maxBrightShare`: `HIGH_FACE_LUMINANCE`), and head pose by `isHeadTurned` (`maxYaw`, `maxPitch`,
 * `maxRoll`: `LOW_FACE_QUALITY`, "the face is turned"); a face past any of them is not scored.
 */
export interface LocalEngineThresholds extends SharedFrameLimits {
  /** `face_quality` (0-100) under which `LOW_FACE_QUALITY` is raised and the face is not scored. Default 50. */
  lowQuality: number;
  /**
   * The decline threshold when a request gives none: `LOW_LIVENESS_SCORE` when the score is at or
   * below it. Default 30 (Didit's default); the score is mapped so that 30 is the calibrated
   * operating point of the attack model (see `pad-calibration.ts`).
   */
  declineScore: number;
  /**
   * Score (0-100) under which the engine also raises `LIVENESS_FACE_ATTACK`: the attack model is
   * sure. Default from `pad-calibration.ts`.
   */
  attackScore: number;
  /** Detector confidence (0-1) under which a detection is not a face. Default 0.6. */
  minFaceConfidence: number;
}

export const DEFAULT_LOCAL_ENGINE_THRESHOLDS: Readonly<LocalEngineThresholds> = Object.freeze({
  maxDarkShare: DEFAULT_FRAME_THRESHOLDS.maxDarkShare,
  maxBrightShare: DEFAULT_FRAME_THRESHOLDS.maxBrightShare,
  minHighlight: DEFAULT_FRAME_THRESHOLDS.minHighlight,
  maxYaw: DEFAULT_FRAME_THRESHOLDS.maxYaw,
  maxPitch: DEFAULT_FRAME_THRESHOLDS.maxPitch,
  maxRoll: DEFAULT_FRAME_THRESHOLDS.maxRoll,
  lowQuality: 50,
  declineScore: 30,
  attackScore: PAD_CALIBRATION.attackScore,
  minFaceConfidence: 0.6,
});

const RANGES: Record<keyof LocalEngineThresholds, [number, number]> = {
  maxDarkShare: [0, 1],
  maxBrightShare: [0, 1],
  minHighlight: [0, 100],
  maxYaw: [0, 180],
  maxPitch: [0, 180],
  maxRoll: [0, 180],
  lowQuality: [0, 100],
  // The request's decline threshold when it gives none: the contract's range.
  declineScore: [LIVENESS_THRESHOLD_RANGE.min, LIVENESS_THRESHOLD_RANGE.max],
  attackScore: [0, 100],
  minFaceConfidence: [0, 1],
};

/** The defaults with `overrides` applied and checked; `INVALID_OPTIONS` otherwise. */
export function resolveLocalEngineThresholds(
  overrides: Partial<LocalEngineThresholds> = {},
): Readonly<LocalEngineThresholds> {
  const resolved: LocalEngineThresholds = { ...DEFAULT_LOCAL_ENGINE_THRESHOLDS };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const range = RANGES[key as keyof LocalEngineThresholds];
    if (!range) throw new LivenessError('INVALID_OPTIONS', { detail: `unknown threshold "${key}"` });
    if (typeof value !== 'number' || !Number.isFinite(value) || value < range[0] || value > range[1]) {
      throw new LivenessError('INVALID_OPTIONS', {
        detail: `threshold ${key} must be a number from ${range[0]} to ${range[1]}, got ${String(value)}`,
      });
    }
    resolved[key as keyof LocalEngineThresholds] = value;
  }
  return Object.freeze(resolved);
}
