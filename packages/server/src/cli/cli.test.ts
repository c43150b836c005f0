import {
  FakeDiditServer,
  diditApprovedBody,
  diditErrorReply,
  diditFaceMatchNoReferenceBody,
  fixturePath,
} from '@liveness-kit/test-utils';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_BIN, runCliProcess } from './testing/run-cli-process.js';

const workDir = mkdtempSync(join(tmpdir(), 'lk-cli-'));

/** Runs the real `liveness-kit` command in a child process (no face kept unless a test gives --db). */
const cli = (args: string[], env: Record<string, string> = {}) =>
  runCliProcess(args, { cwd: workDir, env: { LIVENESS_KIT_DB: ':memory:', ...env } });

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
    const child = spawn(process.execPath, [CLI_BIN, 'serve', '--port', '0', '--engine', 'didit'], {
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

describe('liveness-kit match and verify (real process)', { timeout: 60_000 }, () => {
  const didit = new FakeDiditServer();
  let env: Record<string, string>;
  const selfie = fixturePath('single/man-obama-official-portrait.jpg');
  const reference = fixturePath('pad/real/ageitgey-obama2.jpg');
  const bytesOf = (path: string) => readFileSync(path);
  const declinedLiveness = () =>
    diditApprovedBody({
      status: 'Declined',
      score: 8,
      warnings: [
        {
          risk: 'LIVENESS_FACE_ATTACK',
          log_type: 'error',
          short_description: 'Attack',
          long_description: 'A',
        },
      ],
    });

  beforeAll(async () => {
    await didit.start();
    env = { DIDIT_API_KEY: 'cli-key-2', DIDIT_BASE_URL: didit.url };
  });
  afterAll(() => didit.stop());
  beforeEach(() => didit.reset());

  it('documents match, verify and their exit codes in --help', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('liveness-kit match <selfie> <reference> [--threshold N]');
    expect(run.stdout).toContain(
      'liveness-kit verify <selfie> <reference> [--threshold N] [--match-threshold N]',
    );
    expect(run.stdout).toMatch(
      /verify +0 verified, 2 liveness failed \(no face match run\), 3 faces do not match,/,
    );
  });

  it('match: sends both images and the options to /v3/face-match/, prints the JSON and the summary, exit 0', async () => {
    const run = await cli(
      ['match', selfie, reference, '--threshold', '55', '--rotate', '--vendor-data', 'v-10'],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('using Didit');
    const [json, summary] = run.stdout.split(/\n(?=--- Result)/);
    expect(JSON.parse(json!).face_match.score).toBe(87);
    expect(summary!.trim()).toBe('--- Result: Approved | Score: 87/100 | Threshold: 55 ---');
    const [sent] = didit.requests;
    expect(sent!.path).toBe('/v3/face-match/');
    expect(sent!.headers['x-api-key']).toBe('cli-key-2');
    expect(sent!.fields).toEqual({
      face_match_score_decline_threshold: '55',
      rotate_image: 'true',
      save_api_request: 'true',
      vendor_data: 'v-10',
    });
    expect(Buffer.from(sent!.files.user_image!.bytes).equals(bytesOf(selfie))).toBe(true);
    expect(Buffer.from(sent!.files.ref_image!.bytes).equals(bytesOf(reference))).toBe(true);
  });

  it('match: exits 0 on a Declined answer (default threshold 30 in the summary), --json prints only the JSON', async () => {
    didit.faceMatchScore = 12;
    const run = await cli(['match', selfie, reference], env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(
      '--- Result: Declined | Score: 12/100 | Threshold: 30 | Warnings: LOW_FACE_MATCH_SIMILARITY ---',
    );
    didit.replyTo('/v3/face-match/', { body: diditFaceMatchNoReferenceBody() });
    const json = await cli(['match', selfie, reference, '--json'], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).face_match).toMatchObject({ status: 'Declined', score: null });
    didit.replyTo('/v3/face-match/', { body: diditFaceMatchNoReferenceBody() });
    const noFace = await cli(['match', selfie, reference], env);
    expect(noFace.stdout.trim().split('\n').at(-1)).toBe(
      '--- Result: Declined | Score: n/a | Threshold: 30 | Warnings: NO_REFERENCE_IMAGE ---',
    );
  });

  it('match: exits 1 on a Didit error, a missing or non-image reference, and usage mistakes', async () => {
    didit.replyTo('/v3/face-match/', diditErrorReply(403));
    const forbidden = await cli(['match', selfie, reference], env);
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toContain('FORBIDDEN (HTTP 403)');
    expect(forbidden.stdout).toBe('');
    const sentToDidit = didit.requests.length;

    const missing = await cli(['match', selfie, 'id-photo.jpg'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No such file: id-photo.jpg');

    const textFile = join(workDir, 'id.txt');
    writeFileSync(textFile, 'not an image');
    const notImage = await cli(['match', selfie, textFile], env);
    expect(notImage.code).toBe(1);
    expect(notImage.stderr).toContain(`${textFile} is not a JPEG, PNG, WebP or TIFF image`);

    const oneImage = await cli(['match', selfie], env);
    expect(oneImage.code).toBe(1);
    expect(oneImage.stderr).toContain('match: give the paths of the selfie and of the reference photo.');
    const wrongOption = await cli(['match', selfie, reference, '--match-threshold', '50'], env);
    expect(wrongOption.code).toBe(1);
    expect(wrongOption.stderr).toContain('--match-threshold is for verify');
    expect(didit.requests).toHaveLength(sentToDidit);
  });

  it('verify: liveness, then a face match of the same selfie with the same vendor data: verified, exit 0', async () => {
    const run = await cli(
      [
        'verify',
        selfie,
        reference,
        '--threshold',
        '40',
        '--match-threshold',
        '60',
        '--vendor-data',
        'user-77',
      ],
      env,
    );
    expect(run.code).toBe(0);
    const [json, ...lines] = run.stdout.split(/\n(?=--- )/);
    const doc = JSON.parse(json!);
    expect(doc.outcome).toBe('verified');
    expect(doc.liveness.liveness.status).toBe('Approved');
    expect(doc.face_match.face_match.status).toBe('Approved');
    expect(lines.map((l) => l.trim())).toEqual([
      '--- Liveness: Approved | Score: 95/100 | Quality: 85.0 ---',
      '--- Face match: Approved | Score: 87/100 | Threshold: 60 ---',
      '--- Outcome: verified (Identity verified) ---',
    ]);
    const [liveness, faceMatch] = didit.requests;
    expect([liveness!.path, faceMatch!.path]).toEqual(['/v3/passive-liveness/', '/v3/face-match/']);
    expect(liveness!.fields).toMatchObject({
      face_liveness_score_decline_threshold: '40',
      vendor_data: 'user-77',
    });
    expect(faceMatch!.fields).toMatchObject({
      face_match_score_decline_threshold: '60',
      vendor_data: 'user-77',
    });
    expect(
      Buffer.from(faceMatch!.files.user_image!.bytes).equals(Buffer.from(liveness!.files.user_image!.bytes)),
    ).toBe(true);
    expect(Buffer.from(faceMatch!.files.ref_image!.bytes).equals(bytesOf(reference))).toBe(true);
  });

  it('verify: a Declined liveness stops there (no face match sent), exit 2', async () => {
    didit.replyTo('/v3/passive-liveness/', { body: declinedLiveness() });
    const run = await cli(['verify', selfie, reference], env);
    expect(run.code).toBe(2);
    const lines = run.stdout.trim().split('\n').slice(-3);
    expect(lines).toEqual([
      '--- Liveness: Declined | Score: 8/100 | Quality: 85.0 ---',
      '--- Face match: not run (liveness was Declined) ---',
      '--- Outcome: liveness-failed (We could not confirm your selfie) ---',
    ]);
    expect(didit.requests.map((r) => r.path)).toEqual(['/v3/passive-liveness/']);
  });

  it('verify: faces that do not match exit 3, an unusable reference exits 4 (--json: one JSON document)', async () => {
    didit.faceMatchScore = 20;
    const noMatch = await cli(['verify', selfie, reference], env);
    expect(noMatch.code).toBe(3);
    expect(noMatch.stdout).toContain(
      '--- Face match: Declined | Score: 20/100 | Threshold: 30 | Warnings: LOW_FACE_MATCH_SIMILARITY ---',
    );
    expect(noMatch.stdout).toContain('--- Outcome: no-match (');

    didit.replyTo('/v3/face-match/', { body: diditFaceMatchNoReferenceBody() });
    const unusable = await cli(['verify', selfie, reference, '--json'], env);
    expect(unusable.code).toBe(4);
    const doc = JSON.parse(unusable.stdout);
    expect(doc.outcome).toBe('reference-unusable');
    expect(doc.face_match.face_match.warnings.map((w: { risk: string }) => w.risk)).toEqual([
      'NO_REFERENCE_IMAGE',
    ]);
  });

  it('verify: exits 1 when a step fails with an error, naming it on stderr', async () => {
    didit.replyTo('/v3/face-match/', diditErrorReply(401));
    const run = await cli(['verify', selfie, reference], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('UNAUTHORIZED (HTTP 401)');
    expect(didit.requests.map((r) => r.path)).toEqual(['/v3/passive-liveness/', '/v3/face-match/']);
  });

  it('verify with the local engine: the same person is verified (0), a reference without a face unusable (4)', async () => {
    const same = await cli(['verify', selfie, reference, '--engine', 'local']);
    expect(same.stdout).toContain('--- Outcome: verified');
    expect(same.code).toBe(0);
    const noFace = await cli([
      'verify',
      selfie,
      fixturePath('noface/landscape.jpg'),
      '--engine',
      'local',
      '--json',
    ]);
    expect(JSON.parse(noFace.stdout).outcome).toBe('reference-unusable');
    expect(noFace.code).toBe(4);
  });
});
