import type { DetectedFace, HeadPose } from '../detection/face-detector.js';
import { estimateHeadPose, isHeadTurned } from '../detection/head-pose.js';
import { LivenessError } from '../errors/liveness-error.js';
import { assertRgbaFrame } from './assert-rgba-frame.js';
import {
  exposureOfGrey,
  judgeExposureWith,
  skinPixels,
  type ExposureAssessment,
  type ExposureMeasures,
} from './exposure.js';
import { resolveFrameThresholds, type FrameThresholds } from './frame-thresholds.js';
import {
  assessFramingWith,
  DEFAULT_FRAMING_OVAL,
  type FramingAssessment,
  type FramingOval,
} from './framing.js';
import { sampleGrey } from './grey-image.js';
import type { GuidanceCode } from './guidance-code.js';
import { luminanceOfGrey, type LuminanceStats } from './luminance.js';
import { toPixelRegion } from './pixel-region.js';
import type { Box, RgbaFrame } from './rgba-frame.js';
import { sharpnessOfGrey } from './sharpness.js';
import type { StabilityState, StabilityTracker } from './stability.js';

export interface AssessFrameInput {
  /** The camera frame's pixels. */
  frame: RgbaFrame;
  /** What the face detector found in this frame, boxes in its pixels. */
  faces: readonly DetectedFace[];
  /** The frame's time in ms, used by `tracker`. */
  timestamp: number;
  /** Stillness over successive frames; without one, `HOLD_STILL` is never asked for. */
  tracker?: StabilityTracker;
  /** The oval guide; default {@link DEFAULT_FRAMING_OVAL}. */
  oval?: FramingOval;
  /** Overrides of {@link DEFAULT_FRAME_THRESHOLDS}. */
  thresholds?: Partial<FrameThresholds>;
  /**
   * The width of the image that is uploaded, when `frame` is a smaller copy of it (the live checks
   * analyse a 320-px copy of the camera frame): `minFacePixels` is about the uploaded image, so the
   * face is measured in its pixels. Default: `frame.width` (the frame is what is uploaded).
   */
  uploadWidth?: number;
}

export interface FrameMetrics {
  /** Luma of `region`, 0-100 (reported; exposure is judged by `exposure`). */
  luminance: LuminanceStats;
  /**
   * Exposure measures and verdict (`TOO_DARK` for `under`, `TOO_BRIGHT` for `over`), on the one
   * face's skin region (`exposure.region`), else on the whole frame.
   */
  exposure: ExposureAssessment;
  /** Laplacian variance of `region` (see `measureSharpness`). */
  sharpness: number;
  framing: FramingAssessment;
  /** The tracker's verdict; `null` without a tracker or without exactly one face. */
  stability: StabilityState | null;
  /**
   * The one face's head pose, degrees: the detector's `pose` when it gives one, else
   * `estimateHeadPose` of its landmarks; `null` without exactly one face or without usable landmarks.
   */
  pose: HeadPose | null;
  /** Where luminance and sharpness were measured: the padded face box, else the whole frame. */
  region: Box;
}

export interface FrameAssessment {
  /** The one hint to show: the first failing code in `GUIDANCE_CODES` order, or `READY`. */
  primary: GuidanceCode;
  /** Every failing code, in `GUIDANCE_CODES` order (empty when ready). */
  codes: GuidanceCode[];
  /** True when nothing fails: the frame can be captured. */
  ready: boolean;
  metrics: FrameMetrics;
}

