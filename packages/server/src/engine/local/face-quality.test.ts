import { describe, expect, it } from 'vitest';
import { faceQuality, faceQualityReason } from './face-quality.js';

const good = { sharpness: 500, faceSize: 400, pose: { yaw: 3, pitch: -5, roll: 2 }, confidence: 1 };

describe('faceQuality', () => {
  it('gives 100 to a sharp, large, frontal face detected with full confidence', () => {
    expect(faceQuality(good)).toBe(100);
  });

  it('scales with the detector confidence', () => {
    expect(faceQuality({ ...good, confidence: 0.8 })).toBe(80);
  });

  it('ramps sharpness on a log scale from 30 (0) to 300 (1)', () => {
    expect(faceQuality({ ...good, sharpness: 30 })).toBe(0);
    expect(faceQuality({ ...good, sharpness: 20 })).toBe(0);
    expect(faceQuality({ ...good, sharpness: 0 })).toBe(0);
    expect(faceQuality({ ...good, sharpness: Math.sqrt(30 * 300) })).toBe(50);
    expect(faceQuality({ ...good, sharpness: 300 })).toBe(100);
  });

  it('ramps face size linearly from 40 px (0) to 120 px (1)', () => {
    expect(faceQuality({ ...good, faceSize: 40 })).toBe(0);
    expect(faceQuality({ ...good, faceSize: 80 })).toBe(50);
    expect(faceQuality({ ...good, faceSize: 120 })).toBe(100);
  });

  it('ramps pose from 15° (1) to 45° (0) on the larger of yaw and pitch; unknown pose counts as frontal', () => {
    expect(faceQuality({ ...good, pose: { yaw: -30, pitch: 0, roll: 0 } })).toBe(50);
    expect(faceQuality({ ...good, pose: { yaw: 0, pitch: 50, roll: 0 } })).toBe(0);
    expect(faceQuality({ ...good, pose: null })).toBe(100);
  });

  it('ramps roll from 20° (1) to 50° (0): a tilt is allowed more than a turn', () => {
    expect(faceQuality({ ...good, pose: { yaw: 0, pitch: 0, roll: 20 } })).toBe(100);
    expect(faceQuality({ ...good, pose: { yaw: 0, pitch: 0, roll: -35 } })).toBe(50);
    expect(faceQuality({ ...good, pose: { yaw: 0, pitch: 0, roll: 90 } })).toBe(0);
  });

  it('names the factor that lowers the quality most', () => {
    expect(faceQualityReason(good)).toBeNull();
    expect(faceQualityReason({ ...good, pose: { yaw: 38, pitch: 4, roll: 2 } })).toBe(
      'the face is turned (yaw 38°, pitch 4°, roll 2°)',
    );
    expect(faceQualityReason({ ...good, sharpness: 40 })).toBe('the face is blurred (sharpness 40)');
    expect(faceQualityReason({ ...good, faceSize: 60 })).toBe('the face is small (60 px)');
    expect(faceQualityReason({ ...good, confidence: 0.7 })).toBe(
      'the face is hard to make out (detection confidence 0.70)',
    );
  });

  it('multiplies the factors', () => {
    expect(faceQuality({ sharpness: Math.sqrt(30 * 300), faceSize: 80, pose: null, confidence: 0.5 })).toBe(
      12.5,
    );
  });

  it('never returns NaN for odd input', () => {
    expect(
      faceQuality({ sharpness: Number.NaN, faceSize: Number.NaN, pose: null, confidence: Number.NaN }),
    ).toBe(0);
  });
});
