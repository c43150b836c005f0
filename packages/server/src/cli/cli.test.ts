import { FakeDiditServer, diditApprovedBody, fixturePath } from '@liveness-kit/test-utils';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/liveness-kit.mjs', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'lk-cli-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `liveness-kit` command in a child process. */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const baseEnv = { ...process.env };
    delete baseEnv.DIDIT_API_KEY;
    delete baseEnv.DIDIT_BASE_URL;
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: workDir,
      env: { ...baseEnv, LIVENESS_KIT_DB: ':memory:', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('liveness-kit command line (real process)', { timeout: 60_000 }, () => {
  const didit = new FakeDiditServer();
  let diditEnv: Record<string, string>;
  beforeAll(async () => {
    await didit.start();
    diditEnv = { DIDIT_API_KEY: 'cli-key', DIDIT_BASE_URL: didit.url };
  });
  afterAll(() => didit.stop());

  it('prints usage with --help and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('liveness-kit check <image>');
  });

  it('checks through Didit when DIDIT_API_KEY is set: JSON, then the summary line, exit 0', async () => {
    didit.reply({ body: diditApprovedBody({ score: 91, face_quality: 77.25 }) });
    const run = await cli(
      [
        'check',
        fixturePath('single/man-obama-official-portrait.jpg'),
        '--threshold',
        '55',
        '--rotate',
        '--vendor-data',
        'v-9',
      ],
      diditEnv,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('using Didit');
    const [json, summary] = run.stdout.split(/\n(?=--- Result)/);
    expect(JSON.parse(json!).liveness.score).toBe(91);
    expect(summary!.trim()).toBe('--- Result: Approved | Score: 91/100 | Quality: 77.3 ---');
    const sent = didit.requests.at(-1)!;
    expect(sent.headers['x-api-key']).toBe('cli-key');
    expect(sent.fields).toMatchObject({
      face_liveness_score_decline_threshold: '55',
      rotate_image: 'true',
      vendor_data: 'v-9',
    });
  });

  it('exits 0 on a Declined answer too, and --json prints only the JSON', async () => {
    didit.reply({
      body: diditApprovedBody({
        status: 'Declined',
        score: 12,
        warnings: [
          {
            risk: 'LOW_LIVENESS_SCORE',
            log_type: 'error',
            short_description: 'Low',
            long_description: 'Low score',
          },
        ],
      }),
    });
    const run = await cli(
      ['check', fixturePath('single/man-obama-official-portrait.jpg'), '--json'],
      diditEnv,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).liveness.status).toBe('Declined');
    expect(run.stdout).not.toContain('--- Result');
  });

  it('exits 1 with the error on stderr when Didit answers non-200', async () => {
    didit.reply({ status: 403, body: { detail: 'Not enough credits' } });
    const run = await cli(['check', fixturePath('single/man-obama-official-portrait.jpg')], diditEnv);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('FORBIDDEN');
    expect(run.stdout).toBe('');
  });

  it('exits 1 for --engine didit without a key', async () => {
    const run = await cli([
      'check',
      fixturePath('single/man-obama-official-portrait.jpg'),
      '--engine',
      'didit',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DIDIT_API_KEY');
  });

  it('exits 1 for a missing file, a file that is not an image, and a bad threshold', async () => {
    const missing = await cli(['check', 'nope.jpg'], diditEnv);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such file: nope.jpg');

    const textFile = join(workDir, 'notes.txt');
    writeFileSync(textFile, 'hello');
    const notImage = await cli(['check', textFile], diditEnv);
    expect(notImage.code).toBe(1);
    expect(notImage.stderr).toContain('is not a JPEG, PNG, WebP or TIFF image');

    const badThreshold = await cli([
      'check',
      fixturePath('single/man-obama-official-portrait.jpg'),
      '--threshold',
      '101',
    ]);
    expect(badThreshold.code).toBe(1);
    expect(badThreshold.stderr).toContain('--threshold must be a number from 0 to 100');
  });

  it('exits 1 on an unknown command or option', async () => {
    expect((await cli(['frobnicate'])).code).toBe(1);
    expect((await cli(['check', 'x.jpg', '--bogus'])).code).toBe(1);
  });

  it('serves the API and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--engine', 'didit'], {
      cwd: workDir,
      env: { ...process.env, ...diditEnv, LIVENESS_KIT_DB: ':memory:' },
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening on (http:\/\/\S+?)\/v3/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('close', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
    });
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ ok: true, engine: 'didit' });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('falls back to the local engine without a key, says so on stderr, and answers the contract', async () => {
    const run = await cli(['check', fixturePath('single/woman-young-frontal.jpg')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('DIDIT_API_KEY is not set: using the local engine');
    const [json, summary] = run.stdout.split(/\n(?=--- Result)/);
    const body = JSON.parse(json!);
    expect(body.liveness.user_image.entities).toHaveLength(1);
    expect(summary!.trim()).toMatch(
      /^--- Result: (Approved|Declined) \| Score: \d+\/100 \| Quality: \d+\.\d ---$/,
    );
  });

  it('manages the blocklist in a database file: add, list, check, remove', async () => {
    const db = join(workDir, 'faces.db');
    const face = fixturePath('single/man-glasses-webcam.jpg');
    const add = await cli(['blocklist', 'add', face, '--label', 'case 7', '--db', db]);
    expect(add.code).toBe(0);
    const id = /Added (\S+)/.exec(add.stdout)![1]!;

    const list = await cli(['blocklist', 'list', '--json', '--db', db]);
    expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ id, label: 'case 7' })]);

    const checked = await cli(['check', face, '--engine', 'local', '--json', '--db', db]);
    expect(checked.code).toBe(0);
    const risks = JSON.parse(checked.stdout).liveness.warnings.map((w: { risk: string }) => w.risk);
    expect(risks).toContain('FACE_IN_BLOCKLIST');

    expect((await cli(['blocklist', 'remove', id, '--db', db])).code).toBe(0);
    expect((await cli(['blocklist', 'remove', id, '--db', db])).code).toBe(1);
    expect((await cli(['blocklist', 'list', '--db', db])).stdout).toContain('The blocklist is empty.');
  });

  it('refuses to blocklist a photo with no face (exit 1)', async () => {
    const run = await cli([
      'blocklist',
      'add',
      fixturePath('noface/landscape.jpg'),
      '--db',
      join(workDir, 'f2.db'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no face found');
  });
});
