import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { fixturePath } from './fixtures.js';

export interface FakeCameraOptions {
  width?: number;
  height?: number;
  /** Frames in the file; Chromium loops it. */
  frames?: number;
  fps?: number;
  /**
   * How the picture fills the frame: `contain` (default) letterboxes it whole; `cover` fills the
   * frame and crops the overflow at the centre, as a camera of that aspect would see the scene
   * (e.g. a landscape selfie seen by a portrait 480x640 phone camera).
   */
  fit?: 'contain' | 'cover';
}

/**
 * Turns an image into a `.y4m` file for Chromium's `--use-file-for-fake-video-capture`: the
 * picture (EXIF orientation applied) letterboxed into (or, with `fit: 'cover'`, cropped to) `width` x
 * `height`, as YUV 4:2:0 frames.
 * Returns the file's path (cached in the OS temp folder).
 */
export async function imageToY4m(imagePath: string, options: FakeCameraOptions = {}): Promise<string> {
  const { width = 640, height = 480, frames = 2, fps = 15, fit = 'contain' } = options;
  const dir = join(tmpdir(), 'liveness-kit-fake-camera');
  mkdirSync(dir, { recursive: true });
  const out = join(
    dir,
    `${basename(imagePath).replace(/\W+/g, '_')}-${width}x${height}${fit === 'cover' ? '-cover' : ''}.y4m`,
  );
  if (existsSync(out)) return out;

  const { data } = await sharp(imagePath)
    .rotate()
    .resize(width, height, { fit, background: { r: 0, g: 0, b: 0 } })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });

  const frame = rgbToI420(data, width, height);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const frameHeader = Buffer.from('FRAME\n');
  const parts: Buffer[] = [header];
  for (let i = 0; i < frames; i++) parts.push(frameHeader, frame);
  writeFileSync(out, Buffer.concat(parts));
  return out;
}

/** `imageToY4m` for a file of `../shared/fixtures`. */
export function fixtureToY4m(relative: string, options?: FakeCameraOptions): Promise<string> {
  return imageToY4m(fixturePath(relative), options);
}

/** Full-range BT.601 RGB → planar YUV 4:2:0 (JPEG's convention, matching `C420jpeg`). */
function rgbToI420(rgb: Buffer, width: number, height: number): Buffer {
  const cw = width >> 1;
  const ch = height >> 1;
  const out = Buffer.alloc(width * height + 2 * cw * ch);
  const uOff = width * height;
  const vOff = uOff + cw * ch;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const r = rgb[i]!;
      const g = rgb[i + 1]!;
      const b = rgb[i + 2]!;
      out[y * width + x] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
    }
  }
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        const i = ((2 * y + dy) * width + 2 * x + dx) * 3;
        r += rgb[i]!;
        g += rgb[i + 1]!;
        b += rgb[i + 2]!;
      }
      r /= 4;
      g /= 4;
      b /= 4;
      out[uOff + y * cw + x] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
      out[vOff + y * cw + x] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
    }
  }
  return out;
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : Math.round(v);
}
