// Prints what the local engine measures on every fixture photo: the figures its thresholds and
// score mapping were chosen from. Run: pnpm --filter @liveness-kit/server bench:engine:calibrate
import { fixtureBytes, fixtureManifest } from '@liveness-kit/test-utils';
import { analyseImage } from '../src/engine/local/analyse-image.js';
import { sharedAnalyser } from '../src/engine/local/shared-analyser.js';
import { faceQuality } from '../src/engine/local/face-quality.js';
import { defaultModelDir, defaultWasmDir } from '../src/engine/local/human-paths.js';
import { livenessScore } from '../src/engine/local/liveness-score.js';

const analyser = await sharedAnalyser({
  modelDir: defaultModelDir(),
  wasmDir: defaultWasmDir(),
  minFaceConfidence: 0.6,
  maxFaces: 5,
});
const rows: Array<Record<string, string | number>> = [];
for (const fixture of fixtureManifest()) {
  if (!/\.(jpe?g|png|webp|tiff?)$/i.test(fixture.path)) continue;
  try {
    const a = await analyseImage(analyser, fixtureBytes(fixture.path), {
      maxInputPixels: 40e6,
      analysisSize: 640,
      rotateImage: fixture.path.includes('rotated'),
    });
    const s = a.scored;
    rows.push({
      fixture: fixture.path,
      faces: a.entities.length,
      angle: a.bestAngle,
      conf: s ? s.confidence.toFixed(2) : '-',
      real: s ? s.real.toFixed(2) : '-',
      live: s ? s.live.toFixed(2) : '-',
      lum: s ? s.luminance.toFixed(1) : '-',
      score: s ? livenessScore(s.real, s.live) : '-',
      sharp: s ? s.sharpness.toFixed(0) : '-',
      size: s ? s.faceSize.toFixed(0) : '-',
      yaw: s?.pose ? s.pose.yaw.toFixed(0) : '-',
      pitch: s?.pose ? s.pose.pitch.toFixed(0) : '-',
      quality: s ? faceQuality(s).toFixed(1) : '-',
    });
  } catch (error) {
    rows.push({
      fixture: fixture.path,
      faces: `error ${(error as { code?: string }).code ?? String(error)}`,
    });
  }
}
console.table(rows);
