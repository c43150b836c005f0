import { describe, expect, it } from 'vitest';
import { isLivenessError, type LivenessError } from '../errors/liveness-error.js';
import { FACE_MATCH_STATUSES, parseFaceMatchResponse } from './face-match-response.js';

/** The contract's Approved example (didit-face-match-api.md), verbatim. */
const APPROVED = {
  request_id: '3f6c2a9e-8b41-4d7a-9c15-2e7f0b6d4a11',
  face_match: {
    status: 'Approved',
    score: 87,
    user_image: {
      entities: [{ age: 31.4, bbox: [212, 148, 598, 640], confidence: 0.91, gender: 'female' }],
      best_angle: 0,
    },
    ref_image: {
      entities: [{ age: 28.9, bbox: [64, 90, 238, 312], confidence: 0.84, gender: 'female' }],
      best_angle: 90,
    },
    warnings: [],
  },
  created_at: '2026-03-14T09:26:53.118402Z',
};

/** The contract's no-face example: a saved call, so the score is null. */
const NO_FACE = {
  request_id: '9a0e5c71-2d3b-4f8e-a6c4-71b2d9e0f356',
  face_match: {
    status: 'Declined',
    score: null,
    user_image: { entities: [], best_angle: 0 },
    ref_image: { entities: [], best_angle: 0 },
    warnings: [
      {
        feature: 'FACEMATCH',
        risk: 'NO_REFERENCE_IMAGE',
        additional_data: null,
        log_type: 'error',
        short_description: 'No face to compare',
        long_description:
          'A face could not be found in one of the two images, so no similarity was computed.',
      },
    ],
  },
  created_at: '2026-03-14T09:27:40.552019Z',
};

function expectInvalid(json: unknown): LivenessError {
  try {
    parseFaceMatchResponse(json);
  } catch (error) {
    expect(isLivenessError(error)).toBe(true);
    const e = error as LivenessError;
    expect(e.code).toBe('INVALID_RESPONSE');
    expect(e.retryable).toBe(false);
    return e;
  }
  throw new Error('expected INVALID_RESPONSE');
}

