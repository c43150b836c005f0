import { describe, expect, it } from 'vitest';
import {
  BLAZEFACE_KEYPOINTS,
  estimateHeadPose,
  headPoseFeatures,
  KEYPOINT_POSE_CALIBRATION,
  MESH_KEYPOINTS,
  MESH_POSE_CALIBRATION,
  isHeadTurned,
} from './head-pose.js';

type Points = Array<[number, number]>;
const DEG = 180 / Math.PI;
const c = KEYPOINT_POSE_CALIBRATION;

/**
 * Six key points of a frontal face, eye span 60 px, centred at (320, 240): right eye (image left),
 * left eye, nose tip, mouth centre, right and left ear tragion. The nose sits `c.neutralNoseDrop`
 * of the way from the eye line to the mouth: a level head.
 */
function frontal(): Points {
  const mouthDrop = 66;
  return [
    [290, 220],
    [350, 220],
    [320, 220 + c.neutralNoseDrop * mouthDrop],
    [320, 220 + mouthDrop],
    [250, 235],
    [390, 235],
  ];
}

/** A 3D model of the six points (x right, y down, z towards the camera; eye span 1). */
const MODEL: Array<[number, number, number]> = [
  [-0.5, 0, 0],
  [0.5, 0, 0],
  [0, 0.5, 0.6],
  [0, 1.1, 0.1],
  [-1.15, 0.35, -1.2],
  [1.15, 0.35, -1.2],
];

/**
 * The model turned by `yaw` (positive: the nose goes to the image's left) and `pitch` (positive:
 * the face looks down), projected orthographically at 60 px per eye span around (320, 240).
 */
function turned(yawDeg: number, pitchDeg: number): Points {
  const y = yawDeg / DEG;
  const p = pitchDeg / DEG;
  return MODEL.map(([x0, y0, z0]) => {
    const x1 = x0 * Math.cos(y) - z0 * Math.sin(y);
    const z1 = x0 * Math.sin(y) + z0 * Math.cos(y);
    const y2 = y0 * Math.cos(p) + z1 * Math.sin(p);
    return [320 + 60 * x1, 240 + 60 * y2];
  });
}

function rotate(points: Points, degrees: number, cx = 320, cy = 240): Points {
  const a = degrees / DEG;
  return points.map(([x, y]) => [
    cx + (x - cx) * Math.cos(a) - (y - cy) * Math.sin(a),
    cy + (x - cx) * Math.sin(a) + (y - cy) * Math.cos(a),
  ]);
}

/** The points of a face seen in a mirror: x flipped, and the subject's sides swapped. */
function mirror(points: Points, width = 640): Points {
  const flipped = points.map(([x, y]) => [width - x, y] as [number, number]);
  const [re, le, nose, mouth, rear, lear] = flipped as [
    [number, number],
    [number, number],
    [number, number],
    [number, number],
    [number, number],
    [number, number],
  ];
  return [le, re, nose, mouth, lear, rear];
}

