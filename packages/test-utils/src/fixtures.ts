import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

/** One entry of `../shared/fixtures/manifest.json`. */
export interface FixtureEntry {
  path: string;
  label: string;
  expected_faces: number | null;
  size: string;
  bytes: number;
  notes?: string;
}

/** RGBA pixels, the shape core's pre-checks take. */
export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

function findFixturesDir(): string {
  const fromEnv = process.env.LIVENESS_KIT_FIXTURES;
  if (fromEnv) return resolve(fromEnv);
  // Walk up from this file to the folder that holds the repository, where `shared/` sits beside it.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'shared', 'fixtures');
    if (existsSync(join(candidate, 'manifest.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    'Fixture photos not found: expected ../shared/fixtures beside the repository (or set LIVENESS_KIT_FIXTURES).',
  );
}

let fixturesDir: string | undefined;

/** Absolute path of the shared fixtures folder. */
export function fixturesRoot(): string {
  fixturesDir ??= findFixturesDir();
  return fixturesDir;
}

/** Absolute path of one fixture, e.g. `fixturePath('single/man-obama-official-portrait.jpg')`. */
export function fixturePath(relative: string): string {
  const full = join(fixturesRoot(), relative);
  if (!existsSync(full)) throw new Error(`No such fixture: ${relative}`);
  return full;
}

let manifestCache: FixtureEntry[] | undefined;

/** Every fixture listed in the manifest. */
export function fixtureManifest(): FixtureEntry[] {
  manifestCache ??= JSON.parse(readFileSync(join(fixturesRoot(), 'manifest.json'), 'utf8')) as FixtureEntry[];
  return manifestCache;
}

/** Fixtures in one folder (`single`, `multi`, `noface`, `attack`, `derived`, `video`). */
export function fixturesIn(group: string): FixtureEntry[] {
  return fixtureManifest().filter((f) => f.path.startsWith(`${group}/`));
}

/** The raw bytes of a fixture. */
/**
 * The presentation-attack photos of `pad/` with one label (`bona-fide` or `attack`), as paths
 * relative to the fixtures folder. They are listed in `pad/manifest.json`, not the main manifest.
 */
export function padFixtures(label: 'bona-fide' | 'attack'): string[] {
  const entries = JSON.parse(readFileSync(fixturePath('pad/manifest.json'), 'utf8')) as Array<{
    file: string;
    label: string;
  }>;
  return entries.filter((e) => e.label === label).map((e) => `pad/${e.file}`);
}

export function fixtureBytes(relative: string): Buffer {
  return readFileSync(fixturePath(relative));
}

/**
 * Decodes a fixture to RGBA with its EXIF orientation applied, optionally fitted inside
 * `maxWidth` x `maxHeight` (aspect ratio kept).
 */
export async function fixtureRgba(
  relative: string,
  fit?: { maxWidth: number; maxHeight: number },
): Promise<RgbaImage> {
  let pipeline = sharp(fixturePath(relative)).rotate();
  if (fit) {
    pipeline = pipeline.resize(fit.maxWidth, fit.maxHeight, {
      fit: 'inside',
      withoutEnlargement: true,
    });
  }
  const { data, info } = await pipeline.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
  };
}
