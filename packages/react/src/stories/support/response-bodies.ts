/** Stories only: the contract's 200 bodies, with any warning tags (unknown ones too). */
import { createWarning, isKnownWarningTag, type LivenessWarning } from '@liveness-kit/core';
import { storyBody } from '@liveness-kit/test-utils/dom';

/** A tag this version of the catalogue does not know, as a newer server could send. */
export const UNKNOWN_TAG = 'FACE_MASK_DETECTED';

function warningFor(tag: string): LivenessWarning {
  if (isKnownWarningTag(tag)) return createWarning(tag);
  return {
    risk: tag,
    log_type: 'warning',
    short_description: 'Face mask detected',
    long_description: 'The face seems to be covered by a mask.',
  };
}

/** A 200 body with `status` and one warning per tag, in this order. */
export function livenessBody(status: string, tags: readonly string[] = []): Record<string, unknown> {
  const body = storyBody(status);
  const liveness = body.liveness as { warnings: LivenessWarning[] };
  liveness.warnings = tags.map(warningFor);
  return body;
}

/** The face-match warnings the stories use, as the contract sends them (`face_match.warnings[]`). */
const FACE_MATCH_WARNINGS: Record<string, { short: string; long: string }> = {
  LOW_FACE_MATCH_SIMILARITY: {
    short: 'Low face match similarity',
    long: 'The similarity between the two faces is at or below the threshold.',
  },
  NO_REFERENCE_IMAGE: {
    short: 'No reference face',
    long: 'No face could be compared in the reference image.',
  },
};

/**
 * A `POST /v3/face-match/` 200 body: `status`, the similarity `score` (87 Approved, 12 Declined by
 * default; `null` when no pair of faces could be scored) and one warning per tag.
 */
export function faceMatchBody(
  status: 'Approved' | 'Declined',
  tags: readonly string[] = [],
  score: number | null = status === 'Approved' ? 87 : 12,
): Record<string, unknown> {
  const face = (bbox: number[]) => ({ age: 34, bbox, confidence: 0.9, gender: null });
  const noReference = tags.includes('NO_REFERENCE_IMAGE');
  return {
    request_id: 'story-face-match',
    face_match: {
      status,
      score: noReference ? null : score,
      user_image: { entities: [face([200, 120, 440, 400])], best_angle: 0 },
      ref_image: { entities: noReference ? [] : [face([64, 90, 238, 312])], best_angle: 0 },
      warnings: tags.map((tag) => ({
        feature: 'FACEMATCH',
        risk: tag,
        additional_data: null,
        log_type: 'error',
        short_description: FACE_MATCH_WARNINGS[tag]?.short ?? tag,
        long_description: FACE_MATCH_WARNINGS[tag]?.long ?? tag,
      })),
    },
    created_at: '2026-01-01T00:00:00Z',
    vendor_data: null,
    metadata: null,
  };
}
