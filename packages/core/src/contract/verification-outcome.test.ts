import { describe, expect, it } from 'vitest';
import { en } from '../text/en.js';
import { parseFaceMatchResponse } from './face-match-response.js';
import { interpretFaceMatch } from './interpret-face-match.js';
import { interpretResult } from './interpret-result.js';
import { parseLivenessResponse } from './liveness-response.js';
import { combineVerification, outcomeTextKeys, VERIFICATION_OUTCOMES } from './verification-outcome.js';

function liveness(status: 'Approved' | 'Declined', risks: string[] = []) {
  return interpretResult(
    parseLivenessResponse({
      request_id: 'l-1',
      liveness: {
        status,
        score: status === 'Approved' ? 93 : 8,
        warnings: risks.map((risk) => ({ risk, log_type: 'error' })),
      },
    }),
  );
}

function faceMatch(status: 'Approved' | 'Declined', risks: string[] = []) {
  return interpretFaceMatch(
    parseFaceMatchResponse({
      request_id: 'f-1',
      face_match: {
        status,
        score: status === 'Approved' ? 88 : risks.includes('NO_REFERENCE_IMAGE') ? null : 14,
        warnings: risks.map((risk) => ({ risk, log_type: 'error' })),
      },
    }),
  );
}

describe('combineVerification', () => {
  it('verifies when both steps approve', () => {
    const result = combineVerification(liveness('Approved'), faceMatch('Approved'));
    expect(result).toMatchObject({
      outcome: 'verified',
      verified: true,
      failedStep: null,
      retake: null,
      titleKey: 'outcome.verified.title',
      bodyKey: 'outcome.verified.body',
      prompts: [],
    });
    expect(result.faceMatch?.score).toBe(88);
  });

  it('lets a failed liveness decide alone, with its own prompts and a selfie retake', () => {
    const failed = liveness('Declined', ['LOW_FACE_QUALITY']);
    for (const match of [null, faceMatch('Approved')]) {
      const result = combineVerification(failed, match);
      expect(result).toMatchObject({
        outcome: 'liveness-failed',
        verified: false,
        failedStep: 'liveness',
        retake: 'selfie',
      });
      expect(result.prompts.map((p) => p.tag)).toEqual(['LOW_FACE_QUALITY']);
    }
    // A blocklist match cannot be retaken.
    expect(combineVerification(liveness('Declined', ['FACE_IN_BLOCKLIST']), null).retake).toBeNull();
  });

  it('reports faces that do not match, naming either photo', () => {
    const result = combineVerification(
      liveness('Approved'),
      faceMatch('Declined', ['LOW_FACE_MATCH_SIMILARITY']),
    );
    expect(result).toMatchObject({
      outcome: 'no-match',
      failedStep: 'face-match',
      retake: 'selfie-or-reference',
    });
    expect(result.prompts.map((p) => p.tag)).toEqual(['LOW_FACE_MATCH_SIMILARITY']);
    // An unknown reason is still a failed match.
    expect(combineVerification(liveness('Approved'), faceMatch('Declined', ['SOMETHING_NEW'])).outcome).toBe(
      'no-match',
    );
  });

  it('reports an unusable reference for NO_REFERENCE_IMAGE, or when no face match could be sent', () => {
    const result = combineVerification(liveness('Approved'), faceMatch('Declined', ['NO_REFERENCE_IMAGE']));
    expect(result).toMatchObject({
      outcome: 'reference-unusable',
      failedStep: 'face-match',
      retake: 'reference',
    });
    expect(result.faceMatch?.score).toBeNull();
    expect(combineVerification(liveness('Approved'), null)).toMatchObject({
      outcome: 'reference-unusable',
      failedStep: 'face-match',
      retake: 'reference',
      prompts: [],
      faceMatch: null,
    });
  });
});

describe('outcomeTextKeys', () => {
  it('gives each outcome a title and a body in the text table', () => {
    expect(VERIFICATION_OUTCOMES).toEqual(['verified', 'liveness-failed', 'no-match', 'reference-unusable']);
    for (const outcome of VERIFICATION_OUTCOMES) {
      const { title, body } = outcomeTextKeys(outcome);
      expect(title).toBe(`outcome.${outcome}.title`);
      expect(body).toBe(`outcome.${outcome}.body`);
      expect(en[title].length).toBeGreaterThan(5);
      expect(en[body].length).toBeGreaterThan(en[title].length);
    }
  });
});
