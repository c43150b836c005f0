import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort } from '@liveness-kit/test-utils';
import { quickStartSteps } from './quick-start-blocks.js';
import { WORKSPACE_ROOT, runCommand, userEnv } from './run-command.js';

/** An app made from one quick start, installed and built. */
export interface BuiltApp {
  stack: string;
  dir: string;
  /** Seconds spent in `npm install` lines, and in the other lines (the build). */
  installSeconds: number;
  buildSeconds: number;
  /** Size of the app's `node_modules`, in MB. */
  nodeModulesMb: number;
  /** Starts the quick start's serve command on a free loopback port. */
  serve(): Promise<ServedApp>;
}

export interface ServedApp {
  url: string;
  /** What the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * `npm install` lines name the packages as a user would (`@liveness-kit/react`); until they are
 * published, each becomes its packed tarball, and the tarballs of the packages they depend on are
 * added to the same install so that npm does not look for them in the registry.
 */
export function withTarballs(command: string, tarballs: Record<string, string>): string {
  if (!/^npm (install|i|add)\b/.test(command)) return command;
  const named = new Set<string>();
  const replaced = command.replace(/@liveness-kit\/([a-z-]+)/g, (whole, name: string) => {
    const tarball = tarballs[name];
    if (!tarball) throw new Error(`the quick start installs ${whole}, which is not a public package`);
    named.add(name);
    return tarball;
  });
  if (named.size === 0) return replaced;
  const dependencies = ['core', 'capture'].filter((name) => !named.has(name) && tarballs[name]);
  return [replaced, ...dependencies.map((name) => tarballs[name])].join(' ');
}

async function sizeMb(dir: string): Promise<number> {
  const out = await runCommand(`du -sk ${JSON.stringify(dir)}`, { cwd: dir });
  return Math.round(Number(out.split(/\s/)[0]) / 1024);
}

/** Makes `<workDir>/<stack>` from the root README's `quick-start:<stack>` blocks, installs and builds it. */
export async function buildQuickStart(
  stack: string,
  tarballs: Record<string, string>,
  workDir: string,
): Promise<BuiltApp> {
  const steps = quickStartSteps(readFileSync(join(WORKSPACE_ROOT, 'README.md'), 'utf8'), stack);
  const dir = join(workDir, stack);
  mkdirSync(dir, { recursive: true });
  let installMs = 0;
  let buildMs = 0;
  let serveCommand = '';
  for (const step of steps) {
    if (step.kind === 'file') {
      mkdirSync(dirname(join(dir, step.path)), { recursive: true });
      writeFileSync(join(dir, step.path), step.content);
    } else if (step.kind === 'serve') {
      serveCommand = step.command;
    } else {
      for (const command of step.commands) {
        const started = performance.now();
        await runCommand(withTarballs(command, tarballs), { cwd: dir, timeoutMs: 900_000 });
        const spent = performance.now() - started;
        if (/^npm (install|i|add)\b/.test(command)) installMs += spent;
        else buildMs += spent;
      }
    }
  }
  const nodeModulesMb = await sizeMb(join(dir, 'node_modules'));
  return {
    stack,
    dir,
    installSeconds: Math.round(installMs / 100) / 10,
    buildSeconds: Math.round(buildMs / 100) / 10,
    nodeModulesMb,
    serve: () => serveApp(serveCommand, dir),
  };
}

async function serveApp(command: string, dir: string): Promise<ServedApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('bash', ['-c', command], {
    cwd: dir,
    env: userEnv({ PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  const closed = new Promise<void>((resolve) => child.on('close', () => ((exited = true), resolve())));
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone
      }
    }, 5000);
    await closed;
    clearTimeout(killer);
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`"${command}" exited before serving:\n${output.slice(-4000)}`);
    try {
      const response = await fetch(`${url}/`);
      await response.body?.cancel();
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`"${command}" did not answer on ${url} within 120 s:\n${output.slice(-4000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, output: () => output, stop };
}

/** One line for the suite's report: what the app cost to install and build. */
export function describeApp(app: BuiltApp): string {
  return `${app.stack}: install ${app.installSeconds} s, build ${app.buildSeconds} s, node_modules ${app.nodeModulesMb} MB`;
}
