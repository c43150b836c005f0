// The local engine's analysis as it was before MiniFASNet (issue 10), kept as the baseline that
// `bench:engine` measures the current pipeline against in the same run: decode, then one Human
// pass with every face model (mesh for pose, faceres for embedding/age/gender, antispoof and
// liveness for the score), then luminance and sharpness of the padded face box.
import { DEFAULT_FRAME_THRESHOLDS, measureLuminance, measureSharpness, type Box } from '@liveness-kit/core';
import { decodeImage } from '../src/engine/local/decode-image.js';
import { HumanAnalyser } from '../src/engine/local/human-analyser.js';
import type { HumanFaceModel } from '../src/engine/local/human-config.js';
import { defaultModelDir, defaultWasmDir } from '../src/engine/local/human-paths.js';

const LEGACY_MODELS: readonly HumanFaceModel[] = ['facemesh', 'faceres', 'antispoof', 'liveness'];

export interface LegacyPipeline {
  /** Analyses one image as the engine did; resolves to the number of faces found. */
  analyse(bytes: Uint8Array): Promise<number>;
}

export async function loadLegacyPipeline(): Promise<LegacyPipeline> {
  const human = await HumanAnalyser.load({
    modelDir: defaultModelDir(),
    wasmDir: defaultWasmDir(),
    minFaceConfidence: 0.6,
    maxFaces: 5,
    models: LEGACY_MODELS,
  });
  return {
    async analyse(bytes) {
      const image = await decodeImage(bytes, { maxInputPixels: 40_000_000, analysisSize: 640 });
      const faces = await human.detect(image.frame, LEGACY_MODELS);
      const largest = [...faces].sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0];
      if (largest) {
        const region = padded(largest.box);
        measureLuminance(image.frame, region);
        measureSharpness(image.frame, region);
      }
      return faces.length;
    },
  };
}

function padded(box: Box): Box {
  const p = DEFAULT_FRAME_THRESHOLDS.faceRegionPadding;
  return {
    x: box.x - box.width * p,
    y: box.y - box.height * p,
    width: box.width * (1 + 2 * p),
    height: box.height * (1 + 2 * p),
  };
}
