import { interpretResult, LivenessError, parseLivenessResponse } from '@liveness-kit/core';
import { describe, expect, it } from 'vitest';
import { createCaptureStore } from './create-capture-store.js';

const approved = interpretResult(
  parseLivenessResponse({ request_id: 'r', liveness: { status: 'Approved', score: 99 }, created_at: null }),
);

function guidingStore() {
  const store = createCaptureStore();
  const a = store.getState().actions;
  a.start();
  a.modelLoading();
  a.modelLoaded();
  a.cameraStarted('cam');
  return store;
}

describe('createCaptureStore', () => {
  it('each instance is its own store', () => {
    const one = createCaptureStore();
    const two = createCaptureStore();
    one.getState().actions.start();
    expect(one.getState().state).toBe('starting-camera');
    expect(two.getState().state).toBe('idle');
  });

  it('waits for the model after the camera, in either order', () => {
    const store = createCaptureStore();
    const a = store.getState().actions;
    a.start();
    a.modelLoading();
    a.cameraStarted();
    expect(store.getState().state).toBe('loading-model');
    a.modelLoaded();
    expect(store.getState().state).toBe('guiding');
    const other = createCaptureStore();
    other.getState().actions.start();
    other.getState().actions.modelFailed(new LivenessError('MODEL_LOAD_FAILED'));
    expect(other.getState().state).toBe('starting-camera');
    other.getState().actions.cameraStarted();
    expect(other.getState().state).toBe('model-error');
    expect(other.getState().error?.code).toBe('MODEL_LOAD_FAILED');
  });

  it('guards every transition: one upload per capture, nothing from the wrong state', () => {
    const store = guidingStore();
    const a = store.getState().actions;
    expect(a.beginUpload(3)).toBe(false);
    expect(a.beginCapture('camera')).toBe(true);
    expect(a.beginCapture('camera')).toBe(false);
    expect(a.beginUpload(3)).toBe(true);
    expect(a.beginUpload(3)).toBe(false);
    expect(a.retake()).toBe(false);
    expect(a.uploadSucceeded(approved)).toBe(true);
    expect(a.uploadFailed(new LivenessError('NETWORK'))).toBe(false);
    expect(store.getState().state).toBe('result');
    expect(a.retake()).toBe(true);
    expect(store.getState().state).toBe('guiding');
  });

  it('a camera lost while uploading is shown on retake, not in the middle of the upload', () => {
    const store = guidingStore();
    const a = store.getState().actions;
    a.beginCapture('camera');
    a.beginUpload(1);
    a.cameraFailed(new LivenessError('CAMERA_DISCONNECTED'));
    expect(store.getState().state).toBe('uploading');
    a.uploadFailed(new LivenessError('SERVER'));
    a.retake();
    expect(store.getState().state).toBe('camera-error');
    expect(store.getState().error?.code).toBe('CAMERA_DISCONNECTED');
  });

  it('a photo refused or sent from camera-error comes back to camera-error with the camera error', () => {
    const store = createCaptureStore();
    const a = store.getState().actions;
    a.start();
    a.cameraFailed(new LivenessError('CAMERA_NOT_FOUND'));
    expect(a.beginCapture('photo')).toBe(true);
    a.captureRefused('NO_FACE');
    expect(store.getState()).toMatchObject({
      state: 'camera-error',
      refused: { hint: 'NO_FACE', source: 'photo' },
    });
    a.beginCapture('photo');
    a.beginUpload(1);
    a.uploadFailed(new LivenessError('RATE_LIMITED'));
    expect(store.getState().error?.code).toBe('RATE_LIMITED');
    a.retake();
    expect(store.getState()).toMatchObject({ state: 'camera-error' });
    expect(store.getState().error?.code).toBe('CAMERA_NOT_FOUND');
  });

  it('switching cameras restarts the stream while guiding', () => {
    const store = guidingStore();
    store.getState().actions.selectDevice('usb');
    expect(store.getState()).toMatchObject({ state: 'starting-camera', deviceId: 'usb' });
    store.getState().actions.cameraStarted('usb');
    expect(store.getState()).toMatchObject({ state: 'guiding', activeDeviceId: 'usb' });
  });

  it('follows the frame size with the oval for it, unless the oval option is given; none when the camera is off', () => {
    const store = guidingStore();
    const a = store.getState().actions;
    expect(store.getState().frameSize).toBeNull();
    a.frameResized({ width: 480, height: 640 });
    expect(store.getState()).toMatchObject({
      frameSize: { width: 480, height: 640 },
      oval: { widthRatio: 0.75 },
    });
    a.frameResized({ width: 640, height: 480 });
    expect(store.getState().oval).toEqual({ widthRatio: 0.55, heightRatio: 0.8 });
    a.ovalOption({ widthRatio: 0.6, heightRatio: 0.7 });
    a.frameResized({ width: 480, height: 640 });
    expect(store.getState().oval).toEqual({ widthRatio: 0.6, heightRatio: 0.7 });
    a.ovalOption(null);
    expect(store.getState().oval.widthRatio).toBe(0.75);
    a.cameraFailed(new LivenessError('CAMERA_DISCONNECTED'));
    expect(store.getState()).toMatchObject({ frameSize: null, oval: { widthRatio: 0.55, heightRatio: 0.8 } });
    a.frameResized({ width: 480, height: 640 });
    expect(store.getState().frameSize).toBeNull();
  });

  it('a phone in landscape holds the hint at HOLD_UPRIGHT and takes no photo until it is upright', () => {
    const store = guidingStore();
    const a = store.getState().actions;
    a.assessed('MOVE_CLOSER', false);
    a.screenOriented(false, false);
    expect(store.getState()).toMatchObject({
      screenPortrait: false,
      holdUpright: false,
      hint: 'MOVE_CLOSER',
    });
    a.screenOriented(false, true);
    expect(store.getState()).toMatchObject({ holdUpright: true, hint: 'HOLD_UPRIGHT', fitted: false });
    a.assessed('READY', true);
    expect(store.getState().hint).toBe('HOLD_UPRIGHT');
    expect(a.beginCapture('camera')).toBe(false);
    a.screenOriented(true, true);
    expect(store.getState()).toMatchObject({ holdUpright: false, hint: null });
    expect(a.beginCapture('camera')).toBe(true);
  });

  it('comes back to guiding with HOLD_UPRIGHT when the phone was turned meanwhile', () => {
    const store = guidingStore();
    const a = store.getState().actions;
    a.beginCapture('camera');
    a.beginUpload(1);
    a.screenOriented(false, true);
    expect(store.getState().hint).toBeNull();
    a.uploadSucceeded(approved);
    a.retake();
    expect(store.getState()).toMatchObject({ state: 'guiding', hint: 'HOLD_UPRIGHT' });
  });
});
