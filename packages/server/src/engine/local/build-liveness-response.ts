import { randomUUID } from 'node:crypto';
import {
  createWarning,
  WARNING_CATALOGUE,
  type LivenessResponse,
  type LivenessStatus,
  type LivenessWarning,
  type WarningTag,
} from '@liveness-kit/core';
import type { ImageAnalysis } from './analyse-image.js';
import type { FaceStoreMatch } from './face-store.js';
import { faceQuality } from './face-quality.js';
import type { LocalEngineThresholds } from './local-engine-thresholds.js';
import { bothModelsSaySpoof, livenessScore } from './liveness-score.js';

/** The figures and warnings of one analysed image, before the store is asked. */
export interface LivenessAssessment {
  score: number | null;
  faceQuality: number | null;
  faceLuminance: number | null;
  warnings: LivenessWarning[];
}

/**
 * Turns an analysis into the contract's figures and warnings:
 * - no face: `NO_FACE_DETECTED`, and `score`, `face_quality`, `face_luminance` all `null`;
 * - several faces: `MULTIPLE_FACES_DETECTED` (the largest face is the one measured);
 * - `LIVENESS_FACE_ATTACK` when both attack models say spoof; `LOW_LIVENESS_SCORE` when the score is
 *   at or below `declineThreshold`;
 * - `LOW_FACE_QUALITY` under `lowQuality`; `LOW_FACE_LUMINANCE` under `lowLuminance`,
 *   `HIGH_FACE_LUMINANCE` over `highLuminance`.
 * Severities and texts come from core's warning catalogue.
 */
export function assessAnalysis(
  analysis: ImageAnalysis,
  thresholds: Readonly<LocalEngineThresholds>,
  declineThreshold: number,
): LivenessAssessment {
  const face = analysis.scored;
  if (!face) {
    return {
      score: null,
      faceQuality: null,
      faceLuminance: null,
      warnings: [createWarning('NO_FACE_DETECTED')],
    };
  }
  const warnings: LivenessWarning[] = [];
  const score = livenessScore(face.real, face.live);
  const quality = faceQuality(face);
  const luminance = Math.round(face.luminance * 10) / 10;

  if (bothModelsSaySpoof(face.real, face.live)) warnings.push(createWarning('LIVENESS_FACE_ATTACK'));
  if (score <= declineThreshold) {
    warnings.push(withDetail('LOW_LIVENESS_SCORE', `score ${score}, decline threshold ${declineThreshold}`));
  }
  if (quality < thresholds.lowQuality) {
    warnings.push(
      withDetail('LOW_FACE_QUALITY', `face quality ${quality}, minimum ${thresholds.lowQuality}`),
    );
  }
  if (luminance < thresholds.lowLuminance) {
    warnings.push(
      withDetail('LOW_FACE_LUMINANCE', `face luminance ${luminance}, minimum ${thresholds.lowLuminance}`),
    );
  } else if (luminance > thresholds.highLuminance) {
    warnings.push(
      withDetail('HIGH_FACE_LUMINANCE', `face luminance ${luminance}, maximum ${thresholds.highLuminance}`),
    );
  }
  if (analysis.entities.length > 1) {
    warnings.push(
      withDetail('MULTIPLE_FACES_DETECTED', `${analysis.entities.length} faces; the largest one was checked`),
    );
  }
  return { score, faceQuality: quality, faceLuminance: luminance, warnings };
}

/** The warnings for a face store's matches (duplicates: information; blocklist: decline). */
export function storeMatchWarnings(matches: readonly FaceStoreMatch[]): LivenessWarning[] {
  return matches
    .filter((match) => match.tag in WARNING_CATALOGUE)
    .map((match) => ({
      ...createWarning(match.tag),
      additional_data: { similarity: Math.round(match.similarity * 1000) / 1000 },
    }));
}

/** Declined when any warning has decline severity (log_type `error`), else Approved. */
export function statusOf(warnings: readonly LivenessWarning[]): LivenessStatus {
  return warnings.some((w) => w.log_type === 'error') ? 'Declined' : 'Approved';
}

export interface ResponseContext {
  vendorData?: string;
  /** The request's raw `metadata` (JSON text): echoed back parsed, or as sent when it is not JSON. */
  metadata?: string;
}

/** The contract's 200 body. */
export function buildLivenessResponse(
  analysis: ImageAnalysis,
  assessment: LivenessAssessment,
  context: ResponseContext,
): LivenessResponse {
  return {
    request_id: randomUUID(),
    liveness: {
      status: statusOf(assessment.warnings),
      method: 'PASSIVE',
      score: assessment.score,
      user_image: {
        entities: analysis.entities.map((entity) => ({
          age: entity.age,
          bbox: entity.bbox,
          confidence: entity.confidence,
          gender: entity.gender,
          race: null,
        })),
        best_angle: analysis.bestAngle,
      },
      warnings: assessment.warnings,
      face_quality: assessment.faceQuality,
      face_luminance: assessment.faceLuminance,
    },
    created_at: new Date().toISOString(),
    vendor_data: context.vendorData ?? null,
    metadata: parseMetadata(context.metadata),
  };
}

function withDetail(tag: WarningTag, detail: string): LivenessWarning {
  const text = WARNING_CATALOGUE[tag].longDescription.replace(/\.$/, '');
  return createWarning(tag, { longDescription: `${text} (${detail}).` });
}

function parseMetadata(metadata: string | undefined): unknown {
  if (metadata === undefined) return null;
  try {
    return JSON.parse(metadata) as unknown;
  } catch {
    return metadata;
  }
}
