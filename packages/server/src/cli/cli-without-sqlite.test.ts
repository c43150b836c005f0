import { diditApprovedBody, FakeDiditServer, fixturePath } from '@liveness-kit/test-utils';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/liveness-kit.mjs', import.meta.url));
const hide = fileURLToPath(new URL('./testing/without-better-sqlite3.mjs', import.meta.url));
const photo = fixturePath('single/man-obama-official-portrait.jpg');
const FIX = 'SqliteFaceStore needs better-sqlite3: npm install better-sqlite3';

/** The real `liveness-kit` in a fresh folder, with no LIVENESS_KIT_DB; `absent` hides better-sqlite3. */
function cli(args: string[], env: Record<string, string>, absent: boolean) {
  const cwd = mkdtempSync(join(tmpdir(), 'lk-cli-nosqlite-'));
  const base = { ...process.env };
  delete base.LIVENESS_KIT_DB;
  const nodeOptions = [base.NODE_OPTIONS, absent && `--import=${pathToFileURL(hide).href}`]
    .filter(Boolean)
    .join(' ');
  return new Promise<{ code: number | null; stdout: string; stderr: string; cwd: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], {
        cwd,
        env: { ...base, ...env, NODE_OPTIONS: nodeOptions },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr, cwd }));
    },
  );
}

describe('liveness-kit without better-sqlite3 (real process)', { timeout: 60_000 }, () => {
  const didit = new FakeDiditServer();
  let env: Record<string, string>;
  beforeAll(async () => {
    await didit.start();
    env = { DIDIT_API_KEY: 'k', DIDIT_BASE_URL: didit.url };
  });
  afterAll(() => didit.stop());

  it('with it, check keeps faces in .liveness-kit/faces.db by default', async () => {
    didit.reply({ body: diditApprovedBody({ score: 90 }) });
    const run = await cli(['check', photo, '--json'], env, false);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('better-sqlite3');
    expect(existsSync(join(run.cwd, '.liveness-kit', 'faces.db'))).toBe(true);
  });

  it('without it, check answers with no face store, says so and how to get one, and writes nothing', async () => {
    didit.reply({ body: diditApprovedBody({ score: 90 }) });
    const run = await cli(['check', photo, '--json'], env, true);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).liveness.score).toBe(90);
    expect(run.stderr).toContain('better-sqlite3 is not installed: faces are not kept');
    expect(run.stderr).toContain('npm install better-sqlite3');
    expect(existsSync(join(run.cwd, '.liveness-kit'))).toBe(false);
  });

  it('without it, a database asked for (--db or LIVENESS_KIT_DB) fails naming the fix, exit 1', async () => {
    const flag = await cli(['check', photo, '--db', 'faces.db'], env, true);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain(`liveness-kit: ${FIX}`);
    const variable = await cli(['check', photo], { ...env, LIVENESS_KIT_DB: ':memory:' }, true);
    expect(variable.code).toBe(1);
    expect(variable.stderr).toContain(`liveness-kit: ${FIX}`);
  });

  it('without it, blocklist fails naming the fix, exit 1', async () => {
    const run = await cli(['blocklist', 'list'], {}, true);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`liveness-kit: ${FIX}`);
    expect(existsSync(join(run.cwd, '.liveness-kit'))).toBe(false);
  });
});
