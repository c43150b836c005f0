/**
 * Stories only: a mocked liveness endpoint. `fetch` calls to its path get the story's scripted
 * answers (one per request, the last one repeated) as real `Response`s, or fail like `fetch` fails
 * (a `TypeError` when the network is down, the signal's reason when aborted); every other request
 * goes to the real `fetch`. Each request is recorded with its multipart fields and photo, so a
 * story can prove what the component sent (or that it sent nothing).
 *
 * Why not msw: msw 3 needs Node 22, and msw 2's service worker would have to be served at `/`,
 * where Vitest 4.1's browser mode already serves its own copy. The component calls
 * `globalThis.fetch` when it sends (core's `submitLiveness`), so replacing it here exercises the
 * same code: the multipart body, status codes, `Retry-After`, timeouts and aborts.
 */

/** The contract's path on the liveness-kit server; stories pass it as `endpoint`. */
export const STORY_ENDPOINT = '/api/liveness/v3/passive-liveness/';

export interface RecordedRequest {
  url: string;
  method: string;
  /** The multipart text fields (`face_liveness_score_decline_threshold`, `vendor_data`, …). */
  fields: Record<string, string>;
  /** The `user_image` part. */
  image: { name: string; type: string; size: number; bytes: Uint8Array } | null;
}

/** One scripted answer. */
export type EndpointReply = (request: Request, signal: AbortSignal) => Promise<Response>;

export interface MockEndpoint {
  readonly requests: readonly RecordedRequest[];
  restore(): void;
}

/** Resolves after `ms`, or rejects like `fetch` does when `signal` aborts first. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const timer = ms === Infinity ? undefined : setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(abortReason(signal));
      },
      { once: true },
    );
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export interface ReplyOptions {
  status?: number;
  headers?: Record<string, string>;
  /** Time before the answer comes (the server working), ms. Default 150. */
  delayMs?: number;
}

/** Answers with a JSON body. */
export function replyJson(body: unknown, options: ReplyOptions = {}): EndpointReply {
  return async (_request, signal) => {
    await wait(options.delayMs ?? 150, signal);
    return new Response(JSON.stringify(body), {
      status: options.status ?? 200,
      headers: { 'content-type': 'application/json', ...options.headers },
    });
  };
}

/** Answers with the server's error shape, `{"detail", "code"}`. */
export function replyError(
  status: number,
  code: string,
  detail: string,
  options: ReplyOptions = {},
): EndpointReply {
  return replyJson({ detail, code }, { ...options, status });
}

/** The network is down: `fetch` rejects with a `TypeError`, as browsers do. */
export function failNetwork(delayMs = 100): EndpointReply {
  return async (_request, signal) => {
    await wait(delayMs, signal);
    throw new TypeError('Failed to fetch');
  };
}

/** The server never answers (until the request is aborted: a cancel or the component's timeout). */
export function neverAnswer(): EndpointReply {
  return async (_request, signal) => {
    await wait(Infinity, signal);
    throw new Error('unreachable');
  };
}

async function record(request: Request): Promise<RecordedRequest> {
  const fields: Record<string, string> = {};
  let image: RecordedRequest['image'] = null;
  try {
    const form = await request.clone().formData();
    for (const [name, value] of form) {
      if (typeof value === 'string') fields[name] = value;
      else if (name === 'user_image') {
        image = {
          name: value.name,
          type: value.type,
          size: value.size,
          bytes: new Uint8Array(await value.arrayBuffer()),
        };
      }
    }
  } catch {
    // Not multipart: recorded without fields, the story's assertions will say so.
  }
  return { url: request.url, method: request.method, fields, image };
}

/** Serves `replies` at `path` (answer n for request n, the last one for any further request). */
export function installMockEndpoint(path: string, replies: readonly EndpointReply[]): MockEndpoint {
  const original = globalThis.fetch;
  const requests: RecordedRequest[] = [];
  const target = new URL(path, location.href);
  const mocked: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== target.origin || url.pathname !== target.pathname) return original(input, init);
    const index = requests.length;
    requests.push(await record(request));
    const reply = replies[Math.min(index, replies.length - 1)];
    if (!reply) return new Response('no reply scripted for this story', { status: 501 });
    // The signal of `init` is the caller's own (a Request made from it has a follower signal).
    const signal = init?.signal ?? request.signal;
    return reply(request, signal);
  };
  globalThis.fetch = mocked;
  return {
    requests,
    restore() {
      if (globalThis.fetch === mocked) globalThis.fetch = original;
    },
  };
}

/** Whether bytes start like a JPEG (SOI marker and a segment). */
export function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}
