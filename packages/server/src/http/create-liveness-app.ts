import { FACE_MATCH_PATH, LIVENESS_PATH, MAX_IMAGE_BYTES } from '@liveness-kit/core';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { createBoundedEngine, type EngineQueueOptions } from '../engine/bounded-engine.js';
import type { LivenessEngine } from '../engine/engine.js';
import { engineErrorToProblem } from './engine-error-to-problem.js';
import { parseFaceMatchForm } from './parse-face-match-form.js';
import { parseLivenessForm } from './parse-liveness-form.js';
import { HttpProblem, problemResponse } from './problem.js';
import { createClientKey } from './client-key.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { mountUploadRoute, type UploadGuard } from './upload-route.js';

/** The contract's paths (core's). */
export { FACE_MATCH_PATH, LIVENESS_PATH } from '@liveness-kit/core';

/** Room for the text fields and the multipart framing, on top of the images. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export interface LivenessAppOptions {
  /** The engine that answers checks: `createLocalEngine()` or `createDiditEngine()`. */
  engine: LivenessEngine;
  /**
   * Origins allowed to call the API from a browser on another origin (CORS). Empty (default):
   * same-origin only.
   */
  corsOrigins?: string[];
  /**
   * The host app's own session check, for both routes. Return `true` to allow; `false` answers 401;
   * throwing an `HttpProblem` answers with it.
   */
  authorize?: (request: Request) => boolean | Promise<boolean>;
  /**
   * The bounded queue in front of the engine (`createBoundedEngine`): past it, or after waiting
   * `maxWaitMs`, a `503 {code: "BUSY"}` with `Retry-After`. On by default with its defaults
   * (concurrency: the local engine's workers or 1, 8 for Didit; 8 waiting per place; 10 s wait);
   * `false` turns it off (e.g. when the engine is already bounded).
   */
  queue?: EngineQueueOptions | false;
  /**
   * Per-client limit on liveness checks and face matches together (one count); off when absent.
   * `store: { redis }` shares it across instances.
   */
  rateLimit?: RateLimitOptions;
  /**
   * Who a client is, for the rate limit. Default: the socket's address (Node), or the right-most
   * untrusted `X-Forwarded-For` address when that socket is one of `trustedProxies`; else one shared key.
   */
  clientKey?: (c: Context) => string;
  /** Proxy addresses or CIDR ranges whose `X-Forwarded-For` is believed (default none: never read). */
  trustedProxies?: string[];
  /**
   * Largest liveness request body accepted, in bytes, enforced while it streams in (default: the
   * 5 MB image limit plus 64 KB for the other fields and multipart framing).
   */
  maxBodyBytes?: number;
  /** Largest face-match request body (two images): default 2 x 5 MB plus 64 KB. */
  maxFaceMatchBodyBytes?: number;
  /** Path prefix the routes are mounted under (default none). */
  basePath?: string;
  /**
   * Called with unexpected errors (answered 500 `INTERNAL`); default `console.error`. Never
   * receives images or the API key.
   */
  onUnexpectedError?: (error: unknown) => void;
}

/**
 * The liveness HTTP API as a Web-standard handler: `app.fetch(request) → Response`. Routes:
 * `POST /v3/passive-liveness/` and `POST /v3/face-match/` (the Didit contracts) and `GET /healthz`.
 */
export function createLivenessApp(options: LivenessAppOptions): Hono {
  const engine =
    options.queue === false ? options.engine : createBoundedEngine(options.engine, options.queue);
  const {
    corsOrigins = [],
    rateLimit,
    maxBodyBytes = MAX_IMAGE_BYTES + FORM_OVERHEAD_BYTES,
    maxFaceMatchBodyBytes = 2 * MAX_IMAGE_BYTES + FORM_OVERHEAD_BYTES,
  } = options;
  const guard: UploadGuard = {
    authorize: options.authorize,
    limiter: rateLimit ? createRateLimiter(rateLimit) : undefined,
    clientKey: options.clientKey ?? createClientKey(options.trustedProxies),
  };
  const app = new Hono();
  const api = options.basePath ? app.basePath(options.basePath) : app;

  if (corsOrigins.length > 0) {
    api.use(
      '*',
      cors({
        origin: corsOrigins,
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'Authorization'],
        exposeHeaders: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
        maxAge: 600,
      }),
    );
  }

  api.get('/healthz', (c) => c.json({ ok: true, engine: engine.name }));

  const megabytes = MAX_IMAGE_BYTES / (1024 * 1024);
  mountUploadRoute(
    api,
    {
      path: LIVENESS_PATH,
      maxBodyBytes,
      tooLargeDetail: `The request is larger than the ${megabytes} MB image limit.`,
      subject: 'liveness check',
      answer: async (form, signal) => engine.check(await parseLivenessForm(form), signal),
    },
    guard,
  );
  mountUploadRoute(
    api,
    {
      path: FACE_MATCH_PATH,
      maxBodyBytes: maxFaceMatchBodyBytes,
      tooLargeDetail: `The request is larger than two images of at most ${megabytes} MB each.`,
      subject: 'face match',
      answer: async (form, signal) => engine.faceMatch(await parseFaceMatchForm(form), signal),
    },
    guard,
  );

  app.notFound(() => problemResponse(new HttpProblem(404, 'NOT_FOUND', 'No such route.')));
  const reportUnexpected =
    options.onUnexpectedError ?? ((error: unknown) => console.error('liveness-kit: unexpected error', error));
  app.onError((error, c) => {
    const problem = error instanceof HttpProblem ? error : (clientCaused(c) ?? engineErrorToProblem(error));
    if (problem.code === 'INTERNAL') reportUnexpected(problem.cause ?? error);
    return problemResponse(problem);
  });
  return app;
}

/**
 * A failure the client caused before its request could be read, not the server's: a `Host` that
 * Node's parser lets through but no URL can be made of (an IPv4 octet over 255), or a client that
 * went away mid-body (the body's read rejects with "aborted"). Answered as such, never reported as
 * unexpected; `undefined` for everything else.
 */
function clientCaused(c: Context): HttpProblem | undefined {
  let request: Request;
  try {
    request = c.req.raw;
    // @hono/node-server hands the URL on as text and builds a real Request (which parses it) only
    // when the body is read: parse it here too.
    new URL(request.url);
  } catch {
    return new HttpProblem(
      400,
      'INVALID_HOST',
      'The request has no valid Host header (no URL can be made of it).',
    );
  }
  if (request.signal.aborted) {
    return new HttpProblem(
      499,
      'CLIENT_CLOSED',
      'The client closed the connection before its request was read.',
    );
  }
  return undefined;
}
