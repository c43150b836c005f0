import { createHumanFaceDetector } from '../../src/detector/human-face-detector.js';
import type { BenchSubject } from './subject.js';

/** liveness-kit's detector with its defaults: BlazeFace front in a module worker, the video resized once to 128 px. */
export function detectorSubject(): BenchSubject {
  const detector = createHumanFaceDetector();
  const engineMs: number[] = [];
  return {
    load: () => detector.load(),
    detect: async (video) => {
      const faces = await detector.detect(video);
      engineMs.push(detector.stats().lastEngineMs);
      return faces.length;
    },
    describe: () => {
      const sorted = [...engineMs].sort((a, b) => a - b);
      return {
        runsIn: detector.runsIn,
        ...detector.info,
        dropped: detector.stats().dropped,
        medianMsInWorker: Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
      };
    },
  };
}
