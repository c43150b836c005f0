// @liveness-kit/server: the HTTP handler, the engines and the command line.

// HTTP
export { createLivenessApp, LIVENESS_PATH, type LivenessAppOptions } from './http/create-liveness-app.js';
export { startLivenessServer, toNodeListener, type RunningServer } from './http/node-adapters.js';
export { DEFAULT_DRAIN_TIMEOUT_MS, type DrainResult } from './http/graceful-close.js';
export { HttpProblem, problemResponse, type ProblemCode } from './http/problem.js';
export {
  createRateLimiter,
  connectRedis,
  type RateLimiter,
  type RateLimitOptions,
  type RateLimitDecision,
  type RateLimitStore,
  type RedisClientLike,
  type RedisConnection,
} from './http/rate-limit.js';
export { createClientKey } from './http/client-key.js';
export { MAX_IMAGE_BYTES } from './http/parse-liveness-form.js';

// Engines
export type { LivenessEngine, EngineRequest } from './engine/engine.js';
export { createEngine, type CreateEngineOptions } from './engine/create-engine.js';
export {
  createBoundedEngine,
  defaultConcurrency,
  DEFAULT_DIDIT_CONCURRENCY,
  DEFAULT_MAX_QUEUE_PER_SLOT,
  DEFAULT_MAX_WAIT_MS,
  type BoundedEngine,
  type EngineQueueOptions,
  type EngineQueueStats,
} from './engine/bounded-engine.js';
export {
  createDiditEngine,
  DIDIT_DEFAULT_BASE_URL,
  type DiditEngineOptions,
} from './engine/didit/didit-engine.js';

// Face store (duplicates and blocklist)
export {
  SqliteFaceStore,
  type SqliteFaceStoreOptions,
  type BlocklistEntry,
  type FaceMatch,
  type FaceMatchTag,
} from './store/sqlite-face-store.js';
export { PostgresFaceStore, type PostgresFaceStoreOptions } from './store/postgres-face-store.js';
export { MissingDependencyError, isMissingDependencyError } from './store/optional-dependency.js';

// Local engine
export {
  createLocalEngine,
  DEFAULT_ANALYSIS_SIZE,
  DEFAULT_MAX_FACES,
  DEFAULT_MAX_INPUT_PIXELS,
  type LocalEngine,
  type LocalEngineOptions,
  type LocalEngineStats,
} from './engine/local/create-local-engine.js';
export {
  DEFAULT_LOCAL_ENGINE_THRESHOLDS,
  type LocalEngineThresholds,
} from './engine/local/local-engine-thresholds.js';
export type { FaceStore, FaceStoreMatch, FaceStoreMatchTag } from './engine/local/face-store.js';
export { faceQuality, FACE_QUALITY_RAMPS, type FaceQualityInput } from './engine/local/face-quality.js';
export { livenessScore } from './engine/local/liveness-score.js';
