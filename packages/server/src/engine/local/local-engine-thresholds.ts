import { LivenessError } from '@liveness-kit/core';

/** The limits the local engine's warnings use. */
export interface LocalEngineThresholds {
  /**
   * `face_luminance` (0-100) under which `LOW_FACE_LUMINANCE` is raised. Default 15: the mean-luma
   * limit the browser pre-checks used before they judged exposure on the skin (core's
   * `judgeExposure`); to be replaced by that verdict on the engine side too.
   */
  lowLuminance: number;
  /** `face_luminance` over which `HIGH_FACE_LUMINANCE` is raised. Default 70 (see `lowLuminance`). */
  highLuminance: number;
  /** `face_quality` (0-100) under which `LOW_FACE_QUALITY` is raised. Default 50. */
  lowQuality: number;
  /**
   * The decline threshold when a request gives none: `LOW_LIVENESS_SCORE` when the score is at or
   * below it. Default 30 (Didit's default).
   */
  declineScore: number;
  /** Detector confidence (0-1) under which a detection is not a face. Default 0.6. */
  minFaceConfidence: number;
}

export const DEFAULT_LOCAL_ENGINE_THRESHOLDS: Readonly<LocalEngineThresholds> = Object.freeze({
  lowLuminance: 15,
  highLuminance: 70,
  lowQuality: 50,
  declineScore: 30,
  minFaceConfidence: 0.6,
});

const RANGES: Record<keyof LocalEngineThresholds, [number, number]> = {
  lowLuminance: [0, 100],
  highLuminance: [0, 100],
  lowQuality: [0, 100],
  declineScore: [0, 100],
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
  if (resolved.lowLuminance > resolved.highLuminance) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `lowLuminance (${resolved.lowLuminance}) is above highLuminance (${resolved.highLuminance})`,
    });
  }
  return Object.freeze(resolved);
}
