/**
 * Prints, as a Markdown table for the README, what the frame pre-checks measure on every fixture
 * photo decoded like a camera frame (fitted in 640x480, EXIF applied), with faces found by
 * BlazeFace: the numbers the default thresholds were set from. `pnpm fixture-metrics`.
 */
import { fixtureManifest, fixtureRgba } from '@liveness-kit/test-utils';
import { assessFrame } from '../src/frame/assess-frame.js';
import { createNodeFaceDetector } from '../src/frame/testing/node-face-detector.js';

const detector = await createNodeFaceDetector();
const rows: string[] = [
  '| fixture | frame | faces | face box | padded mean | skin mean | dark / bright share | highlight | exposure | sharpness | primary | all codes |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
];
for (const entry of fixtureManifest()) {
  if (entry.path.startsWith('video/') || entry.path.includes('corrupt')) continue;
  const frame = await fixtureRgba(entry.path, { maxWidth: 640, maxHeight: 480 });
  const faces = await detector.detect(frame);
  const { primary, codes, metrics } = assessFrame({ frame, faces, timestamp: 0 });
  const { luminance: l, exposure: e, framing } = metrics;
  const box = framing.face
    ? `${Math.round(framing.face.box.width)} px`
    : framing.faceCount > 1
      ? `${framing.faceCount} faces`
      : '-';
  rows.push(
    `| ${entry.path} | ${frame.width}x${frame.height} | ${framing.faceCount} | ${box} | ${l.mean.toFixed(1)} | ` +
      `${e.luminance.toFixed(1)} | ${e.darkShare.toFixed(3)} / ${e.brightShare.toFixed(3)} | ` +
      `${e.highlight.toFixed(1)} | ${e.verdict} | ${metrics.sharpness.toFixed(0)} | ` +
      `${primary} | ${codes.join(', ') || '-'} |`,
  );
}
await detector.dispose();
console.log(rows.join('\n'));
