// Calibrates core's `estimateHeadPose` (head pose from BlazeFace's 6 key points) against Human's
// mesh-based pose, and prints the figures core's pose limits were chosen from.
//
// Calibration set: every face of single/, attack/, pad/real and pad/attack seen as a camera frame
// (the face centred, FACE_TO_VIEW_WIDTH of the frame's width: what the guidance makes the user
// hold), plus each face of multi/ Human's mesh fits (cropped around it), each also mirrored. For
// each: BlazeFace's key points as the browser gets them (256 px analysis canvas, no rotation
// correction) and Human's mesh pose of the same frame (the reference). Prints the least-squares
// fit of the mapping for the key points and for the same points taken from the mesh, the errors of
// the mapping in core, the bona fide ranges, and a check on perspective-warped frames.
//
//   node --conditions=@liveness-kit/source --import tsx bench/head-pose-calibrate.ts
import { readFileSync } from 'node:fs';
import {
  DEFAULT_FRAME_THRESHOLDS,
  estimateHeadPose,
  headPoseFeatures,
  type HeadPose,
  type HeadPoseCalibration,
  type HeadPoseFeatures,
  type RgbaFrame,
} from '@liveness-kit/core';
import { fixturePath, fixtureRgba, fixturesIn } from '@liveness-kit/test-utils';
import sharp from 'sharp';
import { cameraView, mirrorFrame } from '../src/engine/local/testing/camera-views.js';
import { keypointDetector } from '../src/engine/local/testing/human-keypoints.js';

interface Sample {
  name: string;
  group: string;
  mirrored: boolean;
  keypoints: HeadPoseFeatures;
  mesh: HeadPoseFeatures | null;
  estimate: HeadPose;
  reference: HeadPose;
}

const DEG = 180 / Math.PI;
const detector = await keypointDetector();
const padManifest = JSON.parse(readFileSync(fixturePath('pad/manifest.json'), 'utf8')) as Array<{
  file: string;
  label: string;
}>;
const photos = [
  ...fixturesIn('single').map((f) => f.path),
  ...fixturesIn('attack').map((f) => f.path),
  ...padManifest.map((e) => `pad/${e.file}`),
];
const groupOf = (path: string) =>
  path.startsWith('pad/') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]!;

const samples: Sample[] = [];
const unmatched: string[] = [];

/** The one face of the frame nearest its centre, with its mesh reference, for both orientations. */
async function measure(name: string, frame: RgbaFrame): Promise<void> {
  for (const mirrored of [false, true]) {
    const f = mirrored ? mirrorFrame(frame) : frame;
    const [face] = (await detector.keypoints(f)).sort(
      (a, b) => centreDistance(a.box, f) - centreDistance(b.box, f),
    );
    const found = face && headPoseFeatures(face.landmarks, face.box);
    const estimate = face && estimateHeadPose(face.landmarks, face.box);
    if (!face || !found || !estimate) {
      unmatched.push(`${name}${mirrored ? ' (mirrored)' : ''}: no key points`);
      continue;
    }
    const cx = face.box.x + face.box.width / 2;
    const cy = face.box.y + face.box.height / 2;
    const ref = (await detector.meshPoses(f)).find(
      (m) => cx > m.box.x && cx < m.box.x + m.box.width && cy > m.box.y && cy < m.box.y + m.box.height,
    );
    if (!ref) {
      unmatched.push(`${name}${mirrored ? ' (mirrored)' : ''}: no mesh`);
      continue;
    }
    samples.push({
      name,
      group: groupOf(name),
      mirrored,
      keypoints: found.features,
      mesh: headPoseFeatures(ref.mesh)?.features ?? null,
      estimate,
      reference: ref.pose,
    });
  }
}

function centreDistance(box: { x: number; y: number; width: number; height: number }, f: RgbaFrame) {
  return Math.hypot(box.x + box.width / 2 - f.width / 2, box.y + box.height / 2 - f.height / 2);
}

