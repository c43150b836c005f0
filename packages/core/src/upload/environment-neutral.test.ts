import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(dirname(fileURLToPath(import.meta.url)));
const FOLDERS = ['contract', 'errors', 'text', 'upload'];

/** Node-only or DOM-only names that must not appear in code that runs in browsers, workers and Node. */
const FORBIDDEN = [
  /from ['"]node:/,
  /require\(/,
  /\bprocess\./,
  /\bBuffer\b/,
  /\bwindow\./,
  /\bdocument\./,
  /\bnavigator\./,
  /\bXMLHttpRequest\b/,
];

function codeLines(source: string): string[] {
  // Drop comments: the rule is about code, documentation may name these APIs.
  const withoutBlocks = source.replace(/\/\*[\s\S]*?\*\//g, '');
  return withoutBlocks.split('\n').map((line) => line.replace(/(^|\s)\/\/.*$/, ''));
}

describe('contract, errors, text and upload sources', () => {
  it('use only web-standard APIs (fetch, FormData, Blob, AbortSignal), no Node or DOM globals', () => {
    const files = FOLDERS.flatMap((folder) =>
      readdirSync(join(SRC, folder))
        .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
        .map((name) => join(folder, name)),
    );
    expect(files.length).toBeGreaterThan(10);
    const offences: string[] = [];
    for (const file of files) {
      codeLines(readFileSync(join(SRC, file), 'utf8')).forEach((line, i) => {
        for (const pattern of FORBIDDEN)
          if (pattern.test(line)) offences.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offences).toEqual([]);
  });
});
