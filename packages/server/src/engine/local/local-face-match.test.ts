import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaceMatchResponse, sniffImageType, type FaceMatchResponse } from '@liveness-kit/core';
import { fixtureBytes } from '@liveness-kit/test-utils';
import type { FaceMatchEngineRequest } from '../engine.js';
import { createLocalEngine, type LocalEngine } from './create-local-engine.js';
import { similarityToScore, scoreToSimilarity } from './face-match-calibration.js';

const SLOW = { timeout: 90_000 };
const OBAMA = 'single/man-obama-official-portrait.jpg';
const OBAMA_OTHER_PHOTO = 'pad/real/ageitgey-obama2.jpg';
const WOMAN = 'single/woman-young-frontal.jpg';
const NO_FACE = 'noface/landscape.jpg';

function pair(
  user: string,
  ref: string,
  extra: Partial<FaceMatchEngineRequest> = {},
): FaceMatchEngineRequest {
  const userImage = fixtureBytes(user);
  const refImage = fixtureBytes(ref);
  return {
    userImage,
    userImageType: sniffImageType(userImage) ?? 'image/jpeg',
    refImage,
    refImageType: sniffImageType(refImage) ?? 'image/jpeg',
    rotateImage: false,
    saveApiRequest: true,
    ...extra,
  };
}

let engine: LocalEngine;

async function match(user: string, ref: string, extra: Partial<FaceMatchEngineRequest> = {}) {
  const response: FaceMatchResponse = await engine.faceMatch(pair(user, ref, extra));
  // Every answer is a valid contract body, as it goes over the wire.
  expect(parseFaceMatchResponse(JSON.parse(JSON.stringify(response)))).toBeTruthy();
  return response;
}

const risks = (r: FaceMatchResponse) => r.face_match.warnings.map((w) => w.risk);

beforeAll(async () => {
  engine = createLocalEngine();
  await engine.ready();
}, 60_000);

afterAll(async () => {
  await engine?.close();
});

describe('local engine: face match', () => {
  it('two different photos of one person: Approved above the default threshold', SLOW, async () => {
    const r = await match(OBAMA, OBAMA_OTHER_PHOTO, {
      vendorData: 'user-7',
      metadata: '{"flow":"onboarding"}',
    });
    expect(r.face_match.status).toBe('Approved');
    expect(r.face_match.score).toBeGreaterThan(30);
    expect(r.face_match.warnings).toEqual([]);
    expect(r.face_match.user_image.entities).toHaveLength(1);
    expect(r.face_match.ref_image.entities).toHaveLength(1);
    expect(r.vendor_data).toBe('user-7');
    expect(r.metadata).toEqual({ flow: 'onboarding' });
  });

  it('different people: Declined with LOW_FACE_MATCH_SIMILARITY', SLOW, async () => {
    const r = await match(OBAMA, WOMAN);
    expect(r.face_match.status).toBe('Declined');
    expect(r.face_match.score).toBeLessThanOrEqual(30);
    expect(risks(r)).toEqual(['LOW_FACE_MATCH_SIMILARITY']);
    expect(r.face_match.warnings[0]).toMatchObject({ feature: 'FACEMATCH', log_type: 'error' });
  });

  it(
    'no face in the reference: NO_REFERENCE_IMAGE alone, score null when saved and 0 when not',
    SLOW,
    async () => {
      const saved = await match(OBAMA, NO_FACE);
      expect(saved.face_match).toMatchObject({ status: 'Declined', score: null });
      expect(risks(saved)).toEqual(['NO_REFERENCE_IMAGE']);
      expect(saved.face_match.warnings[0]!.long_description).toContain('reference image');
      expect(saved.face_match.ref_image.entities).toEqual([]);
      const unsaved = await match(OBAMA, NO_FACE, { saveApiRequest: false });
      expect(unsaved.face_match.score).toBe(0);
      const noSelfie = await match(NO_FACE, OBAMA);
      expect(noSelfie.face_match.warnings[0]!.long_description).toContain('user image');
    },
  );

  it('Approved only strictly above the threshold: a score equal to it declines', SLOW, async () => {
    const first = await match(OBAMA, OBAMA_OTHER_PHOTO);
    const score = first.face_match.score!;
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(100);
    const atScore = await match(OBAMA, OBAMA_OTHER_PHOTO, { threshold: score });
    expect(atScore.face_match.score).toBe(score);
    expect(atScore.face_match.status).toBe('Declined');
    expect(risks(atScore)).toEqual(['LOW_FACE_MATCH_SIMILARITY']);
    const below = await match(OBAMA, OBAMA_OTHER_PHOTO, { threshold: score - 0.01 });
    expect(below.face_match.status).toBe('Approved');
  });

  it('the same photo matches itself with the highest score', SLOW, async () => {
    const r = await match(WOMAN, WOMAN);
    expect(r.face_match.score).toBe(100);
  });

  it('refuses a threshold outside 0-100 and names an unreadable image', SLOW, async () => {
    await expect(engine.faceMatch(pair(OBAMA, WOMAN, { threshold: 101 }))).rejects.toMatchObject({
      code: 'INVALID_OPTIONS',
      detail: expect.stringContaining('face_match_score_decline_threshold') as unknown,
    });
    const corrupt = pair(OBAMA, 'derived/corrupt-truncated-40pct-01.jpg');
    await expect(engine.faceMatch(corrupt)).rejects.toMatchObject({
      code: 'INVALID_IMAGE',
      detail: expect.stringContaining('ref_image') as unknown,
    });
    await expect(engine.faceMatch({ ...corrupt, refImage: new Uint8Array() })).rejects.toMatchObject({
      code: 'INVALID_IMAGE',
      detail: expect.stringContaining('the reference image is empty') as unknown,
    });
  });
});

describe('face-match calibration', () => {
  it('maps similarity to 0-100 linearly, clamped, and back', () => {
    expect(similarityToScore(-1)).toBe(0);
    expect(similarityToScore(1)).toBe(100);
    expect(similarityToScore(scoreToSimilarity(30))).toBe(30);
    expect(similarityToScore(scoreToSimilarity(30) + 0.01)).toBeGreaterThan(30);
  });
});
