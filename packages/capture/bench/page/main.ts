// Benchmark page: loads one subject (?subject=detector|baseline), starts the camera, then runs a
// guidance loop for `?seconds=` (default 10) from the first result, on the frame loop's own clock:
// each new camera frame is analysed once, as soon as no detection is running. Results land on
// `window.benchResult`.
import { createVideoFrameClock } from '../../src/guidance/video-frame-clock.js';
import type { BenchSubject } from './subject.js';
import type { BenchResult } from './bench-result.js';

declare global {
  interface Window {
    benchResult?: BenchResult;
  }
}

const params = new URLSearchParams(location.search);
const subjectName = params.get('subject') ?? 'detector';
const seconds = Number(params.get('seconds') ?? 10);
/** The fake camera runs faster than a phone's 30 fps, so the detector, not the camera, sets the pace. */
const CAMERA_FPS = Number(params.get('fps') ?? 60);

const longTasks: Array<{ start: number; duration: number }> = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: reported as none.
}

async function startCamera(): Promise<HTMLVideoElement> {
  const video = document.getElementById('camera') as HTMLVideoElement;
  video.srcObject = await navigator.mediaDevices.getUserMedia({
    video: { width: 640, height: 480, frameRate: CAMERA_FPS },
  });
  await video.play();
  while (video.readyState < 2 || video.videoWidth === 0) await new Promise((r) => setTimeout(r, 5));
  return video;
}

async function loadSubject(name: string): Promise<BenchSubject> {
  if (name === 'baseline') return (await import('./baseline-subject.js')).baselineSubject();
  return (await import('./detector-subject.js')).detectorSubject();
}

async function run(): Promise<BenchResult> {
  const subject = await loadSubject(subjectName);
  const loadStartedAt = performance.now();
  const [video, loadMs] = await Promise.all([
    startCamera().then((v) => ({ v, at: performance.now() })),
    subject.load().then(() => performance.now() - loadStartedAt),
  ]);
  const latencies: number[] = [];
  let detections = 0;
  let framesWithOneFace = 0;
  let uiFrames = 0;
  let firstResultAt = 0;
  let firstResultFaces = -1;
  let windowEnd = Infinity;
  let busy = false;
  let repeats = 0;

  // The first result, then the measured window.
  const t0 = performance.now();
  firstResultFaces = await subject.detect(video.v);
  firstResultAt = performance.now();
  latencies.push(firstResultAt - t0);
  const windowStart = performance.now();
  windowEnd = windowStart + seconds * 1000;

  // UI frames: what the page can still paint meanwhile.
  const paint = (now: number) => {
    uiFrames++;
    if (now < windowEnd) requestAnimationFrame(paint);
  };
  requestAnimationFrame(paint);
  // Detection: the engine's own clock, each new camera frame once, as soon as the detector is free.
  const clock = createVideoFrameClock();
  clock.watch(video.v);
  await new Promise<void>((resolve) => {
    let seen = -1;
    const next = () => {
      if (performance.now() >= windowEnd) return resolve();
      if (clock.frame() === seen) repeats++;
      seen = clock.frame();
      busy = true;
      const started = performance.now();
      void subject.detect(video.v).then((faces) => {
        const ended = performance.now();
        busy = false;
        if (ended <= windowEnd) {
          detections++;
          if (faces === 1) framesWithOneFace++;
          latencies.push(ended - started);
        }
        clock.after(seen, 0, next);
      });
    };
    next();
  });
  clock.stop();
  // Let a detection still running finish so the next page load starts clean.
  while (busy) await new Promise((r) => setTimeout(r, 10));

  return {
    subject: subjectName,
    loadStartedAt,
    loadMs,
    cameraReadyAt: video.at,
    firstResultAt,
    firstResultFaces,
    windowMs: windowEnd - windowStart,
    detections,
    framesWithOneFace,
    latencies: latencies.slice(1),
    uiFrames,
    longTasks: longTasks.filter((t) => t.start >= windowStart && t.start < windowEnd),
    longTasksDuringLoad: longTasks.filter((t) => t.start < windowStart),
    facts: { ...subject.describe(), framesAnalysedTwice: repeats },
  };
}

const status = document.getElementById('status')!;
run().then(
  (result) => {
    window.benchResult = result;
    status.textContent = 'done';
  },
  (error: unknown) => {
    window.benchResult = { subject: subjectName, error: String(error) } as BenchResult;
    status.textContent = `failed: ${String(error)}`;
  },
);
