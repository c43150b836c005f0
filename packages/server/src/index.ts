// @liveness-kit/server: the HTTP handler, the engines and the command line.

// HTTP
export { createLivenessApp, LIVENESS_PATH, type LivenessAppOptions } from './http/create-liveness-app.js';
export { startLivenessServer, toNodeListener, type RunningServer } from './http/node-adapters.js';
export { HttpProblem, problemResponse, type ProblemCode } from './http/problem.js';
export { createRateLimiter, type RateLimitOptions, type RateLimitDecision } from './http/rate-limit.js';
export { MAX_IMAGE_BYTES } from './http/parse-liveness-form.js';

// Engines
export type { LivenessEngine, EngineRequest } from './engine/engine.js';
export { createEngine, type CreateEngineOptions } from './engine/create-engine.js';
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
