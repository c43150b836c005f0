// The module Web Worker that runs Human. Started by `createHumanFaceDetector`; speaks `worker-protocol.ts`.
import { toLivenessError } from '@liveness-kit/core';
// `#human-engine` (package.json `imports`): Human in a browser; on a server, where a bundler may still
// compile this worker, a stub that rejects (Human's Node build needs @tensorflow/tfjs-node).
import { loadHumanEngine } from '#human-engine';
import type { HumanEngine } from './human-engine.js';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.js';

// The DOM lib types `self` as a Window; in a dedicated worker it has these two.
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};
let engine: Promise<HumanEngine> | undefined;

function reply(message: WorkerResponse): void {
  scope.postMessage(message);
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'load') {
    engine ??= loadHumanEngine(message.options, (stage) => reply({ type: 'stage', stage }));
    engine.then(
      (e) => reply({ type: 'loaded', info: e.info }),
      (error: unknown) =>
        reply({ type: 'load-failed', error: toLivenessError(error, 'MODEL_LOAD_FAILED').toJSON() }),
    );
  } else if (message.type === 'detect') {
    const { id, bitmap, frame } = message;
    const started = performance.now();
    const run = async () => {
      if (!engine) throw new Error('detect before load');
      const e = await engine;
      return e.detect(bitmap, { width: bitmap.width, height: bitmap.height }, frame);
    };
    run()
      .finally(() => bitmap.close())
      .then(
        (faces) => reply({ type: 'detected', id, faces, ms: performance.now() - started }),
        (error: unknown) => reply({ type: 'detect-failed', id, error: toLivenessError(error).toJSON() }),
      );
  }
});
