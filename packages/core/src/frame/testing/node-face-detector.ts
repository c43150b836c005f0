/**
 * Test-only: real face detection in Node with Human's BlazeFace on the tfjs wasm backend, to find
 * face boxes in fixture photos. Not exported from the package and never bundled.
 *
 * Human's `exports` map sends Node to `human.node.js` (which needs tfjs-node), so the wasm build
 * is loaded by path. Human fetches its models with the global `fetch`, which in Node cannot read
 * `file://` URLs, so the models folder of the Human package is served over a loopback HTTP server
 * for the life of the detector. The wasm binaries come from `@tensorflow/tfjs-backend-wasm/dist/`.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import type { Config, Human } from '@vladmandic/human';
import type { DetectedFace } from '../../detection/face-detector.js';
import type { RgbaFrame } from '../rgba-frame.js';

export interface NodeFaceDetector {
  /** Faces in an RGBA frame; boxes in that frame's pixels, scores 0-1. */
  detect(frame: RgbaFrame): Promise<DetectedFace[]>;
  dispose(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** Loads BlazeFace (face detector only: no mesh, no other models) with a low score floor (0.2). */
export async function createNodeFaceDetector(): Promise<NodeFaceDetector> {
  // `require.resolve` follows the `node` export (dist/human.node.js): two levels up is the package.
  const humanRoot = dirname(dirname(require.resolve('@vladmandic/human')));
  const modelsDir = join(humanRoot, 'models');
  const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + sep;
  const server = await serveFolder(modelsDir);
  const port = (server.address() as AddressInfo).port;

  const { Human: HumanClass } = require(join(humanRoot, 'dist', 'human.node-wasm.js')) as {
    Human: new (config: Partial<Config>) => Human;
  };
  const human = new HumanClass({
    backend: 'wasm',
    wasmPath: wasmDir,
    modelBasePath: `http://127.0.0.1:${port}/`,
    debug: false,
    cacheSensitivity: 0,
    face: {
      enabled: true,
      detector: { rotation: false, maxDetected: 10, minConfidence: 0.2, return: false },
      mesh: { enabled: false },
      iris: { enabled: false },
      description: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
    },
    hand: { enabled: false },
    body: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    gesture: { enabled: false },
    filter: { enabled: false },
  } as Partial<Config>);
  try {
    await human.load();
  } catch (error) {
    server.close();
    throw error;
  }

  return {
    async detect(frame) {
      const tensor = human.tf.tensor3d(
        Int32Array.from(frame.data.subarray(0, frame.width * frame.height * 4)),
        [frame.height, frame.width, 4],
        'int32',
      );
      try {
        const result = await human.detect(tensor);
        return result.face.map((face) => ({
          box: { x: face.box[0], y: face.box[1], width: face.box[2], height: face.box[3] },
          score: face.boxScore,
        }));
      } finally {
        tensor.dispose();
      }
    },
    async dispose() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A static file server for one folder on 127.0.0.1 and a free port. */
async function serveFolder(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, pathname));
    if (!file.startsWith(root + sep)) {
      response.statusCode = 403;
      response.end();
      return;
    }
    readFile(file).then(
      (bytes) => response.end(bytes),
      () => {
        response.statusCode = 404;
        response.end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return server;
}
