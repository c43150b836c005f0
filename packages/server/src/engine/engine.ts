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

/**
 * Something that answers the passive-liveness contract: the local engine or the Didit proxy.
 * `check` resolves to the contract's 200 body, or rejects with a `LivenessError` from core.
 */
export interface LivenessEngine {
  readonly name: 'local' | 'didit';
  check(request: EngineRequest, signal?: AbortSignal): Promise<unknown>;
  /** Releases models, workers, databases. */
  close(): Promise<void>;
}
