// Installs what `npm start` and `npm test` need on a fresh machine that has only Node.js and npm:
// pnpm (pinned, through npx), the workspace's dependencies, and, for the tests, Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const PNPM_VERSION = '12.4.2';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Runs a command with inherited output; exits the process with its code when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`liveness-kit: could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`liveness-kit: "${[command, ...args].join(' ')}" failed with exit code ${result.status}.`);
    process.exit(result.status ?? 1);
  }
}

/** Runs pnpm at the pinned version. */
export function pnpm(args, options) {
  run('npx', ['-y', `pnpm@${PNPM_VERSION}`, ...args], options);
}

export function ensureDependencies() {
  console.log(`liveness-kit: installing dependencies with pnpm ${PNPM_VERSION} (frozen lockfile)…`);
  pnpm(['install', '--frozen-lockfile']);
}

export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `liveness-kit: Chromium is missing at ${CHROMIUM_PATH}. Install Debian's chromium package ` +
        '(sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary, then run again.',
    );
    process.exit(1);
  }
  console.log('liveness-kit: installing Chromium with apt-get…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Debian packages whose binaries the tests start their own instances of (real Redis, real PostgreSQL). */
const SERVICE_PACKAGES = [
  { name: 'redis-server', binary: '/usr/bin/redis-server' },
  { name: 'postgresql', binary: '/usr/lib/postgresql/15/bin/postgres' },
];

/**
 * Installs Redis and PostgreSQL 15 with apt-get when their binaries are missing. The tests start and
 * stop their own instances on free loopback ports in temporary folders (no system service is used).
 */
export function ensureServiceBinaries() {
  const missing = SERVICE_PACKAGES.filter((p) => !existsSync(p.binary)).map((p) => p.name);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `liveness-kit: the tests need ${missing.join(' and ')}: install them (sudo apt-get install -y ${missing.join(' ')}), then run again.`,
    );
    process.exit(1);
  }
  console.log(`liveness-kit: installing ${missing.join(', ')} with apt-get…`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
