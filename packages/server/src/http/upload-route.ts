import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { engineErrorToProblem } from './engine-error-to-problem.js';
import { HttpProblem } from './problem.js';
import type { RateLimiter } from './rate-limit.js';

/** What every upload route checks first, shared by all of them (one rate limiter for all). */
export interface UploadGuard {
  /** The host app's session check; `false` answers 401. */
  authorize?: ((request: Request) => boolean | Promise<boolean>) | undefined;
  /** One limiter for every upload route, so a client's checks and face matches count together. */
  limiter?: RateLimiter | undefined;
  clientKey: (c: Context) => string;
}

/** One multipart upload route of the contract. */
export interface UploadRoute {
  /** The contract's path, with its trailing slash (also served without it). */
  path: string;
  /** Largest body, enforced while it streams in (from `Content-Length` when sent). */
  maxBodyBytes: number;
  /** The 413's detail when the body passes `maxBodyBytes`. */
  tooLargeDetail: string;
  /** What one request is, for messages: "liveness check", "face match". */
  subject: string;
  /** Validates the form and asks the engine; resolves to the contract's 200 body. */
  answer: (form: FormData, signal: AbortSignal) => Promise<unknown>;
}

/**
 * Mounts `POST route.path` (with and without its trailing slash) behind the body limit and the
 * guard: authorize (401), rate limit (429 with `Retry-After` and `X-RateLimit-*`), multipart only
 * (415), a readable body (400); other methods on the path answer 405. An engine's error becomes
 * its HTTP problem (`engineErrorToProblem`).
 */
export function mountUploadRoute(api: Hono, route: UploadRoute, guard: UploadGuard): void {
  const handle = async (c: Context) => {
    const form = await guardedForm(c, route.subject, guard);
    let body: unknown;
    try {
      body = await route.answer(form, c.req.raw.signal);
    } catch (error) {
      throw error instanceof HttpProblem ? error : engineErrorToProblem(error, route.subject);
    }
    return c.json(body as object, 200);
  };
  const limit = bodyLimit({
    maxSize: route.maxBodyBytes,
    onError: () => {
      throw new HttpProblem(413, 'FILE_TOO_LARGE', route.tooLargeDetail, { Connection: 'close' });
    },
  });
  api.post(route.path, limit, handle);
  api.post(route.path.slice(0, -1), limit, handle);
  const wrongMethod = () => {
    throw new HttpProblem(405, 'METHOD_NOT_ALLOWED', 'Use POST.', { Allow: 'POST' });
  };
  api.all(route.path, wrongMethod);
  api.all(route.path.slice(0, -1), wrongMethod);
}

async function guardedForm(c: Context, subject: string, guard: UploadGuard): Promise<FormData> {
  if (guard.authorize && !(await guard.authorize(c.req.raw))) {
    throw new HttpProblem(401, 'UNAUTHORIZED', `Not signed in, or the session does not allow a ${subject}.`);
  }
  if (guard.limiter) {
    const decision = await guard.limiter.hit(guard.clientKey(c));
    const headers = {
      'X-RateLimit-Limit': String(decision.limit),
      'X-RateLimit-Remaining': String(decision.remaining),
      'X-RateLimit-Reset': String(Math.ceil(decision.resetMs / 1000)),
    };
    if (!decision.allowed) {
      throw new HttpProblem(
        429,
        'RATE_LIMITED',
        'Too many requests (liveness checks and face matches count together): wait and try again.',
        { ...headers, 'Retry-After': String(Math.max(1, Math.ceil(decision.resetMs / 1000))) },
      );
    }
    for (const [k, v] of Object.entries(headers)) c.header(k, v);
  }
  const contentType = c.req.header('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) {
    throw new HttpProblem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the images as multipart/form-data.');
  }
  try {
    return await c.req.raw.formData();
  } catch {
    throw new HttpProblem(400, 'INVALID_MULTIPART', 'The multipart body could not be read.');
  }
}
