import { describe, expect, it } from 'vitest';
import type { LivenessError } from '../errors/liveness-error.js';
import { isLivenessError } from '../errors/liveness-error.js';
import { parseLivenessResponse } from './liveness-response.js';

/** The 200 example of the source specification, verbatim. */
const SPEC_EXAMPLE = {
  request_id: 'a1b2c3d4-...',
  liveness: {
    status: 'Approved',
    method: 'PASSIVE',
    score: 95,
    user_image: {
      entities: [{ age: 22.16, bbox: [156, 234, 679, 898], confidence: 0.717, gender: 'male' }],
      best_angle: 0,
    },
    warnings: [],
    face_quality: 85.0,
    face_luminance: 50.0,
  },
  created_at: '2025-05-01T13:11:07.977806Z',
};

/** Didit's current documented shape: vendor_data, metadata, race, richer warnings, a null score. */
const DOCS_VARIANT = {
  request_id: '11111111-2222-3333-4444-555555555555',
  vendor_data: 'user-42',
  metadata: { campaign: 'spring', attempt: 2 },
  liveness: {
    status: 'Declined',
    method: 'PASSIVE',
    score: null,
    user_image: { entities: [], best_angle: null },
    warnings: [
      {
        feature: 'LIVENESS',
        risk: 'NO_FACE_DETECTED',
        additional_data: null,
        log_type: 'error',
        short_description: 'No face detected',
        long_description: 'The system could not detect any face in the image.',
        node_id: 'feature_liveness',
      },
    ],
    face_quality: null,
    face_luminance: null,
  },
  created_at: '2025-06-02T08:00:00Z',
};

function expectInvalid(json: unknown): LivenessError {
  try {
    parseLivenessResponse(json);
  } catch (error) {
    expect(isLivenessError(error)).toBe(true);
    const e = error as LivenessError;
    expect(e.code).toBe('INVALID_RESPONSE');
    expect(e.retryable).toBe(false);
    return e;
  }
  throw new Error('expected INVALID_RESPONSE');
}

describe('parseLivenessResponse', () => {
  it('parses the specification example unchanged', () => {
    const parsed = parseLivenessResponse(structuredClone(SPEC_EXAMPLE));
    expect(parsed).toEqual(SPEC_EXAMPLE);
    expect(parsed.liveness.user_image.entities[0]?.bbox).toEqual([156, 234, 679, 898]);
  });

  it('parses the documented variant with vendor_data, metadata, null score and rich warnings', () => {
    const parsed = parseLivenessResponse(structuredClone(DOCS_VARIANT));
    expect(parsed.vendor_data).toBe('user-42');
    expect(parsed.metadata).toEqual({ campaign: 'spring', attempt: 2 });
    expect(parsed.liveness.score).toBeNull();
    expect(parsed.liveness.face_quality).toBeNull();
    expect(parsed.liveness.face_luminance).toBeNull();
    expect(parsed.liveness.user_image.best_angle).toBeNull();
    expect(parsed.liveness.warnings[0]).toEqual(DOCS_VARIANT.liveness.warnings[0]);
  });

  it('accepts an entity with race: null, a float score and the workflow statuses', () => {
    for (const status of ['In Review', 'Not Finished'] as const) {
      const json = structuredClone(SPEC_EXAMPLE) as Record<string, unknown> & typeof SPEC_EXAMPLE;
      json.liveness.status = status;
      json.liveness.score = 72.5;
      (json.liveness.user_image.entities[0] as Record<string, unknown>).race = null;
      const parsed = parseLivenessResponse(json);
      expect(parsed.liveness.status).toBe(status);
      expect(parsed.liveness.score).toBe(72.5);
      expect(parsed.liveness.user_image.entities[0]?.race).toBeNull();
    }
  });

  it('keeps unknown fields and unknown warning tags', () => {
    const json = {
      ...structuredClone(SPEC_EXAMPLE),
      brand_new_top_level: { x: 1 },
      liveness: {
        ...structuredClone(SPEC_EXAMPLE.liveness),
        status: 'Declined',
        extra_score: 3,
        warnings: [
          {
            risk: 'SOMETHING_NEW',
            log_type: 'warning',
            short_description: 'New',
            long_description: 'New tag',
          },
          { risk: 'LOW_FACE_QUALITY', log_type: 'error', short_description: 'q', long_description: 'q' },
        ],
      },
    };
    const parsed = parseLivenessResponse(json) as unknown as Record<string, unknown> & {
      liveness: Record<string, unknown> & { warnings: { risk: string }[] };
    };
    expect(parsed.brand_new_top_level).toEqual({ x: 1 });
    expect(parsed.liveness.extra_score).toBe(3);
    expect(parsed.liveness.warnings.map((w) => w.risk)).toEqual(['SOMETHING_NEW', 'LOW_FACE_QUALITY']);
  });

  it('normalises missing or null optional parts', () => {
    const parsed = parseLivenessResponse({
      request_id: 'r1',
      liveness: { status: 'Declined', warnings: null, user_image: null },
    });
    expect(parsed.liveness).toEqual({
      status: 'Declined',
      method: 'PASSIVE',
      score: null,
      user_image: { entities: [], best_angle: null },
      warnings: [],
      face_quality: null,
      face_luminance: null,
    });
    expect(parsed.created_at).toBeNull();
    const warning = parseLivenessResponse({
      request_id: 'r2',
      liveness: { status: 'Declined', warnings: [{ risk: 'LOW_FACE_LUMINANCE' }] },
    }).liveness.warnings[0];
    expect(warning).toEqual({
      risk: 'LOW_FACE_LUMINANCE',
      log_type: null,
      short_description: null,
      long_description: null,
    });
  });

  it('turns anything that is not the contract into INVALID_RESPONSE, naming the problem', () => {
    for (const bad of [null, undefined, 'Approved', 42, [], {}, { request_id: 'x' }]) {
      expectInvalid(bad);
    }
    expect(expectInvalid({ request_id: 'x', liveness: { status: 'approved' } }).detail).toContain(
      'liveness.status',
    );
    expect(expectInvalid({ request_id: 'x', liveness: { status: 'Approved', score: '95' } }).detail).toBe(
      'liveness.score: expected number',
    );
    expect(expectInvalid({ request_id: 'x', liveness: { status: 'Approved', score: 101 } }).detail).toBe(
      'liveness.score: must be at most 100',
    );
    expect(
      expectInvalid({ request_id: 'x', liveness: { status: 'Declined', warnings: [{ log_type: 'error' }] } })
        .detail,
    ).toBe('liveness.warnings.0.risk: expected string');
    const badBox = structuredClone(SPEC_EXAMPLE) as {
      liveness: { user_image: { entities: { bbox: unknown }[] } };
    };
    badBox.liveness.user_image.entities[0]!.bbox = [1, 2, 3];
    expect(expectInvalid(badBox).detail).toContain('liveness.user_image.entities.0.bbox');
    expect(expectInvalid({ request_id: 7, liveness: { status: 'Nope' } }).detail).toBe(
      'request_id: expected string; liveness.status: expected one of "Approved", "Declined", "In Review", "Not Finished"',
    );
  });
});
