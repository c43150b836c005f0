// Core's head pose estimate (`estimateHeadPose`, from BlazeFace's 6 key points) on real photos, with
// the real detector run as the browser runs it (Human's BlazeFace, 256 px analysis canvas): every
// bona fide face passes core's pose limits; a mirrored face keeps its pose with yaw and roll
// negated; a rotated frame gives the rotation as roll; a face turned by a perspective warp goes
// over the yaw limit. Tolerances are the largest disagreement measured on these photos (see
// packages/server/bench/head-pose-calibrate.ts) with a little room.
import { readFileSync } from 'node:fs';
import {
  assessFrame,
  DEFAULT_FRAME_THRESHOLDS,
  estimateHeadPose,
  type DetectedFace,
  type HeadPose,
  type RgbaFrame,
} from '@liveness-kit/core';
import { fixturePath, fixtureRgba, fixturesIn } from '@liveness-kit/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { cameraView, mirrorFrame, perspectiveTurn, rotateFrame } from './testing/camera-views.js';
import { keypointDetector, type KeypointDetector } from './testing/human-keypoints.js';

const { maxYaw, maxPitch, maxRoll } = DEFAULT_FRAME_THRESHOLDS;

const padBonaFide = (
  JSON.parse(readFileSync(fixturePath('pad/manifest.json'), 'utf8')) as Array<{ file: string; label: string }>
)
  .filter((e) => e.label === 'bona-fide')
  .map((e) => `pad/${e.file}`);
const bonaFide = [...fixturesIn('single').map((f) => f.path), ...padBonaFide];

let detector: KeypointDetector;
beforeAll(async () => {
  detector = await keypointDetector();
}, 120_000);

/** The face nearest the frame's centre, with its estimated pose. */
async function poseIn(frame: RgbaFrame): Promise<{ face: DetectedFace; pose: HeadPose } | null> {
  const faces = await detector.keypoints(frame);
  const centre = (f: DetectedFace) =>
    Math.hypot(f.box.x + f.box.width / 2 - frame.width / 2, f.box.y + f.box.height / 2 - frame.height / 2);
  const face = faces.sort((a, b) => centre(a) - centre(b))[0];
  const pose = face ? estimateHeadPose(face.landmarks, face.box) : null;
  return face && pose ? { face, pose } : null;
}

interface Measured {
  /** The photo as the camera shows it once the guidance has framed the face. */
  view: RgbaFrame;
  /** The face in `view` and its pose. */
  framed: { face: DetectedFace; pose: HeadPose } | null;
  /** The pose of the face in the photo as it is, fitted in 640x480 (tight crops included). */
  asItIs: HeadPose | null;
}

const measured = new Map<string, Promise<Measured>>();

/** Each photo decoded, framed and detected once for all the tests of this file. */
function measure(path: string): Promise<Measured> {
  let m = measured.get(path);
  if (!m) {
    m = (async () => {
      const photo = await fixtureRgba(path, { maxWidth: 640, maxHeight: 480 });
      const asItIs = await poseIn(photo);
      if (!asItIs) throw new Error(`no face in ${path}`);
      const view = await cameraView(path, asItIs.face.box, photo.width);
      return { view, framed: await poseIn(view), asItIs: asItIs.pose };
    })();
    measured.set(path, m);
  }
  return m;
}

function withinLimits(pose: HeadPose): boolean {
  return Math.abs(pose.yaw) <= maxYaw && Math.abs(pose.pitch) <= maxPitch && Math.abs(pose.roll) <= maxRoll;
}

