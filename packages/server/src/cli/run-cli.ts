import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  combineVerification,
  DEFAULT_FACE_MATCH_THRESHOLD,
  en,
  interpretFaceMatch,
  interpretResult,
  isLivenessError,
  parseFaceMatchResponse,
  parseLivenessResponse,
  sniffImageType,
  type FaceMatchResponse,
  type LivenessResponse,
  type VerificationOutcome,
} from '@liveness-kit/core';
import type { FaceMatchEngineRequest, LivenessEngine } from '../engine/engine.js';
import { createLivenessApp, FACE_MATCH_PATH, LIVENESS_PATH } from '../http/create-liveness-app.js';
import { DEFAULT_DRAIN_TIMEOUT_MS } from '../http/graceful-close.js';
import { startLivenessServer } from '../http/node-adapters.js';
import { PostgresFaceStore } from '../store/postgres-face-store.js';
import { loadBetterSqlite3, SqliteFaceStore } from '../store/sqlite-face-store.js';
import { isMissingDependencyError } from '../store/optional-dependency.js';
import { createEngine } from '../engine/create-engine.js';
import { copyAssets } from './copy-assets.js';
import { serveRateLimit } from './serve-rate-limit.js';
import { CliUsageError, parseCliArgs, USAGE, type CliCommand, type EngineChoice } from './parse-cli-args.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

const DEFAULT_DB = '.liveness-kit/faces.db';

/**
 * Runs the `liveness-kit` command line; resolves to the exit code. `serve` resolves only when
 * the server stops (SIGINT/SIGTERM).
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`liveness-kit: ${error.message}\n\n${USAGE}\n`);
      return 1;
    }
    throw error;
  }
  try {
    switch (command.command) {
      case 'help':
        io.stdout(`${USAGE}\n`);
        return 0;
      case 'check':
        return await check(command, io);
      case 'match':
        return await match(command, io);
      case 'verify':
        return await verify(command, io);
      case 'serve':
        return await serveCommand(command, io);
      case 'assets':
        return assets(command, io);
      case 'blocklist-add':
      case 'blocklist-remove':
      case 'blocklist-list':
        return await blocklist(command, io);
    }
  } catch (error) {
    io.stderr(`liveness-kit: ${describeError(error)}\n`);
    return 1;
  }
}

/** The face stores the CLI opens: both answer the blocklist calls (the PostgreSQL one asynchronously). */
type CliFaceStore = SqliteFaceStore | PostgresFaceStore;

/** `postgres://…` / `postgresql://…` names a PostgreSQL database; anything else a SQLite file. */
const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * The face store at `--db`, else `LIVENESS_KIT_DB`, else the SQLite file `.liveness-kit/faces.db`: a
 * PostgreSQL URL opens `PostgresFaceStore` (shared by every instance pointed at it), a path SQLite.
 */
function openStore(db: string | undefined, io: CliIo): CliFaceStore {
  const path = db ?? io.env.LIVENESS_KIT_DB ?? DEFAULT_DB;
  if (POSTGRES_URL.test(path)) return new PostgresFaceStore({ connectionString: path });
  loadBetterSqlite3(); // before making the folder: a MissingDependencyError naming the fix
  if (path === ':memory:') return new SqliteFaceStore();
  const full = resolve(io.cwd, path);
  mkdirSync(dirname(full), { recursive: true });
  return new SqliteFaceStore({ path: full });
}

/**
 * `openStore` for commands that can run without a face store: without better-sqlite3 (an optional
 * peer dependency) and with no database asked for, none, said on stderr (no duplicate or blocklist
 * checks). A database asked for (`--db`, `LIVENESS_KIT_DB`) without better-sqlite3 fails naming the fix.
 */
