import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The package's `liveness-kit` command (runs the sources through tsx inside the repository). */
export const CLI_BIN = fileURLToPath(new URL('../../../bin/liveness-kit.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `liveness-kit` command in a child process (asynchronously, so a server in this
 * process can answer it), without the caller's Didit settings unless `env` gives them.
 */
export function runCliProcess(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliRun> {
  const env = { ...process.env, ...options.env };
  if (!options.env?.DIDIT_API_KEY) delete env.DIDIT_API_KEY;
  if (!options.env?.DIDIT_BASE_URL) delete env.DIDIT_BASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd: options.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
