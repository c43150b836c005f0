// MiniFASNet's fused live score for every photo of single/, attack/, pad/real and pad/attack, on the
// face box the engine's Human detector finds (largest face, on the 640 px analysis copy, mapped
// back to the full image), with the crop scales used and the time taken. Prints figures to
// calibrate a threshold from; it sets none.
//
//   pnpm --filter @liveness-kit/server bench:minifasnet
//   ... bench:minifasnet --reference-boxes models/minifasnet/reference-boxes.json
//       writes the boxes of REFERENCE_FIXTURES instead (the input of models/minifasnet/convert.py)
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Box } from '@liveness-kit/core';
import { fixtureBytes, fixturesIn, padFixtures } from '@liveness-kit/test-utils';
import { DEFAULT_ANALYSIS_SIZE, DEFAULT_MAX_FACES } from '../src/engine/local/create-local-engine.js';
import { decodeImage, type DecodedImage } from '../src/engine/local/decode-image.js';
import { defaultModelDir, defaultWasmDir } from '../src/engine/local/human-paths.js';
import { DEFAULT_LOCAL_ENGINE_THRESHOLDS } from '../src/engine/local/local-engine-thresholds.js';
import { loadMiniFasNet, MINIFASNET_MODELS } from '../src/engine/local/minifasnet.js';
import { bgrToChw, miniFasNetCrop, resizeCropBgr } from '../src/engine/local/minifasnet-crop.js';
import { sharedAnalyser } from '../src/engine/local/shared-analyser.js';

/**
 * Photos whose boxes `convert.py` turns into PyTorch reference outputs: every single/ and attack/
 * photo (the TS test's bona fide vs attack check uses them too), and two of each pad/ folder. None
 * has an ICC profile: sharp converts such photos to sRGB and cv2.imread does not, so their pixels
 * differ before any preprocessing (3 of the 49 photos here, by up to 47 levels).
 */
const REFERENCE_FIXTURES = [
  ...fixturesIn('single').map((f) => f.path),
  ...fixturesIn('attack').map((f) => f.path),
  'pad/real/deepface-img8.jpg',
  'pad/real/deepface-img13.jpg',
  'pad/attack/dtruong-fake_IMG_0356_detect.jpg',
  'pad/attack/dtruong-fake_IMG_0700_1020_detect.jpg',
];
const MAX_INPUT_PIXELS = 40e6;

const analyser = await sharedAnalyser({
  modelDir: defaultModelDir(),
  wasmDir: defaultWasmDir(),
  minFaceConfidence: DEFAULT_LOCAL_ENGINE_THRESHOLDS.minFaceConfidence,
  maxFaces: DEFAULT_MAX_FACES,
});

/** The full image (EXIF applied) and the largest face's box in its pixels, or `null`. */
async function detectLargestFace(path: string): Promise<{ full: DecodedImage; box: Box | null }> {
  const bytes = fixtureBytes(path);
  const copy = await decodeImage(bytes, {
    maxInputPixels: MAX_INPUT_PIXELS,
    analysisSize: DEFAULT_ANALYSIS_SIZE,
  });
  const full = await decodeImage(bytes, { maxInputPixels: MAX_INPUT_PIXELS, analysisSize: 100_000 });
  const faces = await analyser.detect(copy.frame);
  const largest = [...faces].sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0];
  if (!largest) return { full, box: null };
  const k = 1 / copy.scale;
  const b = largest.box;
  return { full, box: { x: b.x * k, y: b.y * k, width: b.width * k, height: b.height * k } };
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

const boxesArg = process.argv.indexOf('--reference-boxes');
if (boxesArg > 0) {
  const file = process.argv[boxesArg + 1];
  if (!file) throw new Error('--reference-boxes needs a file name');
  const references = [];
  for (const fixture of REFERENCE_FIXTURES) {
    const { box } = await detectLargestFace(fixture);
    if (!box) throw new Error(`no face found in ${fixture}`);
    references.push({
      fixture,
      // [x, y, width, height] in the full image's pixels, as the authors' CropImage takes it.
      box: [round(box.x, 2), round(box.y, 2), round(box.width, 2), round(box.height, 2)],
    });
  }
  writeFileSync(file, `${JSON.stringify(references, null, 2)}\n`);
  console.log(`wrote ${references.length} boxes to ${file}`);
  process.exit(0);
}

