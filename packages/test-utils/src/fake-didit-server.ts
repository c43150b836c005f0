import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

// The fake speaks Didit's contract as Didit's docs state it, with its own literals (not core's
// constants), so that a wrong name in our code is not hidden by the fake sharing it.
const FACE_MATCH_PATH = '/v3/face-match/';
const FACE_MATCH_DEFAULT_THRESHOLD = 30;
/** Didit's limit per uploaded image. */
const DIDIT_MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** One uploaded file as the fake received it. */
export interface RecordedFile {
  name: string;
  type: string;
  size: number;
  bytes: Uint8Array;
}

/** One request the fake received, with its multipart fields decoded. */
export interface RecordedDiditRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Text fields by name. */
  fields: Record<string, string>;
  /** Field names in the order they were sent. */
  fieldNames: string[];
  /** The `user_image` file (else the first file sent). */
  image?: RecordedFile;
  /** Every file field by name (`user_image`, `ref_image`). */
  files: Record<string, RecordedFile>;
}

/** What the fake answers: a status, a body (object → JSON, string → as is) and headers. */
export interface FakeReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (for timeouts). */
  delayMs?: number;
  /** Destroy the connection instead of answering (for network failures). */
  destroy?: boolean;
}

/** A 200 body in the contract's shape, with overrides of `liveness` fields. */
export function diditApprovedBody(liveness: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    request_id: randomUUID(),
    liveness: {
      status: 'Approved',
      method: 'PASSIVE',
      score: 95,
      user_image: {
        entities: [{ age: 41.2, bbox: [156, 234, 679, 898], confidence: 0.92, gender: 'male', race: null }],
        best_angle: 0,
      },
      warnings: [],
      face_quality: 85,
      face_luminance: 50,
      ...liveness,
    },
    created_at: new Date().toISOString(),
    vendor_data: null,
    metadata: null,
  };
}

/** A face-match warning (`face_match.warnings[]`) in the contract's shape. */
export function diditFaceMatchWarning(
  risk: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    feature: 'FACEMATCH',
    risk,
    additional_data: null,
    log_type: 'error',
    short_description: `Fake ${risk}`,
    long_description: `The fake Didit raised ${risk}.`,
    ...overrides,
  };
}

const faceEntity = (bbox: number[]) => ({ age: 34.5, bbox, confidence: 0.9, gender: 'male' });

/**
 * A `POST /v3/face-match/` 200 body in the contract's shape (Approved, score 87, one face in each
 * image), with overrides of `face_match` fields and of the top level (`vendor_data`, `metadata`).
 */
export function diditFaceMatchBody(
  faceMatch: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    request_id: randomUUID(),
    face_match: {
      status: 'Approved',
      score: 87,
      user_image: { entities: [faceEntity([212, 148, 598, 640])], best_angle: 0 },
      ref_image: { entities: [faceEntity([64, 90, 238, 312])], best_angle: 0 },
      warnings: [],
      ...faceMatch,
    },
    created_at: new Date().toISOString(),
    vendor_data: null,
    metadata: null,
    ...top,
  };
}

/** Declined with `LOW_FACE_MATCH_SIMILARITY`: the score at or below the threshold. */
export function diditFaceMatchLowSimilarityBody(score = 18): Record<string, unknown> {
  return diditFaceMatchBody({
    status: 'Declined',
    score,
    warnings: [diditFaceMatchWarning('LOW_FACE_MATCH_SIMILARITY')],
  });
}

/**
 * Declined with `NO_REFERENCE_IMAGE`: no face pair could be scored; `score` is `null` for a saved
 * call and `0` with `save_api_request=false`, as the docs say.
 */
export function diditFaceMatchNoReferenceBody(options: { saved?: boolean } = {}): Record<string, unknown> {
  return diditFaceMatchBody({
    status: 'Declined',
    score: options.saved === false ? 0 : null,
    ref_image: { entities: [], best_angle: 0 },
    warnings: [diditFaceMatchWarning('NO_REFERENCE_IMAGE')],
  });
}

/** Didit's error answers by status, as its docs describe them (no common envelope; a 500 may have no JSON). */
export function diditErrorReply(
  status: 400 | 401 | 402 | 403 | 429 | 500 | 502 | 503,
  retryAfter = '2',
): FakeReply {
  switch (status) {
    case 400:
      return { status, body: { detail: 'Invalid request: ref_image could not be read.' } };
    case 401:
      return { status, body: { detail: 'Invalid API key.' } };
    case 402:
      return { status, body: { detail: 'Payment required.' } };
    case 403:
      return { status, body: { detail: 'You do not have enough credits to perform this action.' } };
    case 429:
      return {
        status,
        headers: {
          'Retry-After': retryAfter,
          'X-RateLimit-Limit': '300',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + Number(retryAfter)),
        },
        body: { detail: 'Request was throttled.' },
      };
    case 500:
      return { status, body: 'Internal Server Error' };
    default:
      return { status, body: { detail: 'Service unavailable.' } };
  }
}

