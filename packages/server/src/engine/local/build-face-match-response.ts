import { randomUUID } from 'node:crypto';
import {
  createWarning,
  type FaceMatchResponse,
  type LivenessUserImage,
  type LivenessWarning,
} from '@liveness-kit/core';
import { cosineSimilarity } from '../../store/cosine-similarity.js';
import type { ImageAnalysis } from './analyse-image.js';
import { parseMetadata } from './build-liveness-response.js';
import { similarityToScore } from './face-match-calibration.js';

export interface FaceMatchContext {
  /** `face_match_score_decline_threshold`: Approved only strictly above it. */
  threshold: number;
  /** `save_api_request`: with no face pair, `score` is `null` when true and `0` when false. */
  saveApiRequest: boolean;
  vendorData?: string;
  metadata?: string;
}

/**
 * The face-match contract's 200 body from the analyses of `user_image` and `ref_image` (each with
 * the largest face described):
 * - a face missing from either image: `Declined`, `NO_REFERENCE_IMAGE` alone, `score` `null`
 *   (saved call) or `0` (not saved);
 * - else the cosine similarity of the two embeddings mapped to 0-100 (`face-match-calibration.ts`):
 *   `Approved` strictly above the threshold, `Declined` with `LOW_FACE_MATCH_SIMILARITY` at or below.
 */
export function buildFaceMatchResponse(
  user: ImageAnalysis,
  ref: ImageAnalysis,
  context: FaceMatchContext,
): FaceMatchResponse {
  const a = user.scored?.embedding;
  const b = ref.scored?.embedding;
  let score: number | null;
  const warnings: LivenessWarning[] = [];
  if (!a || !b) {
    score = context.saveApiRequest ? null : 0;
    const missing = !a && !b ? 'either image' : !b ? 'the reference image' : 'the user image';
    warnings.push(
      createWarning('NO_REFERENCE_IMAGE', {
        feature: 'FACEMATCH',
        longDescription: `A face could not be found in ${missing}, so no similarity was computed.`,
      }),
    );
  } else {
    score = similarityToScore(cosineSimilarity(a, b));
    if (score <= context.threshold) {
      warnings.push(createWarning('LOW_FACE_MATCH_SIMILARITY', { feature: 'FACEMATCH' }));
    }
  }
  return {
    request_id: randomUUID(),
    face_match: {
      status: warnings.length === 0 ? 'Approved' : 'Declined',
      score,
      user_image: imageBlock(user),
      ref_image: imageBlock(ref),
      warnings,
    },
    created_at: new Date().toISOString(),
    vendor_data: context.vendorData ?? null,
    metadata: parseMetadata(context.metadata),
  };
}

function imageBlock(analysis: ImageAnalysis): LivenessUserImage {
  return {
    entities: analysis.entities.map((entity) => ({
      age: entity.age,
      bbox: entity.bbox,
      confidence: entity.confidence,
      gender: entity.gender,
      race: null,
    })),
    best_angle: analysis.bestAngle,
  };
}
