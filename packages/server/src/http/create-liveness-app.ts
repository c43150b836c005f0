import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { LivenessEngine } from '../engine/engine.js';
import { engineErrorToProblem } from './engine-error-to-problem.js';
import { parseLivenessForm, MAX_IMAGE_BYTES } from './parse-liveness-form.js';
import { HttpProblem, problemResponse } from './problem.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';

/** The contract's path. */
export const LIVENESS_PATH = '/v3/passive-liveness/';

export interface LivenessAppOptions {
  /** The engine that answers checks: `createLocalEngine()` or `createDiditEngine()`. */
  engine: LivenessEngine;
  /**
   * Origins allowed to call the API from a browser on another origin (CORS). Empty (default):
   * same-origin only.
   */
  corsOrigins?: string[];
  /**
   * The host app's own session check. Return `true` to allow; `false` answers 401; throwing an
   * `HttpProblem` answers with it.
   */
  authorize?: (request: Request) => boolean | Promise<boolean>;
  /** Per-client limit on liveness checks; off when absent. */
  rateLimit?: RateLimitOptions;
  /** Who a client is, for the rate limit. Default: the socket's address (Node), else one shared key. */
  clientKey?: (c: Context) => string;
  /**
   * Largest request body accepted, in bytes, enforced while it streams in (default: the 5 MB
   * image limit plus 64 KB for the other fields and multipart framing).
   */
  maxBodyBytes?: number;
  /** Path prefix the routes are mounted under (default none). */
  basePath?: string;
  /**
   * Called with unexpected errors (answered 500 `INTERNAL`); default `console.error`. Never
   * receives images or the API key.
   */
  onUnexpectedError?: (error: unknown) => void;
}

/**
 * The liveness HTTP API as a Web-standard handler: `app.fetch(request) → Response`.
 * Routes: `POST /v3/passive-liveness/` (the Didit contract) and `GET /healthz`.
 */
export function createLivenessApp(options: LivenessAppOptions): Hono {
  const {
    engine,
    corsOrigins = [],
    authorize,
    rateLimit,
    clientKey = defaultClientKey,
    maxBodyBytes = MAX_IMAGE_BYTES + 64 * 1024,
  } = options;
  const limiter = rateLimit ? createRateLimiter(rateLimit) : undefined;
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

  const check = async (c: Context) => {
    if (authorize && !(await authorize(c.req.raw))) {
      throw new HttpProblem(
        401,
        'UNAUTHORIZED',
        'Not signed in, or the session does not allow a liveness check.',
      );
    }
    if (limiter) {
      const decision = limiter.hit(clientKey(c));
      const headers = {
        'X-RateLimit-Limit': String(decision.limit),
        'X-RateLimit-Remaining': String(decision.remaining),
        'X-RateLimit-Reset': String(Math.ceil(decision.resetMs / 1000)),
      };
      if (!decision.allowed) {
        throw new HttpProblem(429, 'RATE_LIMITED', 'Too many liveness checks: wait and try again.', {
          ...headers,
          'Retry-After': String(Math.max(1, Math.ceil(decision.resetMs / 1000))),
        });
      }
      for (const [k, v] of Object.entries(headers)) c.header(k, v);
    }
    const contentType = c.req.header('content-type') ?? '';
    if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
      throw new HttpProblem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the image as multipart/form-data.');
    }
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      throw new HttpProblem(400, 'INVALID_MULTIPART', 'The multipart body could not be read.');
    }
    const request = await parseLivenessForm(form);
    const body = await engine.check(request, c.req.raw.signal);
    return c.json(body as object, 200);
  };

  const limit = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new HttpProblem(413, 'FILE_TOO_LARGE', 'The request is larger than the 5 MB image limit.', {
        Connection: 'close',
      });
    },
  });
  api.post(LIVENESS_PATH, limit, check);
  api.post(LIVENESS_PATH.slice(0, -1), limit, check);
  api.all(LIVENESS_PATH, () => {
    throw new HttpProblem(405, 'METHOD_NOT_ALLOWED', 'Use POST.', { Allow: 'POST' });
  });

  app.notFound(() => problemResponse(new HttpProblem(404, 'NOT_FOUND', 'No such route.')));
  const reportUnexpected =
    options.onUnexpectedError ?? ((error: unknown) => console.error('liveness-kit: unexpected error', error));
  app.onError((error) => {
    const problem = error instanceof HttpProblem ? error : engineErrorToProblem(error);
    if (problem.code === 'INTERNAL') reportUnexpected(error);
    return problemResponse(problem);
  });
  return app;
}

function defaultClientKey(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'anonymous';
}
