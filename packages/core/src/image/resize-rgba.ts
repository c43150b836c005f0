import type { RgbaFrame } from '../frame/rgba-frame.js';

/**
 * Shrinks RGBA pixels to `width` x `height` by area average (each output pixel is the mean of the
 * source pixels it covers), the way to downscale without aliasing. Sizes must not exceed the
 * source's; equal sizes return the frame as is. `frame` must be valid (see `assertRgbaFrame`).
 */
export function shrinkRgba(frame: RgbaFrame, width: number, height: number): RgbaFrame {
  const { data, width: sw, height: sh } = frame;
  if (width === sw && height === sh) return frame;
  const out = new Uint8ClampedArray(width * height * 4);
  const columnOf = new Uint32Array(sw);
  const columnCounts = new Uint32Array(width);
  for (let sx = 0; sx < sw; sx++) {
    const ox = Math.min(width - 1, Math.floor((sx * width) / sw));
    columnOf[sx] = ox;
    columnCounts[ox]!++;
  }
  const sums = new Float64Array(width * 4);
  for (let oy = 0; oy < height; oy++) {
    const sy0 = Math.floor((oy * sh) / height);
    const sy1 = Math.max(sy0 + 1, Math.floor(((oy + 1) * sh) / height));
    sums.fill(0);
    for (let sy = sy0; sy < sy1; sy++) {
      let p = sy * sw * 4;
      for (let sx = 0; sx < sw; sx++, p += 4) {
        const o = columnOf[sx]! * 4;
        sums[o]! += data[p]!;
        sums[o + 1]! += data[p + 1]!;
        sums[o + 2]! += data[p + 2]!;
        sums[o + 3]! += data[p + 3]!;
      }
    }
    const rows = sy1 - sy0;
    let q = oy * width * 4;
    for (let ox = 0; ox < width; ox++) {
      const n = rows * columnCounts[ox]!;
      const o = ox * 4;
      out[q++] = sums[o]! / n;
      out[q++] = sums[o + 1]! / n;
      out[q++] = sums[o + 2]! / n;
      out[q++] = sums[o + 3]! / n;
    }
  }
  return { data: out, width, height };
}