/**
 * A small local HTTP server that speaks Didit's passive-liveness and face-match contracts, for
 * tests: Didit itself cannot run here. Replies come from `replyTo(path, ...)` queued answers for
 * that path, else `reply(...)` queued answers, else `defaultReply`. By default the liveness path
 * answers Approved, and `/v3/face-match/` answers as Didit would from `faceMatchScore`: 400 for a
 * missing image, a file over 5 MB or a threshold outside 0-100, else Approved when the score is
 * strictly above the request's threshold (default 30), else Declined with
 * `LOW_FACE_MATCH_SIMILARITY`, echoing `vendor_data` and `metadata`.
 */
export class FakeDiditServer {
  readonly requests: RecordedDiditRequest[] = [];
  /** The similarity the default face-match answer reports. */
  faceMatchScore = 87;
  defaultReply: (request: RecordedDiditRequest) => FakeReply = (request) =>
    request.path.startsWith(FACE_MATCH_PATH.slice(0, -1))
      ? this.faceMatchReply(request)
      : { body: diditApprovedBody() };
  private readonly queue: FakeReply[] = [];
  private readonly pathQueues = new Map<string, FakeReply[]>();
  private server: Server | undefined;
  private port = 0;

  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Queues answers for the next requests, in order, whatever their path. */
  reply(...replies: FakeReply[]): this {
    this.queue.push(...replies);
    return this;
  }

  /** Queues answers for the next requests to `path` (e.g. `/v3/face-match/`), before `reply`'s. */
  replyTo(path: string, ...replies: FakeReply[]): this {
    const queue = this.pathQueues.get(path) ?? [];
    queue.push(...replies);
    this.pathQueues.set(path, queue);
    return this;
  }

  /** The requests received on one path. */
  requestsTo(path: string): RecordedDiditRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  /** Forgets received requests and queued answers, and resets `faceMatchScore`. */
  reset(): void {
    this.requests.length = 0;
    this.queue.length = 0;
    this.pathQueues.clear();
    this.faceMatchScore = 87;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(async (recorded) => {
        const reply =
          this.pathQueues.get(recorded.path)?.shift() ?? this.queue.shift() ?? this.defaultReply(recorded);
        if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
        if (reply.destroy) {
          req.socket.destroy();
          return;
        }
        if (res.destroyed) return;
        const isText = typeof reply.body === 'string';
        res.writeHead(reply.status ?? 200, {
          'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json',
          ...reply.headers,
        });
        res.end(isText ? (reply.body as string) : JSON.stringify(reply.body ?? {}));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** The default `/v3/face-match/` answer, following the contract's rules. */
  private faceMatchReply(request: RecordedDiditRequest): FakeReply {
    for (const field of ['user_image', 'ref_image']) {
      const file = request.files[field];
      if (!file) return { status: 400, body: { detail: `${field}: no file was submitted.` } };
      if (file.size > DIDIT_MAX_IMAGE_BYTES) {
        return { status: 400, body: { detail: `${field}: the image must be at most 5 MB.` } };
      }
    }
    const thresholdText = request.fields.face_match_score_decline_threshold;
    const threshold = thresholdText === undefined ? FACE_MATCH_DEFAULT_THRESHOLD : Number(thresholdText);
    if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
      return {
        status: 400,
        body: { detail: 'face_match_score_decline_threshold: ensure this value is between 0 and 100.' },
      };
    }
    const score = this.faceMatchScore;
    const approved = score > threshold;
    let metadata: unknown = null;
    if (request.fields.metadata !== undefined) {
      try {
        metadata = JSON.parse(request.fields.metadata);
      } catch {
        return { status: 400, body: { detail: 'metadata: value must be valid JSON.' } };
      }
    }
    return {
      body: diditFaceMatchBody(
        {
          status: approved ? 'Approved' : 'Declined',
          score,
          warnings: approved ? [] : [diditFaceMatchWarning('LOW_FACE_MATCH_SIMILARITY')],
        },
        { vendor_data: request.fields.vendor_data ?? null, metadata },
      ),
    };
  }

  private async handle(req: IncomingMessage): Promise<RecordedDiditRequest> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const recorded: RecordedDiditRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      fields: {},
      fieldNames: [],
      files: {},
    };
    const contentType = req.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/form-data')) {
      const form = await new Request('http://fake.invalid/', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      }).formData();
      for (const [name, value] of form) {
        recorded.fieldNames.push(name);
        if (typeof value === 'string') recorded.fields[name] = value;
        else {
          recorded.files[name] = {
            name: value.name,
            type: value.type,
            size: value.size,
            bytes: new Uint8Array(await value.arrayBuffer()),
          };
        }
      }
      const image = recorded.files.user_image ?? Object.values(recorded.files)[0];
      if (image) recorded.image = image;
    }
    this.requests.push(recorded);
    return recorded;
  }
}
