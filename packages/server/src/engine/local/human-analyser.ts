import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LivenessError, type Box, type RgbaFrame } from '@liveness-kit/core';
import type { Config, FaceResult, Human, Result } from '@vladmandic/human';
import { registerFileModelRouter, modelsReadFromDisk } from './file-model-router.js';
import { humanConfig, humanPassConfig, REQUIRED_MODELS, type HumanFaceModel } from './human-config.js';
import { humanNodeWasmFile } from './human-paths.js';

const require = createRequire(import.meta.url);

/** One face as Human saw it, reduced to plain data (Human's own results hold tensors and canvases). */
export interface HumanFace {
  /**
   * BlazeFace's own box in the analysed frame's pixels, clamped to it: Human's box shrunk back by
   * its 1.4 enlargement, the box the browser's detector reports too (forehead to chin).
   */
  box: Box;
  /** Detector (BlazeFace) confidence, 0-1. */
  confidence: number;
  /**
   * BlazeFace's 6 key points `[x, y]` in frame pixels: the subject's right eye, left eye, nose tip,
   * mouth centre, right ear tragion, left ear tragion (core's `estimateHeadPose` reads them).
   */
  keypoints: Array<[number, number]>;
  /** Age and gender from the face description (`faceres` passes only). */
  age: number | null;
  gender: 'male' | 'female' | null;
  /** Face description (embedding), 1024 numbers (`faceres` passes only). */
  embedding: number[] | null;
}

export interface HumanAnalyserOptions {
  /** Folder (path or `file:` URL) holding Human's model JSON and weight files. */
  modelDir: string;
  /** Folder (path) holding `@tensorflow/tfjs-backend-wasm`'s `.wasm` files. */
  wasmDir: string;
  minFaceConfidence: number;
  maxFaces: number;
  /** Optional models to load beside BlazeFace. Default: `faceres` (what the engine uses). */
  models?: readonly HumanFaceModel[];
}

export interface ModelLoadStats {
  /** Models read from disk by this load. */
  modelsRead: number;
  /** Time the load took, ms. */
  ms: number;
}

type HumanModule = { Human: new (config?: Partial<Config>) => Human };

/**
 * Human on tfjs's wasm backend in the current thread, models loaded once. Calls to `detect` are
 * queued: tfjs and Human keep state and must not run two detections at once.
 *
 * Human keeps its models in module-level variables, shared by every Human instance of a thread,
 * so they are never disposed here: freeing them would break any other instance (and the next one
 * created). Use {@link sharedAnalyser} in-process; a worker thread releases them when it ends.
 */
