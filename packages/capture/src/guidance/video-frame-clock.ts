/** A video that reports each new frame it shows (Chromium, Safari 15.4+, Firefox 132+). */
type FrameCallbackVideo = HTMLVideoElement & {
  requestVideoFrameCallback(callback: () => void): number;
  cancelVideoFrameCallback(handle: number): void;
};

function reportsFrames(video: HTMLVideoElement): video is FrameCallbackVideo {
  return typeof (video as Partial<FrameCallbackVideo>).requestVideoFrameCallback === 'function';
}

/** Without frame callbacks, the wait for a new frame: one frame of a 30 fps camera. */
export const UNSIGNALLED_FRAME_MS = 33;

/**
 * With frame callbacks, the longest wait for a new frame before analysing the current one anyway
 * (a video that is not rendered, e.g. hidden, reports no frames).
 */
export const FRAME_STALL_MS = 250;

/** Tells the frame loop when the camera has shown a frame it has not analysed yet. */
export interface VideoFrameClock {
  /** Follows `video`'s frames (a new element after a camera switch replaces the old one). */
  watch(video: HTMLVideoElement): void;
  /** The number of frames shown so far; grab a frame, keep this, and pass it to {@link after}. */
  frame(): number;
  /**
   * Calls `run` once at least `pauseMs` have passed and a frame newer than `seen` is shown (at once
   * if one already is). Without frame callbacks: after `pauseMs`, or one camera frame when 0.
   */
  after(seen: number, pauseMs: number, run: () => void): void;
  stop(): void;
}

/**
 * The frame loop's clock: with `requestVideoFrameCallback`, each camera frame is analysed once,
 * as soon as the detector is free (no duplicate work on a frame already seen, no waiting for an
 * animation frame when a new one is there).
 */
export function createVideoFrameClock(): VideoFrameClock {
  let video: FrameCallbackVideo | null = null;
  let handle = 0;
  let frames = 0;
  let waiting: { seen: number; run: () => void } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const fire = () => {
    const due = waiting;
    waiting = null;
    clearTimer();
    due?.run();
  };
  const onFrame = () => {
    frames++;
    if (video) handle = video.requestVideoFrameCallback(onFrame);
    if (waiting && frames > waiting.seen) fire();
  };
  const unwatch = () => {
    if (video) video.cancelVideoFrameCallback(handle);
    video = null;
  };

  return {
    watch(next) {
      if (next === video) return;
      unwatch();
      if (!reportsFrames(next)) return;
      video = next;
      handle = next.requestVideoFrameCallback(onFrame);
    },
    frame: () => frames,
    after(seen, pauseMs, run) {
      clearTimer();
      waiting = null;
      if (!video) {
        timer = setTimeout(run, pauseMs > 0 ? pauseMs : UNSIGNALLED_FRAME_MS);
        return;
      }
      timer = setTimeout(() => {
        if (frames > seen) return run();
        waiting = { seen, run };
        timer = setTimeout(fire, FRAME_STALL_MS);
      }, pauseMs);
    },
    stop() {
      clearTimer();
      waiting = null;
      unwatch();
    },
  };
}

/** The most of the page's main thread the frame loop may take (its grab and checks, per frame). */
export const MAX_MAIN_THREAD_SHARE = 1 / 3;

/**
 * The pause before the next frame so that the loop's main-thread work (`workMs` per frame: the
 * grab and the pre-checks) takes at most {@link MAX_MAIN_THREAD_SHARE} of the main thread: on a
 * fast phone a few ms (every frame of a 30 fps camera is still analysed), on a slow or throttled
 * one the loop slows down instead of leaving the page no time to paint. At least `minPauseMs`.
 */
export function pauseForWork(workMs: number, minPauseMs: number): number {
  const share = MAX_MAIN_THREAD_SHARE;
  const adaptive = Number.isFinite(workMs) && workMs > 0 ? (workMs * (1 - share)) / share : 0;
  return Math.max(minPauseMs, Math.round(adaptive));
}
