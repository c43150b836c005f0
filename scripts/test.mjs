// `npm test`: installs what is missing, then runs every check and exits non-zero if any fails.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, ensureServiceBinaries, pnpm } from './ensure-env.mjs';

ensureChromium();
ensureServiceBinaries();
ensureDependencies();

const step = (name) => console.log(`\nliveness-kit: ${name}`);

step('lint');
pnpm(['run', 'lint']);
pnpm(['run', 'format:check']);

step('typecheck');
pnpm(['run', 'typecheck']);

step('build and check the packed packages');
pnpm(['run', 'build']);
pnpm(['run', 'publint']);

step('size of the React component');
pnpm(['exec', 'node', 'scripts/check-size.mjs']);

step('Storybook static build');
pnpm(['run', 'build-storybook', '--quiet']);

step('unit, component, story and browser tests');
const reports = mkdtempSync(join(tmpdir(), 'liveness-kit-vitest-'));
const report = join(reports, 'report.json');
pnpm(['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);

// Apps made from the README's quick starts and the packed packages, outside the workspace (npm, production
// builds, Chromium): apps/consumers. After the build above, so it packs what was just built.
step('consumer apps: the quick starts, installed from the packed packages');
const consumersReport = join(reports, 'consumers.json');
const started = Date.now();
pnpm(
  [
    '--filter',
    '@liveness-kit/consumers',
    'exec',
    'vitest',
    'run',
    '-c',
    'vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${consumersReport}`,
  ],
  { env: { ...process.env, CONSUMERS_SKIP_BUILD: '1' } },
);
console.log(`liveness-kit: consumer apps took ${Math.round((Date.now() - started) / 1000)} s`);

const totals = [report, consumersReport]
  .map((file) => JSON.parse(readFileSync(file, 'utf8')))
  .reduce(
    (sum, r) => ({
      passed: sum.passed + r.numPassedTests,
      failed: sum.failed + r.numFailedTests,
      pending: sum.pending + r.numPendingTests,
    }),
    { passed: 0, failed: 0, pending: 0 },
  );
console.log(
  `\nliveness-kit tests: ${totals.passed} passed, ${totals.failed} failed` +
    (totals.pending ? `, ${totals.pending} skipped` : ''),
);
