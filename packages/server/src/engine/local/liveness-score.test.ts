import { describe, expect, it } from 'vitest';
import { bothModelsSaySpoof, livenessScore } from './liveness-score.js';

describe('livenessScore', () => {
  it('is the geometric mean of the two model outputs, as an integer percentage', () => {
    expect(livenessScore(1, 1)).toBe(100);
    expect(livenessScore(0.64, 1)).toBe(80);
    expect(livenessScore(0.5, 0.5)).toBe(50);
    expect(livenessScore(0.09, 1)).toBe(30);
    expect(livenessScore(0, 0.99)).toBe(0);
  });

  it('clamps out-of-range and non-finite inputs', () => {
    expect(livenessScore(1.5, 1)).toBe(100);
    expect(livenessScore(-1, 1)).toBe(0);
    expect(livenessScore(Number.NaN, 1)).toBe(0);
  });
});

describe('bothModelsSaySpoof', () => {
  it('is true only when both models are under their 0.5 boundary', () => {
    expect(bothModelsSaySpoof(0.4, 0.3)).toBe(true);
    expect(bothModelsSaySpoof(0.4, 0.6)).toBe(false);
    expect(bothModelsSaySpoof(0.6, 0.3)).toBe(false);
    expect(bothModelsSaySpoof(0.5, 0.5)).toBe(false);
  });
});
