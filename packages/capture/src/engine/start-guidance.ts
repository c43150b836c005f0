import type { FaceDetector, FramingOval } from '@liveness-kit/core';
import { createFrameCheck } from '../guidance/frame-check.js';
import { videoSize, type FrameGrabber } from '../guidance/frame-grabber.js';
import { startFrameLoop } from '../guidance/frame-loop.js';
import { asModelError } from '../detector/detector-holder.js';
import type { CaptureOptions } from '../options/capture-options.js';
import type { ResolvedCaptureOptions } from '../options/check-capture-options.js';
import type { FrameSize } from '../store/capture-state.js';
import type { CaptureStore } from '../store/create-capture-store.js';
import { sameFrameSize } from '../store/frame-geometry.js';

export interface GuidanceOptions {
  store: CaptureStore;
  detector: FaceDetector;
  grabber: FrameGrabber;
  getVideo(): HTMLVideoElement | null;
  /** The frame size the loop was started for (the store's); frames of another size are dropped. */
  frameSize(): FrameSize | null;
  /** A frame of another size than {@link frameSize} was seen (the camera turned): the engine restarts the loop. */
  geometrySeen(size: FrameSize | null): void;
  /** The oval for {@link frameSize}. */
  oval: FramingOval;
  options(): CaptureOptions & ResolvedCaptureOptions;
  /** Whether the user asked for a photo since the last frame (and forget the request). */
  takeRequest(): boolean;
  /** Whether auto-capture may take the photo (on, and not paused after a cancel). */
  autoAllowed(): boolean;
  /** The frame that passed, full size: the loop has stopped. */
  captured(canvas: HTMLCanvasElement): void;
}

/**
 * Guidance while the camera is on: every analysed frame updates the hint; a frame that has been
 * `READY` for `readyHoldMs` (auto-capture) or a capture request whose frame passes every check but
 * stillness becomes the photo. A frame whose size is not the one the loop was started for (a phone
 * turned, the camera changed its stream) is dropped, and so is a frame whose video has changed size
 * while it was analysed (its photo, drawn from the video, would be another frame): the engine
 * restarts the loop for the new geometry, a capture request waits for it. Returns `stop`.
 */
export function startGuidance(g: GuidanceOptions): () => void {
  const { timing, frameThresholds, stability } = g.options();
  const check = createFrameCheck({
    oval: g.oval,
    thresholds: frameThresholds,
    stability,
    consecutiveFrames: timing.consecutiveFrames,
  });
  const actions = () => g.store.getState().actions;
  let readySince: number | null = null;
  return startFrameLoop({
    getVideo: g.getVideo,
    detector: g.detector,
    grabber: g.grabber,
    check,
    intervalMs: timing.frameIntervalMs,
    onFrame: ({ assessment, grabbed, timestamp }) => {
      // A frame of another geometry than the loop's, or the camera changed size while it was
      // analysed (its photo, drawn from the video, would be another frame): dropped, and the
      // video's size now is reported (the engine restarts the loop when it is new).
      const video = g.getVideo();
      const size = video ? videoSize(video) : null;
      const now = size && size.width > 0 && size.height > 0 ? size : null;
      if (!sameFrameSize(grabbed.fullSize, now) || !sameFrameSize(grabbed.fullSize, g.frameSize())) {
        g.geometrySeen(now);
        return true;
      }
      // A face not yet believed keeps the last hint: no NO_FACE flash before the face's own hint.
      if (assessment.settling) return true;
      actions().assessed(assessment.primary, assessment.metrics.framing.code === 'FITTED');
      readySince = assessment.ready ? (readySince ?? timestamp) : null;
      const manual = g.takeRequest();
      const auto =
        g.autoAllowed() && readySince !== null && timestamp - readySince >= g.options().timing.readyHoldMs;
      if (!manual && !auto) return true;
      // A button press does not wait for stillness, but every other check must pass.
      if (!assessment.codes.every((code) => code === 'HOLD_STILL')) {
        actions().captureRefused(assessment.primary);
        return true;
      }
      if (!actions().beginCapture('camera')) return true;
      g.captured(grabbed.full);
      return false;
    },
    onError: (error) => actions().modelFailed(asModelError(error)),
  });
}
