import { LivenessError } from '../errors/liveness-error.js';

/**
 * Every limit the frame pre-checks apply. Defaults ({@link DEFAULT_FRAME_THRESHOLDS}) were set from
 * the fixture photos (see the package README, "Frame pre-checks"); override any subset.
 */
export interface FrameThresholds {
  /**
   * Detections scoring below this (0-1) are ignored before faces are counted. The one limit for
   * every layer: the browser detector reports nothing below it either (its `minScore` default).
   * Set on the fixtures with BlazeFace front, the detector's default (packages/capture
   * `bench:models`): real faces in `single/` and `pad/real/` score 0.79-0.96 and tight crops of
   * `pad/attack/` 0.57-0.90; false faces at most 0.55 (Chromium's synthetic camera, 6 s) and 0.51
   * (`noface/coffee-cup`). With BlazeFace back: real faces 0.88-0.97, false ones at most 0.53.
   */
  minFaceScore: number;
  /**
   * Detections whose box's longer side is under this share of the frame's shorter side are ignored
   * before faces are counted (the browser detector's `minFaceSize` default too). 0.05 is 24 px on
   * a 640x480 camera: the back row of `multi/crowd-29-solvay1927` (0.059-0.084, found by BlazeFace
   * back) still counts as faces, while the front model finds no face under 0.15 and its false
   * faces are large (0.5-0.75), so no false face was dropped by size alone.
   */
  minFaceSize: number;
  /**
   * Face size against the oval, `max(box width / oval width, box height / oval height)`: under
   * this the user is asked to move closer.
   */
  minFaceToOval: number;
  /**
   * Shorter side of the face box, in the uploaded image's pixels (`assessFrame`'s `uploadWidth`
   * when the checks run on a smaller copy), under which the user is asked to
   * move closer whatever the oval says: too few pixels for the server to judge the face (the local
   * engine's face-size factor of `face_quality` is 0 at 40 px and reaches 1 at 120 px). A camera
   * frame whose face fits the oval is well above it; a small photo chosen from disk is not.
   */
  minFacePixels: number;
  /** Over this face-to-oval ratio the user is asked to move back. */
  maxFaceToOval: number;
  /**
   * How far the face box centre may be from the oval centre, in oval radii
   * (`hypot(dx / rx, dy / ry)`): beyond it the user is asked to centre the face.
   */
  maxCenterOffset: number;
  /**
   * Exposure (`measureExposure` / `judgeExposure`, on the face's skin region): over this share
   * (0-1) of the skin clipped dark (luma 0-25 of 255, OFIQ's range) the face is under-exposed
   * (`TOO_DARK`). The three exposure limits were set on the labelled exposure set of
   * `packages/server/bench/exposure-measures.ts`: 35 bona fide faces (`single/`, `pad/real/`,
   * `multi/`), gamma 0.8 and 1.2 edits of 33 of them (ok), x0.3 and x0.16 edits (under),
   * `-level 0%,38%` edits (over) and the two derived fixtures: 202 faces, each measured on
   * BlazeFace's box, on Human's 1.4x box and from key points (606 verdicts, all right). Here: the
   * ok faces reach 0.21 (a beard), the dark fixture 0.59; the x0.3 / x0.16 edits (from 0.01 /
   * 0.18) are caught by `minHighlight`, so this limit leaves room for beards and shadows.
   */
  maxDarkShare: number;
  /**
   * Over this share (0-1) of the skin clipped bright (luma 247-255, OFIQ's range) the face is
   * over-exposed (`TOO_BRIGHT`). On the exposure set (see `maxDarkShare`): ok faces reach 0.026,
   * the `-level 0%,38%` edits start at 0.34, the blown-out fixture 0.68.
   */
  maxBrightShare: number;
  /**
   * Under this 95th percentile of the skin's luma (0-100) the face is under-exposed (`TOO_DARK`):
   * it has no highlights. On the exposure set (see `maxDarkShare`): the x0.3 edits reach 28.2, the
   * ok faces start at 37.3 (a dim restaurant; the darkest skin, `ageitgey-obama2`, is 71).
   */
  minHighlight: number;
  /**
   * Head pose limits, degrees (`estimateHeadPose` from the face's key points, or the detector's own
   * `pose`): beyond any of them the user is asked to look straight at the camera (`LOOK_STRAIGHT`).
   * Passport photos (ISO/IEC 39794-5, ICAO 9303) allow about ±5° of yaw and pitch and ±8° of roll;
   * a liveness capture only needs a face the server can judge, so these are wider: above every
   * bona fide fixture face (single/ and pad/real, 25 photos each also mirrored; measured by
   * packages/server/bench/head-pose-calibrate.ts) with room for the estimate's error, and below
   * a clearly turned face. Yaw: the bona fide faces reach 18.3° as camera frames and 20.5° as
   * photos as they are (`ageitgey-kit_harington-john2`, 18° by Human's mesh pose); the estimate's
   * largest error against the mesh pose is 4.6°; frontal fixture faces turned by a perspective
   * warp measure 25.8-47.2° in 21 of 25 cases (head-pose-fixtures.test.ts); at 25° the server's
   * `face_quality` pose factor is still 0.67 (1 up to 15°, 0 at 45°).
   */
  maxYaw: number;
  /**
   * Pitch limit, degrees (see `maxYaw`): the bona fide faces measure -3.4° to +12.0° (Human's mesh
   * pose, the reference, gives level faces a few degrees down too); the pitch estimate's largest
   * error is 8.2°, so the limit is as wide as yaw's.
   */
  maxPitch: number;
  /**
   * Roll limit, degrees (the eye line's tilt; see `maxYaw`): wider than yaw's, since a tilted head
   * keeps every feature in view. The bona fide faces reach 17.5° in the browser's 256-px analysis
   * and 26.7° as the local engine measures the same slanted selfie (`woman-selfie-live`) at 640 px;
   * the roll's largest error against the mesh pose is 6.2°.
   */
  maxRoll: number;
  /**
   * Laplacian variance (see `measureSharpness`) of the padded face box under which the face is
   * blurry (`BLURRY`). Measured with the box the browser's detector reports (BlazeFace's own, 1/1.4
   * of Human's), on each fixture as a 640x480 camera frame and as the 320-px copy capture checks
   * (`bench/sharpness-browser-boxes.ts`, `sharpness-browser-boxes.test.ts`): the 23 bona fide
   * single-face photos (`single/`, `attack/`, the uncropped `pad/real/`; dark and light skin, plain,
   * office and outdoor backgrounds) measure from 131.9 (`pad/real/ageitgey-alex-lacamoire`; 135.4
   * on the 320-px copy), the blurred edits 9.2 / 12.2 (Gaussian) and 63.4 / 66.3 (motion). 90 is
   * about the geometric midpoint of 131.9 and 66.3 (93.5): 1.47 times under the softest sharp face,
   * 1.36 times over the motion edit. The 150 first set on Human's larger box refused the softest
   * sharp face. The six tight 336-px crops of `pad/real/` (MTCNN output, enlarged) are not camera
   * frames and no limit separates them: 45.9-287.1, three of them under 90.
   */
  minSharpness: number;
  /**
   * Luminance and sharpness are measured on the face box grown by this share of its size on each
   * side (then clipped to the frame).
   */
  faceRegionPadding: number;
}

