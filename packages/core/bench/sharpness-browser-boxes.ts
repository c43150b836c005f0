/**
 * The selfie pre-check's sharpness (`assessFrame`'s `metrics.sharpness`: the face box grown by
 * `faceRegionPadding`) on every bona fide single-face fixture (`single/`, `pad/real/`, `attack/`
 * as the camera sees them) and the two blurred edits, with the face box of the size the browser's
 * detector reports (BlazeFace's own, Human's / 1.4), against Human's box that `minSharpness` was
 * first set on. Each photo as a 640x480 camera frame and as the 320-px analysis copy capture
 * actually checks. Prints a Markdown table and the gap between the softest sharp face and the
 * sharper blurred edit.
 *
 * Run from packages/core: `node --import tsx bench/sharpness-browser-boxes.ts`
 */
import { fixturesIn, padFixtures } from '@liveness-kit/test-utils';
import { assessFrame } from '../src/frame/assess-frame.js';
import { DEFAULT_FRAME_THRESHOLDS } from '../src/frame/frame-thresholds.js';
import {
  browserBoxFixture,
  disposeBrowserBoxFixtures,
  type ImageWithFaces,
} from '../src/frame/testing/browser-box-fixtures.js';
import { disposeFixtureFaces, fixtureWithFaces } from '../src/frame/testing/fixture-faces.js';

const BLURRED = ['derived/blur-gaussian-01.jpg', 'derived/blur-motion-01.jpg'];
const SHARP = [
  ...fixturesIn('single').map((f) => f.path),
  ...fixturesIn('attack').map((f) => f.path),
  ...padFixtures('bona-fide'),
];

/** Sharpness and face size of the one face, or null when the check does not see exactly one. */
function measure({ frame, faces }: ImageWithFaces): { sharpness: number; box: number } | null {
  const { metrics } = assessFrame({ frame, faces, timestamp: 0 });
  if (!metrics.framing.face) return null;
  return { sharpness: metrics.sharpness, box: Math.round(metrics.framing.face.box.height) };
}

const rows = [
  '| fixture | camera frame | Human box, 640 | browser box, 640 | browser box, 320 copy |',
  '|---|---|---|---|---|',
];
const sharp: { camera: number[]; analysis: number[] } = { camera: [], analysis: [] };
const blurred: { camera: number[]; analysis: number[] } = { camera: [], analysis: [] };
const skipped: string[] = [];
const cell = (m: { sharpness: number; box: number } | null) =>
  m ? `${m.sharpness.toFixed(1)} (${m.box} px)` : 'not one face';

for (const relative of [...SHARP, ...BLURRED]) {
  const human = await fixtureWithFaces(relative);
  const { camera, analysis } = await browserBoxFixture(relative);
  const onHuman = measure(human);
  const onCamera = measure(camera);
  const onAnalysis = measure(analysis);
  rows.push(
    `| ${relative} | ${camera.frame.width}x${camera.frame.height} | ${cell(onHuman)} | ` +
      `${cell(onCamera)} | ${cell(onAnalysis)} |`,
  );
  if (!onCamera || !onAnalysis) {
    skipped.push(relative);
    continue;
  }
  const into = BLURRED.includes(relative) ? blurred : sharp;
  into.camera.push(onCamera.sharpness);
  into.analysis.push(onAnalysis.sharpness);
}
await disposeFixtureFaces();
await disposeBrowserBoxFixtures();

console.log(rows.join('\n'));
console.log(`\nminSharpness now: ${DEFAULT_FRAME_THRESHOLDS.minSharpness}`);
if (skipped.length > 0) console.log(`not one face (left out): ${skipped.join(', ')}`);
for (const size of ['camera', 'analysis'] as const) {
  const softest = Math.min(...sharp[size]);
  const sharpestBlur = Math.max(...blurred[size]);
  console.log(
    `${size === 'camera' ? '640x480 frame' : '320-px copy'}: ${sharp[size].length} sharp faces from ` +
      `${softest.toFixed(1)}, blurred edits ${blurred[size].map((v) => v.toFixed(1)).join(' / ')}; ` +
      `geometric midpoint ${Math.sqrt(softest * sharpestBlur).toFixed(1)}`,
  );
}
