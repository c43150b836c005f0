import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LivenessError, type Box, type HeadPose, type RgbaFrame } from '@liveness-kit/core';
import type { Config, FaceResult, Human, Result } from '@vladmandic/human';
import { registerFileModelRouter, modelsReadFromDisk } from './file-model-router.js';
import { humanConfig, humanPassConfig, REQUIRED_MODELS } from './human-config.js';
import { humanNodeWasmFile } from './human-paths.js';

const require = createRequire(import.meta.url);

/** One face as Human saw it, reduced to plain data (Human's own results hold tensors and canvases). */
export interface HumanFace {
  /** Box in the analysed frame's pixels, clamped to it. */
  box: Box;
  /** Detector (BlazeFace) confidence, 0-1. */
  confidence: number;
  /** Face mesh confidence, 0-1 (`full` pass only); pose is only given when it passed. */
  meshConfidence: number | null;
  /** Antispoof model: likelihood of a real face, 0-1 (`full` pass only). */
  real: number | null;
  /** Liveness model: likelihood of a live face, 0-1 (`full` pass only). */
  live: number | null;
  age: number | null;
  gender: 'male' | 'female' | null;
  /** Face description (embedding), 1024 numbers (`full` pass only). */
  embedding: number[] | null;
  /** Head pose in degrees, from the mesh (`full` pass only). */
  pose: HeadPose | null;
}

export interface HumanAnalyserOptions {
  /** Folder (path or `file:` URL) holding Human's model JSON and weight files. */
  modelDir: string;
  /** Folder (path) holding `@tensorflow/tfjs-backend-wasm`'s `.wasm` files. */
  wasmDir: string;
  minFaceConfidence: number;
  maxFaces: number;
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
    private readonly minFaceConfidence: number,
    loadStats: ModelLoadStats,
  ) {
    this.loadStats = loadStats;
  }

  /** Creates Human, selects the wasm backend and loads every model from local files. */
  static async load(options: HumanAnalyserOptions): Promise<HumanAnalyser> {
    const started = performance.now();
    await assertModelFiles(options.modelDir);
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
    const missing = REQUIRED_MODELS.filter((name) => !loaded.has(name));
    if (missing.length > 0) {
      throw new LivenessError('MODEL_LOAD_FAILED', {
        detail: `models not loaded from ${options.modelDir}: ${missing.join(', ')}`,
      });
    }
    return new HumanAnalyser(human, options.minFaceConfidence, {
      modelsRead: modelsReadFromDisk() - readBefore,
      ms: Math.round(performance.now() - started),
    });
  }

  /**
   * Faces in an RGBA frame, most confident first. `scan` runs the detector alone (boxes and
   * confidences); `full` adds the mesh, pose, age, gender, embedding, antispoof and liveness.
   */
  detect(frame: RgbaFrame, mode: 'scan' | 'full'): Promise<HumanFace[]> {
    const run = this.queue.then(() => this.detectNow(frame, mode));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async detectNow(frame: RgbaFrame, mode: 'scan' | 'full'): Promise<HumanFace[]> {
    const tf = this.human.tf;
    const tensor = tf.tensor3d(frame.data, [frame.height, frame.width, 4], 'int32');
    let result: Result;
    try {
      result = await this.human.detect(tensor, humanPassConfig(mode));
    } finally {
      tf.dispose(tensor);
    }
    if (result.error) throw new LivenessError('UNKNOWN', { detail: `face analysis failed: ${result.error}` });
    return result.face
      .map((face) => toHumanFace(face, frame, mode, this.minFaceConfidence))
      .filter((face): face is HumanFace => face !== null)
      .sort((a, b) => b.confidence - a.confidence);
  }
}

/** Fails early, with one clear error instead of Human's log lines, when a model file is missing. */
async function assertModelFiles(modelDir: string): Promise<void> {
  const dir = fileURLToPath(toDirUrl(modelDir));
  const missing: string[] = [];
  for (const name of REQUIRED_MODELS) {
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

const DEG = 180 / Math.PI;

function toHumanFace(
  face: FaceResult,
  frame: RgbaFrame,
  mode: 'scan' | 'full',
  minConfidence: number,
): HumanFace | null {
  const [bx, by, bw, bh] = face.box;
  const x1 = clamp(bx, 0, frame.width);
  const y1 = clamp(by, 0, frame.height);
  const x2 = clamp(bx + bw, 0, frame.width);
  const y2 = clamp(by + bh, 0, frame.height);
  if (!(x2 - x1 >= 1 && y2 - y1 >= 1)) return null;
  const full = mode === 'full';
  const meshConfidence = full ? finiteOrNull(face.faceScore) : null;
  // With `keepInvalid`, a face whose mesh failed keeps BlazeFace's 6 keypoints: no usable pose.
  const meshPassed = meshConfidence !== null && meshConfidence >= minConfidence;
  const angle = meshPassed ? face.rotation?.angle : undefined;
  return {
    box: { x: x1, y: y1, width: x2 - x1, height: y2 - y1 },
    confidence: face.boxScore,
    meshConfidence,
    real: full ? finiteOrNull(face.real) : null,
    live: full ? finiteOrNull(face.live) : null,
    age: full ? finiteOrNull(face.age) : null,
    gender: full && (face.gender === 'male' || face.gender === 'female') ? face.gender : null,
    embedding: full && face.embedding && face.embedding.length > 0 ? Array.from(face.embedding) : null,
    pose: angle ? { yaw: angle.yaw * DEG, pitch: angle.pitch * DEG, roll: angle.roll * DEG } : null,
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