describe('head pose from BlazeFace key points on the fixture photos', { timeout: 60_000 }, () => {
  it('has the bona fide photos to test', () => {
    expect(bonaFide.length).toBe(25);
  });

  it.each(bonaFide)('%s: within the pose limits, as a camera frame and as it is', async (path) => {
    const { view, framed: found, asItIs } = await measure(path);
    expect(found, 'a face with key points').not.toBeNull();
    expect(found!.pose, 'camera frame').toSatisfy(withinLimits);
    expect(asItIs, 'photo as it is').toSatisfy(withinLimits);
    // And the whole pre-check does not ask this face to look straight.
    const assessed = assessFrame({ frame: view, faces: [found!.face], timestamp: 0 });
    expect(assessed.codes).not.toContain('LOOK_STRAIGHT');
    expect(assessed.metrics.pose).toEqual(found!.pose);
  });

  it.each(bonaFide)('%s: mirrored, yaw and roll change sign and pitch stays', async (path) => {
    const { view, framed: found } = await measure(path);
    const { pose } = found!;
    const mirrored = (await poseIn(mirrorFrame(view)))!.pose;
    // Measured on these 25: at most 4.6° (yaw), 4.5° (pitch), 6.3° (roll); on all 54 calibration
    // frames 4.6°, 4.5°, 7.4°.
    expect(Math.abs(mirrored.yaw + pose.yaw)).toBeLessThanOrEqual(6);
    expect(Math.abs(mirrored.pitch - pose.pitch)).toBeLessThanOrEqual(6);
    expect(Math.abs(mirrored.roll + pose.roll)).toBeLessThanOrEqual(9);
    if (Math.abs(pose.yaw) >= 10) expect(Math.sign(mirrored.yaw)).toBe(-Math.sign(pose.yaw));
  });

  it.each(bonaFide)('%s: rotated 15° and 30° either way, the roll follows', async (path) => {
    const { view, framed: found } = await measure(path);
    const upright = found!.pose;
    for (const degrees of [-30, -15, 15, 30]) {
      const turned = await poseIn(await rotateFrame(view, degrees));
      expect(turned, `a face rotated ${degrees}°`).not.toBeNull();
      // sharp turns clockwise for positive angles: the image's right eye goes down, roll grows.
      // Measured on these 100 rotations: 1.7° off on average, 7.5° at most.
      expect(Math.abs(turned!.pose.roll - (upright.roll + degrees)), `${degrees}°`).toBeLessThanOrEqual(9);
      if (Math.abs(upright.roll + degrees) > maxRoll + 8) {
        expect(turned!.pose, `${degrees}°`).not.toSatisfy(withinLimits);
      }
    }
  });

  it('turned by a perspective warp, frontal faces go over the yaw limit', async () => {
    const results: Array<{ path: string; degrees: number; yaw: number | null }> = [];
    for (const path of bonaFide) {
      const { view, framed: found } = await measure(path);
      const { face, pose } = found!;
      if (Math.abs(pose.yaw) > 6 || Math.abs(pose.roll) > 8) continue; // frontal faces only
      const cx = face.box.x + face.box.width / 2;
      const [rightEye, leftEye] = face.landmarks as [[number, number], [number, number]];
      const eyeLine = (rightEye[1] + leftEye[1]) / 2;
      for (const degrees of [55, -55]) {
        const warped = perspectiveTurn(view, cx, eyeLine, degrees, face.box.width * 0.6);
        const found = await poseIn(warped);
        results.push({ path, degrees, yaw: found ? found.pose.yaw : null });
      }
    }
    const detected = results.filter((r) => r.yaw !== null) as Array<{
      path: string;
      degrees: number;
      yaw: number;
    }>;
    const over = detected.filter((r) => Math.abs(r.yaw) > maxYaw);
    // Measured: 21 frontal photos, 42 warps, 25 still found by BlazeFace (at the browser's 0.7
    // score), 21 of them over the yaw limit (the others 11.7°, 19.1°, 19.6°, 23.3°): a planar
    // photo turned in perspective is not a turned head, and BlazeFace sees some as less turned.
    // The right side turned away (positive degrees) is a face turned to the image's right: yaw < 0.
    for (const r of detected) expect(Math.sign(r.yaw), `${r.path} ${r.degrees}°`).toBe(-Math.sign(r.degrees));
    for (const r of detected) expect(Math.abs(r.yaw), `${r.path} ${r.degrees}°`).toBeGreaterThan(10);
    expect(detected.length).toBeGreaterThanOrEqual(16);
    expect(over.length / detected.length).toBeGreaterThanOrEqual(0.75);
  });
});
