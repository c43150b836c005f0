import type { DetectedFace } from '@liveness-kit/core';
import type { FaceResult } from '@vladmandic/human';
import { iou, type Tile } from './analysis-layout.js';
import type { Size } from './frame-input.js';

const DEGREES = 180 / Math.PI;
/** Human enlarges BlazeFace's box by this factor (room for the mesh); undone for the reported box. */
const HUMAN_BOX_SCALE = 1.4;

/**
 * How canvas pixels map to frame pixels: `frame = offset + canvas * k`, per axis. `side` is the
 * square canvas's size (Human's normalised boxes are relative to it).
 */
export interface CanvasToFrame {
  side: number;
  ox: number;
  oy: number;
  kx: number;
  ky: number;
}

/** The mapping for one tile of a source (the frame, or a downscaled copy of it). */
export function tileMapping(tile: Tile, source: Size, frame: Size): CanvasToFrame {
  const fx = frame.width / source.width;
  const fy = frame.height / source.height;
  return { side: tile.side, ox: tile.x * fx, oy: tile.y * fy, kx: fx / tile.scale, ky: fy / tile.scale };
}

/** One of Human's faces (in analysis-canvas pixels) as a core `DetectedFace` in frame pixels. */
export function toDetectedFace(
  face: FaceResult,
  map: CanvasToFrame,
  frame: Size,
  pose: boolean,
): DetectedFace {
  const px = (x: number) => map.ox + x * map.kx;
  const py = (y: number) => map.oy + y * map.ky;
  let box: DetectedFace['box'];
  const mesh = face.mesh ?? [];
  if (pose && mesh.length > 100) {
    // With the mesh, the box is the mesh's extent: forehead to chin, cheek to cheek.
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const [x, y] of mesh) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
    box = { x: px(x0), y: py(y0), width: (x1 - x0) * map.kx, height: (y1 - y0) * map.ky };
  } else {
    // BlazeFace's own box, from Human's unclamped normalised box shrunk back by its 1.4 enlargement.
    const [rx, ry, rw, rh] = face.boxRaw;
    const cx = px((rx + rw / 2) * map.side);
    const cy = py((ry + rh / 2) * map.side);
    const w = (rw * map.side * map.kx) / HUMAN_BOX_SCALE;
    const h = (rh * map.side * map.ky) / HUMAN_BOX_SCALE;
    box = { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
  }
  const result: DetectedFace = { box: clampBox(box, frame), score: round(face.score, 3) };
  if (mesh.length > 0) {
    result.landmarks = mesh.map(([x, y]) => [round(px(x), 1), round(py(y), 1)] as [number, number]);
  }
  const angle = face.rotation?.angle;
  if (pose && angle) {
    result.pose = {
      yaw: round(angle.yaw * DEGREES, 1),
      pitch: round(angle.pitch * DEGREES, 1),
      roll: round(angle.roll * DEGREES, 1),
    };
  }
  return result;
}

/** One face per place: of faces found twice (in overlapping tiles), the higher-scoring one. */
export function mergeOverlapping(faces: DetectedFace[]): DetectedFace[] {
  const kept: DetectedFace[] = [];
  for (const face of [...faces].sort((a, b) => b.score - a.score)) {
    if (kept.every((k) => iou(k.box, face.box) < 0.3)) kept.push(face);
  }
  return kept;
}

function clampBox(box: DetectedFace['box'], frame: Size): DetectedFace['box'] {
  const x0 = Math.max(0, box.x);
  const y0 = Math.max(0, box.y);
  const x1 = Math.min(frame.width, box.x + box.width);
  const y1 = Math.min(frame.height, box.y + box.height);
  return {
    x: round(x0, 1),
    y: round(y0, 1),
    width: round(Math.max(0, x1 - x0), 1),
    height: round(Math.max(0, y1 - y0), 1),
  };
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