function openStoreIfInstalled(db: string | undefined, io: CliIo): CliFaceStore | undefined {
  try {
    return openStore(db, io);
  } catch (error) {
    if (!isMissingDependencyError(error) || (db ?? io.env.LIVENESS_KIT_DB) !== undefined) throw error;
    io.stderr(
      `liveness-kit: better-sqlite3 is not installed: faces are not kept, so no duplicate or blocklist checks (npm install better-sqlite3 to keep them in ${DEFAULT_DB}).\n`,
    );
    return undefined;
  }
}

function readImage(
  path: string,
  io: CliIo,
): { bytes: Uint8Array; type: NonNullable<ReturnType<typeof sniffImageType>> } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliUsageError(
      code === 'ENOENT' ? `No such file: ${path}` : `Cannot read ${path}: ${(error as Error).message}`,
    );
  }
  const type = sniffImageType(bytes);
  if (!type) throw new CliUsageError(`${path} is not a JPEG, PNG, WebP or TIFF image.`);
  return { bytes, type };
}

/** Opens the face store and the engine (saying on stderr which one answers), runs `run`, closes both. */
async function withEngine<T>(
  command: { engine?: EngineChoice; db?: string },
  io: CliIo,
  run: (engine: LivenessEngine) => Promise<T>,
): Promise<T> {
  const store = openStoreIfInstalled(command.db, io);
  try {
    const { engine, notice } = createEngine({ choice: command.engine, env: io.env, ...(store && { store }) });
    if (notice) io.stderr(`liveness-kit: ${notice}\n`);
    try {
      return await run(engine);
    } finally {
      await engine.close();
    }
  } finally {
    await store?.close();
  }
}

async function check(command: Extract<CliCommand, { command: 'check' }>, io: CliIo): Promise<number> {
  const { bytes, type } = readImage(command.image, io);
  return withEngine(command, io, async (engine) => {
    const body = await engine.check({
      image: bytes,
      imageType: type,
      rotateImage: command.rotate,
      saveApiRequest: true,
      ...(command.threshold !== undefined && { threshold: command.threshold }),
      ...(command.vendorData !== undefined && { vendorData: command.vendorData }),
    });
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
    if (!command.json) io.stdout(`${livenessSummary('Result', parseLivenessResponse(body))}\n`);
    return 0;
  });
}

async function match(command: Extract<CliCommand, { command: 'match' }>, io: CliIo): Promise<number> {
  const selfie = readImage(command.selfie, io);
  const reference = readImage(command.reference, io);
  return withEngine(command, io, async (engine) => {
    const body = await engine.faceMatch(faceMatchRequest(selfie, reference, command, command.threshold));
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
    if (!command.json) {
      io.stdout(`${faceMatchSummary('Result', parseFaceMatchResponse(body), command.threshold)}\n`);
    }
    return 0;
  });
}

/**
 * The specification's flow: liveness of the selfie; only when Approved, a face match of the same
 * selfie (and the same vendor data) against the reference. Prints one JSON document with both
 * answers and the outcome, then (without `--json`) a line per step and the outcome.
 */
async function verify(command: Extract<CliCommand, { command: 'verify' }>, io: CliIo): Promise<number> {
  const selfie = readImage(command.selfie, io);
  const reference = readImage(command.reference, io);
  return withEngine(command, io, async (engine) => {
    const livenessBody = parseLivenessResponse(
      await engine.check({
        image: selfie.bytes,
        imageType: selfie.type,
        rotateImage: command.rotate,
        saveApiRequest: true,
        ...(command.threshold !== undefined && { threshold: command.threshold }),
        ...(command.vendorData !== undefined && { vendorData: command.vendorData }),
      }),
    );
    const liveness = interpretResult(livenessBody);
    const faceMatchBody = liveness.approved
      ? parseFaceMatchResponse(
          await engine.faceMatch(faceMatchRequest(selfie, reference, command, command.matchThreshold)),
        )
      : null;
    const result = combineVerification(liveness, faceMatchBody && interpretFaceMatch(faceMatchBody));
    io.stdout(
      `${JSON.stringify({ outcome: result.outcome, liveness: livenessBody, face_match: faceMatchBody }, null, 2)}\n`,
    );
    if (!command.json) {
      io.stdout(`${livenessSummary('Liveness', livenessBody)}\n`);
      io.stdout(
        faceMatchBody
          ? `${faceMatchSummary('Face match', faceMatchBody, command.matchThreshold)}\n`
          : `--- Face match: not run (liveness was ${livenessBody.liveness.status}) ---\n`,
      );
      io.stdout(`--- Outcome: ${result.outcome} (${en[result.titleKey]}) ---\n`);
    }
    return VERIFY_EXIT_CODES[result.outcome];
  });
}

