import type { Box } from '../frame/rgba-frame.js';
import type { HeadPose } from './face-detector.js';

type Point = readonly [number, number];

/**
 * The order of BlazeFace's 6 key points, as Human and MediaPipe give them (checked on the fixture
 * photos: for a frontal face point 0 is the eye on the image's left). "Right" and "left" are the
 * subject's: the subject's right eye is on the image's left in an unmirrored camera frame.
 */
export const BLAZEFACE_KEYPOINTS = Object.freeze({
  rightEye: 0,
  leftEye: 1,
  noseTip: 2,
  mouth: 3,
  rightEarTragion: 4,
  leftEarTragion: 5,
});

/**
 * The same six points taken from MediaPipe's 468-point face mesh (Human's `mesh`, 478 with the
 * irises), each the mean of these indices: eye centres from the outer and inner corners (33/133,
 * 362/263), nose tip 1, mouth centre from the inner lips 13/14, and for the ears the face
 * outline at tragion height, 234 and 454 (the mesh has no point on the ear itself).
 */
export const MESH_KEYPOINTS = Object.freeze({
  rightEye: [33, 133],
  leftEye: [362, 263],
  noseTip: [1],
  mouth: [13, 14],
  rightEarTragion: [234],
  leftEarTragion: [454],
} as const);

/** The fewest mesh points taken as a face mesh rather than BlazeFace's key points. */
const MESH_POINTS = 468;

/**
 * Geometry of the six points, measured after turning them so that the eye line is level (roll
 * removed), in shares that do not depend on the face's size in the frame.
 */
export interface HeadPoseFeatures {
  /** Angle of the eye line (right eye to left eye), degrees; positive when it slopes down to the right. */
  roll: number;
  /**
   * Nose tip's distance from the point midway between the ears, in ear-to-ear spans: 0 for a
   * frontal face, negative when the nose is nearer the image's left ear.
   */
  earOffset: number;
  /** Nose tip's distance from the point midway between the eyes, in eye-to-eye spans. */
  eyeOffset: number;
  /** Nose tip's height below the eye line, in eye-line-to-mouth heights (about 0.45 frontal). */
  noseDrop: number;
}

/**
 * How features map to degrees: `tan(yaw) = (earGain * earOffset + eyeGain * eyeOffset) / 2`,
 * `tan(pitch) = pitchGain * (noseDrop - neutralNoseDrop)`, roll as measured.
 */
export interface HeadPoseCalibration {
  earGain: number;
  eyeGain: number;
  pitchGain: number;
  neutralNoseDrop: number;
}

/**
 * The mapping for BlazeFace's key points, fitted (least squares on the tangents) against Human's
 * mesh-based pose (`face.rotation.angle`) by packages/server/bench/head-pose-calibrate.ts: every
 * face of the fixture photos single/ (5), pad/real (20), pad/attack (20), attack/ (4) seen as
 * camera frames (face centred, 38% of the frame's width) and the faces of multi/ Human's mesh
 * fits (cropped around each), each also mirrored: 108 faces (one pad/attack crop has no face for
 * BlazeFace). Mean (largest) error against the reference: yaw 1.2° (4.6°), pitch 2.5° (8.2°),
 * roll 1.6° (6.2°).
 */
export const KEYPOINT_POSE_CALIBRATION: Readonly<HeadPoseCalibration> = Object.freeze({
  earGain: -0.814,
  eyeGain: -0.984,
  pitchGain: 1.229,
  neutralNoseDrop: 0.459,
});

/**
 * The mapping for the six points taken from a 468-point mesh ({@link MESH_KEYPOINTS}), fitted the
 * same way on the same 108 faces: mean (largest) error yaw 0.6° (2.7°), pitch 2.4° (7.8°), roll
 * 1.7° (15.9°). A detector that gives its own `pose` with the mesh should be trusted first.
 */
export const MESH_POSE_CALIBRATION: Readonly<HeadPoseCalibration> = Object.freeze({
  earGain: -0.862,
  eyeGain: -0.769,
  pitchGain: 1.202,
  neutralNoseDrop: 0.526,
});

/**
 * Below this eye-to-eye distance, as a share of the face box's width, the points are taken as
 * degenerate: a frontal fixture face measures about 0.4, and the eye span shrinks only with the
 * cosine of the turn.
 */
const MIN_EYE_SPAN_TO_BOX = 0.05;
/** Below this eye-line-to-mouth height, in eye-to-eye spans, the points are degenerate (frontal ~1.1). */
const MIN_MOUTH_DROP = 0.2;

const DEG = 180 / Math.PI;

/**
 * The six points of {@link BLAZEFACE_KEYPOINTS} from either BlazeFace's 6 key points or a face
 * mesh of at least 468 points, and which calibration applies; `null` for any other count or a
 * point that is not two finite numbers.
 */
function sixPoints(
  landmarks: ReadonlyArray<readonly [number, number]>,
): { points: Point[]; mesh: boolean } | null {
  if (!Array.isArray(landmarks)) return null;
  const mesh = landmarks.length >= MESH_POINTS;
  if (!mesh && landmarks.length !== 6) return null;
  const groups: ReadonlyArray<readonly number[]> = mesh
    ? Object.values(MESH_KEYPOINTS)
    : Object.values(BLAZEFACE_KEYPOINTS).map((i) => [i]);
  const points: Point[] = [];
  for (const group of groups) {
    let x = 0;
    let y = 0;
    for (const index of group) {
      const p = landmarks[index];
      if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
      x += p[0];
      y += p[1];
    }
    points.push([x / group.length, y / group.length]);
  }
  return { points, mesh };
}

/**
 * The pose features of six points in {@link BLAZEFACE_KEYPOINTS} order, or `null` when they are
 * degenerate: eyes closer than `minEyeSpan` px, the mouth not below the eye line, the ears
 * not on either side.
 */
