/**
 * Test and bench only: fixture photos as the browser's camera would show them once the guidance
 * has framed the face, and simple edits of such frames.
 */
import type { Box, RgbaFrame } from '@liveness-kit/core';
import { fixturePath } from '@liveness-kit/test-utils';
import sharp from 'sharp';

/** The face box's width as a share of the view's: 70% of the default oval's 55% width. */
export const FACE_TO_VIEW_WIDTH = 0.55 * 0.7;
/** The camera frame's long side: views are never larger (nor enlarged). */
export const CAMERA_WIDTH = 640;

/**
 * A 4:3 view of the (EXIF-rotated) photo centred on `box` (a face box in the pixels of a copy of
 * the photo `boxFrameWidth` px wide; default the photo's own width) with the face
 * {@link FACE_TO_VIEW_WIDTH} of its width, mid grey outside the photo, downscaled to at most
 * {@link CAMERA_WIDTH} px wide.
 */
export async function cameraView(path: string, box: Box, boxFrameWidth?: number): Promise<RgbaFrame> {
  const upright = await sharp(fixturePath(path)).rotate().toBuffer({ resolveWithObject: true });
  const { width, height } = upright.info;
  const k = boxFrameWidth ? width / boxFrameWidth : 1;
  const face = { x: box.x * k, y: box.y * k, width: box.width * k, height: box.height * k };
  const viewW = Math.round(face.width / FACE_TO_VIEW_WIDTH);
  const viewH = Math.round(viewW * 0.75);
  const left = Math.round(face.x + face.width / 2 - viewW / 2);
  const top = Math.round(face.y + face.height / 2 - viewH / 2);
  const pad = {
    top: Math.max(0, -top),
    left: Math.max(0, -left),
    bottom: Math.max(0, top + viewH - height),
    right: Math.max(0, left + viewW - width),
  };
  // sharp extracts before it extends within one pipeline: pad first, then cut the view out.
  const padded = await sharp(upright.data)
    .extend({ ...pad, background: { r: 128, g: 128, b: 128 } })
    .png()
    .toBuffer();
  const scale = Math.min(1, CAMERA_WIDTH / viewW);
  const { data, info } = await sharp(padded)
    .extract({ left: left + pad.left, top: top + pad.top, width: viewW, height: viewH })
    .resize(Math.round(viewW * scale), Math.round(viewH * scale), { fit: 'fill' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data), width: info.width, height: info.height };
}

/** The frame flipped left to right. */
export function mirrorFrame(frame: RgbaFrame): RgbaFrame {
  const { width, height } = frame;
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = (y * width + width - 1 - x) * 4;
      for (let c = 0; c < 4; c++) out[to + c] = frame.data[from + c]!;
    }
  }
  return { data: out, width, height };
}

/**
 * The frame turned `degrees` clockwise about its centre, same size, mid grey where the turned
 * picture leaves the frame uncovered (sharp's rotation, cropped back to the original size).
 */
export async function rotateFrame(frame: RgbaFrame, degrees: number): Promise<RgbaFrame> {
  const raw = { width: frame.width, height: frame.height, channels: 4 as const };
  const turned = await sharp(Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength), {
    raw,
  })
    .rotate(degrees, { background: { r: 128, g: 128, b: 128, alpha: 1 } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const left = Math.floor((turned.info.width - frame.width) / 2);
  const top = Math.floor((turned.info.height - frame.height) / 2);
  const { data } = await sharp(turned.data, {
    raw: { width: turned.info.width, height: turned.info.height, channels: 4 },
  })
    .extract({ left, top, width: frame.width, height: frame.height })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data), width: frame.width, height: frame.height };
}

/**
 * The frame with its content on a plane turned `degrees` about the vertical line through `(cx, cy)`
 * (positive: the right side goes away from the camera), seen by a pinhole camera `distance` px
 * away: the far side of the face is foreshortened. Inverse mapping (each output pixel from the
 * point of the plane it sees) with bilinear sampling; mid grey outside the frame.
 */
export function perspectiveTurn(
  frame: RgbaFrame,
  cx: number,
  cy: number,
  degrees: number,
  distance: number,
): RgbaFrame {
  const { width, height, data } = frame;
  const out = new Uint8ClampedArray(width * height * 4);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Output pixel (u, v) from the centre sees the plane's point (X, Y):
      // u = d X cos / (d + X sin), v = d Y / (d + X sin).
      const u = x - cx;
      const denominator = distance * cos - u * sin;
      const X = (u * distance) / denominator;
      const Y = ((y - cy) * (distance + X * sin)) / distance;
      const o = (y * width + x) * 4;
      const sx = cx + X;
      const sy = cy + Y;
      if (!(denominator > 0) || sx < 0 || sy < 0 || sx > width - 1 || sy > height - 1) {
        out[o] = out[o + 1] = out[o + 2] = 128;
        out[o + 3] = 255;
        continue;
      }
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(x0 + 1, width - 1);
      const y1 = Math.min(y0 + 1, height - 1);
      const ax = sx - x0;
      const ay = sy - y0;
      for (let c = 0; c < 4; c++) {
        const at = (py: number, px: number) => data[(py * width + px) * 4 + c]!;
        const top = at(y0, x0) * (1 - ax) + at(y0, x1) * ax;
        const bottom = at(y1, x0) * (1 - ax) + at(y1, x1) * ax;
        out[o + c] = top * (1 - ay) + bottom * ay;
      }
    }
  }
  return { data: out, width, height };
}
