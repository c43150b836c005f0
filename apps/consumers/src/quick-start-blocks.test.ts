import { describe, expect, it } from 'vitest';
import { quickStartSteps, shellCommands } from './quick-start-blocks.js';

const doc = [
  'Intro.',
  '<!-- quick-start:demo run -->',
  '```sh',
  '# in an empty folder',
  'npm init -y',
  'npm install a \\',
  '  b',
  '```',
  'Other text.',
  '<!-- quick-start:demo file src/main.ts -->',
  '```ts',
  "console.log('hi');",
  '```',
  '<!-- quick-start:other run -->',
  '```sh',
  'echo other',
  '```',
  '<!-- quick-start:demo serve -->',
  '```sh',
  'node server.js',
  '```',
].join('\n');

describe('quickStartSteps', () => {
  it('reads one stack’s marked blocks in order, and only those', () => {
    expect(quickStartSteps(doc, 'demo')).toEqual([
      { kind: 'run', commands: ['npm init -y', 'npm install a b'] },
      { kind: 'file', path: 'src/main.ts', content: "console.log('hi');\n" },
      { kind: 'serve', command: 'node server.js' },
    ]);
  });

  it('refuses a stack the document lacks, a path out of the app, and a quick start without one serve', () => {
    expect(() => quickStartSteps(doc, 'missing')).toThrow(/no quick start marked quick-start:missing/);
    expect(() => quickStartSteps('<!-- quick-start:x file ../a -->\n```\n1\n```', 'x')).toThrow(
      /relative path/,
    );
    expect(
      quickStartSteps(
        '<!-- quick-start:x file app/[...path]/route.ts -->\n```\n1\n```\n<!-- quick-start:x serve -->\n```\nnode a\n```',
        'x',
      )[0],
    ).toMatchObject({ path: 'app/[...path]/route.ts' });
    expect(() => quickStartSteps(doc.replace('demo serve', 'demo run'), 'demo')).toThrow(/exactly one serve/);
  });

  it('joins continued shell lines and drops comments', () => {
    expect(shellCommands('a \\\n  b \\\n  c\n\n# x\nd')).toEqual(['a b c', 'd']);
  });
});