function featuresOf(points: Point[], minEyeSpan: number): HeadPoseFeatures | null {
  const [rightEye, leftEye, nose, mouth, rightEar, leftEar] = points as [
    Point,
    Point,
    Point,
    Point,
    Point,
    Point,
  ];
  const dx = leftEye[0] - rightEye[0];
  const dy = leftEye[1] - rightEye[1];
  const eyeSpan = Math.hypot(dx, dy);
  if (!(eyeSpan > minEyeSpan)) return null;
  // Coordinates along the eye line (u, from the right eye to the left) and across it (v, down),
  // from the point between the eyes.
  const cos = dx / eyeSpan;
  const sin = dy / eyeSpan;
  const mx = (rightEye[0] + leftEye[0]) / 2;
  const my = (rightEye[1] + leftEye[1]) / 2;
  const u = (p: Point) => (p[0] - mx) * cos + (p[1] - my) * sin;
  const v = (p: Point) => -(p[0] - mx) * sin + (p[1] - my) * cos;
  const earSpan = u(leftEar) - u(rightEar);
  const mouthDrop = v(mouth);
  if (!(earSpan > 0) || !(mouthDrop > MIN_MOUTH_DROP * eyeSpan)) return null;
  return {
    roll: Math.atan2(dy, dx) * DEG,
    earOffset: (u(nose) - (u(rightEar) + u(leftEar)) / 2) / earSpan,
    eyeOffset: u(nose) / eyeSpan,
    noseDrop: v(nose) / mouthDrop,
  };
}

/**
 * The geometry {@link estimateHeadPose} turns into degrees, with the calibration that applies to
 * these points (BlazeFace's 6 key points or a 468-point mesh); `null` when the points are missing
 * or degenerate. For benchmarks and custom mappings.
 */
export function headPoseFeatures(
  landmarks: ReadonlyArray<readonly [number, number]> | undefined,
  box?: Box,
): { features: HeadPoseFeatures; calibration: Readonly<HeadPoseCalibration> } | null {
  if (landmarks === undefined) return null;
  const six = sixPoints(landmarks);
  if (!six) return null;
  const boxWidth = box && Number.isFinite(box.width) && box.width > 0 ? box.width : 0;
  const features = featuresOf(six.points, Math.max(1, MIN_EYE_SPAN_TO_BOX * boxWidth));
  if (!features) return null;
  return { features, calibration: six.mesh ? MESH_POSE_CALIBRATION : KEYPOINT_POSE_CALIBRATION };
}

/**
 * Head pose, in degrees, from a face's landmarks: BlazeFace's 6 key points
 * ({@link BLAZEFACE_KEYPOINTS} order) or a 468/478-point face mesh ({@link MESH_KEYPOINTS}), in
 * frame pixels (an unmirrored frame). `box`, the face's box, lets points far too close together
 * for the face be refused. Returns `null` when points are missing, not finite or degenerate.
 *
 * Geometry: roll is the eye line's angle; with the eye line levelled, yaw comes from where the nose
 * tip sits between the ears and between the eyes (0 midway), pitch from the nose tip's height
 * between the eye line and the mouth; each share is mapped to degrees by a calibration fitted to
 * Human's mesh pose ({@link KEYPOINT_POSE_CALIBRATION}). Signs are Human's, as in `HeadPose`:
 *
 * - `yaw` > 0: the face turns towards the image's left (the subject's own right, in an unmirrored
 *   camera frame); < 0 towards the image's right.
 * - `pitch` > 0: the face looks down (chin lowered); < 0 up. The bona fide fixture faces measure
 *   -3° to +12°: Human's mesh pose, the reference, gives level faces a few degrees down.
 * - `roll` > 0: the head leans clockwise in the image (the image's right eye lower).
 *
 * Accuracy against Human's mesh pose on 108 fixture faces: about 1° of yaw, 2.5° of pitch and
 * 1.6° of roll on average; see {@link KEYPOINT_POSE_CALIBRATION}. BlazeFace's key points are
 * noisier when the face fills the frame (the tight pad/ crops as they are: yaw error up to 11°).
 */
export function estimateHeadPose(
  landmarks: ReadonlyArray<readonly [number, number]> | undefined,
  box?: Box,
): HeadPose | null {
  const found = headPoseFeatures(landmarks, box);
  if (!found) return null;
  const { features: f, calibration: c } = found;
  const yaw = Math.atan((c.earGain * f.earOffset + c.eyeGain * f.eyeOffset) / 2) * DEG;
  const pitch = Math.atan(c.pitchGain * (f.noseDrop - c.neutralNoseDrop)) * DEG;
  return { yaw: round1(yaw), pitch: round1(pitch), roll: round1(f.roll) };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10 + 0;
}

/** The pose limits (see `DEFAULT_FRAME_THRESHOLDS`: `maxYaw`, `maxPitch`, `maxRoll`, degrees). */
export interface HeadPoseLimits {
  maxYaw: number;
  maxPitch: number;
  maxRoll: number;
}

/**
 * Whether a head pose is past a limit: |yaw| over `maxYaw`, |pitch| over `maxPitch` or |roll| over
 * `maxRoll`. The one rule behind the browser's `LOOK_STRAIGHT` and the local engine's "the face is
 * turned" retake. An unknown pose (`null`) is not past any limit.
 */
export function isHeadTurned(pose: HeadPose | null, limits: HeadPoseLimits): boolean {
  return (
    pose !== null &&
    (Math.abs(pose.yaw) > limits.maxYaw ||
      Math.abs(pose.pitch) > limits.maxPitch ||
      Math.abs(pose.roll) > limits.maxRoll)
  );
}
