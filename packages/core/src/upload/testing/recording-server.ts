// Test support for the upload client: a real HTTP server on loopback that records each multipart
// request (decoded by the platform's own parser) and answers with the current handler.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One uploaded file as the server saw it; `sha256` of its bytes (deep-equal on big arrays is slow). */
export interface ReceivedFile {
  name: string;
  type: string;
  size: number;
  sha256: string;
}

/** One request as the server saw it. */
export interface Received {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Every field name, files included, in the order sent. */
  fieldNames: string[];
  /** The text fields. */
  fields: Record<string, string>;
  /** The file fields, by field name. */
  files: Record<string, ReceivedFile>;
  /** Set when the client went away before the answer was complete. */
  clientClosed: boolean;
}

export type Handler = (received: Received, res: ServerResponse, req: IncomingMessage) => void;

export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request since the last {@link reset}. */
  received: Received[];
  /** How the next requests are answered. */
  handler: Handler;
  /** Forgets the requests, sets the handler, clears pending {@link later} calls. */
  reset(handler: Handler): void;
  /** Runs `fn` after `ms`, unless the server is reset or closed first. */
  later(ms: number, fn: () => void): void;
  close(): Promise<void>;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export function text(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain',
  headers = {},
): void {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

async function decode(req: IncomingMessage): Promise<Received> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const result: Received = {
    method: req.method ?? '',
    path: req.url ?? '',
    headers: req.headers,
    fieldNames: [],
    fields: {},
    files: {},
    clientClosed: false,
  };
  const form = await new Request('http://127.0.0.1/', {
    method: 'POST',
    headers: { 'content-type': req.headers['content-type'] ?? '' },
    body: Buffer.concat(chunks),
  }).formData();
  for (const [name, value] of form) {
    result.fieldNames.push(name);
    if (typeof value === 'string') result.fields[name] = value;
    else {
      const bytes = new Uint8Array(await value.arrayBuffer());
      result.files[name] = {
        name: value.name,
        type: value.type,
        size: bytes.byteLength,
        sha256: sha256(bytes),
      };
    }
  }
  return result;
}

/** Starts a {@link RecordingServer} on a free loopback port. */
export async function startRecordingServer(handler: Handler): Promise<RecordingServer> {
  const timers = new Set<NodeJS.Timeout>();
  const clearTimers = () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };
  const recording: RecordingServer = {
    origin: '',
    received: [],
    handler,
    reset(next) {
      clearTimers();
      recording.received.length = 0;
      recording.handler = next;
    },
    later(ms, fn) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
    },
    async close() {
      clearTimers();
      server.closeAllConnections();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
  const server: Server = createServer((req, res) => {
    void decode(req).then(
      (r) => {
        recording.received.push(r);
        res.on('close', () => {
          if (!res.writableFinished) r.clientClosed = true;
        });
        recording.handler(r, res, req);
      },
      (error: unknown) => text(res, 599, `test server could not decode the request: ${String(error)}`),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  recording.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return recording;
}
