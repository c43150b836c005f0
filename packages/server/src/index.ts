// @liveness-kit/server: the HTTP handler, the engines and the command line.

export { createHealthRoute } from './http/health.js';
