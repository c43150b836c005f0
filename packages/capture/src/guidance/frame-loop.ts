import {
  toLivenessError,
  type FaceDetector,
  type FrameAssessment,
  type LivenessError,
} from '@liveness-kit/core';
import type { FrameCheck } from './frame-check.js';
import { videoSize, type FrameGrabber, type GrabbedFrame } from './frame-grabber.js';

/** One analysed camera frame. */
export interface AnalysedFrame {
  assessment: FrameAssessment;
  /** The frame that was analysed (valid until the loop grabs the next one). */
  grabbed: GrabbedFrame;
  timestamp: number;
}

export interface FrameLoopOptions {
  getVideo(): HTMLVideoElement | null;
  detector: FaceDetector;
  grabber: FrameGrabber;
  check: FrameCheck;
  /** Pause between the end of one analysis and the next grab. */
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
 * next frame is grabbed only once the last one is assessed) and the pre-checks. Returns `stop`.
 */
export function startFrameLoop(options: FrameLoopOptions): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  const schedule = (ms: number) => {
    if (!stopped) timer = setTimeout(() => void tick(), ms);
  };

  async function tick(): Promise<void> {
    const video = options.getVideo();
    const size = video ? videoSize(video) : { width: 0, height: 0 };
    if (!video || size.width === 0) return schedule(options.intervalMs);
    try {
      const grabbed = options.grabber.grab(video, size.width, size.height);
      if (!grabbed) return schedule(options.intervalMs);
      const timestamp = performance.now();
      const faces = await options.detector.detect(grabbed.analysis);
      if (stopped) return;
      const assessment = options.check.assess(grabbed.pixels, faces, timestamp, grabbed.fullSize.width);
      failures = 0;
      if (options.onFrame({ assessment, grabbed, timestamp })) schedule(options.intervalMs);
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

  schedule(0);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}
