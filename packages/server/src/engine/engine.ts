import type { ImageType } from '@liveness-kit/core';

/** One liveness check as an engine receives it, after the HTTP layer has validated the request. */
export interface EngineRequest {
  /** The uploaded image's bytes (at most 5 MB, type already sniffed). */
  image: Uint8Array;
  imageType: ImageType;
  /** `face_liveness_score_decline_threshold`, 0-100; the engine's default when absent. */
  threshold?: number;
  /** `rotate_image`: try 0/90/180/270 degrees to find an upright face. */
  rotateImage: boolean;
  /** `save_api_request`: whether the check may be stored (false: nothing is stored). */
  saveApiRequest: boolean;
  vendorData?: string;
  /** Raw `metadata` string (JSON), echoed back. */
  metadata?: string;
}

/** One face match (`POST /v3/face-match/`) as an engine receives it, after the HTTP layer validated it. */
export interface FaceMatchEngineRequest {
  /** `user_image`: the selfie (at most 5 MB, type already sniffed). */
  userImage: Uint8Array;
  userImageType: ImageType;
  /** `ref_image`: the reference face, e.g. the ID portrait (at most 5 MB, type already sniffed). */
  refImage: Uint8Array;
  refImageType: ImageType;
  /** `face_match_score_decline_threshold`, 0-100; the contract's default (30) when absent. */
  threshold?: number;
  /** `rotate_image`: try 0/90/180/270 degrees on each image. */
  rotateImage: boolean;
  /** `save_api_request`: whether the call may be stored; also `score` `null` (true) or `0` (false) with no face pair. */
  saveApiRequest: boolean;
  vendorData?: string;
  /** Raw `metadata` string (JSON), echoed back. */
  metadata?: string;
}

/**
 * Something that answers the passive-liveness and face-match contracts: the local engine or the
 * Didit proxy. `check` resolves to the contract's 200 body, or rejects with a `LivenessError` from core.
 */
export interface LivenessEngine {
  readonly name: 'local' | 'didit';
  check(request: EngineRequest, signal?: AbortSignal): Promise<unknown>;
  /** The face-match contract: resolves to its 200 body, or rejects with a `LivenessError`. */
  faceMatch(request: FaceMatchEngineRequest, signal?: AbortSignal): Promise<unknown>;
  /** Releases models, workers, databases. */
  close(): Promise<void>;
}
