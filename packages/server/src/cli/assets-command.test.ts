import { assetFiles } from '@liveness-kit/capture/vite';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from './testing/run-cli-process.js';

const cli = (args: string[], cwd: string) => runCliProcess(args, { cwd });

/** Every file under `dir`, as `a/b.ext` paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The detector's files for these options, by capture's rule: `models/…` and `wasm/…` below the prefix. */
function expected(options: Parameters<typeof assetFiles>[0], prefix: string) {
  return assetFiles(options)
    .map((file) => ({ name: file.url.slice(prefix.length), path: file.path }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('liveness-kit assets (real process)', { timeout: 60_000 }, () => {
  it('copies exactly the default detector files, byte for byte, and prints the detectorOptions', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'lk-assets-'));
    const run = await cli(['assets', 'public/liveness-kit'], cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const dir = join(cwd, 'public', 'liveness-kit');
    const want = expected({}, '/liveness-kit/');
    expect(want.map((f) => f.name)).toEqual([
      'models/blazeface-front.bin',
      'models/blazeface-front.json',
      'wasm/tfjs-backend-wasm-simd.wasm',
      'wasm/tfjs-backend-wasm-threaded-simd.wasm',
      'wasm/tfjs-backend-wasm.wasm',
    ]);
    expect(filesUnder(dir)).toEqual(want.map((f) => f.name));
    for (const file of want) {
      expect(readFileSync(join(dir, file.name)).equals(readFileSync(file.path)), file.name).toBe(true);
    }
    const options = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
    expect(options).toEqual({ modelBasePath: '/liveness-kit/models/', wasmPath: '/liveness-kit/wasm/' });
  });

  it('with --pose, --model back and --url-prefix: those files, and options that find them', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'lk-assets-'));
    const run = await cli(
      ['assets', 'static', '--pose', '--model', 'back', '--url-prefix', '/static/lk'],
      cwd,
    );
    expect(run.code).toBe(0);
    const want = expected(
      { pose: true, model: 'back', modelsPath: '/static/lk/models/', wasmPath: '/static/lk/wasm/' },
      '/static/lk/',
    );
    expect(want.map((f) => f.name)).toContain('models/facemesh.bin');
    expect(want.map((f) => f.name)).toContain('models/blazeface.bin');
    expect(want.map((f) => f.name)).not.toContain('models/blazeface-front.bin');
    expect(filesUnder(join(cwd, 'static'))).toEqual(want.map((f) => f.name));
    for (const file of want) {
      expect(readFileSync(join(cwd, 'static', file.name)).equals(readFileSync(file.path)), file.name).toBe(
        true,
      );
    }
    expect(JSON.parse(run.stdout.slice(run.stdout.indexOf('{')))).toEqual({
      modelBasePath: '/static/lk/models/',
      wasmPath: '/static/lk/wasm/',
      pose: true,
      model: 'back',
    });
  });

  it('refuses bad arguments with a clear error and exit code 1, copying nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'lk-assets-'));
    const cases: Array<[string[], string]> = [
      [['assets'], 'assets: give the folder to copy the files into'],
      [['assets', 'a', 'b'], 'assets: unexpected argument "b"'],
      [['assets', 'out', '--model', 'side'], '--model must be "front" or "back", not "side"'],
      [['assets', 'out', '--url-prefix', 'https://cdn.example.com/lk/'], '--url-prefix must be a URL path'],
      [['assets', 'out', '--url-prefix', '/a/../b/'], 'is not a URL path on this site'],
      [['assets', 'out', '--colour'], "Unknown option '--colour'"],
    ];
    const runs = await Promise.all(cases.map(([args]) => cli(args, cwd)));
    cases.forEach(([args, message], i) => {
      expect(runs[i]!.code, args.join(' ')).toBe(1);
      expect(runs[i]!.stderr, args.join(' ')).toContain(message);
    });
    expect(readdirSync(cwd)).toEqual([]);
    // A file where the folder should be: the copy fails, exit 1.
    writeFileSync(join(cwd, 'taken'), 'x');
    const blocked = await cli(['assets', 'taken'], cwd);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^liveness-kit: .*(EEXIST|ENOTDIR)/);
  });
});
