import type { Box, RgbaFrame } from '@liveness-kit/core';

/** Quarter turns, clockwise, in degrees: what `rotate_image` tries and `best_angle` reports. */
export type QuarterTurn = 0 | 90 | 180 | 270;

export const QUARTER_TURNS: readonly QuarterTurn[] = [0, 90, 180, 270];

/** The frame turned clockwise by `angle` (a new frame; the input is untouched unless angle is 0). */
export function rotateFrame(frame: RgbaFrame, angle: QuarterTurn): RgbaFrame {
  if (angle === 0) return frame;
  const { width: w, height: h, data } = frame;
  const turned = angle !== 180;
  const ow = turned ? h : w;
  const oh = turned ? w : h;
  // One RGBA pixel is one 32-bit word; copy first if the bytes are not 4-byte aligned.
  const bytes = data.byteOffset % 4 === 0 ? data : data.slice();
  const src = new Uint32Array(bytes.buffer, bytes.byteOffset, w * h);
  const out = new Uint32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let tx: number;
      let ty: number;
      if (angle === 90) {
        tx = h - 1 - y;
        ty = x;
      } else if (angle === 180) {
        tx = w - 1 - x;
        ty = h - 1 - y;
      } else {
        tx = y;
        ty = w - 1 - x;
      }
      out[ty * ow + tx] = src[row + x]!;
    }
  }
  return { data: new Uint8ClampedArray(out.buffer), width: ow, height: oh };
}

/**
 * Maps a box found in a frame turned clockwise by `angle` back to the unturned frame of size
 * `width` x `height`.
 */
export function unrotateBox(box: Box, angle: QuarterTurn, width: number, height: number): Box {
  if (angle === 0) return { ...box };
  const x2 = box.x + box.width;
  const y2 = box.y + box.height;
  const back = (X: number, Y: number): [number, number] =>
    angle === 90 ? [Y, height - X] : angle === 180 ? [width - X, height - Y] : [width - Y, X];
  const [ax, ay] = back(box.x, box.y);
  const [bx, by] = back(x2, y2);
  const x = Math.min(ax, bx);
  const y = Math.min(ay, by);
  return { x, y, width: Math.abs(bx - ax), height: Math.abs(by - ay) };
}
