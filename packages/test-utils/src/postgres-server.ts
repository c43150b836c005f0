import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/** Debian's PostgreSQL 15 binaries (the `postgresql-15` package); `POSTGRES_BIN_DIR` overrides it. */
export const POSTGRES_BIN_DIR = process.env.POSTGRES_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

export interface PostgresServerOptions {
  /** Database created for the caller (default `liveness_kit_test`). */
  database?: string;
  /** Folder of `initdb`, `postgres`, `pg_isready` and `createdb` (default `POSTGRES_BIN_DIR`). */
  binDir?: string;
  /** How long to wait for the server to accept connections (default 30 s). */
  readyTimeoutMs?: number;
}

export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:<port>/<database>` (trust authentication on loopback). */
  url: string;
  port: number;
  database: string;
  /** The cluster's data folder (inside a temporary folder removed by `stop`). */
  dataDir: string;
  /** Stops the server (fast shutdown) and removes its folders. */
  stop(): Promise<void>;
}

/**
 * Starts a PostgreSQL server of its own for a test: `initdb` into a new temporary folder, `postgres` on
 * a free loopback port with its socket in that folder, then creates a database. PostgreSQL refuses to
 * run as root, so under root the binaries run as the `postgres` user (`runuser -u postgres --`), which
 * owns the folder. The server stops with the test process even when that is killed. Durability is off (`fsync`, `synchronous_commit`, `full_page_writes`): test data only.
 */
export async function startPostgresServer(options: PostgresServerOptions = {}): Promise<PostgresServer> {
  const binDir = options.binDir ?? POSTGRES_BIN_DIR;
  const database = options.database ?? 'liveness_kit_test';
  if (!existsSync(join(binDir, 'postgres'))) {
    throw new Error(
      `No PostgreSQL server at ${binDir} (apt-get install postgresql-15, or set POSTGRES_BIN_DIR).`,
    );
  }
  const asRoot = process.getuid?.() === 0;
  const command = (bin: string, args: string[]): [string, string[]] => {
    const path = bin === 'sh' ? '/bin/sh' : join(binDir, bin);
    return asRoot ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
  };

  const base = mkdtempSync(join(tmpdir(), 'lk-postgres-'));
  const dataDir = join(base, 'data');
  const socketDir = join(base, 'socket');
  mkdirSync(socketDir);
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(base, uid, gid);
    chownSync(socketDir, uid, gid);
  }
  const run = (bin: string, args: string[]) => {
    const [file, argv] = command(bin, args);
    const result = spawnSync(file, argv, { encoding: 'utf8', cwd: base });
    if (result.status !== 0) {
      throw new Error(`${bin} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
    }
  };

  let child: ChildProcess | undefined;
  let port = 0;
  const cleanUp = () => rmSync(base, { recursive: true, force: true });
  try {
    run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    port = await freePort();
    // A shell holds the server and stops it (fast shutdown) when our end of its stdin closes: by
    // stop(), or by the test process ending in any way, even killed, so no server outlives its test.
    const [file, argv] = command('sh', [
      '-c',
      'exec 3<&0; "$0" "$@" </dev/null & pid=$!; (cat <&3 >/dev/null; kill -INT "$pid" 2>/dev/null) & wait "$pid"',
      join(binDir, 'postgres'),
      '-D',
      dataDir,
      '-p',
      String(port),
      '-k',
      socketDir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ]);
    const started = spawn(file, argv, { cwd: base, stdio: ['pipe', 'ignore', 'pipe'] });
    child = started;
    let log = '';
    started.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      log = (log + chunk).slice(-4000);
    });
    await waitUntilReady(
      started,
      () => log,
      options.readyTimeoutMs ?? 30_000,
      () => spawnSync(...command('pg_isready', ['-q', '-h', '127.0.0.1', '-p', String(port)])),
    );
    run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
  } catch (error) {
    if (child && child.exitCode === null) {
      child.stdin?.end();
      await exited(child);
    }
    cleanUp();
    throw error;
  }

  const running = child;
  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    port,
    database,
    dataDir,
    stop() {
      stopped ??= (async () => {
        running.stdin?.end();
        await exited(running);
        cleanUp();
      })();
      return stopped;
    },
  };
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => {
    const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error('Running as root needs a "postgres" user to run PostgreSQL as.');
    return Number(result.stdout.trim());
  };
  return { uid: id('-u'), gid: id('-g') };
}

async function waitUntilReady(
  child: ChildProcess,
  log: () => string,
  timeoutMs: number,
  probe: () => { status: number | null },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `postgres exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${log()}`,
      );
    }
    if (probe().status === 0) return;
    if (Date.now() > deadline) throw new Error(`postgres was not ready within ${timeoutMs} ms:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