const miniFasNet = await loadMiniFasNet();
const groups: Array<{ name: string; bonaFide: boolean; paths: string[] }> = [
  { name: 'single', bonaFide: true, paths: fixturesIn('single').map((f) => f.path) },
  { name: 'attack', bonaFide: false, paths: fixturesIn('attack').map((f) => f.path) },
  { name: 'pad/real', bonaFide: true, paths: padFixtures('bona-fide') },
  { name: 'pad/attack', bonaFide: false, paths: padFixtures('attack') },
];
interface Row {
  fixture: string;
  kind: string;
  live: number;
  v2Real: number;
  v1seReal: number;
  v2Scale: number;
  v1seScale: number;
  facePx: number;
  scoreMs: number;
}
const rows: Row[] = [];
const noFace: string[] = [];
const prepMs: number[] = [];
for (const group of groups) {
  for (const path of group.paths) {
    const { full, box } = await detectLargestFace(path);
    if (!box) {
      noFace.push(path);
      continue;
    }
    const started = performance.now();
    const score = await miniFasNet.score(full.frame, box);
    const scoreMs = performance.now() - started;
    // Preprocessing alone (both crops), to tell inference time apart.
    const prepStarted = performance.now();
    for (const { scale } of Object.values(MINIFASNET_MODELS)) {
      bgrToChw(resizeCropBgr(full.frame, miniFasNetCrop(box, full.width, full.height, scale)));
    }
    prepMs.push(performance.now() - prepStarted);
    rows.push({
      fixture: path,
      kind: group.bonaFide ? 'bona fide' : 'attack',
      live: round(score.live, 4),
      v2Real: round(score.v2[1] as number, 4),
      v1seReal: round(score.v1se[1] as number, 4),
      v2Scale: round(score.cropScale.v2, 2),
      v1seScale: round(score.cropScale.v1se, 2),
      facePx: Math.round(Math.min(box.width, box.height)),
      scoreMs: round(scoreMs, 1),
    });
  }
}
// Warm timing on one face, repeated: per-photo times above include whatever else the machine ran.
const TIMING_RUNS = 40;
const timing = await detectLargestFace(groups[0]!.paths[0]!);
const timingMs: number[] = [];
for (let i = 0; i < TIMING_RUNS && timing.box; i++) {
  const started = performance.now();
  await miniFasNet.score(timing.full.frame, timing.box);
  timingMs.push(performance.now() - started);
}
await miniFasNet.close();

rows.sort((a, b) => a.live - b.live);
console.table(rows);
if (noFace.length > 0) console.log(`no face found (not scored): ${noFace.join(', ')}`);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const bona = rows.filter((r) => r.kind === 'bona fide').map((r) => r.live);
const attacks = rows.filter((r) => r.kind === 'attack').map((r) => r.live);
// AUC: the share of (bona fide, attack) pairs ranked the right way round (ties count half).
let pairs = 0;
for (const b of bona) for (const a of attacks) pairs += b > a ? 1 : b === a ? 0.5 : 0;
console.log(
  `bona fide ${bona.length}: live ${Math.min(...bona)}-${Math.max(...bona)}, median ${median(bona)}`,
);
console.log(
  `attacks ${attacks.length}: live ${Math.min(...attacks)}-${Math.max(...attacks)}, median ${median(attacks)}`,
);
console.log(`AUC (bona fide above attack): ${(pairs / (bona.length * attacks.length)).toFixed(3)}`);
const scoreMedian = median(timingMs);
const prepMedian = median(prepMs);
console.log(
  `score() of one face (2 crops), ${timingMs.length} warm runs: median ${scoreMedian.toFixed(1)} ms, ` +
    `min ${Math.min(...timingMs).toFixed(1)} ms; preprocessing of both crops, median ${prepMedian.toFixed(1)} ms; ` +
    `so about ${((scoreMedian - prepMedian) / 2).toFixed(1)} ms of onnxruntime-web wasm (1 thread) per crop`,
);
