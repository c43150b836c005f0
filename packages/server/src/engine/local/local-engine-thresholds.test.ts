import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_THRESHOLDS, isLivenessError } from '@liveness-kit/core';
import { DEFAULT_LOCAL_ENGINE_THRESHOLDS, resolveLocalEngineThresholds } from './local-engine-thresholds.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isLivenessError(error) ? error.code : 'not a LivenessError';
  }
  return undefined;
}

describe('resolveLocalEngineThresholds', () => {
  it('judges exposure with the browser pre-checks’ limits by default, and uses Didit’s decline threshold', () => {
    expect(DEFAULT_LOCAL_ENGINE_THRESHOLDS.maxDarkShare).toBe(DEFAULT_FRAME_THRESHOLDS.maxDarkShare);
    expect(DEFAULT_LOCAL_ENGINE_THRESHOLDS.maxBrightShare).toBe(DEFAULT_FRAME_THRESHOLDS.maxBrightShare);
    expect(DEFAULT_LOCAL_ENGINE_THRESHOLDS.minHighlight).toBe(DEFAULT_FRAME_THRESHOLDS.minHighlight);
    expect(DEFAULT_LOCAL_ENGINE_THRESHOLDS.declineScore).toBe(30);
    expect(DEFAULT_LOCAL_ENGINE_THRESHOLDS.attackScore).toBeLessThanOrEqual(30);
    expect(resolveLocalEngineThresholds()).toEqual(DEFAULT_LOCAL_ENGINE_THRESHOLDS);
  });

  it('applies overrides and keeps the rest', () => {
    const t = resolveLocalEngineThresholds({ lowQuality: 70, maxBrightShare: undefined });
    expect(t.lowQuality).toBe(70);
    expect(t.maxBrightShare).toBe(DEFAULT_LOCAL_ENGINE_THRESHOLDS.maxBrightShare);
  });

  it('refuses unknown keys and out-of-range values with INVALID_OPTIONS', () => {
    expect(codeOf(() => resolveLocalEngineThresholds({ nope: 1 } as never))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => resolveLocalEngineThresholds({ lowQuality: 101 }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => resolveLocalEngineThresholds({ minFaceConfidence: 2 }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => resolveLocalEngineThresholds({ declineScore: Number.NaN }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => resolveLocalEngineThresholds({ maxDarkShare: 1.5 }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => resolveLocalEngineThresholds({ attackScore: -1 }))).toBe('INVALID_OPTIONS');
  });
});
