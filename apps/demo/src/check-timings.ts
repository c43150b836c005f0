import type { CaptureState } from '@liveness-kit/react';

/** `performance.now()` times of one check's steps; `null` until they happen. */
export interface CheckTimings {
  /** The camera was asked for (Start). */
  startedAt: number | null;
  /** Guidance began: camera and face model ready. */
  guidingAt: number | null;
  /** The first guidance hint was shown. */
  firstHintAt: number | null;
  /** The photo was taken (or a photo from disk began its checks). */
  capturedAt: number | null;
  /** The upload began. */
  uploadAt: number | null;
  /** The response arrived (`onResult`). */
  respondedAt: number | null;
}

export const NO_TIMINGS: CheckTimings = {
  startedAt: null,
  guidingAt: null,
  firstHintAt: null,
  capturedAt: null,
  uploadAt: null,
  respondedAt: null,
};

/** Follows `onStateChange`: a camera start opens a new session, a capture a new photo. */
export function timingsAfterState(timings: CheckTimings, state: CaptureState, now: number): CheckTimings {
  switch (state) {
    case 'starting-camera':
      return { ...NO_TIMINGS, startedAt: now };
    case 'guiding':
      return timings.guidingAt === null ? { ...timings, guidingAt: now } : timings;
    case 'capturing':
      return { ...timings, capturedAt: now, uploadAt: null, respondedAt: null };
    case 'uploading':
      return timings.uploadAt === null ? { ...timings, uploadAt: now } : timings;
    default:
      return timings;
  }
}

/** The first hint of a camera session. */
export function timingsAfterHint(timings: CheckTimings, now: number): CheckTimings {
  return timings.firstHintAt === null && timings.startedAt !== null
    ? { ...timings, firstHintAt: now }
    : timings;
}

export function timingsAfterResult(timings: CheckTimings, now: number): CheckTimings {
  return { ...timings, respondedAt: now };
}

function span(from: number | null, to: number | null): number | null {
  return from === null || to === null ? null : Math.round(to - from);
}

/** The durations the developer panel shows, in ms (`null`: not measured in this check). */
export function summarizeTimings(timings: CheckTimings) {
  return {
    firstHintMs: span(timings.startedAt, timings.firstHintAt),
    modelReadyMs: span(timings.startedAt, timings.guidingAt),
    captureToResponseMs: span(timings.capturedAt, timings.respondedAt),
    uploadMs: span(timings.uploadAt, timings.respondedAt),
  };
}
