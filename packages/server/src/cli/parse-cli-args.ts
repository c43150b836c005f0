import { LIVENESS_THRESHOLD_RANGE, parseThresholdText } from '@liveness-kit/core';
import { parseArgs } from 'node:util';

/** A command-line mistake: printed with the usage, exit code 1. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

export type EngineChoice = 'local' | 'didit';

export type CliCommand =
  | {
      command: 'check';
      image: string;
      threshold?: number;
      rotate: boolean;
      vendorData?: string;
      engine?: EngineChoice;
      json: boolean;
      db?: string;
    }
  | {
      command: 'match';
      selfie: string;
      reference: string;
      /** `face_match_score_decline_threshold`. */
      threshold?: number;
      rotate: boolean;
      vendorData?: string;
      engine?: EngineChoice;
      json: boolean;
      db?: string;
    }
  | {
      command: 'verify';
      selfie: string;
      reference: string;
      /** The liveness step's `face_liveness_score_decline_threshold`. */
      threshold?: number;
      /** The face-match step's `face_match_score_decline_threshold`. */
      matchThreshold?: number;
      rotate: boolean;
      vendorData?: string;
      engine?: EngineChoice;
      json: boolean;
      db?: string;
    }
  | {
      command: 'serve';
      port: number;
      host: string;
      engine?: EngineChoice;
      corsOrigins: string[];
      db?: string;
      /** Requests per client per window (liveness checks and face matches together); off when absent. */
      rateLimit?: { max: number; windowMs: number };
      /** Redis shared by every instance for the rate limit (else `LIVENESS_KIT_REDIS_URL`, else memory). */
      redisUrl?: string;
      /** Proxies whose `X-Forwarded-For` is believed for the client key. */
      trustedProxies: string[];
    }
  | { command: 'blocklist-add'; image: string; label?: string; db?: string }
  | { command: 'blocklist-remove'; id: string; db?: string }
  | { command: 'blocklist-list'; json: boolean; db?: string }
  | {
      command: 'assets';
      /** Folder the site serves at `urlPrefix`. */
      dir: string;
      pose: boolean;
      model: 'front' | 'back';
      urlPrefix: string;
    }
  | { command: 'help' };

export const USAGE = `Usage:
  liveness-kit check <image> [--threshold N] [--rotate] [--vendor-data S] [--engine local|didit] [--json]
  liveness-kit match <selfie> <reference> [--threshold N] [--rotate] [--vendor-data S] [--engine local|didit] [--json]
  liveness-kit verify <selfie> <reference> [--threshold N] [--match-threshold N] [--rotate] [--vendor-data S]
                      [--engine local|didit] [--json]
  liveness-kit serve [--port 8787] [--host 127.0.0.1] [--engine local|didit] [--cors-origin URL]...
                     [--rate-limit N [--rate-limit-window SECONDS] [--redis-url redis://...]]
                     [--trusted-proxy ADDRESS|CIDR]...
  liveness-kit blocklist add <image> [--label S]
  liveness-kit blocklist remove <id>
  liveness-kit blocklist list [--json]
  liveness-kit assets <dir> [--pose] [--model front|back] [--url-prefix /liveness-kit/]

Engines: Didit when DIDIT_API_KEY is set (DIDIT_BASE_URL overrides its address), else the local
engine. --engine forces one. Faces of approved checks and the blocklist are kept in --db PATH
(default .liveness-kit/faces.db; ":memory:" keeps nothing) with better-sqlite3 (npm install
better-sqlite3); without it, check, match, verify and serve keep no faces and blocklist fails.

check: passive liveness of one photo. match: is the selfie the same person as the reference photo
(e.g. an ID portrait)? --threshold is the face-match decline threshold there (default 30: Approved
strictly above it). verify: liveness of the selfie (--threshold), then, only when Approved, a face
match of the same selfie against the reference (--match-threshold) with the same vendor data.

assets: copies the face-detector files the browser fetches (exactly those for --pose and --model)
into <dir>/models and <dir>/wasm, for apps without the Vite plugin; serve <dir> at --url-prefix and
pass the detectorOptions it prints.

serve --rate-limit N: at most N checks and face matches per client per window (default 60 s),
answered 429 past it. The count is in memory, per instance, unless --redis-url (or
LIVENESS_KIT_REDIS_URL) names a Redis that every instance shares (npm install ioredis). The client
is the TCP peer's address; X-Forwarded-For is read only from a --trusted-proxy peer.

Exit codes:
  check, match   0 answered (Approved or Declined: read the status), 1 error
  verify         0 verified, 2 liveness failed (no face match run), 3 faces do not match,
                 4 reference unusable (no face to compare), 1 error
  1 is also a usage error, a missing or unreadable file, or a service error (on stderr).`;

