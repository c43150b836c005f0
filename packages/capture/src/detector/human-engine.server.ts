// What `#human-engine` resolves to on a server (the `node`, `edge-light`, `workerd` and `deno`
// conditions: Next.js and React Router server passes, Vitest in Node). Human and tfjs never reach the
// server graph: they would pick Human's Node build, which needs @tensorflow/tfjs-node.
import { LivenessError } from '@liveness-kit/core';
import type { loadHumanEngine as BrowserLoadHumanEngine } from './human-engine.js';

/**
 * The detector runs only in a browser (a page or its Web Worker). Rejects with a `MODEL_LOAD_FAILED`
 * that is not retryable: trying again on a server never helps. Rendering the component on a server
 * never gets here (the detector loads in an effect, in the browser).
 */
export const loadHumanEngine: typeof BrowserLoadHumanEngine = () =>
  Promise.reject(
    new LivenessError('MODEL_LOAD_FAILED', {
      detail:
        'the face detector (@vladmandic/human on tfjs-wasm) runs only in a browser, not on a server or in Node; ' +
        'load it from the page (it loads by itself when <LivenessCapture> mounts there), or pass your own `detector`',
      retryable: false,
    }),
  );
