import type { Box } from '@liveness-kit/core';

/**
 * Test and bench only: Human's box for a BlazeFace box, grown 1.4 times about its centre (not
 * clamped, as Human's `boxRaw`), to check that a rule holds for either box.
 */
export function humanBox(box: Box): Box {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return {
    x: cx - box.width * 0.7,
    y: cy - box.height * 0.7,
    width: box.width * 1.4,
    height: box.height * 1.4,
  };
}