/** Parses `argv` (without node and the script) into a command; throws `CliUsageError`. */
export function parseCliArgs(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        threshold: { type: 'string' },
        'match-threshold': { type: 'string' },
        rotate: { type: 'boolean', default: false },
        'vendor-data': { type: 'string' },
        engine: { type: 'string' },
        json: { type: 'boolean', default: false },
        port: { type: 'string' },
        host: { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        label: { type: 'string' },
        db: { type: 'string' },
        pose: { type: 'boolean', default: false },
        model: { type: 'string' },
        'url-prefix': { type: 'string' },
        'rate-limit': { type: 'string' },
        'rate-limit-window': { type: 'string' },
        'redis-url': { type: 'string' },
        'trusted-proxy': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help' };
  const db = values.db;
  const engine = parseEngine(values.engine);

  switch (command) {
    case 'check': {
      const [image, ...extra] = rest;
      if (!image) throw new CliUsageError('check: give the path of an image.');
      if (extra.length) throw new CliUsageError(`check: unexpected argument "${extra[0]}".`);
      return {
        command: 'check',
        image,
        ...(values.threshold !== undefined && { threshold: parseThreshold(values.threshold) }),
        rotate: values.rotate,
        ...(values['vendor-data'] !== undefined && { vendorData: values['vendor-data'] }),
        ...(engine && { engine }),
        json: values.json,
        ...(db !== undefined && { db }),
      };
    }
    case 'match':
    case 'verify': {
      const [selfie, reference, ...extra] = rest;
      if (!selfie || !reference) {
        throw new CliUsageError(`${command}: give the paths of the selfie and of the reference photo.`);
      }
      if (extra.length) throw new CliUsageError(`${command}: unexpected argument "${extra[0]}".`);
      const matchThreshold = values['match-threshold'];
      if (command === 'match' && matchThreshold !== undefined) {
        throw new CliUsageError('match: --match-threshold is for verify; use --threshold.');
      }
      const common = {
        selfie,
        reference,
        ...(values.threshold !== undefined && { threshold: parseThreshold(values.threshold) }),
        rotate: values.rotate,
        ...(values['vendor-data'] !== undefined && { vendorData: values['vendor-data'] }),
        ...(engine && { engine }),
        json: values.json,
        ...(db !== undefined && { db }),
      };
      if (command === 'match') return { command, ...common };
      return {
        command,
        ...common,
        ...(matchThreshold !== undefined && {
          matchThreshold: parseThreshold(matchThreshold, '--match-threshold'),
        }),
      };
    }
    case 'serve': {
      if (rest.length) throw new CliUsageError(`serve: unexpected argument "${rest[0]}".`);
      return {
        command: 'serve',
        port: parsePort(values.port ?? process.env.PORT ?? '8787'),
        host: values.host ?? '127.0.0.1',
        ...(engine && { engine }),
        corsOrigins: (values['cors-origin'] ?? []).map(parseOrigin),
        ...(db !== undefined && { db }),
        ...parseRateLimit(values['rate-limit'], values['rate-limit-window'], values['redis-url']),
        trustedProxies: values['trusted-proxy'] ?? [],
      };
    }
    case 'blocklist': {
      const [action, arg, ...extra] = rest;
      if (extra.length) throw new CliUsageError(`blocklist: unexpected argument "${extra[0]}".`);
      if (action === 'add') {
        if (!arg) throw new CliUsageError('blocklist add: give the path of an image of the face.');
        return {
          command: 'blocklist-add',
          image: arg,
          ...(values.label !== undefined && { label: values.label }),
          ...(db !== undefined && { db }),
        };
      }
      if (action === 'remove') {
        if (!arg)
          throw new CliUsageError('blocklist remove: give the id of the entry (see "blocklist list").');
        return { command: 'blocklist-remove', id: arg, ...(db !== undefined && { db }) };
      }
      if (action === 'list') {
        if (arg) throw new CliUsageError(`blocklist list: unexpected argument "${arg}".`);
        return { command: 'blocklist-list', json: values.json, ...(db !== undefined && { db }) };
      }
      throw new CliUsageError('blocklist: use add, remove or list.');
    }
    case 'assets': {
      const [dir, ...extra] = rest;
      if (!dir)
        throw new CliUsageError('assets: give the folder to copy the files into (e.g. public/liveness-kit).');
      if (extra.length) throw new CliUsageError(`assets: unexpected argument "${extra[0]}".`);
      const model = values.model ?? 'front';
      if (model !== 'front' && model !== 'back') {
        throw new CliUsageError(`--model must be "front" or "back", not "${model}".`);
      }
      const urlPrefix = values['url-prefix'] ?? '/liveness-kit/';
      if (!urlPrefix.startsWith('/')) {
        throw new CliUsageError(
          `--url-prefix must be a URL path on your site such as /liveness-kit/, not "${urlPrefix}".`,
        );
      }
      return { command: 'assets', dir, pose: values.pose, model, urlPrefix };
    }
    default:
      throw new CliUsageError(`Unknown command "${command}".`);
  }
}

function parseEngine(value: string | undefined): EngineChoice | undefined {
  if (value === undefined) return undefined;
  if (value === 'local' || value === 'didit') return value;
  throw new CliUsageError(`--engine must be "local" or "didit", not "${value}".`);
}

/** A threshold by the contract's rule (core's; both thresholds have the same 0-100 range). */
function parseThreshold(value: string, option = '--threshold'): number {
  const threshold = parseThresholdText(value);
  if (threshold === undefined) {
    const { min, max } = LIVENESS_THRESHOLD_RANGE;
    throw new CliUsageError(`${option} must be a number from ${min} to ${max}, not "${value}".`);
  }
  return threshold;
}

function parseRateLimit(
  max: string | undefined,
  windowSeconds: string | undefined,
  redisUrl: string | undefined,
): { rateLimit?: { max: number; windowMs: number }; redisUrl?: string } {
  if (max === undefined) {
    if (windowSeconds !== undefined || redisUrl !== undefined) {
      throw new CliUsageError('--rate-limit-window and --redis-url need --rate-limit N.');
    }
    return {};
  }
  const n = Number(max);
  if (!Number.isInteger(n) || n < 1)
    throw new CliUsageError(`--rate-limit must be a whole number from 1, not "${max}".`);
  const seconds = Number(windowSeconds ?? '60');
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw new CliUsageError(`--rate-limit-window must be whole seconds from 1, not "${windowSeconds}".`);
  }
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) {
    throw new CliUsageError(`--redis-url must be a redis:// or rediss:// URL, not "${redisUrl}".`);
  }
  return { rateLimit: { max: n, windowMs: seconds * 1000 }, ...(redisUrl !== undefined && { redisUrl }) };
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new CliUsageError(`--port must be 0-65535, not "${value}".`);
  return n;
}

function parseOrigin(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.origin;
  } catch {
    throw new CliUsageError(
      `--cors-origin must be an http(s) origin such as https://app.example.com, not "${value}".`,
    );
  }
}
