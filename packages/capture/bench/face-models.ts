// BlazeFace front (128 px) against back (256 px) on the fixture photos, in headless Chromium with
// the detector as shipped (module worker, wasm): faces found per folder, box accuracy against the
// hand-measured boxes, Chromium's faceless synthetic camera, time per inference, and the scores of
// true and false faces that the face limits (core's `DEFAULT_FRAME_THRESHOLDS`) are chosen from.
// Run: pnpm --filter @liveness-kit/capture bench:models
import { DEFAULT_FRAME_THRESHOLDS, filterFaces, type DetectedFace } from '@liveness-kit/core';
import { fixturesIn, launchChromium, padFixtures } from '@liveness-kit/test-utils';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { HAND_BOXES, iou } from '../e2e/detector-hand-boxes.js';
import { startDetectorPageServer } from '../e2e/test-server.js';

interface Setup {
  name: string;
  options: { model: 'front' | 'back'; analysisSize?: number };
}

const SETUPS: Setup[] = [
  { name: 'back, 256-px analysis (before)', options: { model: 'back', analysisSize: 256 } },
  { name: 'front, 128-px analysis', options: { model: 'front', analysisSize: 128 } },
  { name: 'front, 320-px analysis copy as is', options: { model: 'front', analysisSize: 320 } },
];

/** Reported by the detector below the limits, so that the limits can be chosen here. */
const RAW = { minScore: 0.3, minFaceSize: 0 };
const SYNTHETIC_SECONDS = Number(process.env.SYNTHETIC_SECONDS ?? 6);
const TIMING_FRAMES = 40;

interface Photo {
  file: string;
  width: number;
  height: number;
  faces: DetectedFace[];
}

interface Measured {
  photos: Photo[];
  synthetic: { frames: number; faces: DetectedFace[][]; width: number; height: number };
  engineMs: number[];
  totalMs: number[];
}

