import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { fixturePath } from './fixtures.js';

/**
 * Writes an "ID photo" made from a fixture, as a printed card portrait differs from a selfie of the
 * same person: the middle 60 % of the width (portrait framing), 360 px wide, dimmer, less colour,
 * JPEG quality 70. Returns the file's path (in a fresh temporary folder) for `setInputFiles`.
 */
export async function idPhotoFromFixture(relative: string): Promise<string> {
  const meta = await sharp(fixturePath(relative)).metadata();
  // EXIF orientations 5-8 turn the picture a quarter: the upright size swaps.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = (turned ? meta.height : meta.width) ?? 0;
  const height = (turned ? meta.width : meta.height) ?? 0;
  const bytes = await sharp(fixturePath(relative))
    .rotate()
    .extract({ left: Math.round(width * 0.2), top: 0, width: Math.round(width * 0.6), height })
    .resize(360)
    .modulate({ brightness: 0.92, saturation: 0.6 })
    .jpeg({ quality: 70 })
    .toBuffer();
  const file = join(mkdtempSync(join(tmpdir(), 'lk-id-photo-')), 'id-photo.jpg');
  writeFileSync(file, bytes);
  return file;
}
