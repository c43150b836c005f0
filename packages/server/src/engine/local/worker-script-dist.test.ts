import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../../..', import.meta.url));

describe('the built server (tsdown, as published)', () => {
  it('has no path a bundler would follow to the sources, tsx or tfjs-node', { timeout: 120_000 }, () => {
    const outDir = mkdtempSync(join(tmpdir(), 'lk-server-dist-'));
    const build = spawnSync('npx', ['tsdown', '--no-dts', '--out-dir', outDir], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const files = readdirSync(outDir).filter((f) => f.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['index.js', 'cli.js', 'local-engine-worker.js']));
    const code = files.map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n');
    // The sources' branch of worker-script.ts is gone; the built worker's is there.
    expect(code).not.toMatch(/["'`]tsx(\/package\.json)?["'`]/);
    expect(code).not.toMatch(/["'`]\.\/local-engine-worker\.ts["'`]/);
    expect(code).toContain('`./local-engine-worker${extension}`');
    expect(code).not.toMatch(/["'`]@tensorflow\/tfjs-node["'`]/);
    // The optional peer dependency is loaded by a name in a variable, never by an import a bundler resolves.
    expect(code).not.toMatch(/(from|import\(|require\()\s*["'`]better-sqlite3["'`]/);
  });
});
