import { describe, expect, it } from 'vitest';
import { en } from '../text/en.js';
import { parseFaceMatchResponse, type FaceMatchStatus } from './face-match-response.js';
import { interpretFaceMatch } from './interpret-face-match.js';

function response(
  status: FaceMatchStatus | 'Rejected',
  score: number | null,
  warnings: { risk: string; log_type?: string }[],
) {
  return parseFaceMatchResponse({
    request_id: 'fm-1',
    face_match: {
      status,
      score,
      user_image: { entities: [], best_angle: 0 },
      ref_image: { entities: [], best_angle: 0 },
      warnings: warnings.map((w) => ({ feature: 'FACEMATCH', short_description: w.risk, ...w })),
    },
    created_at: '2026-03-14T09:26:53Z',
  });
}

describe('interpretFaceMatch', () => {
  it('approves an Approved match: no retake, no prompts, the score kept', () => {
    const result = interpretFaceMatch(response('Approved', 87, []));
    expect(result).toMatchObject({
      status: 'Approved',
      approved: true,
      score: 87,
      canRetake: false,
      retake: null,
      statusTextKey: 'status.APPROVED',
      prompts: [],
    });
    expect(result.response.request_id).toBe('fm-1');
  });

  it('asks for the reference again when no face pair could be scored, with text naming both photos', () => {
    const result = interpretFaceMatch(
      response('Declined', null, [{ risk: 'NO_REFERENCE_IMAGE', log_type: 'error' }]),
    );
    expect(result).toMatchObject({ approved: false, score: null, canRetake: true, retake: 'reference' });
    expect(result.prompts).toHaveLength(1);
    const [prompt] = result.prompts;
    expect(prompt).toMatchObject({
      tag: 'NO_REFERENCE_IMAGE',
      known: true,
      severity: 'decline',
      kind: 'capture-quality',
      retakeHelps: true,
      neutral: false,
      titleKey: 'warning.NO_REFERENCE_IMAGE.title',
      textKey: 'warning.NO_REFERENCE_IMAGE.advice',
    });
    expect(en[prompt!.textKey]).toMatch(/ID photo or the selfie/);
    expect(en[result.statusTextKey]).toBe(en['status.DECLINED']);
  });

  it('offers either photo when the faces do not match', () => {
    const result = interpretFaceMatch(
      response('Declined', 18.5, [{ risk: 'LOW_FACE_MATCH_SIMILARITY', log_type: 'error' }]),
    );
    expect(result).toMatchObject({ score: 18.5, canRetake: true, retake: 'selfie-or-reference' });
    expect(result.prompts[0]).toMatchObject({ tag: 'LOW_FACE_MATCH_SIMILARITY', kind: 'match', known: true });
    expect(en[result.prompts[0]!.textKey]).toMatch(/same person/);
  });

  it('reads the older Rejected as a decline', () => {
    const result = interpretFaceMatch(response('Rejected', 10, [{ risk: 'LOW_FACE_MATCH_SIMILARITY' }]));
    expect(result).toMatchObject({ status: 'Declined', approved: false, retake: 'selfie-or-reference' });
    // No log_type: the catalogue's severity.
    expect(result.prompts[0]!.severity).toBe('decline');
  });

  it('keeps unknown tags, liveness tags included, with the generic text, after the known ones', () => {
    const result = interpretFaceMatch(
      response('Declined', null, [
        { risk: 'FACE_MATCH_NOT_COMPUTED', log_type: 'error' },
        { risk: 'NO_FACE_DETECTED', log_type: 'error' },
        { risk: 'LOW_FACE_MATCH_SIMILARITY', log_type: 'error' },
        { risk: 'NO_REFERENCE_IMAGE', log_type: 'error' },
        { risk: 'NO_REFERENCE_IMAGE', log_type: 'error' },
      ]),
    );
    expect(result.prompts.map((p) => p.tag)).toEqual([
      'NO_REFERENCE_IMAGE',
      'LOW_FACE_MATCH_SIMILARITY',
      'FACE_MATCH_NOT_COMPUTED',
      'NO_FACE_DETECTED',
    ]);
    for (const prompt of result.prompts.slice(2)) {
      expect(prompt).toMatchObject({ known: false, kind: 'unknown', textKey: 'warning.UNKNOWN.advice' });
    }
    expect(result.retake).toBe('reference');
  });

  it('offers either photo for a decline with only an unknown tag or none, and none in review', () => {
    expect(interpretFaceMatch(response('Declined', 5, [{ risk: 'SOMETHING_NEW' }]))).toMatchObject({
      canRetake: true,
      retake: 'selfie-or-reference',
    });
    expect(interpretFaceMatch(response('Declined', 5, []))).toMatchObject({
      canRetake: true,
      retake: 'selfie-or-reference',
    });
    expect(
      interpretFaceMatch(
        response('In Review', 60, [{ risk: 'LOW_FACE_MATCH_SIMILARITY', log_type: 'warning' }]),
      ),
    ).toMatchObject({ approved: false, canRetake: false, retake: null, statusTextKey: 'status.IN_REVIEW' });
    expect(interpretFaceMatch(response('Not Finished', null, []))).toMatchObject({
      canRetake: true,
      retake: 'selfie-or-reference',
    });
  });
});
