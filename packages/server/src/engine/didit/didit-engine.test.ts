import { isLivenessError, type FaceMatchResponse } from '@liveness-kit/core';
import {
  FakeDiditServer,
  diditApprovedBody,
  diditErrorReply,
  diditFaceMatchBody,
  diditFaceMatchLowSimilarityBody,
  diditFaceMatchNoReferenceBody,
  diditFaceMatchWarning,
  fixtureBytes,
} from '@liveness-kit/test-utils';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EngineRequest, FaceMatchEngineRequest } from '../engine.js';
import { createDiditEngine } from './didit-engine.js';

const image = new Uint8Array(fixtureBytes('single/man-obama-official-portrait.jpg'));
const request: EngineRequest = {
  image,
  imageType: 'image/jpeg',
  threshold: 42.5,
  rotateImage: true,
  saveApiRequest: false,
  vendorData: 'user-123',
  metadata: '{"flow":"onboarding"}',
};
const sleeps: number[] = [];
const sleep = async (ms: number) => {
  sleeps.push(ms);
};

describe('Didit engine against a local fake Didit', () => {
  const didit = new FakeDiditServer();
  beforeAll(() => didit.start());
  afterAll(() => didit.stop());
  beforeEach(() => {
    didit.requests.length = 0;
    sleeps.length = 0;
  });

  const engine = (extra: Partial<Parameters<typeof createDiditEngine>[0]> = {}) =>
    createDiditEngine({ apiKey: 'secret-key-1', baseUrl: didit.url, sleep, ...extra });

  it('forwards every field, the key header and the image bytes, and answers with Didit’s body', async () => {
    const body = diditApprovedBody({ score: 88 });
    didit.reply({ body });
    const answer = (await engine().check(request)) as typeof body;
    expect(answer.request_id).toBe(body.request_id);
    expect((answer.liveness as { score: number }).score).toBe(88);

    const [sent] = didit.requests;
    expect(sent!.method).toBe('POST');
    expect(sent!.path).toBe('/v3/passive-liveness/');
    expect(sent!.headers['x-api-key']).toBe('secret-key-1');
    expect(sent!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent!.fields).toEqual({
      face_liveness_score_decline_threshold: '42.5',
      rotate_image: 'true',
      save_api_request: 'false',
      vendor_data: 'user-123',
      metadata: '{"flow":"onboarding"}',
    });
    expect(sent!.image!.type).toBe('image/jpeg');
    expect(Buffer.from(sent!.image!.bytes).equals(Buffer.from(image))).toBe(true);
  });

  it('sends only the fields that were given', async () => {
    await engine().check({ image, imageType: 'image/jpeg', rotateImage: false, saveApiRequest: true });
    expect(didit.requests[0]!.fieldNames.sort()).toEqual(['rotate_image', 'save_api_request', 'user_image']);
  });

  it.each([
    [400, 'BAD_REQUEST'],
    [401, 'UNAUTHORIZED'],
    [402, 'PAYMENT_REQUIRED'],
    [403, 'FORBIDDEN'],
    [413, 'FILE_TOO_LARGE'],
    [415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('maps a %i to %s without retrying', async (status, code) => {
    didit.reply({ status, body: { detail: `nope ${status}`, code: 'didit_code' } });
    const error = await engine()
      .check(request)
      .catch((e: unknown) => e);
    expect(isLivenessError(error) && error.code).toBe(code);
    expect(didit.requests).toHaveLength(1);
  });

  it('retries a 429 after its Retry-After, then succeeds', async () => {
    didit.reply({ status: 429, headers: { 'Retry-After': '2' }, body: { detail: 'slow down' } });
    await engine().check(request);
    expect(didit.requests).toHaveLength(2);
    expect(sleeps).toEqual([2000]);
  });

  it('gives up at once on a Retry-After longer than it may wait', async () => {
    didit.reply({ status: 429, headers: { 'Retry-After': '120' }, body: { detail: 'slow down' } });
    const error = await engine()
      .check(request)
      .catch((e: unknown) => e);
    expect(isLivenessError(error) && error.code).toBe('RATE_LIMITED');
    expect(isLivenessError(error) && error.retryAfterMs).toBe(120_000);
    expect(didit.requests).toHaveLength(1);
  });

  it('retries 5xx with growing backoff, at most `retries` times', async () => {
    didit.reply(
      { status: 500, body: 'Internal Server Error' },
      { status: 502, body: '<html>bad gateway</html>' },
      { status: 503, body: { detail: 'down' } },
    );
    const error = await engine({ retries: 2, backoffMs: 100 })
      .check(request)
      .catch((e: unknown) => e);
    expect(isLivenessError(error) && error.code).toBe('SERVER');
    expect(didit.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(100);
    expect(sleeps[0]).toBeLessThan(200);
    expect(sleeps[1]).toBeGreaterThanOrEqual(200);
    expect(sleeps[1]).toBeLessThan(300);
  });

  it('does not retry an upstream that already retried its own upstream (an UPSTREAM_* code)', async () => {
    didit.reply({ status: 502, body: { detail: 'The liveness service failed.', code: 'UPSTREAM_ERROR' } });
    const error = await engine({ retries: 2 })
      .check(request)
      .catch((e: unknown) => e);
    expect(isLivenessError(error) && [error.code, error.serverCode, error.retryable]).toEqual([
      'SERVER',
      'UPSTREAM_ERROR',
      true,
    ]);
    expect(didit.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a dropped connection, then succeeds', async () => {
    didit.reply({ destroy: true });
    await engine().check(request);
    expect(didit.requests).toHaveLength(2);
  });

  it('times out a slow answer', async () => {
    didit.reply({ delayMs: 1500 });
    const error = await engine({ timeoutMs: 200, retries: 0 })
      .check(request)
      .catch((e: unknown) => e);
    expect(isLivenessError(error) && error.code).toBe('TIMEOUT');
  });

  it('reports a 200 that is not the contract as INVALID_RESPONSE', async () => {
    didit.reply({ body: { hello: 'world' } });
    const error = await engine()
      .check(request)
      .catch((e: unknown) => e);
    expect(isLivenessError(error) && error.code).toBe('INVALID_RESPONSE');
  });

  it('never puts the API key in an error', async () => {
    didit.reply({ status: 401, body: { detail: 'Invalid API key' } });
    const error = await engine()
      .check(request)
      .catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain('secret-key-1');
    expect(String((error as Error).stack)).not.toContain('secret-key-1');
  });

  it('refuses to start without a key', () => {
    expect(() => createDiditEngine({ apiKey: '' })).toThrow(/DIDIT_API_KEY/);
  });
});

describe('Didit engine face match against a local fake Didit', () => {
  const didit = new FakeDiditServer();
  const selfie = image;
  const reference = new Uint8Array(fixtureBytes('pad/real/ageitgey-obama2.jpg'));
  const match: FaceMatchEngineRequest = {
    userImage: selfie,
    userImageType: 'image/jpeg',
    refImage: reference,
    refImageType: 'image/jpeg',
    threshold: 55.5,
    rotateImage: true,
    saveApiRequest: false,
    vendorData: 'user-123',
    metadata: '{"flow":"onboarding"}',
  };
  beforeAll(() => didit.start());
  afterAll(() => didit.stop());
  beforeEach(() => {
    didit.reset();
    sleeps.length = 0;
  });

  const engine = (extra: Partial<Parameters<typeof createDiditEngine>[0]> = {}) =>
    createDiditEngine({ apiKey: 'secret-key-2', baseUrl: didit.url, sleep, ...extra });
  const failure = (request: FaceMatchEngineRequest = match, extra = {}) =>
    engine(extra)
      .faceMatch(request)
      .catch((e: unknown) => e);

  it('posts both images and every field to /v3/face-match/ with the key, and answers with Didit’s body', async () => {
    const answer = (await engine().faceMatch(match)) as FaceMatchResponse;
    expect(answer.face_match.status).toBe('Approved');
    expect(answer.face_match.score).toBe(87);
    expect(answer.vendor_data).toBe('user-123');

    const [sent] = didit.requests;
    expect(sent!.method).toBe('POST');
    expect(sent!.path).toBe('/v3/face-match/');
    expect(sent!.headers['x-api-key']).toBe('secret-key-2');
    expect(sent!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent!.fields).toEqual({
      face_match_score_decline_threshold: '55.5',
      rotate_image: 'true',
      save_api_request: 'false',
      vendor_data: 'user-123',
      metadata: '{"flow":"onboarding"}',
    });
    expect(Object.keys(sent!.files).sort()).toEqual(['ref_image', 'user_image']);
    expect(Buffer.from(sent!.files.user_image!.bytes).equals(Buffer.from(selfie))).toBe(true);
    expect(Buffer.from(sent!.files.ref_image!.bytes).equals(Buffer.from(reference))).toBe(true);
    expect(sent!.files.ref_image!.type).toBe('image/jpeg');
  });

  it('sends only the fields that were given; the threshold decides at Didit (strictly above approves)', async () => {
    const plain: FaceMatchEngineRequest = {
      userImage: selfie,
      userImageType: 'image/jpeg',
      refImage: reference,
      refImageType: 'image/jpeg',
      rotateImage: false,
      saveApiRequest: true,
    };
    didit.faceMatchScore = 40;
    const lenient = (await engine().faceMatch(plain)) as FaceMatchResponse;
    expect(didit.requests[0]!.fieldNames.sort()).toEqual([
      'ref_image',
      'rotate_image',
      'save_api_request',
      'user_image',
    ]);
    expect(lenient.face_match.status).toBe('Approved');
    const strict = (await engine().faceMatch({ ...plain, threshold: 40 })) as FaceMatchResponse;
    expect(strict.face_match.status).toBe('Declined');
    expect(strict.face_match.warnings.map((w) => w.risk)).toEqual(['LOW_FACE_MATCH_SIMILARITY']);
  });

  it.each([
    ['LOW_FACE_MATCH_SIMILARITY', diditFaceMatchLowSimilarityBody(18), 18],
    ['NO_REFERENCE_IMAGE (saved: score null)', diditFaceMatchNoReferenceBody(), null],
    ['NO_REFERENCE_IMAGE (not saved: score 0)', diditFaceMatchNoReferenceBody({ saved: false }), 0],
  ])('passes a Declined answer with %s through as it is', async (_name, body, score) => {
    didit.reply({ body });
    const answer = (await engine().faceMatch(match)) as FaceMatchResponse;
    expect(answer.face_match.status).toBe('Declined');
    expect(answer.face_match.score).toBe(score);
    expect(answer.face_match.warnings.map((w) => w.risk)).toEqual(
      (body.face_match as { warnings: { risk: string }[] }).warnings.map((w) => w.risk),
    );
  });

  it('keeps a warning tag it does not know, with its texts', async () => {
    didit.reply({
      body: diditFaceMatchBody({
        status: 'Declined',
        warnings: [diditFaceMatchWarning('FACE_MATCH_FROM_THE_FUTURE', { short_description: 'New' })],
      }),
    });
    const answer = (await engine().faceMatch(match)) as FaceMatchResponse;
    expect(answer.face_match.warnings).toEqual([
      expect.objectContaining({ risk: 'FACE_MATCH_FROM_THE_FUTURE', short_description: 'New' }),
    ]);
  });

  it.each([
    [400, 'BAD_REQUEST'],
    [401, 'UNAUTHORIZED'],
    [402, 'PAYMENT_REQUIRED'],
    [403, 'FORBIDDEN'],
  ] as const)('maps Didit’s %i to %s without retrying', async (status, code) => {
    didit.reply(diditErrorReply(status));
    const error = await failure();
    expect(isLivenessError(error) && [error.code, error.status]).toEqual([code, status]);
    expect(didit.requestsTo('/v3/face-match/')).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a 429 after its Retry-After, then succeeds', async () => {
    didit.reply(diditErrorReply(429, '3'));
    const answer = (await engine().faceMatch(match)) as FaceMatchResponse;
    expect(answer.face_match.status).toBe('Approved');
    expect(didit.requests).toHaveLength(2);
    expect(sleeps).toEqual([3000]);
  });

  it('gives up on 429s after `retries`, and at once on a Retry-After longer than it may wait', async () => {
    didit.reply(diditErrorReply(429, '1'), diditErrorReply(429, '1'), diditErrorReply(429, '1'));
    const error = await failure(match, { retries: 2 });
    expect(isLivenessError(error) && [error.code, error.retryAfterMs]).toEqual(['RATE_LIMITED', 1000]);
    expect(didit.requests).toHaveLength(3);
    expect(sleeps).toEqual([1000, 1000]);

    didit.reset();
    sleeps.length = 0;
    didit.reply(diditErrorReply(429, '120'));
    const long = await failure();
    expect(isLivenessError(long) && long.code).toBe('RATE_LIMITED');
    expect(didit.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a 500 (no JSON body) with growing backoff, at most `retries` times', async () => {
    didit.reply(diditErrorReply(500), diditErrorReply(500), diditErrorReply(503));
    const error = await failure(match, { retries: 2, backoffMs: 100 });
    expect(isLivenessError(error) && error.code).toBe('SERVER');
    expect(didit.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(100);
    expect(sleeps[0]).toBeLessThan(200);
    expect(sleeps[1]).toBeGreaterThanOrEqual(200);
    expect(sleeps[1]).toBeLessThan(300);
  });

  it('retries a 500 then succeeds, resending both images', async () => {
    didit.reply(diditErrorReply(500));
    await engine().faceMatch(match);
    expect(didit.requests).toHaveLength(2);
    expect(didit.requests.map((r) => Object.keys(r.files).sort())).toEqual([
      ['ref_image', 'user_image'],
      ['ref_image', 'user_image'],
    ]);
  });

  it('does not retry an upstream liveness-kit server that already retried (an UPSTREAM_* code)', async () => {
    didit.reply({ status: 502, body: { detail: 'The liveness service failed.', code: 'UPSTREAM_ERROR' } });
    const error = await failure();
    expect(isLivenessError(error) && error.serverCode).toBe('UPSTREAM_ERROR');
    expect(didit.requests).toHaveLength(1);
  });

  it('retries a dropped connection, and times out a slow answer', async () => {
    didit.reply({ destroy: true });
    await engine().faceMatch(match);
    expect(didit.requests).toHaveLength(2);

    didit.reply({ delayMs: 1500 });
    const error = await failure(match, { timeoutMs: 200, retries: 0 });
    expect(isLivenessError(error) && error.code).toBe('TIMEOUT');
  });

  it.each([
    ['a liveness body', diditApprovedBody()],
    ['a status outside the contract', diditFaceMatchBody({ status: 'Maybe' })],
    ['a score of 140', diditFaceMatchBody({ score: 140 })],
  ])('reports a 200 with %s as INVALID_RESPONSE, without retrying', async (_name, body) => {
    didit.reply({ body });
    const error = await failure();
    expect(isLivenessError(error) && error.code).toBe('INVALID_RESPONSE');
    expect(didit.requests).toHaveLength(1);
  });

  it('never puts the API key in an error', async () => {
    didit.reply(diditErrorReply(401));
    const error = await failure();
    expect(JSON.stringify(error)).not.toContain('secret-key-2');
    expect(String((error as Error).stack)).not.toContain('secret-key-2');
  });
});