/** `verify`'s exit code per outcome (1 stays for errors); the usage text documents them. */
export const VERIFY_EXIT_CODES: Record<VerificationOutcome, number> = {
  verified: 0,
  'liveness-failed': 2,
  'no-match': 3,
  'reference-unusable': 4,
};

type ReadImage = ReturnType<typeof readImage>;

function faceMatchRequest(
  selfie: ReadImage,
  reference: ReadImage,
  command: { rotate: boolean; vendorData?: string },
  threshold: number | undefined,
): FaceMatchEngineRequest {
  return {
    userImage: selfie.bytes,
    userImageType: selfie.type,
    refImage: reference.bytes,
    refImageType: reference.type,
    rotateImage: command.rotate,
    saveApiRequest: true,
    ...(threshold !== undefined && { threshold }),
    ...(command.vendorData !== undefined && { vendorData: command.vendorData }),
  };
}

/** `87/100`, or `n/a` when no score could be given (no face). */
function scoreText(score: number | null): string {
  return score === null ? 'n/a' : `${score}/100`;
}

function livenessSummary(label: string, body: LivenessResponse): string {
  const l = body.liveness;
  const quality = typeof l.face_quality === 'number' ? l.face_quality.toFixed(1) : 'n/a';
  return `--- ${label}: ${l.status} | Score: ${scoreText(l.score)} | Quality: ${quality} ---`;
}

function faceMatchSummary(label: string, body: FaceMatchResponse, threshold: number | undefined): string {
  const f = body.face_match;
  const risks = f.warnings.map((w) => w.risk);
  return `--- ${label}: ${f.status} | Score: ${scoreText(f.score)} | Threshold: ${
    threshold ?? DEFAULT_FACE_MATCH_THRESHOLD
  }${risks.length ? ` | Warnings: ${risks.join(', ')}` : ''} ---`;
}

/**
 * `serve`: until SIGTERM or SIGINT, then a graceful stop: new connections are refused at once,
 * checks in flight get their answers (at most `LIVENESS_KIT_DRAIN_TIMEOUT_MS`, default 30 s,
 * then they are cut), the engine and store close, exit 0. A second signal cuts at once.
 */