/** The default limits, set from the fixture photos (the README lists the measured values). */
export const DEFAULT_FRAME_THRESHOLDS: Readonly<FrameThresholds> = Object.freeze({
  minFaceScore: 0.65,
  minFaceSize: 0.05,
  minFaceToOval: 0.4,
  minFacePixels: 100,
  maxFaceToOval: 0.9,
  maxCenterOffset: 0.3,
  maxDarkShare: 0.5,
  maxBrightShare: 0.2,
  minHighlight: 33,
  maxYaw: 25,
  maxPitch: 25,
  maxRoll: 35,
  minSharpness: 90,
  faceRegionPadding: 0.1,
});

/**
 * {@link DEFAULT_FRAME_THRESHOLDS} with `overrides` applied, checked: every value must be a finite
 * number, shares and scores non-negative, and each min at most its max. Throws a `LivenessError`
 * `INVALID_OPTIONS` otherwise.
 */
export function resolveFrameThresholds(overrides?: Partial<FrameThresholds>): Readonly<FrameThresholds> {
  if (overrides === undefined) return DEFAULT_FRAME_THRESHOLDS;
  if (typeof overrides !== 'object' || overrides === null) {
    throw new LivenessError('INVALID_OPTIONS', { detail: 'thresholds must be an object' });
  }
  const resolved: FrameThresholds = { ...DEFAULT_FRAME_THRESHOLDS };
  for (const key of Object.keys(overrides) as Array<keyof FrameThresholds>) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (!(key in DEFAULT_FRAME_THRESHOLDS)) {
      throw new LivenessError('INVALID_OPTIONS', { detail: `unknown threshold "${String(key)}"` });
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new LivenessError('INVALID_OPTIONS', {
        detail: `threshold ${key} must be a finite number >= 0, got ${String(value)}`,
      });
    }
    resolved[key] = value;
  }
  for (const [key, top] of [
    ['maxDarkShare', 1],
    ['maxBrightShare', 1],
    ['minHighlight', 100],
  ] as const) {
    if (resolved[key] > top) {
      throw new LivenessError('INVALID_OPTIONS', {
        detail: `threshold ${key} must be at most ${top}, got ${resolved[key]}`,
      });
    }
  }
  for (const [min, max] of [['minFaceToOval', 'maxFaceToOval']] as const) {
    if (resolved[min] > resolved[max]) {
      throw new LivenessError('INVALID_OPTIONS', {
        detail: `threshold ${min} (${resolved[min]}) is above ${max} (${resolved[max]})`,
      });
    }
  }
  return resolved;
}
