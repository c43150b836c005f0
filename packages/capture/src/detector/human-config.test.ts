import { describe, expect, it } from 'vitest';
import { buildHumanConfig } from './human-config.js';

const options = {
  model: 'front' as const,
  modelBasePath: 'https://app.example/liveness-kit/models/',
  wasmPath: 'https://app.example/liveness-kit/wasm/',
  pose: false,
  minScore: 0.7,
  minFaceSize: 0.05,
  maxFaces: 10,
  analysisSize: 256,
};

describe('buildHumanConfig', () => {
  it("always replaces Human's CDN and relative defaults with the given folders, on wasm", () => {
    const config = buildHumanConfig(options);
    expect(config.backend).toBe('wasm');
    expect(config.modelBasePath).toBe(options.modelBasePath);
    expect(config.wasmPath).toBe(options.wasmPath);
    expect(JSON.stringify(config)).not.toMatch(/jsdelivr|cdn|github/i);
    expect(config.cacheModels).toBe(false);
  });

  it('runs BlazeFace only, seeing up to maxFaces faces at minScore, without skipping frames', () => {
    const config = buildHumanConfig(options);
    expect(config.face?.detector).toMatchObject({
      modelPath: 'blazeface-front.json',
      maxDetected: 10,
      minConfidence: 0.7,
      skipFrames: 0,
    });
    expect(config.cacheSensitivity).toBe(0);
    for (const part of [
      'mesh',
      'iris',
      'emotion',
      'description',
      'antispoof',
      'liveness',
      'attention',
    ] as const) {
      expect(config.face?.[part]?.enabled, part).toBe(false);
    }
    for (const part of ['body', 'hand', 'object', 'segmentation', 'gesture', 'filter'] as const) {
      expect(config[part]?.enabled, part).toBe(false);
    }
  });

  it("loads Human's default 256-px model with model 'back'", () => {
    expect(buildHumanConfig({ ...options, model: 'back' }).face?.detector?.modelPath).toBe('blazeface.json');
  });

  it('adds the face mesh, with bounded skipping, for pose', () => {
    const config = buildHumanConfig({ ...options, pose: true });
    expect(config.face?.mesh).toMatchObject({ enabled: true, modelPath: 'facemesh.json' });
    expect(config.face?.detector).toMatchObject({ skipFrames: 10, skipTime: 500 });
    expect(config.face?.iris?.enabled).toBe(false);
  });
});
