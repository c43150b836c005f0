/**
 * Benchmark of the frame pre-checks (`pnpm bench` in packages/core): the shipped `assessFrame`
 * (luminance + sharpness + framing + stability on a 640x480 camera-like frame, face found by
 * BlazeFace) against a naive full-resolution version run in the same process. Prints median and
 * p95 per frame and the speed-up; exits 1 unless the shipped path is at least 5x faster and under
 * 2 ms median.
 */
import { fixtureRgba } from '@liveness-kit/test-utils';
import { assessFrame } from '../src/frame/assess-frame.js';
import { assessFraming } from '../src/frame/framing.js';
import { createStabilityTracker } from '../src/frame/stability.js';
import { createNodeFaceDetector } from '../src/frame/testing/node-face-detector.js';
import { naiveFrameChecks } from './naive-frame-checks.js';

const FIXTURE = 'single/man-glasses-webcam.jpg';
const WARMUP = 300;
const ROUNDS = 10;
const PER_ROUND = 100;
const MIN_SPEEDUP = 5;
const MAX_MEDIAN_MS = 2;

const frame = await fixtureRgba(FIXTURE, { maxWidth: 640, maxHeight: 480 });
const detector = await createNodeFaceDetector();
const faces = await detector.detect(frame);
await detector.dispose();
if (faces.length === 0) throw new Error(`BlazeFace found no face in ${FIXTURE}`);

const tracker = createStabilityTracker();
let clock = 0;
let sink = 0;

const cases = {
  shipped: () => {
    const result = assessFrame({ frame, faces, timestamp: (clock += 33), tracker });
    sink += result.metrics.sharpness;
  },
  naive: () => {
    const metrics = naiveFrameChecks(frame);
    const framing = assessFraming(faces, frame);
    sink += metrics.sharpness + (framing.faceToOval ?? 0);
  },
  'shipped, whole frame (no face)': () => {
    const result = assessFrame({ frame, faces: [], timestamp: (clock += 33) });
    sink += result.metrics.sharpness;
  },
};
type CaseName = keyof typeof cases;
const samples: Record<CaseName, number[]> = { shipped: [], naive: [], 'shipped, whole frame (no face)': [] };

for (const run of Object.values(cases)) for (let i = 0; i < WARMUP; i++) run();
// Interleaved rounds, so both sides see the same machine load.
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(cases) as Array<[CaseName, () => void]>) {
    for (let i = 0; i < PER_ROUND; i++) {
      const start = performance.now();
      run();
      samples[name].push(performance.now() - start);
    }
  }
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
};
const shipped = stats(samples.shipped);
const naive = stats(samples.naive);
const wholeFrame = stats(samples['shipped, whole frame (no face)']);
const speedup = naive.median / shipped.median;
const ms = (v: number) => v.toFixed(3).padStart(7);

const box = faces[0]!.box;
console.log(
  `Frame pre-checks on ${FIXTURE} at ${frame.width}x${frame.height}, face box ${Math.round(box.width)}x${Math.round(box.height)}; ` +
    `${ROUNDS * PER_ROUND} frames each, Node ${process.version}`,
);
console.log('case                              median ms   p95 ms');
console.log(`assessFrame (shipped)             ${ms(shipped.median)}  ${ms(shipped.p95)}`);
console.log(`naive full-resolution             ${ms(naive.median)}  ${ms(naive.p95)}`);
console.log(`assessFrame, no face (whole frame) ${ms(wholeFrame.median)}  ${ms(wholeFrame.p95)}`);
console.log(`speed-up (median): ${speedup.toFixed(1)}x  [checksum ${sink.toFixed(0)}]`);

const failures: string[] = [];
if (speedup < MIN_SPEEDUP) failures.push(`speed-up ${speedup.toFixed(1)}x is under ${MIN_SPEEDUP}x`);
if (shipped.median >= MAX_MEDIAN_MS)
  failures.push(`median ${shipped.median.toFixed(3)} ms is not under ${MAX_MEDIAN_MS} ms`);
if (failures.length > 0) {
  console.error(`FAIL: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(`PASS: at least ${MIN_SPEEDUP}x faster and under ${MAX_MEDIAN_MS} ms median`);
}
