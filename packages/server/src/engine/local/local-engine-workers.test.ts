import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffImageType } from '@liveness-kit/core';
import { fixtureBytes } from '@liveness-kit/test-utils';
import type { EngineRequest } from '../engine.js';
import { createLocalEngine, type LocalEngine } from './create-local-engine.js';

const SLOW = { timeout: 90_000 };

function request(fixture: string, extra: Partial<EngineRequest> = {}): EngineRequest {
  const image = fixtureBytes(fixture);
  return {
    image,
    imageType: sniffImageType(image) ?? 'image/jpeg',
    rotateImage: false,
    saveApiRequest: false,
    ...extra,
  };
}

let pool: LocalEngine;

beforeAll(async () => {
  pool = createLocalEngine({ workers: 2 });
  await pool.ready();
}, 90_000);

afterAll(async () => {
  await pool?.close();
});

describe('createLocalEngine with worker threads', () => {
  it('loads the models once in each worker', () => {
    expect(pool.stats()).toMatchObject({ workers: 2, modelLoads: 2, modelsRead: 4, analyses: 0 });
  });

  it('answers parallel checks from both workers, each with its own result', SLOW, async () => {
    const fixtures = [
      'single/man-obama-official-portrait.jpg',
      'noface/landscape.jpg',
      'multi/group-3-office.jpg',
      'derived/overexposed-blownout-01.jpg',
      'single/woman-selfie-live-exif-orient6.jpg',
      'derived/rotated-90cw-01.jpg',
    ];
    const answers = await Promise.all(
      fixtures.map((f) => pool.check(request(f, { rotateImage: f.includes('rotated') }))),
    );
    const risks = answers.map((a) => a.liveness.warnings.map((w) => w.risk));
    expect(answers[0]!.liveness.user_image.entities).toHaveLength(1);
    expect(risks[1]).toEqual(['NO_FACE_DETECTED']);
    expect(risks[2]).toContain('MULTIPLE_FACES_DETECTED');
    expect(risks[3]).toContain('HIGH_FACE_LUMINANCE');
    expect(answers[4]!.liveness.user_image.entities[0]!.bbox[2]).toBeLessThanOrEqual(480);
    expect([90, 270]).toContain(answers[5]!.liveness.user_image.best_angle);
    expect(new Set(answers.map((a) => a.request_id)).size).toBe(fixtures.length);
    expect(pool.stats()).toMatchObject({
      modelLoads: 2,
      modelsRead: 4,
      analyses: fixtures.length,
      queued: 0,
    });
  });

  it('gives exactly the in-process engine’s figures', SLOW, async () => {
    const inProcess = createLocalEngine();
    try {
      for (const fixture of ['single/woman-young-frontal.jpg', 'multi/group-2-women.jpg']) {
        const [a, b] = await Promise.all([pool.check(request(fixture)), inProcess.check(request(fixture))]);
        expect(a.liveness).toEqual(b.liveness);
      }
    } finally {
      await inProcess.close();
    }
  });

  it('passes image errors back as LivenessErrors', SLOW, async () => {
    await expect(pool.check(request('derived/corrupt-truncated-40pct-01.jpg'))).rejects.toMatchObject({
      name: 'LivenessError',
      code: 'INVALID_IMAGE',
    });
  });

  it('keeps the caller’s image bytes intact (the worker gets a copy)', SLOW, async () => {
    const req = request('single/man-glasses-webcam.jpg');
    const before = Buffer.from(req.image);
    await pool.check(req);
    expect(req.image.byteLength).toBe(before.byteLength);
    expect(Buffer.from(req.image).equals(before)).toBe(true);
  });

  it('answers ABORTED for a check aborted while it waits for a worker', SLOW, async () => {
    const controller = new AbortController();
    const busy = [
      pool.check(request('multi/group-3-office.jpg')),
      pool.check(request('multi/group-2-women.jpg')),
    ];
    const waiting = pool.check(request('single/woman-young-frontal.jpg'), controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pool.stats().queued).toBe(1);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(Promise.all(busy)).resolves.toHaveLength(2);
    expect(pool.stats().queued).toBe(0);
  });

  it('reports MODEL_LOAD_FAILED from a worker whose models are missing', SLOW, async () => {
    const broken = createLocalEngine({ workers: 1, modelBasePath: '/nonexistent/models' });
    try {
      await expect(broken.ready()).rejects.toMatchObject({
        name: 'LivenessError',
        code: 'MODEL_LOAD_FAILED',
      });
      await expect(broken.check(request('single/woman-young-frontal.jpg'))).rejects.toMatchObject({
        code: 'MODEL_LOAD_FAILED',
      });
    } finally {
      await broken.close();
    }
  });
});