export class HumanAnalyser {
  readonly loadStats: ModelLoadStats;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly human: Human,
    loadStats: ModelLoadStats,
  ) {
    this.loadStats = loadStats;
  }

  /** Creates Human, selects the wasm backend and loads every model from local files. */
  static async load(options: HumanAnalyserOptions): Promise<HumanAnalyser> {
    const started = performance.now();
    const required = ['blazeface', ...(options.models ?? REQUIRED_MODELS.slice(1))];
    await assertModelFiles(options.modelDir, required);
    const readBefore = modelsReadFromDisk();
    let human: Human;
    try {
      const { Human: HumanClass } = require(humanNodeWasmFile()) as HumanModule;
      human = new HumanClass(
        humanConfig({
          modelBaseUrl: toDirUrl(options.modelDir),
          wasmDir: toDirPath(options.wasmDir),
          minFaceConfidence: options.minFaceConfidence,
          maxFaces: options.maxFaces,
          ...(options.models && { models: options.models }),
        }),
      );
      registerFileModelRouter(human.tf.io);
      await human.load();
    } catch (cause) {
      throw new LivenessError('MODEL_LOAD_FAILED', { detail: errorText(cause), cause });
    }
    // Human logs a model that fails to load and carries on: check that everything is there.
    const backend = String(human.tf.getBackend());
    if (backend !== 'wasm') {
      throw new LivenessError('MODEL_LOAD_FAILED', {
        detail: `the tfjs wasm backend did not start (backend: ${backend}); wasm files looked for in ${options.wasmDir}`,
      });
    }
    // `models.loaded()` lists a model whose files failed to load too; its load record does not.
    const loaded = new Set(
      human.models
        .stats()
        .modelStats.filter((m) => m.loaded)
        .map((m) => m.name),
    );
    const missing = required.filter((name) => !loaded.has(name));
    if (missing.length > 0) {
      throw new LivenessError('MODEL_LOAD_FAILED', {
        detail: `models not loaded from ${options.modelDir}: ${missing.join(', ')}`,
      });
    }
    return new HumanAnalyser(human, {
      modelsRead: modelsReadFromDisk() - readBefore,
      ms: Math.round(performance.now() - started),
    });
  }

  /**
   * Faces in an RGBA frame, most confident first: BlazeFace's boxes, confidences and key points,
   * plus what the listed optional `models` give (`faceres`: embedding, age, gender).
   */
  detect(frame: RgbaFrame, models: readonly HumanFaceModel[] = []): Promise<HumanFace[]> {
    const run = this.queue.then(() => this.detectNow(frame, models));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async detectNow(frame: RgbaFrame, models: readonly HumanFaceModel[]): Promise<HumanFace[]> {
    const tf = this.human.tf;
    const tensor = tf.tensor3d(frame.data, [frame.height, frame.width, 4], 'int32');
    let result: Result;
    try {
      result = await this.human.detect(tensor, humanPassConfig(models));
    } finally {
      tf.dispose(tensor);
    }
    if (result.error) throw new LivenessError('UNKNOWN', { detail: `face analysis failed: ${result.error}` });
    return result.face
      .map((face) => toHumanFace(face, frame, models.includes('faceres')))
      .filter((face): face is HumanFace => face !== null)
      .sort((a, b) => b.confidence - a.confidence);
  }
}

/** Fails early, with one clear error instead of Human's log lines, when a model file is missing. */
async function assertModelFiles(modelDir: string, names: readonly string[]): Promise<void> {
  const dir = fileURLToPath(toDirUrl(modelDir));
  const missing: string[] = [];
  for (const name of names) {
    try {
      await access(join(dir, `${name}.json`));
    } catch {
      missing.push(`${name}.json`);
    }
  }
  if (missing.length > 0) {
    throw new LivenessError('MODEL_LOAD_FAILED', { detail: `missing from ${dir}: ${missing.join(', ')}` });
  }
}

/** Human enlarges BlazeFace's box by this factor (room for the mesh); undone for the reported box. */
const HUMAN_BOX_SCALE = 1.4;

function toHumanFace(face: FaceResult, frame: RgbaFrame, described: boolean): HumanFace | null {
  // Human's normalised box is relative to the frame; its centre is BlazeFace's, its size 1.4 times.
  const [rx, ry, rw, rh] = face.boxRaw;
  const cx = (rx + rw / 2) * frame.width;
  const cy = (ry + rh / 2) * frame.height;
  const w = (rw * frame.width) / HUMAN_BOX_SCALE;
  const h = (rh * frame.height) / HUMAN_BOX_SCALE;
  const x1 = clamp(cx - w / 2, 0, frame.width);
  const y1 = clamp(cy - h / 2, 0, frame.height);
  const x2 = clamp(cx + w / 2, 0, frame.width);
  const y2 = clamp(cy + h / 2, 0, frame.height);
  if (!(x2 - x1 >= 1 && y2 - y1 >= 1)) return null;
  return {
    box: { x: x1, y: y1, width: x2 - x1, height: y2 - y1 },
    confidence: face.boxScore,
    keypoints: (face.mesh ?? []).slice(0, 6).map(([x, y]) => [x, y] as [number, number]),
    age: described ? finiteOrNull(face.age) : null,
    gender: described && (face.gender === 'male' || face.gender === 'female') ? face.gender : null,
    embedding: described && face.embedding && face.embedding.length > 0 ? Array.from(face.embedding) : null,
  };
}

function finiteOrNull(value: number | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function toDirUrl(dir: string): string {
  const url = dir.startsWith('file:') ? dir : pathToFileURL(dir).href;
  return url.endsWith('/') ? url : `${url}/`;
}

function toDirPath(dir: string): string {
  const path = dir.startsWith('file:') ? new URL(dir).pathname : dir;
  return path.endsWith('/') ? path : `${path}/`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