describe('estimateHeadPose from BlazeFace key points', () => {
  it('gives about 0 for a frontal, level face', () => {
    expect(estimateHeadPose(frontal())).toEqual({ yaw: 0, pitch: 0, roll: 0 });
  });

  it('maps the nose offset to yaw by the documented formula, and the nose height to pitch', () => {
    // Nose moved 12 px towards the image's left ear: ear offset -12/140, eye offset -12/60.
    const points = frontal();
    points[BLAZEFACE_KEYPOINTS.noseTip]![0] -= 12;
    const expectedYaw = Math.atan((c.earGain * (-12 / 140) + c.eyeGain * (-12 / 60)) / 2) * DEG;
    const pose = estimateHeadPose(points)!;
    expect(pose.yaw).toBeGreaterThan(5);
    expect(pose.yaw).toBeCloseTo(expectedYaw, 0);
    expect(Math.abs(pose.pitch)).toBeLessThan(0.5);
    // Nose 10 px lower: looking down, positive pitch.
    const down = frontal();
    down[BLAZEFACE_KEYPOINTS.noseTip]![1] += 10;
    const expectedPitch = Math.atan(c.pitchGain * (10 / 66)) * DEG;
    expect(estimateHeadPose(down)!.pitch).toBeCloseTo(expectedPitch, 0);
    expect(expectedPitch).toBeGreaterThan(8);
  });

  it('follows a turned 3D model in sign and order: yaw and pitch grow with the turn', () => {
    const yaws = [-40, -25, -10, 0, 10, 25, 40].map((a) => estimateHeadPose(turned(a, 0))!);
    for (let i = 1; i < yaws.length; i++) expect(yaws[i]!.yaw).toBeGreaterThan(yaws[i - 1]!.yaw);
    expect(yaws[3]!.yaw).toBe(0);
    expect(yaws[6]!.yaw).toBeGreaterThan(20);
    expect(yaws[0]!.yaw).toBeCloseTo(-yaws[6]!.yaw, 5);
    const pitches = [-30, -15, 0, 15, 30].map((a) => estimateHeadPose(turned(0, a))!.pitch);
    for (let i = 1; i < pitches.length; i++) expect(pitches[i]).toBeGreaterThan(pitches[i - 1]!);
    expect(pitches[4]).toBeGreaterThan(10);
    expect(pitches[0]).toBeLessThan(-10);
  });

  it('reads roll from the eye line and keeps yaw and pitch when the whole face is rotated', () => {
    const face = turned(20, 10);
    const upright = estimateHeadPose(face)!;
    for (const degrees of [-30, -15, 15, 30]) {
      const pose = estimateHeadPose(rotate(face, degrees))!;
      // Clockwise in the image (y down) is a positive angle: the image's right eye goes lower.
      expect(pose.roll).toBeCloseTo(upright.roll + degrees, 0);
      expect(pose.yaw).toBeCloseTo(upright.yaw, 0);
      expect(pose.pitch).toBeCloseTo(upright.pitch, 0);
    }
  });

  it('does not depend on where the face is or how large it is', () => {
    const face = turned(15, -5);
    const moved = face.map(([x, y]) => [x * 2.5 + 40, y * 2.5 - 100] as [number, number]);
    expect(estimateHeadPose(moved)).toEqual(estimateHeadPose(face));
  });

  it('flips yaw and roll and keeps pitch in a mirror', () => {
    const face = rotate(turned(25, 12), 10);
    const pose = estimateHeadPose(face)!;
    const mirrored = estimateHeadPose(mirror(face))!;
    expect(pose.yaw).toBeGreaterThan(10);
    expect(mirrored.yaw).toBeCloseTo(-pose.yaw, 5);
    expect(mirrored.roll).toBeCloseTo(-pose.roll, 5);
    expect(mirrored.pitch).toBeCloseTo(pose.pitch, 5);
  });

  it('returns null for missing or degenerate points', () => {
    expect(estimateHeadPose(undefined)).toBeNull();
    expect(estimateHeadPose([])).toBeNull();
    expect(estimateHeadPose(frontal().slice(0, 5))).toBeNull();
    expect(estimateHeadPose([...frontal(), [1, 2]])).toBeNull();
    const nan = frontal();
    nan[2] = [Number.NaN, 250];
    expect(estimateHeadPose(nan)).toBeNull();
    expect(estimateHeadPose(frontal().map(() => [320, 240] as [number, number]))).toBeNull();
    const mouthUp = frontal();
    mouthUp[BLAZEFACE_KEYPOINTS.mouth] = [320, 200];
    expect(estimateHeadPose(mouthUp)).toBeNull();
    const earsCrossed = frontal();
    earsCrossed[BLAZEFACE_KEYPOINTS.rightEarTragion] = [400, 235];
    earsCrossed[BLAZEFACE_KEYPOINTS.leftEarTragion] = [240, 235];
    expect(estimateHeadPose(earsCrossed)).toBeNull();
    expect(estimateHeadPose(null as never)).toBeNull();
    expect(estimateHeadPose([[1, 2], 'x', [3], [4, 5], [6, 7], [8, 9]] as never)).toBeNull();
  });

  it('refuses points far too close together for the face box', () => {
    const box = { x: 240, y: 170, width: 160, height: 160 };
    expect(estimateHeadPose(frontal(), box)).not.toBeNull();
    // An eye span of 60 px in a 2000 px box: under 5 % of its width.
    expect(estimateHeadPose(frontal(), { ...box, width: 2000 })).toBeNull();
  });
});

describe('estimateHeadPose from a 468-point mesh', () => {
  /** A mesh whose points are all at the face centre, but for the ones the estimate reads. */
  function meshFrom(points: Points, length = 468): Points {
    const mesh: Points = Array.from({ length }, () => [320, 250]);
    const groups = Object.values(MESH_KEYPOINTS);
    groups.forEach((indices, i) => {
      for (const index of indices) mesh[index] = [...points[i]!];
    });
    return mesh;
  }

  it('picks the six points by their mesh indices and uses the mesh calibration', () => {
    const face = turned(20, 0);
    const found = headPoseFeatures(meshFrom(face));
    expect(found?.calibration).toBe(MESH_POSE_CALIBRATION);
    expect(found?.features).toEqual(headPoseFeatures(face)?.features);
    const m = MESH_POSE_CALIBRATION;
    const f = found!.features;
    const expectedYaw = Math.atan((m.earGain * f.earOffset + m.eyeGain * f.eyeOffset) / 2) * DEG;
    expect(estimateHeadPose(meshFrom(face))!.yaw).toBeCloseTo(expectedYaw, 0);
    // 478 points (with the irises) too.
    expect(estimateHeadPose(meshFrom(face, 478))).toEqual(estimateHeadPose(meshFrom(face)));
  });

  it('averages the eye corners into an eye centre', () => {
    const face = frontal();
    const mesh = meshFrom(face);
    const [outer, inner] = MESH_KEYPOINTS.rightEye;
    mesh[outer] = [face[0]![0] - 10, face[0]![1]];
    mesh[inner] = [face[0]![0] + 10, face[0]![1]];
    expect(headPoseFeatures(mesh)?.features).toEqual(headPoseFeatures(meshFrom(face))?.features);
  });

  it('returns null when a mesh point it needs is missing', () => {
    const mesh = meshFrom(frontal());
    mesh[MESH_KEYPOINTS.noseTip[0]] = undefined as never;
    expect(estimateHeadPose(mesh)).toBeNull();
    expect(estimateHeadPose(meshFrom(frontal()).slice(0, 300))).toBeNull();
  });
});

describe('isHeadTurned', () => {
  const limits = { maxYaw: 25, maxPitch: 20, maxRoll: 30 };
  it('is true past any one limit, either way, and false at the limits or for an unknown pose', () => {
    expect(isHeadTurned({ yaw: 25, pitch: -20, roll: 30 }, limits)).toBe(false);
    expect(isHeadTurned({ yaw: -25.1, pitch: 0, roll: 0 }, limits)).toBe(true);
    expect(isHeadTurned({ yaw: 0, pitch: 20.5, roll: 0 }, limits)).toBe(true);
    expect(isHeadTurned({ yaw: 0, pitch: 0, roll: -31 }, limits)).toBe(true);
    expect(isHeadTurned(null, limits)).toBe(false);
  });
});
