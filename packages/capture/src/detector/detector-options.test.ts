import { DEFAULT_FRAME_THRESHOLDS, LivenessError } from '@liveness-kit/core';
import { describe, expect, it } from 'vitest';
import { DETECTOR_DEFAULTS, engineOptions, resolveDetectorOptions } from './detector-options.js';

const page = 'https://app.example/some/page.html';

describe('resolveDetectorOptions', () => {
  it('applies the documented defaults, with the asset folders on the app itself', () => {
    const o = resolveDetectorOptions({}, page);
    expect(o).toMatchObject({
      model: 'front',
      modelBasePath: 'https://app.example/liveness-kit/models/',
      wasmPath: 'https://app.example/liveness-kit/wasm/',
      pose: false,
      maxFaces: 10,
      analysisSize: 128,
      loadTimeoutMs: 10_000,
      runIn: 'auto',
    });
    expect(DETECTOR_DEFAULTS.minScore).toBeGreaterThanOrEqual(0.6);
  });

  it('reports faces with the same limits as the pre-checks (core)', () => {
    const o = resolveDetectorOptions({}, page);
    expect(o.minScore).toBe(DEFAULT_FRAME_THRESHOLDS.minFaceScore);
    expect(o.minFaceSize).toBe(DEFAULT_FRAME_THRESHOLDS.minFaceSize);
  });

  it("analyses frames at the chosen model's input size unless told otherwise", () => {
    expect(resolveDetectorOptions({ model: 'back' }, page).analysisSize).toBe(256);
    expect(resolveDetectorOptions({ model: 'back', analysisSize: 320 }, page).analysisSize).toBe(320);
  });

  it('makes asset URLs absolute with a trailing slash (a worker resolves against its own script)', () => {
    const o = resolveDetectorOptions(
      { modelBasePath: 'assets/m', wasmPath: 'https://cdn.example/tfjs' },
      page,
    );
    expect(o.modelBasePath).toBe('https://app.example/some/assets/m/');
    expect(o.wasmPath).toBe('https://cdn.example/tfjs/');
  });

  it('ignores undefined options and keeps only plain data for the worker', () => {
    const o = resolveDetectorOptions({ minScore: undefined, createWorker: () => ({}) as Worker }, page);
    expect(o.minScore).toBe(DETECTOR_DEFAULTS.minScore);
    expect(Object.keys(engineOptions(o)).sort()).toEqual(
      [
        'analysisSize',
        'maxFaces',
        'minFaceSize',
        'minScore',
        'model',
        'modelBasePath',
        'pose',
        'wasmPath',
      ].sort(),
    );
  });

  it.each([
    [{ model: 'side' }, /model must be 'front' or 'back'/],
    [{ minScore: 1.2 }, /minScore/],
    [{ minFaceSize: -1 }, /minFaceSize/],
    [{ maxFaces: 0 }, /maxFaces/],
    [{ maxFaces: 2.5 }, /maxFaces/],
    [{ analysisSize: 10 }, /analysisSize/],
    [{ loadTimeoutMs: 0 }, /loadTimeoutMs/],
    [{ runIn: 'gpu' }, /runIn/],
    [{ modelBasePath: '' }, /modelBasePath/],
    [{ wasmPath: 'http://[bad' }, /wasmPath/],
    [{ createWorker: 'worker.js' }, /createWorker/],
  ])('rejects %o with INVALID_OPTIONS', (options, message) => {
    let error: unknown;
    try {
      resolveDetectorOptions(options as never, page);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LivenessError);
    expect((error as LivenessError).code).toBe('INVALID_OPTIONS');
    expect((error as LivenessError).message).toMatch(message);
  });
});
