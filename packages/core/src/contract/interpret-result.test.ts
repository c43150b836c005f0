import { describe, expect, it } from 'vitest';
import { en } from '../text/en.js';
import { interpretResult } from './interpret-result.js';
import { parseLivenessResponse, type LivenessStatus } from './liveness-response.js';

function response(status: LivenessStatus, warnings: { risk: string; log_type?: string }[]) {
  return parseLivenessResponse({
    request_id: 'req-1',
    liveness: {
      status,
      method: 'PASSIVE',
      score: status === 'Approved' ? 91 : 12,
      user_image: { entities: [], best_angle: 0 },
      warnings: warnings.map((w) => ({ short_description: w.risk, long_description: w.risk, ...w })),
      face_quality: 60,
      face_luminance: 40,
    },
    created_at: '2025-05-01T13:11:07Z',
  });
}

describe('interpretResult', () => {
  it('approves an Approved result without prompts or retake', () => {
    const result = interpretResult(response('Approved', []));
    expect(result).toMatchObject({ status: 'Approved', approved: true, canRetake: false, prompts: [] });
    expect(en[result.statusTextKey]).toBe(en['status.APPROVED']);
  });

  it('orders prompts: capture quality, then score, then unknown, then identity/fraud', () => {
    const result = interpretResult(
      response('Declined', [
        { risk: 'LIVENESS_FACE_ATTACK', log_type: 'error' },
        { risk: 'DUPLICATED_FACE', log_type: 'information' },
        { risk: 'BRAND_NEW_TAG', log_type: 'warning' },
        { risk: 'LOW_LIVENESS_SCORE', log_type: 'error' },
        { risk: 'MULTIPLE_FACES_DETECTED', log_type: 'warning' },
        { risk: 'LOW_FACE_QUALITY', log_type: 'error' },
      ]),
    );
    expect(result.prompts.map((p) => p.tag)).toEqual([
      'LOW_FACE_QUALITY', // capture quality, declining
      'MULTIPLE_FACES_DETECTED', // capture quality, review
      'LOW_LIVENESS_SCORE',
      'BRAND_NEW_TAG',
      'LIVENESS_FACE_ATTACK', // identity/fraud: declining first
      'DUPLICATED_FACE',
    ]);
    expect(result.approved).toBe(false);
    expect(result.canRetake).toBe(true);
    const unknown = result.prompts.find((p) => p.tag === 'BRAND_NEW_TAG')!;
    expect(unknown).toMatchObject({
      known: false,
      kind: 'unknown',
      severity: 'review',
      textKey: 'warning.UNKNOWN.advice',
      titleKey: 'warning.UNKNOWN.title',
    });
    expect(unknown.warning.risk).toBe('BRAND_NEW_TAG');
  });

  it('keeps the server order within a group and shows each tag once', () => {
    const result = interpretResult(
      response('Declined', [
        { risk: 'LOW_FACE_LUMINANCE', log_type: 'error' },
        { risk: 'NO_FACE_DETECTED', log_type: 'error' },
        { risk: 'LOW_FACE_LUMINANCE', log_type: 'error' },
      ]),
    );
    expect(result.prompts.map((p) => p.tag)).toEqual(['LOW_FACE_LUMINANCE', 'NO_FACE_DETECTED']);
  });

  it('takes the severity from log_type, falling back to the catalogue', () => {
    const result = interpretResult(
      response('Declined', [
        { risk: 'MULTIPLE_FACES_DETECTED', log_type: 'error' },
        { risk: 'LOW_FACE_QUALITY' },
      ]),
    );
    expect(result.prompts.map((p) => [p.tag, p.severity])).toEqual([
      ['MULTIPLE_FACES_DETECTED', 'decline'],
      ['LOW_FACE_QUALITY', 'decline'],
    ]);
  });

  it('allows a retake after a presentation attack, with neutral text only', () => {
    const result = interpretResult(
      response('Declined', [{ risk: 'LIVENESS_FACE_ATTACK', log_type: 'error' }]),
    );
    expect(result.canRetake).toBe(true);
    const [prompt] = result.prompts;
    expect(prompt).toMatchObject({ kind: 'fraud', neutral: true, severity: 'decline' });
    expect(en[prompt!.textKey]).toBe('We could not verify you. You can try again or contact support.');
  });

  it('rules out a retake for a blocklist match, even alongside fixable warnings', () => {
    for (const tag of ['FACE_IN_BLOCKLIST', 'POSSIBLE_FACE_IN_BLOCKLIST']) {
      const result = interpretResult(
        response('Declined', [
          { risk: 'LOW_FACE_QUALITY', log_type: 'error' },
          { risk: tag, log_type: 'error' },
        ]),
      );
      expect(result.canRetake).toBe(false);
      expect(result.prompts.map((p) => p.tag)).toEqual(['LOW_FACE_QUALITY', tag]);
      expect(result.prompts[1]).toMatchObject({ neutral: true, retakeHelps: false });
      expect(en[result.prompts[1]!.textKey]).not.toMatch(/try again/i);
    }
  });

  it('does not let information-only duplicates block a retake', () => {
    const declined = interpretResult(
      response('Declined', [
        { risk: 'LOW_FACE_LUMINANCE', log_type: 'error' },
        { risk: 'POSSIBLE_DUPLICATED_FACE', log_type: 'information' },
      ]),
    );
    expect(declined.canRetake).toBe(true);
    // Configured to decline, a duplicate cannot be cleared by a new photo.
    const duplicate = interpretResult(response('Declined', [{ risk: 'DUPLICATED_FACE', log_type: 'error' }]));
    expect(duplicate.canRetake).toBe(false);
  });

  it('handles the workflow statuses and a bare decline', () => {
    expect(
      interpretResult(response('In Review', [{ risk: 'LOW_LIVENESS_SCORE', log_type: 'warning' }])),
    ).toMatchObject({ approved: false, canRetake: false, statusTextKey: 'status.IN_REVIEW' });
    expect(interpretResult(response('Not Finished', []))).toMatchObject({
      approved: false,
      canRetake: true,
      statusTextKey: 'status.NOT_FINISHED',
    });
    expect(interpretResult(response('Declined', []))).toMatchObject({ canRetake: true, prompts: [] });
  });

  it('lists warnings of an approved result without offering a retake', () => {
    const result = interpretResult(
      response('Approved', [{ risk: 'MULTIPLE_FACES_DETECTED', log_type: 'warning' }]),
    );
    expect(result.approved).toBe(true);
    expect(result.canRetake).toBe(false);
    expect(result.prompts).toHaveLength(1);
  });

  it('gives a face-match tag on a liveness answer the generic text', () => {
    const result = interpretResult(
      response('Declined', [{ risk: 'LOW_FACE_MATCH_SIMILARITY', log_type: 'error' }]),
    );
    expect(result.prompts[0]).toMatchObject({
      tag: 'LOW_FACE_MATCH_SIMILARITY',
      known: false,
      kind: 'unknown',
      textKey: 'warning.UNKNOWN.advice',
    });
    expect(result.canRetake).toBe(true);
  });
});
