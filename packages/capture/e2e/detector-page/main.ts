// Test page for the face detector e2e tests: exposes the package's detection API and a few helpers
// on `window.lk`, which the tests drive through Playwright.
// The detector modules themselves (what `@liveness-kit/react` re-exports), so that the page does not
// depend on the rest of the package.
import { createHumanFaceDetector, supportsWorkerDetection } from '../../src/detector/human-face-detector.js';
import {
  createNativeFaceDetector,
  isNativeFaceDetectorSupported,
} from '../../src/detector/native-face-detector.js';
import { createDefaultWorker } from '../../src/detector/worker-backend.js';
import type { WorkerRequest, WorkerResponse } from '../../src/detector/worker-protocol.js';
import type { DetectedFace } from '@liveness-kit/core';

/** Decodes an image served by the test server; `flip` mirrors it, `rotate` turns it (degrees). */
async function loadImage(
  url: string,
  transform: { flip?: boolean; rotate?: number } = {},
): Promise<ImageBitmap> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bitmap = await createImageBitmap(await response.blob(), { imageOrientation: 'from-image' });
  if (!transform.flip && !transform.rotate) return bitmap;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.translate(bitmap.width / 2, bitmap.height / 2);
  if (transform.rotate) ctx.rotate((transform.rotate * Math.PI) / 180);
  if (transform.flip) ctx.scale(-1, 1);
  ctx.drawImage(bitmap, -bitmap.width / 2, -bitmap.height / 2);
  bitmap.close();
  return canvas.transferToImageBitmap();
}

async function startCamera(): Promise<HTMLVideoElement> {
  const video = document.getElementById('camera') as HTMLVideoElement;
  video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
  await video.play();
  while (video.readyState < 2 || video.videoWidth === 0) await new Promise((r) => setTimeout(r, 20));
  return video;
}

/**
 * The package's detection worker, with its script loaded and run: for `createWorker`, so that a
 * test can time the download steps of `load()` without the seconds a loaded machine spends
 * starting the worker's code. The worker has run its module once it answers: a `detect` before
 * `load` is refused with `detect-failed`.
 */
async function startedWorker(): Promise<Worker> {
  const worker = createDefaultWorker();
  const bitmap = await createImageBitmap(new ImageData(1, 1));
  await new Promise<void>((resolve, reject) => {
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      if (event.data.type !== 'detect-failed' || event.data.id !== 0) return;
      worker.removeEventListener('message', onMessage);
      resolve();
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', () => reject(new Error('the detection worker did not start')), {
      once: true,
    });
    const probe: WorkerRequest = { type: 'detect', id: 0, bitmap, frame: { width: 1, height: 1 } };
    worker.postMessage(probe, [bitmap]);
  });
  return worker;
}

/** The error as plain data for the test (name, code, retryable, message). */
function describeError(error: unknown) {
  const e = error as { name?: string; code?: string; retryable?: boolean; message?: string; detail?: string };
  return { name: e.name, code: e.code, retryable: e.retryable, message: e.message, detail: e.detail };
}

function round(faces: DetectedFace[]) {
  return faces.map((f) => ({
    ...f,
    landmarks: f.landmarks?.length,
    box: {
      x: Math.round(f.box.x),
      y: Math.round(f.box.y),
      width: Math.round(f.box.width),
      height: Math.round(f.box.height),
    },
  }));
}

const lk = {
  createHumanFaceDetector,
  createNativeFaceDetector,
  isNativeFaceDetectorSupported,
  supportsWorkerDetection,
  loadImage,
  startCamera,
  startedWorker,
  describeError,
  round,
};

declare global {
  interface Window {
    lk: typeof lk;
    lkReady: boolean;
  }
}

window.lk = lk;
window.lkReady = true;
