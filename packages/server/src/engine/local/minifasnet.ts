import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ort from 'onnxruntime-web';
import { LivenessError, type Box, type RgbaFrame } from '@liveness-kit/core';
import { bgrToChw, miniFasNetCrop, MINIFASNET_INPUT_SIZE, resizeCropBgr } from './minifasnet-crop.js';
import { defaultMiniFasNetModelDir, defaultOrtWasmDir } from './minifasnet-paths.js';

/**
 * The two presentation-attack models (Silent-Face-Anti-Spoofing, converted by
 * `models/minifasnet/convert.py`) and the face-box scale each was trained on: the `2.7` and `4_0`
 * at the start of the authors' file names.
 */
export const MINIFASNET_MODELS = {
  v2: { file: '2.7_80x80_MiniFASNetV2.onnx', scale: 2.7 },
  v1se: { file: '4_0_0_80x80_MiniFASNetV1SE.onnx', scale: 4.0 },
} as const;

type ModelKey = keyof typeof MINIFASNET_MODELS;

/** Output class of a real face; classes 0 and 2 are attacks (the authors' training labels). */
export const MINIFASNET_LIVE_CLASS = 1;

/** onnxruntime-web's wasm build for Node (SIMD, single-threaded here) and its JS glue. */
const ORT_WASM_FILES = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];

export interface MiniFasNetOptions {
  /** Folder holding both `.onnx` files. Default: this package's `models/minifasnet`. */
  modelDir?: string;
  /**
   * Folder holding onnxruntime-web's `.wasm` and `.mjs` files. Default: the installed package's
   * `dist`. onnxruntime-web starts its wasm once per thread: the first load's folder is the one used.
   */
  wasmDir?: string;
}

export interface MiniFasNetScore {
  /** Likelihood of a real face, 0-1: the mean of both models' real-face probabilities. */
  live: number;
  /** MiniFASNetV2's softmax on the 2.7 crop: [attack, real, attack]. */
  v2: number[];
  /** MiniFASNetV1SE's softmax on the 4.0 crop: [attack, real, attack]. */
  v1se: number[];
  /**
   * The box scale each crop was actually taken at: the model's own (2.7, 4.0), or less when the
   * frame could not hold that much around the face, so the model saw less context than it was
   * trained on.
   */
  cropScale: { v2: number; v1se: number };
}

export interface MiniFasNet {
  /**
   * Scores one face: `frame` is the whole image (RGBA, EXIF orientation applied), `box` the face
   * box in that frame's pixels. Calls are queued (the wasm runtime runs one at a time).
   */
  score(frame: RgbaFrame, box: Box): Promise<MiniFasNetScore>;
  /** Releases both sessions; `score` rejects after it. */
  close(): Promise<void>;
}

/**
 * Loads both MiniFASNet models on onnxruntime-web's wasm backend in this thread: one thread, no
 * proxy worker, the wasm read from disk (never from a CDN), the models read from disk. Rejects
 * with a `MODEL_LOAD_FAILED` {@link LivenessError} naming the missing file or folder.
 */
export async function loadMiniFasNet(options: MiniFasNetOptions = {}): Promise<MiniFasNet> {
  const modelDir = options.modelDir ?? defaultMiniFasNetModelDir();
  const wasmDir = options.wasmDir ?? defaultOrtWasmDir();
  await assertFiles(wasmDir, ORT_WASM_FILES, 'onnxruntime-web wasm files');
  await assertFiles(
    modelDir,
    Object.values(MINIFASNET_MODELS).map((m) => m.file),
    'MiniFASNet models',
  );
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  // A file: URL prefix: onnxruntime-web imports its .mjs glue from it (a bare Windows path would not do).
  const wasmUrl = pathToFileURL(wasmDir).href;
  ort.env.wasm.wasmPaths = wasmUrl.endsWith('/') ? wasmUrl : `${wasmUrl}/`;

  const sessions: Partial<Record<ModelKey, ort.InferenceSession>> = {};
  try {
    for (const key of Object.keys(MINIFASNET_MODELS) as ModelKey[]) {
      sessions[key] = await createSession(join(modelDir, MINIFASNET_MODELS[key].file));
    }
  } catch (error) {
    await Promise.all(Object.values(sessions).map((s) => s.release()));
    throw error;
  }
  return new OrtMiniFasNet(sessions as Record<ModelKey, ort.InferenceSession>);
}

async function createSession(file: string): Promise<ort.InferenceSession> {
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(await readFile(file));
  } catch (cause) {
    throw new LivenessError('MODEL_LOAD_FAILED', { detail: `${file}: ${errorText(cause)}`, cause });
  }
  if (!session.inputNames.includes('input') || !session.outputNames.includes('logits')) {
    await session.release();
    throw new LivenessError('MODEL_LOAD_FAILED', {
      detail: `${file} has inputs [${session.inputNames.join(', ')}] and outputs [${session.outputNames.join(', ')}], not input and logits`,
    });
  }
  return session;
}

class OrtMiniFasNet implements MiniFasNet {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly sessions: Record<ModelKey, ort.InferenceSession>) {}

  score(frame: RgbaFrame, box: Box): Promise<MiniFasNetScore> {
    const run = this.queue.then(() => this.scoreNow(frame, box));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    const pending = this.queue;
    this.closed = true;
    await pending;
    await Promise.all(Object.values(this.sessions).map((s) => s.release()));
  }

  private async scoreNow(frame: RgbaFrame, box: Box): Promise<MiniFasNetScore> {
    if (this.closed) throw new LivenessError('UNKNOWN', { detail: 'MiniFASNet was closed' });
    const v2 = await this.run('v2', frame, box);
    const v1se = await this.run('v1se', frame, box);
    return {
      live: ((v2.probs[MINIFASNET_LIVE_CLASS] as number) + (v1se.probs[MINIFASNET_LIVE_CLASS] as number)) / 2,
      v2: v2.probs,
      v1se: v1se.probs,
      cropScale: { v2: v2.scale, v1se: v1se.scale },
    };
  }

  private async run(key: ModelKey, frame: RgbaFrame, box: Box): Promise<{ probs: number[]; scale: number }> {
    const crop = miniFasNetCrop(box, frame.width, frame.height, MINIFASNET_MODELS[key].scale);
    const input = bgrToChw(resizeCropBgr(frame, crop));
    const tensor = new ort.Tensor('float32', input, [1, 3, MINIFASNET_INPUT_SIZE, MINIFASNET_INPUT_SIZE]);
    try {
      const { logits } = await this.sessions[key].run({ input: tensor });
      if (!logits) throw new Error('no logits output');
      const probs = softmax(Array.from(logits.data as Float32Array));
      logits.dispose();
      return { probs, scale: crop.scale };
    } catch (cause) {
      throw new LivenessError('UNKNOWN', { detail: `MiniFASNet ${key} failed: ${errorText(cause)}`, cause });
    } finally {
      tensor.dispose();
    }
  }
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

async function assertFiles(dir: string, files: readonly string[], what: string): Promise<void> {
  const missing: string[] = [];
  for (const file of files) {
    try {
      await access(join(dir, file));
    } catch {
      missing.push(file);
    }
  }
  if (missing.length > 0) {
    throw new LivenessError('MODEL_LOAD_FAILED', {
      detail: `${what} missing from ${dir}: ${missing.join(', ')}`,
    });
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
