// The two demos a benchmark compares, built for production and served on loopback: the baseline
// commit (a git worktree) and the current checkout, each with its own checkout's local engine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DemoServerPackage } from '../server/demo-api.js';
import { buildDemo, isDirty, prepareBaselineTree, resolveCommit } from './prepare-builds.js';
import { serveDemoBuild, type ServedBuild } from './serve-build.js';

export interface BuildsConfig {
  /** The repository the baseline worktree is added from. */
  repo: string;
  baselineDir: string;
  /** A commit-ish of `repo`. */
  baselineRev: string;
  /** The checkout measured as "current" (uncommitted changes included). */
  currentDir: string;
}

/** A served build: `label` names its commit, e.g. `baseline (527482b)`. */
export interface ServedApp {
  label: string;
  served: ServedBuild;
}

export interface ServedBuilds {
  baseline: ServedApp;
  current: ServedApp;
}

/** `tree`'s `@liveness-kit/server`, from its sources (run with tsx). */
async function serverPackage(tree: string): Promise<DemoServerPackage> {
  const entry = pathToFileURL(join(tree, 'packages', 'server', 'src', 'index.ts')).href;
  return (await import(entry)) as DemoServerPackage;
}

/**
 * Prepares the baseline worktree, builds both demos into a temporary folder, serves each, runs
 * `body`, then stops the servers and removes the builds (also when `body` throws).
 */
export async function withServedBuilds<T>(
  config: BuildsConfig,
  body: (builds: ServedBuilds) => Promise<T>,
): Promise<T> {
  const baselineCommit = prepareBaselineTree(config.repo, config.baselineDir, config.baselineRev);
  const currentCommit = resolveCommit(config.currentDir, 'HEAD');
  const dirty = isDirty(config.currentDir) ? ' + uncommitted changes' : '';
  const outRoot = mkdtempSync(join(tmpdir(), 'liveness-kit-demo-bench-'));
  const servers: ServedBuild[] = [];
  try {
    console.log('Building both demos (production builds)...');
    buildDemo(config.baselineDir, join(outRoot, 'baseline'));
    buildDemo(config.currentDir, join(outRoot, 'current'));
    // Each build talks to its own checkout's server (local engine).
    const baseline = await serveDemoBuild(join(outRoot, 'baseline'), await serverPackage(config.baselineDir));
    servers.push(baseline);
    const current = await serveDemoBuild(join(outRoot, 'current'), await serverPackage(config.currentDir));
    servers.push(current);
    return await body({
      baseline: { label: `baseline (${baselineCommit.slice(0, 7)})`, served: baseline },
      current: { label: `current (${currentCommit.slice(0, 7)}${dirty})`, served: current },
    });
  } finally {
    for (const served of servers) await served.close();
    rmSync(outRoot, { recursive: true, force: true });
  }
}

/**
 * `runs` rounds over `apps`, the order flipped every other round (A B, B A, ...), so neither build
 * always runs first; `measure` gets the app and its 1-based run number.
 */
export async function alternateRuns<A>(
  runs: number,
  apps: readonly [A, A],
  measure: (app: A, run: number) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? apps : ([apps[1], apps[0]] as const);
    for (const app of order) await measure(app, i + 1);
  }
}

/** `BENCH_RUNS`-style env value: a whole number >= 1. */
export function runCount(value: string | undefined, fallback: number): number {
  const runs = Number(value ?? fallback);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`BENCH_RUNS must be a whole number >= 1 (${value})`);
  return runs;
}
