// Gets both checkouts of the demo ready for the benchmark: the baseline commit in a git worktree
// (dependencies installed from pnpm's shared store), then a production build of each demo.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const PNPM = ['-y', 'pnpm@12.4.2'];

/** A step of the preparation failed; `step` says which (the command's own output is above it). */
export class BenchPrepareError extends Error {
  constructor(
    readonly step: string,
    detail: string,
  ) {
    super(`${step}: ${detail}`);
    this.name = 'BenchPrepareError';
  }
}

function run(step: string, command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw new BenchPrepareError(step, result.error.message);
  if (result.status !== 0) {
    const output = typeof result.stderr === 'string' ? result.stderr.trim() : '';
    throw new BenchPrepareError(step, `${command} ${args.join(' ')} exited with ${result.status}\n${output}`);
  }
  return typeof result.stdout === 'string' ? result.stdout.trim() : '';
}

/** The full commit id `rev` names in `repo`. */
export function resolveCommit(repo: string, rev: string): string {
  return run('resolve commit', 'git', ['-C', repo, 'rev-parse', '--verify', `${rev}^{commit}`]);
}

/** Whether the checkout has changes that are not committed (the build is then not exactly its commit). */
export function isDirty(tree: string): boolean {
  return run('git status', 'git', ['-C', tree, 'status', '--porcelain', '--untracked-files=no']) !== '';
}

/**
 * `git worktree add <dir> <commit>` from `repo`, or the worktree already there when it is at that
 * commit; then its dependencies (offline first: pnpm's store is shared with the main checkout).
 */
export function prepareBaselineTree(repo: string, dir: string, rev: string): string {
  const commit = resolveCommit(repo, rev);
  if (existsSync(dir)) {
    const head = run('baseline worktree', 'git', ['-C', dir, 'rev-parse', 'HEAD']);
    if (head !== commit) {
      throw new BenchPrepareError(
        'baseline worktree',
        `${dir} is at ${head.slice(0, 7)}, not ${commit.slice(0, 7)}: remove it (git worktree remove ${dir}) or set BENCH_BASELINE_DIR`,
      );
    }
    console.log(`Reusing the baseline worktree ${dir} (${commit.slice(0, 7)}).`);
  } else {
    console.log(`Adding the baseline worktree ${dir} at ${commit.slice(0, 7)}...`);
    run('baseline worktree', 'git', ['-C', repo, 'worktree', 'add', '--detach', dir, commit], {
      stdio: 'inherit',
    });
  }
  if (!existsSync(join(dir, 'node_modules', '.modules.yaml'))) {
    console.log('Installing the baseline dependencies...');
    const offline = spawnSync('npx', [...PNPM, 'install', '--offline'], { cwd: dir, stdio: 'inherit' });
    if (offline.status !== 0)
      run('baseline install', 'npx', [...PNPM, 'install'], { cwd: dir, stdio: 'inherit' });
  }
  return commit;
}

/**
 * A production build (`vite build`, the demo's own config and Vite) of `tree`'s demo into `outDir`,
 * with the workspace packages resolved to their sources as the demo's own scripts do.
 */
export function buildDemo(tree: string, outDir: string): void {
  const demoDir = join(tree, 'apps', 'demo');
  const vitePackage = createRequire(join(demoDir, 'package.json')).resolve('vite/package.json');
  const viteBin = join(vitePackage, '..', 'bin', 'vite.js');
  run(
    `build ${demoDir}`,
    process.execPath,
    [
      '--conditions=@liveness-kit/source',
      '--import',
      'tsx',
      viteBin,
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: demoDir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
}
