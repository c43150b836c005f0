import { LivenessError } from '../errors/liveness-error.js';
import type { Box } from './rgba-frame.js';

export interface StabilityOptions {
  /** How long the face must stay still before it is `READY`, in ms (timestamps' unit). */
  stillMs: number;
  /** Largest movement of the box centre that still counts as still, as a share of the box size. */
  maxShift: number;
  /** Largest change of the box size that still counts as still, as a share of the size. */
  maxSizeChange: number;
  /**
   * A gap between two updates longer than this (ms) starts the wait again: what happened in
   * between was not seen.
   */
  maxGapMs: number;
}

export const DEFAULT_STABILITY_OPTIONS: Readonly<StabilityOptions> = Object.freeze({
  stillMs: 500,
  maxShift: 0.06,
  maxSizeChange: 0.08,
  maxGapMs: 1000,
});

export interface StabilityState {
  code: 'HOLD_STILL' | 'READY';
  ready: boolean;
  /** How long the face has been still, in ms. */
  stillForMs: number;
  /** Centre movement since the still period began, as a share of the box size. */
  shift: number;
  /** Size change since the still period began, as a share of the size. */
  sizeChange: number;
}

export interface StabilityTracker {
  /**
   * Feeds the face box of a frame (`null`: no usable face) and the frame's timestamp in ms (e.g.
   * `performance.now()` or `video.currentTime * 1000`). Says `HOLD_STILL` until the box has
   * stayed within the tolerances of where it was when it last moved for `stillMs`, then `READY`.
   */
  update(box: Box | null, timestamp: number): StabilityState;
  /** Forgets everything: the next update starts a new wait. */
  reset(): void;
  readonly options: Readonly<StabilityOptions>;
}

/**
 * A tracker of how still the face is, over the boxes of successive frames. It keeps no timers:
 * time is the caller's timestamps. Movement is measured against the box at the start of the
 * current still period (not frame to frame), so a slow drift also restarts the wait. A timestamp
 * that goes backwards, a gap over `maxGapMs` or a `null` box starts again.
 *
 * Throws a `LivenessError` `INVALID_OPTIONS` for options that are not finite non-negative numbers.
 */
export function createStabilityTracker(options: Partial<StabilityOptions> = {}): StabilityTracker {
  const o = resolveOptions(options);
  let anchorX = 0;
  let anchorY = 0;
  let anchorSize = 0;
  let stillSince = 0;
  let lastTimestamp = Number.NaN;
  let tracking = false;

  function restart(box: Box, timestamp: number): void {
    anchorX = box.x + box.width / 2;
    anchorY = box.y + box.height / 2;
    anchorSize = (box.width + box.height) / 2;
    stillSince = timestamp;
    tracking = true;
  }

  function state(stillForMs: number, shift: number, sizeChange: number): StabilityState {
    const ready = tracking && stillForMs >= o.stillMs;
    return { code: ready ? 'READY' : 'HOLD_STILL', ready, stillForMs, shift, sizeChange };
  }

  return {
    options: o,
    reset() {
      tracking = false;
      lastTimestamp = Number.NaN;
    },
    update(box, timestamp) {
      if (!Number.isFinite(timestamp)) {
        throw new LivenessError('INVALID_OPTIONS', {
          detail: `timestamp must be a finite number of ms, got ${String(timestamp)}`,
        });
      }
      const previous = lastTimestamp;
      lastTimestamp = timestamp;
      if (box === null || !isUsableBox(box)) {
        tracking = false;
        return state(0, 0, 0);
      }
      if (!tracking || !(timestamp >= previous) || timestamp - previous > o.maxGapMs) {
        restart(box, timestamp);
        return state(0, 0, 0);
      }
      const size = (box.width + box.height) / 2;
      const shift =
        Math.hypot(box.x + box.width / 2 - anchorX, box.y + box.height / 2 - anchorY) / anchorSize;
      const sizeChange = Math.abs(size - anchorSize) / anchorSize;
      if (shift > o.maxShift || sizeChange > o.maxSizeChange) {
        restart(box, timestamp);
        return state(0, shift, sizeChange);
      }
      return state(timestamp - stillSince, shift, sizeChange);
    },
  };
}

function isUsableBox(box: Box): boolean {
  return (
    Number.isFinite(box.x) &&
    Number.isFinite(box.y) &&
    Number.isFinite(box.width) &&
    Number.isFinite(box.height) &&
    box.width > 0 &&
    box.height > 0
  );
}

function resolveOptions(options: Partial<StabilityOptions>): Readonly<StabilityOptions> {
  if (typeof options !== 'object' || options === null) {
    throw new LivenessError('INVALID_OPTIONS', { detail: 'stability options must be an object' });
  }
  const resolved: StabilityOptions = { ...DEFAULT_STABILITY_OPTIONS };
  for (const key of Object.keys(options) as Array<keyof StabilityOptions>) {
    const value = options[key];
    if (value === undefined) continue;
    if (!(key in DEFAULT_STABILITY_OPTIONS)) {
      throw new LivenessError('INVALID_OPTIONS', { detail: `unknown stability option "${String(key)}"` });
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new LivenessError('INVALID_OPTIONS', {
        detail: `stability option ${key} must be a finite number >= 0, got ${String(value)}`,
      });
    }
    resolved[key] = value;
  }
  return Object.freeze(resolved);
}