/**
 * All pre-checks of one camera frame, combined into guidance codes with one primary hint. The
 * priority is the order of `GUIDANCE_CODES`: `NO_FACE`, `MULTIPLE_FACES`, `TOO_DARK`, `TOO_BRIGHT`,
 * `MOVE_CLOSER`, `MOVE_BACK`, `CENTER_FACE`, `LOOK_STRAIGHT`, `BLURRY`, `HOLD_STILL`, then `READY`
 * when none fails.
 *
 * - Faces are filtered and framed by {@link assessFraming} (`NO_FACE`, `MULTIPLE_FACES`, and for one
 *   face `MOVE_CLOSER` / `MOVE_BACK` / `CENTER_FACE`); `minFacePixels` is measured in the pixels
 *   of the uploaded image (`uploadWidth`).
 * - Exposure (`TOO_DARK` / `TOO_BRIGHT`) is judged like ISO/IEC 29794-5 and OFIQ do, by
 *   {@link measureExposure} and {@link judgeExposure}: on the one face's skin region (from its
 *   BlazeFace key points when `landmarks` holds those 6, else the central part of its box: no hair,
 *   no background), `TOO_BRIGHT` when more than `maxBrightShare` of it is clipped bright, `TOO_DARK`
 *   when more than `maxDarkShare` is clipped dark or its highlights (95th percentile of luma) are
 *   under `minHighlight`. Without exactly one face, the same rule on the whole frame. The mean
 *   brightness decides nothing: it measures skin tone and background as much as light.
 * - Sharpness (`BLURRY` under `minSharpness`) and the reported luminance are measured on the face
 *   box grown by `faceRegionPadding` when there is exactly one face, else on the whole frame. Every
 *   measure comes from a grey copy of its region at most 128 px on its long side.
 * - Head pose (`LOOK_STRAIGHT` when |yaw|, |pitch| or |roll| of the one face is over `maxYaw`,
 *   `maxPitch` or `maxRoll`): the detector's `pose` when given, else {@link estimateHeadPose} of its
 *   `landmarks` (BlazeFace's 6 key points or a 468-point mesh); no landmarks, no pose check. It
 *   comes after the framing codes (a face out of the oval is moved first; its key points are less
 *   sure too) and before `BLURRY` (turning the head back is what the user should do first).
 * - With a `tracker`, the one face's box is fed to it (`HOLD_STILL` until still long enough); with
 *   no single face the tracker is reset.
 *
 * Throws a `LivenessError`: `INVALID_IMAGE` for a malformed frame, `INVALID_OPTIONS` for bad
 * faces, oval, thresholds, upload width or timestamp.
 */
export function assessFrame(input: AssessFrameInput): FrameAssessment {
  if (typeof input !== 'object' || input === null) {
    throw new LivenessError('INVALID_OPTIONS', { detail: 'assessFrame takes {frame, faces, timestamp}' });
  }
  const { frame, faces, timestamp, tracker, oval = DEFAULT_FRAMING_OVAL } = input;
  assertRgbaFrame(frame);
  if (!Number.isFinite(timestamp)) {
    throw new LivenessError('INVALID_OPTIONS', {
      detail: `timestamp must be a finite number of ms, got ${String(timestamp)}`,
    });
  }
  const t = resolveFrameThresholds(input.thresholds);
  const framing = assessFramingWith(faces, frame, oval, t, input.uploadWidth);

  let region: Box;
  if (framing.face) {
    const { box } = framing.face;
    const padX = box.width * t.faceRegionPadding;
    const padY = box.height * t.faceRegionPadding;
    region = { x: box.x - padX, y: box.y - padY, width: box.width + 2 * padX, height: box.height + 2 * padY };
  } else {
    region = { x: 0, y: 0, width: frame.width, height: frame.height };
  }
  const pixels = toPixelRegion(frame, region);
  region = { x: pixels.x0, y: pixels.y0, width: pixels.x1 - pixels.x0, height: pixels.y1 - pixels.y0 };
  const grey = sampleGrey(frame, pixels);
  const luminance = luminanceOfGrey(grey);
  const sharpness = sharpnessOfGrey(grey);
  // `sampleGrey` reuses one buffer: `grey` is done with before the skin region is sampled.
  let exposureMeasures: ExposureMeasures;
  if (framing.face) {
    const skin = skinPixels(frame, framing.face.box, framing.face.landmarks);
    exposureMeasures = exposureOfGrey(sampleGrey(frame, skin), skin);
  } else {
    exposureMeasures = exposureOfGrey(grey, pixels);
  }
  const exposure: ExposureAssessment = {
    ...exposureMeasures,
    verdict: judgeExposureWith(exposureMeasures, t),
  };

  const face = framing.face;
  const pose = face ? (face.pose ?? estimateHeadPose(face.landmarks, face.box)) : null;

  let stability: StabilityState | null = null;
  if (tracker) {
    if (framing.face) stability = tracker.update(framing.face.box, timestamp);
    else tracker.reset();
  }

  const codes: GuidanceCode[] = [];
  if (framing.faceCount === 0) codes.push('NO_FACE');
  if (framing.faceCount > 1) codes.push('MULTIPLE_FACES');
  if (exposure.verdict === 'under') codes.push('TOO_DARK');
  if (exposure.verdict === 'over') codes.push('TOO_BRIGHT');
  for (const code of framing.codes) {
    if (code !== 'NO_FACE' && code !== 'MULTIPLE_FACES') codes.push(code);
  }
  if (isHeadTurned(pose, t)) codes.push('LOOK_STRAIGHT');
  if (sharpness < t.minSharpness) codes.push('BLURRY');
  if (stability && !stability.ready) codes.push('HOLD_STILL');

  return {
    primary: codes[0] ?? 'READY',
    codes,
    ready: codes.length === 0,
    metrics: { luminance, exposure, sharpness, framing, stability, pose, region },
  };
}
