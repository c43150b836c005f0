import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PUBLIC_PACKAGES, WORKSPACE_ROOT, runCommand } from './run-command.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Tarball path of each public package, by short name (`core`, `capture`, `react`, `server`). */
    tarballs: Record<string, string>;
    /** The folder the apps are made in (one subfolder each). */
    workDir: string;
  }
}

/**
 * Builds the public packages (unless `CONSUMERS_SKIP_BUILD=1`, as `npm test` sets right after its
 * own build) and packs each with pnpm, as it would be published: one tarball per package.
 */
export async function setup(project: TestProject) {
  const workDir = mkdtempSync(join(tmpdir(), 'liveness-kit-consumers-'));
  const packs = join(workDir, 'packs');
  if (process.env.CONSUMERS_SKIP_BUILD !== '1') {
    await runCommand(`npx -y pnpm@12.4.2 -r --filter './packages/**' build`, { cwd: WORKSPACE_ROOT });
  }
  const tarballs: Record<string, string> = {};
  for (const name of PUBLIC_PACKAGES) {
    const dir = join(packs, name);
    await runCommand(`npx -y pnpm@12.4.2 pack --pack-destination ${dir}`, {
      cwd: join(WORKSPACE_ROOT, 'packages', name),
    });
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack made no tarball for @liveness-kit/${name}`);
    tarballs[name] = join(dir, file);
  }
  project.provide('tarballs', tarballs);
  project.provide('workDir', workDir);
  made = workDir;
}

let made: string | undefined;

/** Removes the apps (`CONSUMERS_KEEP=1` keeps them, to look at or to debug). */
export function teardown() {
  if (made && process.env.CONSUMERS_KEEP !== '1') rmSync(made, { recursive: true, force: true });
}
