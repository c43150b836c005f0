import { act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installHarness,
  renderCapture,
  screen,
  waitForHint,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';

let harness: Harness;
beforeEach(async () => {
  harness = await installHarness();
});
afterEach(() => harness.restore());

const start = () => userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
const errorPart = () => document.querySelector('[data-part="error"]');

describe('<LivenessCapture> face checker', () => {
  it('loads the detector while the camera starts, and says so while it is still loading', async () => {
    let release!: () => void;
    harness.detector.loadGate = new Promise((resolve) => (release = resolve));
    renderCapture(harness, { autoCapture: false });
    await start();
    await waitForState('loading-model');
    expect(harness.detector.loads).toBe(1);
    expect(screen.getByRole('progressbar', { name: 'Loading the face checker…' })).toBeVisible();
    act(() => release());
    await waitForState('guiding');
  });

  it('a model that fails to load → model-error with its message, and Try again really reloads it', async () => {
    harness.detector.failLoad = true;
    const onError = vi.fn();
    renderCapture(harness, { autoCapture: false, onError });
    await start();
    await waitForState('model-error');
    expect(errorPart()).toHaveAttribute('data-error', 'MODEL_LOAD_FAILED');
    expect(screen.getByRole('heading', { name: 'The face checker could not be loaded.' })).toHaveFocus();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'MODEL_LOAD_FAILED' }));
    // The camera stays open meanwhile.
    expect(harness.media.live?.active).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitForState('model-error');
    expect(harness.detector.loads).toBe(2);

    harness.detector.failLoad = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitForState('guiding');
    await waitForHint('READY');
    expect(harness.detector.loads).toBe(3);
  });

  it('a detector that never finishes loading times out into model-error (no silent stuck screen)', async () => {
    harness.detector.loadGate = new Promise(() => undefined);
    renderCapture(harness, { autoCapture: false, timing: { frameIntervalMs: 5, modelTimeoutMs: 150 } });
    await start();
    await waitForState('model-error');
    expect(errorPart()).toHaveAttribute('data-error', 'MODEL_LOAD_FAILED');
  });

  it('without a detector prop, imports the Human detector on demand; one that cannot load → model-error', async () => {
    // Nothing listens on port 9: the models cannot be fetched.
    const onError = vi.fn();
    renderCapture(harness, {
      detector: undefined,
      onError,
      detectorOptions: {
        modelBasePath: 'http://127.0.0.1:9/models/',
        wasmPath: 'http://127.0.0.1:9/wasm/',
        loadTimeoutMs: 5_000,
      },
      timing: { frameIntervalMs: 5, modelTimeoutMs: 20_000 },
    });
    await start();
    await waitForState('model-error', 20_000);
    expect(errorPart()).toHaveAttribute('data-error', 'MODEL_LOAD_FAILED');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    // The failure comes from inside the Human detector (so its chunk was imported): under Node
    // resolution (Vitest's jsdom) `#human-engine` is the server stub, which says the detector runs
    // only in a browser (Human's tfjs-node build is never evaluated); in a browser the models fail.
    expect(onError).toHaveBeenCalledTimes(1);
    expect(String(onError.mock.calls[0]![0].message)).toMatch(/runs only in a browser|127\.0\.0\.1:9/);
  }, 30_000);

  it('detection that keeps failing while guiding → model-error', async () => {
    renderCapture(harness, { autoCapture: false });
    await start();
    await waitForState('guiding');
    harness.detector.detect = () => Promise.reject(new Error('the engine died'));
    await waitForState('model-error');
    expect(errorPart()).toHaveAttribute('data-error', 'MODEL_LOAD_FAILED');
  });
});
