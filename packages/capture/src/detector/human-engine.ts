import { filterFaces, LivenessError, type DetectedFace } from '@liveness-kit/core';
import { Human, type FaceResult } from '@vladmandic/human';
import { DETECTOR_MODELS } from './asset-paths.js';
import type { EngineOptions } from './detector-options.js';
import { analysisTiles } from './analysis-layout.js';
import { mergeOverlapping, tileMapping, toDetectedFace } from './face-mapping.js';
import type { Size } from './frame-input.js';
import { buildHumanConfig } from './human-config.js';
import type { LoadStage } from './load-stage.js';
import { modelLoadError, probeUrl } from './model-load-error.js';

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

async function describeModelFailure(options: EngineOptions, file: string): Promise<string> {
  const url = new URL(file, options.modelBasePath).href;
  const problem = await probeUrl(url);
  return problem ? `${file}: ${problem} at ${url}` : `${file} could not be parsed (from ${url})`;
}

/**
 * Creates Human with wasm and loads the models. Throws `MODEL_LOAD_FAILED` (retryable) when the
 * wasm binary or a model file cannot be fetched or run. Never waits forever by itself on a 404,
 * but a stalled request can: the caller puts a timeout around each step, which `onStage` announces
 * just before the step's first request (`wasm`, then `models`, then `warm-up`).
 */
export async function loadHumanEngine(
  options: EngineOptions,
  onStage: (stage: LoadStage) => void = () => {},
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
  if (!wasmReady || tf.getBackend() !== 'wasm') {
    const simdUrl = new URL('tfjs-backend-wasm-simd.wasm', options.wasmPath).href;
    const problem = await probeUrl(simdUrl);
    throw modelLoadError(
      problem
        ? `the tfjs wasm binary could not be fetched (${problem} at ${simdUrl}); check wasmPath`
        : `the tfjs wasm backend did not start (wasmPath ${options.wasmPath})`,
    );
  }

  onStage('models');
  await human.load();
  // Human names the detector `blazeface` whichever file it came from.
  const needed: Array<[string, string]> = [['blazeface', DETECTOR_MODELS[options.model].files[0]]];
  if (options.pose) needed.push(['facemesh', 'facemesh.json']);
  for (const [name, file] of needed) {
    if (!modelLoaded(human, name)) throw modelLoadError(await describeModelFailure(options, file));
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
