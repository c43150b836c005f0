/** RGBA pixels, as a canvas holds them. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * Copies `from` (a region of `source`) onto `to` (a region of `target`): area average when
 * shrinking, nearest pixel when enlarging, like a canvas's smoothed `drawImage`.
 */
export function blit(
  source: Pixels,
  from: { x: number; y: number; width: number; height: number },
  target: Pixels,
  to: { x: number; y: number; width: number; height: number },
): void {
  const sx = from.width / to.width;
  const sy = from.height / to.height;
  for (let ty = 0; ty < to.height; ty++) {
    const dy = Math.round(to.y) + ty;
    if (dy < 0 || dy >= target.height) continue;
    const y0 = from.y + ty * sy;
    const y1 = Math.max(y0 + 1, from.y + (ty + 1) * sy);
    for (let tx = 0; tx < to.width; tx++) {
      const dx = Math.round(to.x) + tx;
      if (dx < 0 || dx >= target.width) continue;
      const x0 = from.x + tx * sx;
      const x1 = Math.max(x0 + 1, from.x + (tx + 1) * sx);
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      let n = 0;
      for (let y = Math.floor(y0); y < Math.ceil(y1) && y < source.height; y++) {
        for (let x = Math.floor(x0); x < Math.ceil(x1) && x < source.width; x++) {
          const i = (y * source.width + x) * 4;
          r += source.data[i]!;
          g += source.data[i + 1]!;
          b += source.data[i + 2]!;
          a += source.data[i + 3]!;
          n++;
        }
      }
      if (n === 0) continue;
      const o = (dy * target.width + dx) * 4;
      target.data[o] = r / n;
      target.data[o + 1] = g / n;
      target.data[o + 2] = b / n;
      target.data[o + 3] = a / n;
    }
  }
}

/** `image` centred on a grey `width` x `height` frame (a camera frame made from a photo). */
export function letterbox(image: Pixels, width: number, height: number): Pixels {
  const frame: Pixels = { data: new Uint8ClampedArray(width * height * 4), width, height };
  for (let i = 0; i < frame.data.length; i += 4) {
    frame.data[i] = 120;
    frame.data[i + 1] = 124;
    frame.data[i + 2] = 130;
    frame.data[i + 3] = 255;
  }
  const scale = Math.min(width / image.width, height / image.height);
  const w = Math.round(image.width * scale);
  const h = Math.round(image.height * scale);
  blit(image, { x: 0, y: 0, width: image.width, height: image.height }, frame, {
    x: Math.floor((width - w) / 2),
    y: Math.floor((height - h) / 2),
    width: w,
    height: h,
  });
  return frame;
}
