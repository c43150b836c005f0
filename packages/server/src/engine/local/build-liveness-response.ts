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
import type { LocalEngineThresholds } from './local-engine-thresholds.js';
import { livenessScore } from './liveness-score.js';

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
 * - the gates (`face-gates.ts`) first: `LOW_FACE_LUMINANCE` / `HIGH_FACE_LUMINANCE` for an under- or
 *   over-exposed skin (core's `judgeExposure`), `LOW_FACE_QUALITY` with its reason for a head
 *   turned past the pose limits (core's `isHeadTurned`) or a quality under `lowQuality`; such a
 *   face is not scored (`score` `null`);
 * - a face that passed them gets MiniFASNet's `score`: `LIVENESS_FACE_ATTACK` under `attackScore`,
 *   `LOW_LIVENESS_SCORE` at or below `declineThreshold`.
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
  const { gate, exposure } = face;
  const score = face.live === null ? null : livenessScore(face.live);

  if (score !== null && score < thresholds.attackScore) {
    warnings.push(
      withDetail('LIVENESS_FACE_ATTACK', `score ${score}, attack threshold ${thresholds.attackScore}`),
    );
  }
  if (score !== null && score <= declineThreshold) {
    warnings.push(withDetail('LOW_LIVENESS_SCORE', `score ${score}, decline threshold ${declineThreshold}`));
  }
  if (gate.qualityReason) {
    warnings.push(
      withDetail(
        'LOW_FACE_QUALITY',
        `${gate.qualityReason}; face quality ${gate.quality}, minimum ${thresholds.lowQuality}`,
      ),
    );
  }
  if (gate.exposure === 'under') {
    warnings.push(
      withDetail(
        'LOW_FACE_LUMINANCE',
        `${percent(exposure.darkShare)} of the skin is clipped dark (at most ${percent(thresholds.maxDarkShare)}), its highlights reach ${exposure.highlight} (at least ${thresholds.minHighlight})`,
      ),
    );
  } else if (gate.exposure === 'over') {
    warnings.push(
      withDetail(
        'HIGH_FACE_LUMINANCE',
        `${percent(exposure.brightShare)} of the skin is clipped bright (at most ${percent(thresholds.maxBrightShare)})`,
      ),
    );
  }
  if (analysis.entities.length > 1) {
    warnings.push(
      withDetail('MULTIPLE_FACES_DETECTED', `${analysis.entities.length} faces; the largest one was checked`),
    );
  }
  return {
    score,
    faceQuality: gate.quality,
    faceLuminance: Math.round(exposure.luminance * 10) / 10,
    warnings,
  };
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
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

/** The request's `metadata` text as the object it holds (echoed back); the text itself when it is not JSON. */
export function parseMetadata(metadata: string | undefined): unknown {
  if (metadata === undefined) return null;
  try {
    return JSON.parse(metadata) as unknown;
  } catch {
    return metadata;
  }
}
