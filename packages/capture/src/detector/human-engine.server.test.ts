// @vitest-environment node
// On a server (the `node` condition) `#human-engine` is the stub: Human and tfjs are never evaluated.
import { LivenessError } from '@liveness-kit/core';
import { describe, expect, it } from 'vitest';
import { createHumanFaceDetector } from './human-face-detector.js';

const SERVER_ONLY = /runs only in a browser/;

describe('the face detector on a server', () => {
  it('#human-engine resolves to the stub, which refuses to load (not retryable)', async () => {
    const { loadHumanEngine } = await import('#human-engine');
    const error = await loadHumanEngine(
      {
        model: 'front',
        pose: false,
        modelBasePath: 'http://localhost/m/',
        wasmPath: 'http://localhost/w/',
      } as Parameters<typeof loadHumanEngine>[0],
      () => undefined,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LivenessError);
    expect(error).toMatchObject({ code: 'MODEL_LOAD_FAILED', retryable: false });
    expect((error as LivenessError).message).toMatch(SERVER_ONLY);
  });

  it('the default detector, asked to load in Node, fails with that error instead of loading Human’s Node build', async () => {
    const detector = createHumanFaceDetector({
      modelBasePath: 'http://localhost/models/',
      wasmPath: 'http://localhost/wasm/',
    });
    const error = await detector.load().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MODEL_LOAD_FAILED', retryable: false });
    expect((error as LivenessError).message).toMatch(SERVER_ONLY);
    expect(detector.runsIn).toBeUndefined();
    detector.dispose();
  });
});