const bonaFideRaw: HeadPose[] = [];
for (const path of photos) {
  const [first] = await detector.keypoints(await fixtureRgba(path));
  if (!first) {
    unmatched.push(`${path}: no face in the photo`);
    continue;
  }
  await measure(path, await cameraView(path, first.box));
  if (/^(single|pad\/real)\//.test(path)) {
    // The photo as it is (fitted in 640x480), not reframed: tight crops included.
    const raw = await fixtureRgba(path, { maxWidth: 640, maxHeight: 480 });
    for (const f of [raw, mirrorFrame(raw)]) {
      const [face] = await detector.keypoints(f);
      const pose = face && estimateHeadPose(face.landmarks, face.box);
      if (pose) bonaFideRaw.push(pose);
    }
  }
}
for (const { path } of fixturesIn('multi')) {
  const full = await fixtureRgba(path);
  let i = 0;
  for (const face of await detector.meshPoses(full)) {
    // A 4:3 crop around the face, its height 2.2 face heights, fitted in 640x480.
    const h = Math.max(face.box.width, face.box.height) * 2.2;
    const left = Math.max(0, Math.round(face.box.x + face.box.width / 2 - (h * 2) / 3));
    const top = Math.max(0, Math.round(face.box.y + face.box.height / 2 - h / 2));
    const width = Math.min(full.width - left, Math.round((h * 4) / 3));
    const height = Math.min(full.height - top, Math.round(h));
    const { data, info } = await sharp(fixturePath(path))
      .rotate()
      .extract({ left, top, width, height })
      .resize(640, 480, { fit: 'inside' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    await measure(`${path}#${i++}`, {
      data: new Uint8ClampedArray(data),
      width: info.width,
      height: info.height,
    });
  }
}

/** Least squares of `tan(reference)` on the features, as {@link HeadPoseCalibration} is defined. */
function fit(rows: Array<{ f: HeadPoseFeatures; ref: HeadPose }>): HeadPoseCalibration {
  const gain = (pick: (f: HeadPoseFeatures) => number) => {
    let num = 0;
    let den = 0;
    for (const { f, ref } of rows) {
      num += pick(f) * Math.tan(ref.yaw / DEG);
      den += pick(f) ** 2;
    }
    return num / den;
  };
  // tan(pitch) = a * drop + b, so gain a and neutral drop -b / a.
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const { f, ref } of rows) {
    const t = Math.tan(ref.pitch / DEG);
    sx += f.noseDrop;
    sy += t;
    sxx += f.noseDrop ** 2;
    sxy += f.noseDrop * t;
  }
  const n = rows.length;
  const a = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const b = (sy - a * sx) / n;
  return {
    earGain: round(
      gain((f) => f.earOffset),
      3,
    ),
    eyeGain: round(
      gain((f) => f.eyeOffset),
      3,
    ),
    pitchGain: round(a, 3),
    neutralNoseDrop: round(-b / a, 3),
  };
}

function apply(f: HeadPoseFeatures, c: HeadPoseCalibration): HeadPose {
  return {
    yaw: Math.atan((c.earGain * f.earOffset + c.eyeGain * f.eyeOffset) / 2) * DEG,
    pitch: Math.atan(c.pitchGain * (f.noseDrop - c.neutralNoseDrop)) * DEG,
    roll: f.roll,
  };
}

function errors(pairs: Array<{ est: HeadPose; ref: HeadPose }>): Record<string, string> {
  const out: Record<string, string> = { n: String(pairs.length) };
  for (const axis of ['yaw', 'pitch', 'roll'] as const) {
    const e = pairs.map((p) => Math.abs(p.est[axis] - p.ref[axis]));
    out[axis] = `${(e.reduce((s, v) => s + v, 0) / e.length).toFixed(2)} / ${Math.max(...e).toFixed(2)}`;
  }
  return out;
}

const keypointRows = samples.map((s) => ({ f: s.keypoints, ref: s.reference }));
const meshRows = samples.flatMap((s) => (s.mesh ? [{ f: s.mesh, ref: s.reference }] : []));
const keypointFit = fit(keypointRows);
const meshFit = fit(meshRows);
console.log(
  `calibration set: ${samples.length} faces (${new Set(samples.map((s) => s.name)).size} frames x mirrored)`,
);
if (unmatched.length > 0) console.log(`left out: ${unmatched.join('; ')}`);
console.log('fitted mapping, key points:', keypointFit);
console.log('fitted mapping, mesh points:', meshFit);
console.log('errors against the mesh pose, degrees, mean / largest:');
console.table({
  'key points, core mapping': errors(samples.map((s) => ({ est: s.estimate, ref: s.reference }))),
  'key points, fitted here': errors(keypointRows.map((r) => ({ est: apply(r.f, keypointFit), ref: r.ref }))),
  'mesh points, fitted here': errors(meshRows.map((r) => ({ est: apply(r.f, meshFit), ref: r.ref }))),
  ...Object.fromEntries(
    [...new Set(samples.map((s) => s.group))].map((g) => [
      `core mapping, ${g}`,
      errors(samples.filter((s) => s.group === g).map((s) => ({ est: s.estimate, ref: s.reference }))),
    ]),
  ),
});

// Mirroring: yaw and roll should change sign, pitch stay.
const pairs = new Map<string, Sample[]>();
for (const s of samples) pairs.set(s.name, [...(pairs.get(s.name) ?? []), s]);
const mirror = { yaw: 0, pitch: 0, roll: 0 };
for (const [a, b] of [...pairs.values()].filter((p) => p.length === 2) as Array<[Sample, Sample]>) {
  mirror.yaw = Math.max(mirror.yaw, Math.abs(a.estimate.yaw + b.estimate.yaw));
  mirror.pitch = Math.max(mirror.pitch, Math.abs(a.estimate.pitch - b.estimate.pitch));
  mirror.roll = Math.max(mirror.roll, Math.abs(a.estimate.roll + b.estimate.roll));
}
console.log("largest mirror disagreement (|yaw + yaw'|, |pitch - pitch'|, |roll + roll'|):", mirror);

const range = (poses: HeadPose[], axis: keyof HeadPose) =>
  `${Math.min(...poses.map((p) => p[axis])).toFixed(1)} .. ${Math.max(...poses.map((p) => p[axis])).toFixed(1)}`;
const bonaFideViews = samples
  .filter((s) => s.group === 'single' || s.group === 'pad/real')
  .map((s) => s.estimate);
const t = DEFAULT_FRAME_THRESHOLDS;
console.log(
  `bona fide (single/ + pad/real, each mirrored), estimated, against core's limits ±${t.maxYaw}/±${t.maxPitch}/±${t.maxRoll}:`,
);
console.table({
  [`camera views (${bonaFideViews.length})`]: {
    yaw: range(bonaFideViews, 'yaw'),
    pitch: range(bonaFideViews, 'pitch'),
    roll: range(bonaFideViews, 'roll'),
  },
  [`photos as they are (${bonaFideRaw.length})`]: {
    yaw: range(bonaFideRaw, 'yaw'),
    pitch: range(bonaFideRaw, 'pitch'),
    roll: range(bonaFideRaw, 'roll'),
  },
});

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
