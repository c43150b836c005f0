import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The few parts of tfjs-core's `io` namespace the router uses (Human exposes tfjs untyped). */
interface TfIo {
  registerLoadRouter(router: (url: string | string[]) => unknown): void;
  getModelArtifactsForJSON(
    modelJson: unknown,
    loadWeights: (manifest: WeightsManifestGroup[]) => Promise<[unknown[], ArrayBuffer]>,
  ): Promise<unknown>;
  concatenateArrayBuffers(buffers: ArrayBuffer[]): ArrayBuffer;
}

interface WeightsManifestGroup {
  paths: string[];
  weights: unknown[];
}

/** Model files read through the router in this thread (JSON + weight files count as one model). */
let modelsRead = 0;
const registered = new WeakSet<object>();

/** How many models this thread has read from disk so far. */
export function modelsReadFromDisk(): number {
  return modelsRead;
}

/**
 * Lets tfjs load `file://` model URLs in Node. tfjs-core only ships HTTP and browser loaders (the
 * `file://` one lives in tfjs-node, which we do not use), and Node's `fetch` refuses `file:` URLs,
 * so Human's `file://…/models/` base path fails without this router. It reads the model JSON and
 * its weight shards with `fs` and hands tfjs the artifacts: no network, no HTTP server.
 *
 * Registered once per tfjs instance (a second matching router would make tfjs refuse to choose).
 */
export function registerFileModelRouter(io: TfIo): void {
  if (registered.has(io)) return;
  registered.add(io);
  io.registerLoadRouter((url) => {
    const first = Array.isArray(url) ? url[0] : url;
    if (typeof first !== 'string' || !first.startsWith('file://')) return null;
    return { load: () => loadModelFile(io, fileURLToPath(first)) };
  });
}

async function loadModelFile(io: TfIo, jsonPath: string): Promise<unknown> {
  const modelJson = JSON.parse(await readFile(jsonPath, 'utf8')) as unknown;
  const artifacts = await io.getModelArtifactsForJSON(modelJson, async (manifest) => {
    const specs: unknown[] = [];
    const buffers: ArrayBuffer[] = [];
    for (const group of manifest) {
      for (const path of group.paths) {
        const bytes = await readFile(join(dirname(jsonPath), path));
        buffers.push(
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        );
      }
      specs.push(...group.weights);
    }
    return [specs, io.concatenateArrayBuffers(buffers)];
  });
  modelsRead++;
  return artifacts;
}
