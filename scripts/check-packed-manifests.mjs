// Packs every public package the way it is published (pnpm pack, so `publishConfig` applies) and fails
// when its packed package.json points at a file the tarball lacks: an export or import condition
// (e.g. a workspace-only `@liveness-kit/source` one pointing at src/), `main`, `types`, `module` or a
// `bin`. publint does not check custom conditions. `node scripts/check-packed-manifests.mjs [x.tgz ...]`
// checks the given tarballs instead.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNPM_VERSION } from './ensure-env.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `[where, target]` for every string target of an exports / imports map (conditions nested at any depth). */
function targets(map, where) {
  if (typeof map === 'string') return [[where, map]];
  if (Array.isArray(map)) return map.flatMap((m, i) => targets(m, `${where}[${i}]`));
  if (map && typeof map === 'object') {
    return Object.entries(map).flatMap(([key, value]) => targets(value, `${where} > ${key}`));
  }
  return []; // null: an excluded path
}

/** Problems of one packed manifest: `files` are the tarball's paths without `package/`. */
export function manifestProblems(manifest, files) {
  const fileSet = new Set(files);
  const exists = (target) => {
    const path = target.replace(/^\.\//, '');
    if (!path.includes('*')) return fileSet.has(path) || files.some((f) => f.startsWith(`${path}/`));
    const [before, after] = path.split('*');
    return files.some((f) => f.startsWith(before) && f.endsWith(after));
  };
  const bins = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  const all = [
    ...targets(manifest.exports, 'exports'),
    ...targets(manifest.imports, 'imports'),
    ...['main', 'module', 'types', 'typings', 'browser']
      .filter((key) => typeof manifest[key] === 'string')
      .map((key) => [key, manifest[key]]),
    ...Object.entries(bins).map(([name, path]) => [`bin > ${name}`, path]),
  ];
  return all
    .filter(([, target]) => target.startsWith('.') && !exists(target))
    .map(([where, target]) => `${where}: "${target}" is not in the tarball`);
}

function tar(args) {
  const result = spawnSync('tar', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`tar ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function checkTarball(tarball) {
  const files = tar(['-tzf', tarball])
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
  const manifest = JSON.parse(tar(['-xOzf', tarball, 'package/package.json']));
  return { name: manifest.name, problems: manifestProblems(manifest, files) };
}

function packPublicPackages() {
  const out = mkdtempSync(join(tmpdir(), 'liveness-kit-packed-'));
  const tarballs = [];
  for (const dir of readdirSync(join(root, 'packages'))) {
    const cwd = join(root, 'packages', dir);
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    if (manifest.private) continue;
    const before = new Set(readdirSync(out));
    const result = spawnSync('npx', ['-y', `pnpm@${PNPM_VERSION}`, 'pack', '--pack-destination', out], {
      cwd,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`pnpm pack failed in ${cwd}:\n${result.stdout}${result.stderr}`);
    tarballs.push(
      ...readdirSync(out)
        .filter((f) => !before.has(f))
        .map((f) => join(out, f)),
    );
  }
  return { out, tarballs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const given = process.argv.slice(2);
  const packed = given.length ? undefined : packPublicPackages();
  const tarballs = given.length ? given : packed.tarballs;
  let failed = false;
  try {
    for (const tarball of tarballs) {
      const { name, problems } = checkTarball(tarball);
      if (problems.length === 0) {
        console.log(`packed manifest of ${name}: every target is in the tarball`);
        continue;
      }
      failed = true;
      console.error(`packed manifest of ${name}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    }
  } finally {
    if (packed) rmSync(packed.out, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}