describe('parseFaceMatchResponse', () => {
  it('parses the contract’s examples unchanged', () => {
    expect(parseFaceMatchResponse(structuredClone(APPROVED))).toEqual(APPROVED);
    const noFace = parseFaceMatchResponse(structuredClone(NO_FACE));
    expect(noFace).toEqual(NO_FACE);
    expect(noFace.face_match.score).toBeNull();
    expect(noFace.face_match.warnings[0]?.risk).toBe('NO_REFERENCE_IMAGE');
  });

  it('reads the older page’s Rejected as Declined, and tolerates the workflow statuses', () => {
    const rejected = structuredClone(APPROVED) as { face_match: { status: string; score: number } };
    rejected.face_match.status = 'Rejected';
    rejected.face_match.score = 12;
    expect(parseFaceMatchResponse(rejected).face_match.status).toBe('Declined');
    for (const status of ['In Review', 'Not Finished', 'Declined', 'Approved'] as const) {
      const json = structuredClone(APPROVED) as { face_match: { status: string } };
      json.face_match.status = status;
      expect(parseFaceMatchResponse(json).face_match.status).toBe(status);
    }
    expect(FACE_MATCH_STATUSES).toEqual(['Approved', 'Declined', 'In Review', 'Not Finished']);
    expect(FACE_MATCH_STATUSES).not.toContain('Rejected');
  });

  it('accepts a float score, 0 (an unsaved no-face call), vendor_data, metadata and race: null', () => {
    const json = {
      ...structuredClone(APPROVED),
      vendor_data: 'user-42',
      metadata: { flow: 'onboarding' },
    };
    json.face_match.score = 65.43;
    (json.face_match.ref_image.entities[0] as Record<string, unknown>).race = null;
    const parsed = parseFaceMatchResponse(json);
    expect(parsed.face_match.score).toBe(65.43);
    expect(parsed.vendor_data).toBe('user-42');
    expect(parsed.metadata).toEqual({ flow: 'onboarding' });
    expect(parsed.face_match.ref_image.entities[0]?.race).toBeNull();
    const unsaved = structuredClone(NO_FACE) as { face_match: { score: number | null } };
    unsaved.face_match.score = 0;
    expect(parseFaceMatchResponse(unsaved).face_match.score).toBe(0);
  });

  it('keeps unknown fields and unknown warning tags, in the server’s order', () => {
    const json = {
      ...structuredClone(NO_FACE),
      brand_new_top_level: [1, 2],
      face_match: {
        ...structuredClone(NO_FACE.face_match),
        review_threshold: 70,
        warnings: [
          { risk: 'FACE_MATCH_NOT_COMPUTED', log_type: 'warning' },
          ...structuredClone(NO_FACE.face_match.warnings),
          { risk: 'SOMETHING_NEW' },
        ],
      },
    };
    const parsed = parseFaceMatchResponse(json) as unknown as Record<string, unknown> & {
      face_match: Record<string, unknown> & { warnings: { risk: string }[] };
    };
    expect(parsed.brand_new_top_level).toEqual([1, 2]);
    expect(parsed.face_match.review_threshold).toBe(70);
    expect(parsed.face_match.warnings.map((w) => w.risk)).toEqual([
      'FACE_MATCH_NOT_COMPUTED',
      'NO_REFERENCE_IMAGE',
      'SOMETHING_NEW',
    ]);
  });

  it('normalises missing or null optional parts', () => {
    const parsed = parseFaceMatchResponse({
      request_id: 'r1',
      face_match: { status: 'Declined', warnings: null, user_image: null },
    });
    expect(parsed).toEqual({
      request_id: 'r1',
      face_match: {
        status: 'Declined',
        score: null,
        user_image: { entities: [], best_angle: null },
        ref_image: { entities: [], best_angle: null },
        warnings: [],
      },
      created_at: null,
    });
    const warning = parseFaceMatchResponse({
      request_id: 'r2',
      face_match: { status: 'Declined', warnings: [{ risk: 'LOW_FACE_MATCH_SIMILARITY' }] },
    }).face_match.warnings[0];
    expect(warning).toEqual({
      risk: 'LOW_FACE_MATCH_SIMILARITY',
      log_type: null,
      short_description: null,
      long_description: null,
    });
  });

  it('turns anything that is not the contract into INVALID_RESPONSE, naming the problem', () => {
    for (const bad of [null, 'Approved', [], {}, { request_id: 'x' }]) expectInvalid(bad);
    // A liveness answer is not a face-match answer.
    expect(expectInvalid({ request_id: 'x', liveness: { status: 'Approved' } }).detail).toBe(
      'face_match: expected object',
    );
    expect(expectInvalid({ request_id: 'x', face_match: { status: 'Approved', score: '87' } }).detail).toBe(
      'face_match.score: expected number',
    );
    // The contract's score is 0-100: anything else is not a similarity we can show or compare.
    expect(expectInvalid({ request_id: 'x', face_match: { status: 'Approved', score: 140 } }).detail).toBe(
      'face_match.score: must be at most 100',
    );
    expect(expectInvalid({ request_id: 'x', face_match: { status: 'Declined', score: -1 } }).detail).toBe(
      'face_match.score: must be at least 0',
    );
    expect(
      expectInvalid({ request_id: 'x', face_match: { status: 'Declined', warnings: [{}] } }).detail,
    ).toBe('face_match.warnings.0.risk: expected string');
    const badBox = structuredClone(APPROVED) as {
      face_match: { ref_image: { entities: { bbox: unknown }[] } };
    };
    badBox.face_match.ref_image.entities[0]!.bbox = [1, 2, 3];
    expect(expectInvalid(badBox).detail).toContain('face_match.ref_image.entities.0.bbox');
    expect(expectInvalid({ request_id: 'x', face_match: { status: 'approved' } }).detail).toBe(
      'face_match.status: expected one of "Approved", "Declined", "In Review", "Not Finished", "Rejected"',
    );
  });
});
