import { describe, expect, it } from 'vitest';
import type { Box } from './rgba-frame.js';
import { createStabilityTracker, DEFAULT_STABILITY_OPTIONS } from './stability.js';

const box = (x: number, y: number, size = 200): Box => ({ x, y, width: size, height: size });

describe('createStabilityTracker', () => {
  it('says HOLD_STILL until the face has been still for 500 ms, then READY', () => {
    const tracker = createStabilityTracker();
    expect(tracker.options.stillMs).toBe(500);
    const codes: string[] = [];
    for (let t = 0; t <= 600; t += 100) codes.push(tracker.update(box(100, 100), 1000 + t).code);
    expect(codes).toEqual([
      'HOLD_STILL',
      'HOLD_STILL',
      'HOLD_STILL',
      'HOLD_STILL',
      'HOLD_STILL',
      'READY',
      'READY',
    ]);
    expect(tracker.update(box(100, 100), 1700).stillForMs).toBe(700);
  });

  it('tolerates detector jitter within the tolerances', () => {
    const tracker = createStabilityTracker();
    const jitter = [0, 4, -3, 5, -4, 2, 0];
    let last = tracker.update(box(100, 100), 0);
    jitter.forEach((d, i) => {
      last = tracker.update({ x: 100 + d, y: 100 - d, width: 200 + d, height: 200 - d }, (i + 1) * 100);
    });
    expect(last.code).toBe('READY');
    expect(last.shift).toBeLessThan(DEFAULT_STABILITY_OPTIONS.maxShift);
  });

  it('starts the wait again when the face moves, grows, or drifts slowly', () => {
    const tracker = createStabilityTracker({ stillMs: 300 });
    tracker.update(box(100, 100), 0);
    tracker.update(box(100, 100), 200);
    const moved = tracker.update(box(140, 100), 250);
    expect(moved.code).toBe('HOLD_STILL');
    expect(moved.stillForMs).toBe(0);
    expect(moved.shift).toBeCloseTo(0.2, 5);
    expect(tracker.update(box(140, 100), 600).code).toBe('READY');
    // Getting closer: the box grows 20 %.
    expect(tracker.update(box(120, 80, 240), 650)).toMatchObject({ code: 'HOLD_STILL', stillForMs: 0 });
    // A drift of 3 px a frame never looks still: it is measured from where the still period began.
    const drift = createStabilityTracker({ stillMs: 300 });
    let state = drift.update(box(0, 100), 0);
    for (let i = 1; i <= 20; i++) state = drift.update(box(3 * i, 100), i * 50);
    expect(state.code).toBe('HOLD_STILL');
  });

  it('starts again after no face, a long gap, a timestamp going back, or reset()', () => {
    const tracker = createStabilityTracker({ stillMs: 200, maxGapMs: 500 });
    const still = () => {
      tracker.update(box(100, 100), 0);
      return tracker.update(box(100, 100), 300);
    };
    expect(still().code).toBe('READY');
    expect(tracker.update(null, 350).code).toBe('HOLD_STILL');
    expect(tracker.update(box(100, 100), 400).stillForMs).toBe(0);

    expect(still().code).toBe('READY');
    expect(tracker.update(box(100, 100), 1000).stillForMs).toBe(0); // 700 ms gap

    expect(still().code).toBe('READY');
    expect(tracker.update(box(100, 100), 100).stillForMs).toBe(0); // back in time

    expect(still().code).toBe('READY');
    tracker.reset();
    expect(tracker.update(box(100, 100), 350)).toMatchObject({ code: 'HOLD_STILL', stillForMs: 0 });
  });

  it('rejects bad options and timestamps with INVALID_OPTIONS', () => {
    const invalid = expect.objectContaining({ code: 'INVALID_OPTIONS' });
    expect(() => createStabilityTracker({ stillMs: -1 })).toThrow(invalid);
    expect(() => createStabilityTracker({ maxShift: Number.NaN })).toThrow(invalid);
    expect(() => createStabilityTracker({ wobble: 1 } as never)).toThrow(invalid);
    expect(() => createStabilityTracker().update(box(0, 0), Number.NaN)).toThrow(invalid);
  });
});
