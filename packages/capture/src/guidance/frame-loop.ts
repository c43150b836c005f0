import { toLivenessError, type FaceDetector, type LivenessError } from '@liveness-kit/core';
import type { CheckedFrame, FrameCheck } from './frame-check.js';
import { detectInFrame } from './detect-in-frame.js';
import { videoSize, type FrameGrabber, type GrabbedFrame } from './frame-grabber.js';
import { createVideoFrameClock, pauseForWork } from './video-frame-clock.js';

/** One analysed camera frame. */
export interface AnalysedFrame {
  assessment: CheckedFrame;
  /** The frame that was analysed (valid until the loop grabs the next one). */
  grabbed: GrabbedFrame;
  timestamp: number;
}

export interface FrameLoopOptions {
  getVideo(): HTMLVideoElement | null;
  detector: FaceDetector;
  grabber: FrameGrabber;
  check: FrameCheck;
  /**
   * Least pause between the end of one analysis and the next grab; the loop also waits for a camera
   * frame it has not analysed yet. 0: every new frame, as soon as the detector is free.
   */
  intervalMs: number;
  /** Gets every analysed frame; return `false` to stop the loop (e.g. to capture this frame). */
  onFrame(frame: AnalysedFrame): boolean;
  /** Detection failed for good (a model error, or several failures in a row); the loop has stopped. */
  onError(error: LivenessError): void;
}

/** Detection failures in a row after which the detector is considered broken. */
const MAX_FAILURES = 3;

/**
 * Grabs frames from the video, runs the detector on each (one detection in flight at a time: the
 * next frame is grabbed once the last one is assessed and the camera has shown a new one) and the
 * pre-checks. The detector gets the video itself, so it resizes the frame once, to its model's
 * input; the pre-checks read the grabber's small copy. Returns `stop`.
 */
export function startFrameLoop(options: FrameLoopOptions): () => void {
  let stopped = false;
  let failures = 0;
  let seen = -1;
  const clock = createVideoFrameClock();

  const schedule = (pauseMs: number) => {
    if (!stopped) clock.after(seen, pauseMs, () => void tick());
  };

  async function tick(): Promise<void> {
    const video = options.getVideo();
    if (video) clock.watch(video);
    seen = clock.frame();
    const size = video ? videoSize(video) : { width: 0, height: 0 };
    if (!video || size.width === 0) return schedule(options.intervalMs);
    try {
      const grabStarted = performance.now();
      const grabbed = options.grabber.grab(video, size.width, size.height);
      if (!grabbed) return schedule(options.intervalMs);
      const timestamp = performance.now();
      const detection = detectInFrame(options.detector, video, size.width, grabbed);
      const grabMs = performance.now() - grabStarted;
      const faces = await detection;
      if (stopped) return;
      const checkStarted = performance.now();
      const assessment = options.check.assess(grabbed.pixels, faces, timestamp, grabbed.fullSize.width);
      failures = 0;
      const keepGoing = options.onFrame({ assessment, grabbed, timestamp });
      // The main thread's share of this frame (grab, checks, the hint): the pause keeps it modest.
      const workMs = grabMs + performance.now() - checkStarted;
      if (keepGoing) schedule(pauseForWork(workMs, options.intervalMs));
      else stopped = true;
    } catch (cause) {
      if (stopped) return;
      const error = toLivenessError(cause);
      failures++;
      if (error.code === 'MODEL_LOAD_FAILED' || failures >= MAX_FAILURES) {
        stopped = true;
        options.onError(error);
        return;
      }
      schedule(options.intervalMs);
    }
  }

  void tick();
  return () => {
    stopped = true;
    clock.stop();
  };
}
