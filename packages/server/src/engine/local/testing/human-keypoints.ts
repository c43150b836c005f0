/**
 * Test and bench only: Human run in Node the way the browser detector runs it (BlazeFace alone, no
 * rotation correction, the frame fitted in a square canvas of `analysisSize`, top-left, black
 * padding: see packages/react/src/detector/human-engine.ts and analysis-layout.ts), so its 6 key
 * points are what `DetectedFace.landmarks` holds in the browser; and, as a reference, Human's
 * mesh-based head pose of the same frame. Not used by the engine.
 */
import { pathToFileURL } from 'node:url';
import type { DetectedFace, HeadPose, RgbaFrame } from '@liveness-kit/core';
import type { Config, Human } from '@vladmandic/human';
import { createRequire } from 'node:module';
import { registerFileModelRouter } from '../file-model-router.js';
import { humanConfig } from '../human-config.js';
import { defaultModelDir, defaultWasmDir, humanNodeWasmFile } from '../human-paths.js';

const require = createRequire(import.meta.url);
const DEG = 180 / Math.PI;
/** Human enlarges BlazeFace's box by 1.4 (room for the mesh); undone, as the browser does. */
const HUMAN_BOX_SCALE = 1.4;

/** The browser detector's defaults (packages/react/src/detector/detector-options.ts). */
export const BROWSER_ANALYSIS_SIZE = 256;
const BROWSER_MIN_SCORE = 0.7;

export interface KeypointDetector {
  /**
   * Faces as the browser detector reports them: box and 6 BlazeFace key points in `frame`'s pixels,
   * most confident first (no `pose`).
   */
  keypoints(frame: RgbaFrame, analysisSize?: number): Promise<DetectedFace[]>;
  /**
   * Human's mesh-based pose (degrees) of each face of `frame` (analysed at its own size, detector
   * rotation correction on), with the mesh's confidence and box; faces whose mesh failed are left out.
   */
  meshPoses(frame: RgbaFrame): Promise<MeshFace[]>;
}

/** One face of Human's mesh pass, in the frame's pixels. */
export interface MeshFace {
  /** Human's mesh-based head pose, degrees (`face.rotation.angle`). */
  pose: HeadPose;
  /** The mesh model's confidence, 0-1. */
  meshScore: number;
  box: DetectedFace['box'];
  /** The 468 mesh points `[x, y]`. */
  mesh: Array<[number, number]>;
}

let shared: Promise<KeypointDetector> | undefined;

/** One detector per thread (Human's models are module-level singletons), loaded on first use. */
export function keypointDetector(): Promise<KeypointDetector> {
  shared ??= load();
  return shared;
}

async function load(): Promise<KeypointDetector> {
  const { Human: HumanClass } = require(humanNodeWasmFile()) as {
    Human: new (config?: Partial<Config>) => Human;
  };
  // The engine's still-image configuration with the mesh for the reference pose, and the detector
  // set as the browser's: no rotation correction, its minimum score and overlap threshold.
  const config = humanConfig({
    modelBaseUrl: `${pathToFileURL(defaultModelDir()).href}/`,
    wasmDir: `${defaultWasmDir()}/`,
    minFaceConfidence: BROWSER_MIN_SCORE,
    maxFaces: 10,
    models: ['facemesh'],
  });
  const human = new HumanClass({
    ...config,
    face: {
      ...config.face,
      detector: { ...config.face?.detector, rotation: false, iouThreshold: 0.1 },
      mesh: { enabled: true, keepInvalid: false },
    },
  } as Partial<Config>);
  registerFileModelRouter(human.tf.io);
  await human.load();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };

  async function detect(frame: RgbaFrame, side: number, config: Partial<Config>) {
    // The frame drawn top-left on a black square canvas of `side` (never larger than the frame).
    const tf = human.tf;
    const pixels = tf.tidy(() => {
      const image = tf.tensor3d(Int32Array.from(frame.data), [frame.height, frame.width, 4], 'int32');
      const rgb = tf.slice(image, [0, 0, 0], [frame.height, frame.width, 3]);
      const long = Math.max(frame.width, frame.height);
      const scale = Math.min(1, side / long);
      const w = Math.max(1, Math.round(frame.width * scale));
      const h = Math.max(1, Math.round(frame.height * scale));
      const canvas = Math.round(long * scale);
      const resized = scale === 1 ? rgb : tf.image.resizeBilinear(rgb, [h, w], true);
      return tf.cast(
        tf.pad(resized, [
          [0, canvas - h],
          [0, canvas - w],
          [0, 0],
        ]),
        'int32',
      );
    });
    try {
      const result = await human.detect(pixels, config);
      const scale = Math.min(1, side / Math.max(frame.width, frame.height));
      return { faces: result.face, k: 1 / scale };
    } finally {
      tf.dispose(pixels);
    }
  }

  return {
    keypoints: (frame, analysisSize = BROWSER_ANALYSIS_SIZE) =>
      serial(async () => {
        const { faces, k } = await detect(frame, analysisSize, {
          face: { detector: { rotation: false }, mesh: { enabled: false } },
        } as Partial<Config>);
        return faces
          .filter((f) => f.mesh.length === 6)
          .sort((a, b) => b.boxScore - a.boxScore)
          .map((f) => {
            const side = Math.max(frame.width, frame.height) / k;
            const [rx, ry, rw, rh] = f.boxRaw;
            const w = (rw * side * k) / HUMAN_BOX_SCALE;
            const h = (rh * side * k) / HUMAN_BOX_SCALE;
            const cx = (rx + rw / 2) * side * k;
            const cy = (ry + rh / 2) * side * k;
            return {
              box: { x: cx - w / 2, y: cy - h / 2, width: w, height: h },
              score: f.boxScore,
              landmarks: f.mesh.map(([x, y]) => [x * k, y * k] as [number, number]),
            };
          });
      }),
    meshPoses: (frame) =>
      serial(async () => {
        const { faces } = await detect(frame, Math.max(frame.width, frame.height), {
          face: { detector: { rotation: true }, mesh: { enabled: true } },
        } as Partial<Config>);
        return faces
          .filter((f) => f.mesh.length >= 468 && f.rotation?.angle)
          .map((f) => {
            const a = f.rotation!.angle;
            return {
              pose: { yaw: a.yaw * DEG, pitch: a.pitch * DEG, roll: a.roll * DEG },
              meshScore: f.faceScore ?? 0,
              box: { x: f.box[0], y: f.box[1], width: f.box[2], height: f.box[3] },
              mesh: f.mesh.map(([x, y]) => [x, y] as [number, number]),
            };
          });
      }),
  };
}
