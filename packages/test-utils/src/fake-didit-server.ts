import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/** One request the fake received, with its multipart fields decoded. */
export interface RecordedDiditRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Text fields by name. */
  fields: Record<string, string>;
  /** Field names in the order they were sent. */
  fieldNames: string[];
  image?: { name: string; type: string; size: number; bytes: Uint8Array };
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

/**
 * A small local HTTP server that speaks Didit's passive-liveness contract, for tests: Didit itself
 * cannot run here. Replies come from `reply(...)` queued answers, else `defaultReply`.
 */
export class FakeDiditServer {
  readonly requests: RecordedDiditRequest[] = [];
  defaultReply: (request: RecordedDiditRequest) => FakeReply = () => ({ body: diditApprovedBody() });
  private readonly queue: FakeReply[] = [];
  private server: Server | undefined;
  private port = 0;

  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Queues answers for the next requests, in order. */
  reply(...replies: FakeReply[]): this {
    this.queue.push(...replies);
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(async (recorded) => {
        const reply = this.queue.shift() ?? this.defaultReply(recorded);
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
          recorded.image = {
            name: value.name,
            type: value.type,
            size: value.size,
            bytes: new Uint8Array(await value.arrayBuffer()),
          };
        }
      }
    }
    this.requests.push(recorded);
    return recorded;
  }
}
