import { describe, expect, it } from 'vitest';
import { isLivenessError } from '@liveness-kit/core';
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
  it('uses the former pre-check mean-luminance limits by default, and Didit’s decline threshold', () => {
    expect(DEFAULT_LOCAL_ENGINE_THRESHOLDS.lowLuminance).toBe(15);
    expect(DEFAULT_LOCAL_ENGINE_THRESHOLDS.highLuminance).toBe(70);
    expect(DEFAULT_LOCAL_ENGINE_THRESHOLDS.declineScore).toBe(30);
    expect(resolveLocalEngineThresholds()).toEqual(DEFAULT_LOCAL_ENGINE_THRESHOLDS);
  });

  it('applies overrides and keeps the rest', () => {
    const t = resolveLocalEngineThresholds({ lowQuality: 70, highLuminance: undefined });
    expect(t.lowQuality).toBe(70);
    expect(t.highLuminance).toBe(DEFAULT_LOCAL_ENGINE_THRESHOLDS.highLuminance);
  });

  it('refuses unknown keys, out-of-range values and crossed luminance limits with INVALID_OPTIONS', () => {
    expect(codeOf(() => resolveLocalEngineThresholds({ nope: 1 } as never))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => resolveLocalEngineThresholds({ lowQuality: 101 }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => resolveLocalEngineThresholds({ minFaceConfidence: 2 }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => resolveLocalEngineThresholds({ declineScore: Number.NaN }))).toBe('INVALID_OPTIONS');
    expect(codeOf(() => resolveLocalEngineThresholds({ lowLuminance: 80, highLuminance: 60 }))).toBe(
      'INVALID_OPTIONS',
    );
  });
});
