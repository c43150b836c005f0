/** Test-only: small RGBA frames drawn in code, for exact expectations. */
import type { RgbaFrame } from '../rgba-frame.js';

/** A frame filled with one colour. */
export function solidFrame(width: number, height: number, rgb: [number, number, number]): RgbaFrame {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) {
    data[i] = rgb[0];
    data[i + 1] = rgb[1];
    data[i + 2] = rgb[2];
    data[i + 3] = 255;
  }
  return { data, width, height };
}

/** A grey frame whose value at (x, y) is `grey(x, y)` (0-255). */
export function greyFrame(width: number, height: number, grey: (x: number, y: number) => number): RgbaFrame {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const v = grey(x, y);
      data[i] = v;
      data[i + 1] = v;
      data[i + 2] = v;
      data[i + 3] = 255;
    }
  }
  return { data, width, height };
}

/** Black and white squares of `cell` px. */
export function checkerboard(width: number, height: number, cell: number): RgbaFrame {
  return greyFrame(width, height, (x, y) => ((Math.floor(x / cell) + Math.floor(y / cell)) % 2 ? 255 : 0));
}