async function serveCommand(command: Extract<CliCommand, { command: 'serve' }>, io: CliIo): Promise<number> {
  const drainTimeoutMs = drainTimeout(io.env.LIVENESS_KIT_DRAIN_TIMEOUT_MS);
  const store = openStoreIfInstalled(command.db, io);
  const { engine, notice } = createEngine({ choice: command.engine, env: io.env, ...(store && { store }) });
  if (notice) io.stderr(`liveness-kit: ${notice}\n`);
  const limits = await serveRateLimit(command, io.env, io.stderr);
  const app = createLivenessApp({ engine, corsOrigins: command.corsOrigins, ...limits.options });
  const server = await startLivenessServer(app, { port: command.port, hostname: command.host });
  io.stdout(
    `liveness-kit: ${engine.name} engine listening on ${server.url}${LIVENESS_PATH} and ${server.url}${FACE_MATCH_PATH}\n`,
  );
  await new Promise<void>((resolveStop) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      const force = () => {
        io.stderr('liveness-kit: second signal: cutting the requests in flight.\n');
        void server.close();
      };
      process.once('SIGINT', force);
      process.once('SIGTERM', force);
      const inFlight = server.inFlight;
      const closing = server.shutdown({ drainTimeoutMs });
      // Said once the listening socket is closed, so whoever reads it can rely on it.
      io.stderr(
        `liveness-kit: ${signal}: no new connections; finishing ${inFlight} request(s) in flight (at most ${drainTimeoutMs} ms).\n`,
      );
      void closing.then(({ drained, cutOff }) => {
        process.off('SIGINT', force);
        process.off('SIGTERM', force);
        if (!drained) io.stderr(`liveness-kit: drain timeout: cut ${cutOff} request(s) still running.\n`);
        resolveStop();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await engine.close();
  await store?.close();
  await limits.redis?.quit().catch(() => undefined);
  io.stderr('liveness-kit: stopped.\n');
  return 0;
}

/** `LIVENESS_KIT_DRAIN_TIMEOUT_MS`: a whole number of ms, at least 0; default 30 s. */
function drainTimeout(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_DRAIN_TIMEOUT_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0 || ms > 2 ** 31 - 1) {
    throw new CliUsageError(
      `LIVENESS_KIT_DRAIN_TIMEOUT_MS must be a whole number of milliseconds, not "${value}".`,
    );
  }
  return ms;
}

async function blocklist(
  command: Extract<CliCommand, { command: 'blocklist-add' | 'blocklist-remove' | 'blocklist-list' }>,
  io: CliIo,
): Promise<number> {
  const store = openStore(command.db, io);
  try {
    if (command.command === 'blocklist-list') {
      const entries = await store.listBlocklist();
      if (command.json) io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      else if (entries.length === 0) io.stdout('The blocklist is empty.\n');
      else for (const e of entries) io.stdout(`${e.id}\t${e.createdAt}\t${e.label ?? ''}\n`);
      return 0;
    }
    if (command.command === 'blocklist-remove') {
      if (!(await store.removeFromBlocklist(command.id))) {
        io.stderr(`liveness-kit: no blocklist entry with id ${command.id}.\n`);
        return 1;
      }
      io.stdout(`Removed ${command.id}.\n`);
      return 0;
    }
    const { bytes, type } = readImage(command.image, io);
    const { createLocalEngine } = await import('../engine/local/create-local-engine.js');
    const engine = createLocalEngine();
    try {
      const embedding = await engine.embedFace({
        image: bytes,
        imageType: type,
        rotateImage: true,
        saveApiRequest: false,
      });
      if (!embedding) {
        io.stderr(`liveness-kit: no face found in ${command.image}; nothing was added.\n`);
        return 1;
      }
      const entry = await store.addToBlocklist(embedding, command.label);
      io.stdout(`Added ${entry.id}${entry.label ? ` (${entry.label})` : ''}.\n`);
      return 0;
    } finally {
      await engine.close();
    }
  } finally {
    await store.close();
  }
}

function assets(command: Extract<CliCommand, { command: 'assets' }>, io: CliIo): number {
  const dir = resolve(io.cwd, command.dir);
  const copied = copyAssets({ ...command, dir });
  io.stdout(
    `Copied ${copied.files.length} files (${(copied.bytes / 1024 / 1024).toFixed(1)} MB) into ${dir}:\n` +
      copied.files.map((file) => `  ${file}\n`).join('') +
      `Serve ${dir} at ${copied.urlPrefix} and pass the detector:\n` +
      `detectorOptions: ${JSON.stringify(copied.detectorOptions, null, 2)}\n`,
  );
  return 0;
}

function describeError(error: unknown): string {
  if (error instanceof CliUsageError) return error.message;
  if (isLivenessError(error)) {
    return `${error.code}${error.status ? ` (HTTP ${error.status})` : ''}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
