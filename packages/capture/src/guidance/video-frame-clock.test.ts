import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createVideoFrameClock,
  FRAME_STALL_MS,
  MAX_MAIN_THREAD_SHARE,
  pauseForWork,
  UNSIGNALLED_FRAME_MS,
} from './video-frame-clock.js';

/** A video element whose frames the test presents, with the browser's frame-callback API. */
function framedVideo() {
  const video = document.createElement('video');
  const callbacks = new Map<number, () => void>();
  let next = 1;
  Object.assign(video, {
    requestVideoFrameCallback(callback: () => void) {
      callbacks.set(next, callback);
      return next++;
    },
    cancelVideoFrameCallback(handle: number) {
      callbacks.delete(handle);
    },
  });
  return {
    video,
    present() {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback();
    },
    get listeners() {
      return callbacks.size;
    },
  };
}

describe('createVideoFrameClock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('analyses each new frame once: waits for a frame newer than the one grabbed', () => {
    const camera = framedVideo();
    const clock = createVideoFrameClock();
    clock.watch(camera.video);
    const run = vi.fn();
    clock.after(clock.frame(), 0, run);
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    camera.present();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once when a new frame came while the last one was analysed', () => {
    const camera = framedVideo();
    const clock = createVideoFrameClock();
    clock.watch(camera.video);
    const seen = clock.frame();
    camera.present();
    const run = vi.fn();
    clock.after(seen, 0, run);
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps the pause before the next frame', () => {
    const camera = framedVideo();
    const clock = createVideoFrameClock();
    clock.watch(camera.video);
    const seen = clock.frame();
    camera.present();
    const run = vi.fn();
    clock.after(seen, 50, run);
    vi.advanceTimersByTime(49);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('analyses the current frame anyway when the video reports no frame (not rendered)', () => {
    const camera = framedVideo();
    const clock = createVideoFrameClock();
    clock.watch(camera.video);
    const run = vi.fn();
    clock.after(clock.frame(), 0, run);
    vi.advanceTimersByTime(FRAME_STALL_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    camera.present();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('without frame callbacks, waits the pause, or one 30 fps frame', () => {
    const clock = createVideoFrameClock();
    clock.watch(document.createElement('video'));
    const run = vi.fn();
    clock.after(clock.frame(), 0, run);
    vi.advanceTimersByTime(UNSIGNALLED_FRAME_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    clock.after(clock.frame(), 80, run);
    vi.advanceTimersByTime(79);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('follows a new video after a camera switch and lets go of the old one; stop ends all', () => {
    const first = framedVideo();
    const second = framedVideo();
    const clock = createVideoFrameClock();
    clock.watch(first.video);
    clock.watch(second.video);
    expect(first.listeners).toBe(0);
    const run = vi.fn();
    clock.after(clock.frame(), 0, run);
    vi.advanceTimersByTime(0);
    second.present();
    expect(run).toHaveBeenCalledTimes(1);
    clock.after(clock.frame(), 0, run);
    clock.stop();
    expect(second.listeners).toBe(0);
    vi.advanceTimersByTime(FRAME_STALL_MS * 2);
    second.present();
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('pauseForWork', () => {
  it('leaves the page at least two thirds of the main thread', () => {
    expect(pauseForWork(3, 0)).toBe(6);
    expect(pauseForWork(20, 0)).toBe(40);
    const work = 17;
    expect(work / (work + pauseForWork(work, 0))).toBeLessThanOrEqual(MAX_MAIN_THREAD_SHARE + 0.01);
  });

  it('keeps the asked pause when it is longer, and ignores nonsense timings', () => {
    expect(pauseForWork(3, 60)).toBe(60);
    expect(pauseForWork(Number.NaN, 5)).toBe(5);
    expect(pauseForWork(-4, 0)).toBe(0);
  });
});
