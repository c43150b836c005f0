import { filterFaces, LivenessError, type DetectedFace } from '@liveness-kit/core';
import { Human, type FaceResult } from '@vladmandic/human';
import { DETECTOR_MODELS } from './asset-paths.js';
import type { EngineOptions } from './detector-options.js';
import { analysisTiles } from './analysis-layout.js';
import { mergeOverlapping, tileMapping, toDetectedFace } from './face-mapping.js';
import type { Size } from './frame-input.js';
import { buildHumanConfig } from './human-config.js';
import type { LoadStage } from './load-stage.js';
import { watchCspViolations, type CspViolationLog } from './csp-violations.js';
import { loadProblemError, modelLoadError } from './model-load-error.js';
import { probeModel, probeWasm, wasmCompileRefusal } from './probe-files.js';

/** What loading found out, for diagnostics and the benchmark. */
export interface EngineInfo {
  /** tfjs backend in use: always `wasm`. */
  backend: string;
  /** Whether the wasm build uses SIMD / threads. */
  simd: boolean;
  threads: boolean;
  /** Milliseconds from the start of `load` to models ready and warmed up. */
  loadMs: number;
}

/** Human running wherever it was created (a worker or the page), answering in frame pixels. */
export interface HumanEngine {
  readonly info: EngineInfo;
  /**
   * Faces in `source` (of `sourceSize` pixels), with boxes in `frame` pixels (the original frame
   * `source` may be a scaled copy of), filtered by the minimum score and size.
   */
  detect(source: CanvasImageSource, sourceSize: Size, frame: Size): Promise<DetectedFace[]>;
  dispose(): void;
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function createContext(size: Size): Canvas2D {
  const settings = { willReadFrequently: true, alpha: false } as const;
  if (typeof OffscreenCanvas !== 'undefined') {
    const ctx = new OffscreenCanvas(size.width, size.height).getContext('2d', settings);
    if (ctx) return ctx as OffscreenCanvasRenderingContext2D;
  }
  if (typeof document === 'undefined') throw new Error('no canvas: neither OffscreenCanvas nor a DOM here');
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d', settings) as CanvasRenderingContext2D | null;
  if (!ctx) throw new Error('could not get a 2D canvas context');
  return ctx;
}

function modelLoaded(human: Human, name: string): boolean {
  const model = (human.models.models as Record<string, unknown>)[name];
  return typeof model === 'object' && model !== null && Boolean((model as { executor?: unknown }).executor);
}

/** The file the tfjs wasm backend fetches here: the threaded build where threads can run. */
function wasmFile(): string {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  return isolated ? 'tfjs-backend-wasm-threaded-simd.wasm' : 'tfjs-backend-wasm-simd.wasm';
}

/** Why the wasm backend did not start: the CSP refusing WebAssembly, or the binary's download. */
async function wasmFailure(options: EngineOptions, violations: CspViolationLog): Promise<LivenessError> {
  const url = new URL(wasmFile(), options.wasmPath).href;
  const refused = wasmCompileRefusal(url, violations);
  if (refused)
    return loadProblemError(refused, (what) => `the tfjs wasm binary could not be compiled (${what})`);
  const problem = await probeWasm(url, violations);
  if (problem)
    return loadProblemError(problem, (what) => `the tfjs wasm binary could not be fetched (${what})`);
  return modelLoadError(`the tfjs wasm backend did not start (wasmPath ${options.wasmPath})`);
}

/** Why a model did not load, from its JSON and weights files. */
async function modelFailure(
  options: EngineOptions,
  file: string,
  violations: CspViolationLog,
): Promise<LivenessError> {
  const url = new URL(file, options.modelBasePath).href;
  const problem = await probeModel(url, violations);
  if (problem) return loadProblemError(problem, (what) => `${file}: ${what}`);
  return modelLoadError(`${file} did not load, although its files can be fetched now (from ${url})`);
}

/**
 * Creates Human with wasm and loads the models. Throws `MODEL_LOAD_FAILED` (retryable) when the
 * wasm binary or a model file cannot be fetched or run, with its `reason` (`csp`, `not-found`,
 * `http`, `network`, `invalid`) and `url` when the failure could be told apart (see
 * probe-files.ts). Never waits forever by itself on a 404, but a stalled request can: the caller puts a timeout around each step, which `onStage` announces
 * just before the step's first request (`wasm`, then `models`, then `warm-up`).
 */
export async function loadHumanEngine(
  options: EngineOptions,
  onStage: (stage: LoadStage) => void = () => {},
): Promise<HumanEngine> {
  const violations = watchCspViolations();
  try {
    return await loadEngine(options, onStage, violations);
  } finally {
    violations.stop();
  }
}

async function loadEngine(
  options: EngineOptions,
  onStage: (stage: LoadStage) => void,
  violations: CspViolationLog,
): Promise<HumanEngine> {
  const started = performance.now();
  onStage('wasm');
  const human = new Human(buildHumanConfig(options));
  // A fresh start even when an earlier attempt in this realm failed: Human keeps its models in
  // module-level variables that it only clears while `env.initial` is set.
  human.env.initial = true;
  const tf = human.tf as typeof human.tf & {
    setWasmPaths(prefix: string, usePlatformFetch?: boolean): void;
  };

  // Start wasm ourselves first: if it fails, Human would only log it and let tfjs pick another
  // backend (WebGL, 13 s to start on a software renderer).
  tf.setWasmPaths(options.wasmPath);
  let wasmReady = false;
  try {
    wasmReady = await tf.setBackend('wasm');
  } catch {
    wasmReady = false;
  }
  if (!wasmReady || tf.getBackend() !== 'wasm') throw await wasmFailure(options, violations);

  onStage('models');
  await human.load();
  // Human names the detector `blazeface` whichever file it came from.
  const needed: Array<[string, string]> = [['blazeface', DETECTOR_MODELS[options.model].files[0]]];
  if (options.pose) needed.push(['facemesh', 'facemesh.json']);
  for (const [name, file] of needed) {
    if (!modelLoaded(human, name)) throw await modelFailure(options, file, violations);
  }
  if (tf.getBackend() !== 'wasm') throw modelLoadError(`tfjs switched to the ${tf.getBackend()} backend`);

  // Warm up: tfjs's first inference costs several times a normal one (kernel and memory set-up).
  // Paying it now, while the camera starts, makes the first real result arrive sooner.
  onStage('warm-up');
  const blank = tf.zeros([options.analysisSize, options.analysisSize, 3], 'int32');
  try {
    await human.detect(blank);
  } finally {
    blank.dispose();
  }

  const env = tf.env();
  const info: EngineInfo = {
    backend: tf.getBackend(),
    simd: Boolean(await env.getAsync('WASM_HAS_SIMD_SUPPORT')),
    threads: Boolean(await env.getAsync('WASM_HAS_MULTITHREAD_SUPPORT')),
    loadMs: Math.round(performance.now() - started),
  };

  let ctx: Canvas2D | undefined;
  let disposed = false;
  const cacheSensitivity = human.config.cacheSensitivity;

  return {
    info,
    async detect(source, sourceSize, frame) {
      if (disposed) throw new LivenessError('UNKNOWN', { detail: 'the face detector was disposed' });
      const tiles = analysisTiles(sourceSize, options.analysisSize);
      const found: DetectedFace[] = [];
      for (const tile of tiles) {
        if (!ctx || ctx.canvas.width !== tile.side) {
          ctx = createContext({ width: tile.side, height: tile.side });
        }
        const drawWidth = tile.width * tile.scale;
        const drawHeight = tile.height * tile.scale;
        if (drawWidth < tile.side || drawHeight < tile.side) ctx.fillRect(0, 0, tile.side, tile.side);
        ctx.drawImage(source, tile.x, tile.y, tile.width, tile.height, 0, 0, drawWidth, drawHeight);
        const input = tf.browser.fromPixels(ctx.getImageData(0, 0, tile.side, tile.side));
        let faces: FaceResult[];
        try {
          // Tiles of one frame differ from each other: Human must not reuse boxes between them.
          faces = (await human.detect(input, { cacheSensitivity: tiles.length > 1 ? 0 : cacheSensitivity }))
            .face;
        } finally {
          input.dispose();
        }
        const map = tileMapping(tile, sourceSize, frame);
        found.push(...faces.map((face) => toDetectedFace(face, map, frame, options.pose)));
      }
      const kept = filterFaces(tiles.length > 1 ? mergeOverlapping(found) : found, frame, {
        minScore: options.minScore,
        minFaceSize: options.minFaceSize,
      });
      return kept.sort((a, b) => b.score - a.score).slice(0, options.maxFaces);
    },
    dispose() {
      disposed = true;
      for (const model of Object.values(
        human.models.models as Record<string, { dispose?: () => void } | null>,
      )) {
        model?.dispose?.();
      }
      human.models.reset();
    },
  };
}
