// `npm test`: installs what is missing, then runs every check and exits non-zero if any fails.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, pnpm } from './ensure-env.mjs';

ensureChromium();
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
const report = join(mkdtempSync(join(tmpdir(), 'liveness-kit-vitest-')), 'report.json');
pnpm(['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
const results = JSON.parse(readFileSync(report, 'utf8'));
console.log(
  `\nliveness-kit tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed` +
    (results.numPendingTests ? `, ${results.numPendingTests} skipped` : ''),
);
