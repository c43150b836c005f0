// The command line with a PostgreSQL face store (`--db postgres://…` or LIVENESS_KIT_DB): separate
// processes, as separate server instances would be, share one blocklist in a real PostgreSQL 15.
import { fixturePath, startPostgresServer, type PostgresServer } from '@liveness-kit/test-utils';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from './testing/run-cli-process.js';

const cwd = mkdtempSync(join(tmpdir(), 'lk-cli-pg-'));

describe(
  'liveness-kit with a PostgreSQL face store (real processes, real PostgreSQL)',
  { timeout: 90_000 },
  () => {
    let pg: PostgresServer;
    beforeAll(async () => {
      pg = await startPostgresServer();
    }, 60_000);
    afterAll(() => pg?.stop());

    it('one process blocklists a face, others list it and decline a check of it, and remove it', async () => {
      const face = fixturePath('single/man-glasses-webcam.jpg');
      const add = await runCliProcess(['blocklist', 'add', face, '--label', 'case 9', '--db', pg.url], {
        cwd,
      });
      expect(add.stderr).toBe('');
      expect(add.code).toBe(0);
      const id = /Added (\S+)/.exec(add.stdout)![1]!;

      // Another process, the URL from the environment this time.
      const env = { LIVENESS_KIT_DB: pg.url };
      const list = await runCliProcess(['blocklist', 'list', '--json'], { cwd, env });
      expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ id, label: 'case 9' })]);

      const checked = await runCliProcess(['check', face, '--engine', 'local', '--json'], { cwd, env });
      expect(checked.code).toBe(0);
      const risks = JSON.parse(checked.stdout).liveness.warnings.map((w: { risk: string }) => w.risk);
      expect(risks).toContain('FACE_IN_BLOCKLIST');

      expect((await runCliProcess(['blocklist', 'remove', id], { cwd, env })).code).toBe(0);
      expect((await runCliProcess(['blocklist', 'remove', id], { cwd, env })).code).toBe(1);
      expect((await runCliProcess(['blocklist', 'list'], { cwd, env })).stdout).toContain(
        'The blocklist is empty.',
      );
    });

    it('a PostgreSQL URL that answers nothing fails with exit 1 and the database’s own reason', async () => {
      const run = await runCliProcess(['blocklist', 'list', '--db', 'postgres://postgres@127.0.0.1:9/none'], {
        cwd,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/ECONNREFUSED|connect/i);
    });
  },
);
