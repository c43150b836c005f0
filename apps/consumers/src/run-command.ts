import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The packages a user installs, by folder name under `packages/`. */
export const PUBLIC_PACKAGES = ['core', 'capture', 'react', 'server'] as const;

/**
 * The environment a user's shell would have: none of pnpm's or Vitest's variables (`NODE_ENV=test`
 * would change what Next and Vite build), npm told to use its cache before the registry.
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|PNPM|VITEST|NODE_ENV$|NODE_OPTIONS$|TEST$|INIT_CWD$)/i.test(key)) continue;
    env[key] = value;
  }
  return {
    ...env,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

export interface CommandOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs a shell command without blocking the event loop; rejects with its output's tail when it fails. */
export function runCommand(command: string, options: CommandOptions): Promise<string> {
  const { cwd, env = userEnv(), timeoutMs = 600_000 } = options;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else {
        const why = signal ? `was killed (${signal}, limit ${timeoutMs / 1000} s)` : `exited with ${code}`;
        reject(new Error(`"${command}" in ${cwd} ${why}:\n${output.slice(-4000)}`));
      }
    });
  });
}
