import { describe, expect, it } from 'vitest';
import { contextScale, livenessScore } from './liveness-score.js';
import { PAD_CALIBRATION } from './pad-calibration.js';

describe('livenessScore', () => {
  it('maps the calibrated live probability to 30, the contract’s default decline threshold', () => {
    expect(livenessScore(PAD_CALIBRATION.liveAtDecline)).toBe(30);
    expect(livenessScore(0)).toBe(0);
    expect(livenessScore(1)).toBe(100);
  });

  it('is linear on each side of the operating point, and keeps the order of probabilities', () => {
    expect(livenessScore(0.25, 0.5)).toBe(15);
    expect(livenessScore(0.75, 0.5)).toBe(65);
    const scores = [0, 0.1, 0.3, 0.5, 0.55, 0.6, 0.9, 1].map((p) => livenessScore(p));
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
  });

  it('clamps out-of-range and non-finite inputs', () => {
    expect(livenessScore(1.5)).toBe(100);
    expect(livenessScore(-1)).toBe(0);
    expect(livenessScore(Number.NaN)).toBe(0);
  });
});

describe('contextScale', () => {
  it('is how many times the face box fits across or down the image, whichever is fewer', () => {
    expect(contextScale({ width: 100, height: 200 }, 640, 480)).toBe(2.4);
    expect(contextScale({ width: 336, height: 336 }, 336, 336)).toBe(1);
    expect(contextScale({ width: 0, height: 10 }, 640, 480)).toBe(0);
  });
});
