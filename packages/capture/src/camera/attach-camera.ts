import type { LivenessCaptureEngine } from '../engine/engine-types.js';

/**
 * Opens the camera in `video` for views that do not open it themselves (the custom element, plain
 * DOM): whenever the engine wants the camera (`cameraOn`, a new `cameraSession` after a retry or a
 * camera switch) it asks `getUserMedia` for the engine's constraints, shows the stream and reports
 * it (or the failure) to the engine; it stops the tracks when the camera is no longer wanted.
 * Returns `detach` (stops the stream).
 */
export function attachCamera(engine: LivenessCaptureEngine, video: HTMLVideoElement): () => void {
  let stream: MediaStream | null = null;
  let session = -1;
  const stop = () => {
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    video.srcObject = null;
  };
  const open = async (wanted: number) => {
    const devices = globalThis.navigator?.mediaDevices;
    if (!devices || typeof devices.getUserMedia !== 'function') {
      engine.cameraFailed('the camera API (navigator.mediaDevices.getUserMedia) is not available');
      return;
    }
    try {
      const next = await devices.getUserMedia({ audio: false, video: engine.cameraConstraints() });
      if (wanted !== session) {
        for (const track of next.getTracks()) track.stop();
        return;
      }
      stream = next;
      video.muted = true;
      video.playsInline = true;
      video.srcObject = next;
      // Autoplay may be refused (or `play` missing): frames are read once the video has data anyway.
      await Promise.resolve()
        .then(() => video.play())
        .catch(() => undefined);
      engine.attachVideo(video);
      engine.cameraStarted(next);
    } catch (error) {
      if (wanted === session) engine.cameraFailed(error);
    }
  };
  const sync = () => {
    const { cameraOn, cameraSession } = engine.getState();
    if (!cameraOn) {
      session = -1;
      if (stream) stop();
      return;
    }
    if (cameraSession === session) return;
    session = cameraSession;
    stop();
    void open(cameraSession);
  };
  const unsubscribe = engine.subscribe(sync);
  sync();
  return () => {
    unsubscribe();
    session = -1;
    stop();
    engine.attachVideo(null);
  };
}
