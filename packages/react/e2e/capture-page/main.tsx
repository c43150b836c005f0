// The component with its defaults, against the server package mounted at /api on the same origin.
// Query parameters tune what the tests need: ?retries=0&maxDelayMs=1000&locale=fr, and
// ?countFrames=1 counts the camera frames the detector analysed (`window.__frames.analysed`).
import type { FaceDetector } from '@liveness-kit/core';
import { createHumanFaceDetector, LivenessCapture } from '@liveness-kit/react';
import '@liveness-kit/react/styles.css';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(location.search);
const retries = params.get('retries');
const maxDelayMs = params.get('maxDelayMs');
const locale = params.get('locale');
/** `?faceMatch=1`: liveness, then face match against an ID photo the test chooses. */
const faceMatch = params.get('faceMatch') === '1';

/**
 * The default detector (same options as the component's own), counting the frames it analysed, so
 * that a test can wait for a number of frames rather than for a time.
 */
function countingDetector(): FaceDetector {
  const detector = createHumanFaceDetector();
  const counter = { analysed: 0 };
  Object.assign(window, { __frames: counter });
  return {
    load: () => detector.load(),
    async detect(frame) {
      const faces = await detector.detect(frame);
      counter.analysed++;
      return faces;
    },
    dispose: () => detector.dispose(),
  };
}
const detector = params.get('countFrames') === '1' ? countingDetector() : undefined;

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
const results: unknown[] = [];
Object.assign(window, { __results: results });
createRoot(container).render(
  <>
    <h1>Liveness check</h1>
    <LivenessCapture
      endpoint="/api/v3/passive-liveness/"
      vendorData="e2e-user"
      autoCapture={params.get('autoCapture') !== '0'}
      onResult={(response, _interpretation, verification) =>
        results.push(verification ? { ...response, verification } : response)
      }
      {...(faceMatch && { faceMatch: true })}
      {...(retries !== null || maxDelayMs !== null
        ? {
            retry: {
              ...(retries !== null && { retries: Number(retries) }),
              ...(maxDelayMs !== null && { maxDelayMs: Number(maxDelayMs) }),
            },
          }
        : {})}
      {...(locale && { locale })}
      {...(detector && { detector })}
    />
  </>,
);
