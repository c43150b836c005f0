import type { CaptureStore } from '../store/create-capture-store.js';
import { cameraDisconnectedError, cameraErrorFrom } from './camera-errors.js';
import { listCameras } from './list-cameras.js';

/** The open camera's bookkeeping: its track ending, which camera streams, the device list. */
export interface CameraSession {
  /** A stream is up: watch its tracks and refresh the device list. */
  started(stream: MediaStream): void;
  /** The stream could not be opened. */
  failed(error: unknown): void;
  /** Follows devices being plugged in and out while the camera is on (`on`), or stops following. */
  watchDevices(on: boolean): void;
  /** Stops watching the tracks and the devices. */
  detach(): void;
}

export function createCameraSession(store: CaptureStore): CameraSession {
  const actions = () => store.getState().actions;
  let detachTrack: (() => void) | null = null;
  let unwatchDevices: (() => void) | null = null;
  const refreshDevices = () => void listCameras().then((list) => actions().setDevices(list));
  const detachTracks = () => {
    detachTrack?.();
    detachTrack = null;
  };

  return {
    started(stream) {
      detachTracks();
      const tracks = typeof stream.getVideoTracks === 'function' ? stream.getVideoTracks() : [];
      const onEnded = () => actions().cameraFailed(cameraDisconnectedError());
      for (const track of tracks) track.addEventListener('ended', onEnded);
      detachTrack = () => {
        for (const track of tracks) track.removeEventListener('ended', onEnded);
      };
      const settings =
        tracks[0] && typeof tracks[0].getSettings === 'function' ? tracks[0].getSettings() : {};
      actions().cameraStarted(settings.deviceId ?? null);
      refreshDevices();
    },
    failed(error) {
      detachTracks();
      actions().cameraFailed(cameraErrorFrom(error));
    },
    watchDevices(on) {
      const devices = globalThis.navigator?.mediaDevices;
      if (!on || !devices || typeof devices.addEventListener !== 'function') {
        unwatchDevices?.();
        unwatchDevices = null;
        return;
      }
      if (unwatchDevices) return;
      devices.addEventListener('devicechange', refreshDevices);
      unwatchDevices = () => devices.removeEventListener('devicechange', refreshDevices);
    },
    detach() {
      detachTracks();
      unwatchDevices?.();
      unwatchDevices = null;
    },
  };
}
