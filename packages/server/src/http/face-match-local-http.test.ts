import { FACE_MATCH_PATH, type FaceMatchResponse } from '@liveness-kit/core';
import { fixtureBytes } from '@liveness-kit/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEngine } from '../engine/local/create-local-engine.js';
import { createLivenessApp } from './create-liveness-app.js';
import { startLivenessServer, type RunningServer } from './node-adapters.js';

const OBAMA = 'single/man-obama-official-portrait.jpg';
const OBAMA_OTHER_PHOTO = 'pad/real/ageitgey-obama2.jpg';
const SOMEONE_ELSE = 'single/woman-young-frontal.jpg';
const NO_FACE = 'noface/landscape.jpg';

const risks = (r: FaceMatchResponse) => r.face_match.warnings.map((w) => w.risk);

describe('the local engine’s face match behind the HTTP app, over real HTTP', () => {
  let server: RunningServer;
  const engine = createLocalEngine();

  async function match(
    selfie: string,
    reference: string,
    fields: Record<string, string> = {},
  ): Promise<{ status: number; body: FaceMatchResponse & { code?: string } }> {
    const form = new FormData();
    form.set('user_image', new Blob([new Uint8Array(fixtureBytes(selfie))]), 'selfie.jpg');
    form.set('ref_image', new Blob([new Uint8Array(fixtureBytes(reference))]), 'reference.jpg');
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const res = await fetch(`${server.url}${FACE_MATCH_PATH}`, { method: 'POST', body: form });
    return { status: res.status, body: (await res.json()) as FaceMatchResponse & { code?: string } };
  }

  beforeAll(async () => {
    await engine.ready();
    server = await startLivenessServer(createLivenessApp({ engine }), { port: 0 });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await engine.close();
  });

  it('approves two different photos of the same person, above the default threshold, one face in each', async () => {
    const { status, body } = await match(OBAMA, OBAMA_OTHER_PHOTO, {
      vendor_data: 'fm-1',
      metadata: '{"k":1}',
    });
    expect(status).toBe(200);
    expect(body.face_match.status).toBe('Approved');
    expect(body.face_match.score).toBeGreaterThan(30);
    expect(body.face_match.score).toBeLessThanOrEqual(100);
    expect(risks(body)).toEqual([]);
    expect(body.face_match.user_image.entities).toHaveLength(1);
    expect(body.face_match.ref_image.entities).toHaveLength(1);
    expect(body.vendor_data).toBe('fm-1');
    expect(body.metadata).toEqual({ k: 1 });
  });

  it('declines two different people with LOW_FACE_MATCH_SIMILARITY, the score at or below the threshold', async () => {
    const { status, body } = await match(OBAMA, SOMEONE_ELSE);
    expect(status).toBe(200);
    expect(body.face_match.status).toBe('Declined');
    expect(risks(body)).toEqual(['LOW_FACE_MATCH_SIMILARITY']);
    expect(body.face_match.score).toEqual(expect.any(Number));
    expect(body.face_match.score).toBeLessThanOrEqual(30);
  });

  it('approves only strictly above the threshold: a score equal to it declines', async () => {
    const { body } = await match(OBAMA, OBAMA_OTHER_PHOTO, { save_api_request: 'false' });
    const score = body.face_match.score!;
    const below = await match(OBAMA, OBAMA_OTHER_PHOTO, {
      face_match_score_decline_threshold: String(Math.max(0, score - 0.5)),
    });
    expect(below.body.face_match.status).toBe('Approved');
    const equal = await match(OBAMA, OBAMA_OTHER_PHOTO, {
      face_match_score_decline_threshold: String(score),
    });
    expect(equal.body.face_match.status).toBe('Declined');
    expect(equal.body.face_match.score).toBe(score);
    expect(risks(equal.body)).toEqual(['LOW_FACE_MATCH_SIMILARITY']);
  });

  it('declines a reference with no face with NO_REFERENCE_IMAGE: score null when saved, 0 when not', async () => {
    const saved = await match(OBAMA, NO_FACE);
    expect(saved.status).toBe(200);
    expect(saved.body.face_match.status).toBe('Declined');
    expect(risks(saved.body)).toEqual(['NO_REFERENCE_IMAGE']);
    expect(saved.body.face_match.score).toBeNull();
    expect(saved.body.face_match.ref_image.entities).toEqual([]);
    expect(saved.body.face_match.user_image.entities).toHaveLength(1);

    const unsaved = await match(OBAMA, NO_FACE, { save_api_request: 'false' });
    expect(risks(unsaved.body)).toEqual(['NO_REFERENCE_IMAGE']);
    expect(unsaved.body.face_match.score).toBe(0);
  });
});