async function measure(page: Page, options: Setup['options'], files: string[]): Promise<Measured> {
  return page.evaluate(
    async ({ options, files, raw, seconds, timingFrames }) => {
      const detector = window.lk.createHumanFaceDetector({ ...options, ...raw });
      await detector.load();
      const photos = [];
      for (const file of files) {
        const bitmap = await window.lk.loadImage(`/fixtures/${file}`);
        photos.push({
          file,
          width: bitmap.width,
          height: bitmap.height,
          faces: await detector.detect(bitmap),
        });
        bitmap.close();
      }
      // Time per inference on a 640x480 camera-like frame (the portrait letterboxed).
      const portrait = await window.lk.loadImage('/fixtures/single/man-obama-official-portrait.jpg');
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 480;
      const ctx = canvas.getContext('2d')!;
      const w = (portrait.width * 480) / portrait.height;
      ctx.drawImage(portrait, (640 - w) / 2, 0, w, 480);
      const engineMs: number[] = [];
      const totalMs: number[] = [];
      for (let i = 0; i < timingFrames; i++) {
        await detector.detect(canvas);
        engineMs.push(detector.stats().lastEngineMs);
        totalMs.push(detector.stats().lastMs);
      }
      const video = await window.lk.startCamera();
      const size = { width: video.videoWidth, height: video.videoHeight };
      const faces: DetectedFace[][] = [];
      const end = performance.now() + seconds * 1000;
      while (performance.now() < end) faces.push(await detector.detect(video));
      video.srcObject = null;
      detector.dispose();
      return { photos, engineMs, totalMs, synthetic: { frames: faces.length, faces, ...size } };
    },
    { options, files, raw: RAW, seconds: SYNTHETIC_SECONDS, timingFrames: TIMING_FRAMES },
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

interface Limits {
  minScore: number;
  minFaceSize: number;
}

function kept(faces: DetectedFace[], frame: { width: number; height: number }, limits: Limits) {
  return filterFaces(faces, frame, limits);
}

/** How many photos of each group a set of limits gets right. */
function verdicts(m: Measured, limits: Limits, expected: Map<string, number>) {
  const count = (prefix: string, ok: (n: number, file: string) => boolean) => {
    const photos = m.photos.filter((p) => p.file.startsWith(prefix));
    return `${photos.filter((p) => ok(kept(p.faces, p, limits).length, p.file)).length}/${photos.length}`;
  };
  const synthetic = m.synthetic.faces.filter((f) => kept(f, m.synthetic, limits).length > 0).length;
  return {
    single: count('single/', (n) => n === 1),
    multi: count('multi/', (n, file) => n >= 2 && n <= (expected.get(file) ?? Infinity)),
    noface: count('noface/', (n) => n === 0),
    padReal: count('pad/real', (n) => n === 1),
    padAttack: count('pad/attack', (n) => n === 1),
    synthetic: `${synthetic} of ${m.synthetic.frames} frames`,
  };
}

/** The lowest-scoring and smallest true face, and the highest-scoring false one. */
function scoreRanges(m: Measured) {
  const truths: Array<{ score: number; size: number; file: string }> = [];
  const falses: Array<{ score: number; size: number; file: string }> = [];
  const sizeOf = (f: DetectedFace, frame: { width: number; height: number }) =>
    Math.max(f.box.width, f.box.height) / Math.min(frame.width, frame.height);
  for (const p of m.photos) {
    const sorted = [...p.faces].sort((a, b) => b.score - a.score);
    if (p.file.startsWith('noface/')) {
      for (const f of sorted) falses.push({ score: f.score, size: sizeOf(f, p), file: p.file });
    } else if (!p.file.startsWith('multi/')) {
      // One face per photo: the best box is the face, any other box is a false one.
      const [best, ...rest] = sorted;
      if (best) truths.push({ score: best.score, size: sizeOf(best, p), file: p.file });
      for (const f of rest) falses.push({ score: f.score, size: sizeOf(f, p), file: p.file });
    }
  }
  for (const frame of m.synthetic.faces) {
    for (const f of frame)
      falses.push({ score: f.score, size: sizeOf(f, m.synthetic), file: 'synthetic camera' });
  }
  const lowestTrue = truths.sort((a, b) => a.score - b.score)[0];
  const smallestTrue = [...truths].sort((a, b) => a.size - b.size)[0];
  const highestFalse = falses.sort((a, b) => b.score - a.score)[0];
  return { lowestTrue, smallestTrue, highestFalse, falseCount: falses.length };
}

async function main(): Promise<void> {
  const server = await startDetectorPageServer();
  const browser = await launchChromium();
  try {
    const groups = ['single', 'multi', 'noface'].flatMap((g) => fixturesIn(g));
    const expected = new Map(groups.map((f) => [f.path, f.expected_faces ?? Infinity]));
    const files = [...groups.map((f) => f.path), ...padFixtures('bona-fide'), ...padFixtures('attack')];
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.lkReady === true);
    const limitSets: Array<[string, Limits]> = [
      ['worker before (0.7 / 0.05)', { minScore: 0.7, minFaceSize: 0.05 }],
      ['frame check before (0.6 / 0.08)', { minScore: 0.6, minFaceSize: 0.08 }],
      [
        `core now (${DEFAULT_FRAME_THRESHOLDS.minFaceScore} / ${DEFAULT_FRAME_THRESHOLDS.minFaceSize})`,
        {
          minScore: DEFAULT_FRAME_THRESHOLDS.minFaceScore,
          minFaceSize: DEFAULT_FRAME_THRESHOLDS.minFaceSize,
        },
      ],
    ];
    console.log(`${files.length} photos, ${SYNTHETIC_SECONDS} s of the synthetic camera per setup.\n`);
    console.log(
      '| setup | limits | single/ (1 face) | multi/ (>= 2) | noface/ (0) | pad real (1) | pad attack (1) | synthetic camera with a face | IoU vs hand (min) | ms per inference in the worker (detect() total) |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    const ranges: string[] = [];
    for (const setup of SETUPS) {
      const m = await measure(page, setup.options, files);
      const ious = Object.entries(HAND_BOXES).map(([file, hand]) => {
        const photo = m.photos.find((p) => p.file === file)!;
        const best = [...photo.faces].sort((a, b) => b.score - a.score)[0];
        return best ? iou(best.box, hand) : 0;
      });
      for (const [label, limits] of limitSets) {
        const v = verdicts(m, limits, expected);
        console.log(
          `| ${setup.name} | ${label} | ${v.single} | ${v.multi} | ${v.noface} | ${v.padReal} | ${v.padAttack} | ${v.synthetic} | ${ious.map((x) => x.toFixed(2)).join(', ')} (${Math.min(...ious).toFixed(2)}) | ${median(m.engineMs).toFixed(1)} (${median(m.totalMs).toFixed(1)}) |`,
        );
      }
      ranges.push(`- ${setup.name}: ${JSON.stringify(scoreRanges(m))}`);
      if (process.env.BENCH_DUMP) {
        writeFileSync(
          `${process.env.BENCH_DUMP}-${setup.options.model}-${setup.options.analysisSize}.json`,
          JSON.stringify(m),
        );
      }
    }
    console.log('\nTrue and false faces (scores 0-1, sizes as a share of the shorter side):');
    for (const line of ranges) console.log(line);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
