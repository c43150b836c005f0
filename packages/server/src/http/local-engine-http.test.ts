import type { LivenessResponse } from '@liveness-kit/core';
import { fixtureBytes, fixturesIn } from '@liveness-kit/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEngine } from '../engine/local/create-local-engine.js';
import { SqliteFaceStore } from '../store/sqlite-face-store.js';
import { createLivenessApp, LIVENESS_PATH } from './create-liveness-app.js';
import { startLivenessServer, type RunningServer } from './node-adapters.js';

const tags = (r: LivenessResponse) => r.liveness.warnings.map((w) => w.risk);

describe('the local engine behind the HTTP app, over real HTTP, on every fixture group', () => {
  let server: RunningServer;
  const store = new SqliteFaceStore();
  const engine = createLocalEngine({ store });

  async function check(
    relative: string,
    fields: Record<string, string> = {},
  ): Promise<{ status: number; body: LivenessResponse & { code?: string } }> {
    const form = new FormData();
    form.set('user_image', new Blob([new Uint8Array(fixtureBytes(relative))]), relative.split('/').pop());
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const res = await fetch(`${server.url}${LIVENESS_PATH}`, { method: 'POST', body: form });
    return { status: res.status, body: (await res.json()) as LivenessResponse & { code?: string } };
  }

  beforeAll(async () => {
    await engine.ready();
    server = await startLivenessServer(createLivenessApp({ engine }), { port: 0 });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await engine.close();
    store.close();
  });

  it.each(fixturesIn('single').map((f) => f.path))(
    '%s → one entity, no capture-quality warning',
    async (path) => {
      const { status, body } = await check(path, { save_api_request: 'false' });
      expect(status).toBe(200);
      expect(body.liveness.method).toBe('PASSIVE');
      expect(body.liveness.user_image?.entities).toHaveLength(1);
      expect(tags(body)).not.toContain('NO_FACE_DETECTED');
      expect(tags(body)).not.toContain('LOW_FACE_LUMINANCE');
      expect(tags(body)).not.toContain('HIGH_FACE_LUMINANCE');
      expect(tags(body)).not.toContain('LOW_FACE_QUALITY');
      expect(body.liveness.score).toEqual(expect.any(Number));
      expect(body.liveness.face_luminance).toEqual(expect.any(Number));
    },
  );

  it.each(fixturesIn('multi').map((f) => f.path))('%s → MULTIPLE_FACES_DETECTED', async (path) => {
    const { status, body } = await check(path, { save_api_request: 'false' });
    expect(status).toBe(200);
    expect(tags(body)).toContain('MULTIPLE_FACES_DETECTED');
    expect(body.liveness.user_image!.entities.length).toBeGreaterThanOrEqual(2);
  });

  it.each(fixturesIn('noface').map((f) => f.path))('%s → NO_FACE_DETECTED, Declined, nulls', async (path) => {
    const { status, body } = await check(path);
    expect(status).toBe(200);
    expect(body.liveness.status).toBe('Declined');
    expect(tags(body)).toContain('NO_FACE_DETECTED');
    expect(body.liveness.score).toBeNull();
    expect(body.liveness.face_quality).toBeNull();
    expect(body.liveness.face_luminance).toBeNull();
  });

  it('flags the dark and over-exposed edits with the luminance warnings', async () => {
    expect(tags((await check('derived/dark-underexposed-01.jpg')).body)).toContain('LOW_FACE_LUMINANCE');
    expect(tags((await check('derived/overexposed-blownout-01.jpg')).body)).toContain('HIGH_FACE_LUMINANCE');
  });

  it('answers corrupt files 400 INVALID_IMAGE and the 12 MP file 413 FILE_TOO_LARGE', async () => {
    for (const path of [
      'derived/corrupt-garbage-after-header-01.jpg',
      'derived/corrupt-truncated-40pct-01.jpg',
    ]) {
      const { status, body } = await check(path);
      expect({ status, code: body.code }).toEqual({ status: 400, code: 'INVALID_IMAGE' });
    }
    const { status, body } = await check('derived/large-12mp-over5mb-01.jpg');
    expect({ status, code: body.code }).toEqual({ status: 413, code: 'FILE_TOO_LARGE' });
  });

  it('echoes vendor_data and metadata', async () => {
    const { body } = await check('single/woman-young-frontal.jpg', {
      vendor_data: 'echo-1',
      metadata: '{"step":2}',
      save_api_request: 'false',
    });
    expect(body.vendor_data).toBe('echo-1');
    expect(body.metadata).toEqual({ step: 2 });
  });

  it('flags the same face checked by another user as DUPLICATED_FACE, and stores nothing without save_api_request', async () => {
    const face = 'single/man-obama-official-portrait.jpg';
    const before = store.countApproved();
    await check(face, { vendor_data: 'nosave', save_api_request: 'false' });
    expect(store.countApproved()).toBe(before);

    const first = await check(face, { vendor_data: 'user-a' });
    expect(first.body.liveness.status).toBe('Approved');
    expect(store.countApproved()).toBe(before + 1);

    const sameUser = await check(face, { vendor_data: 'user-a', save_api_request: 'false' });
    expect(tags(sameUser.body)).not.toContain('DUPLICATED_FACE');

    const otherUser = await check(face, { vendor_data: 'user-b', save_api_request: 'false' });
    expect(tags(otherUser.body)).toContain('DUPLICATED_FACE');

    const otherFace = await check('single/woman-young-frontal.jpg', {
      vendor_data: 'user-c',
      save_api_request: 'false',
    });
    expect(tags(otherFace.body)).not.toContain('DUPLICATED_FACE');
  });

  it('declines a face on the blocklist with FACE_IN_BLOCKLIST', async () => {
    const embedding = await engine.embedFace({
      image: new Uint8Array(fixtureBytes('single/man-glasses-webcam.jpg')),
      imageType: 'image/jpeg',
      rotateImage: false,
      saveApiRequest: false,
    });
    expect(embedding).not.toBeNull();
    const entry = store.addToBlocklist(embedding!, 'test');
    const { body } = await check('single/man-glasses-webcam.jpg', {
      vendor_data: 'user-x',
      save_api_request: 'false',
    });
    expect(body.liveness.status).toBe('Declined');
    expect(tags(body)).toContain('FACE_IN_BLOCKLIST');
    store.removeFromBlocklist(entry.id);
    const after = await check('single/man-glasses-webcam.jpg', {
      vendor_data: 'user-x',
      save_api_request: 'false',
    });
    expect(tags(after.body)).not.toContain('FACE_IN_BLOCKLIST');
  });
});
