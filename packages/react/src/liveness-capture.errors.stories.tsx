import { LivenessError } from '@liveness-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { LivenessCapture } from './liveness-capture.js';
import './styles/liveness-capture.css';
import { installCanvasCamera } from './testing/canvas-camera.js';
import { createScriptedDetector } from './testing/scripted-detector.js';

const centred = { x: 0.3, y: 0.15, width: 0.4, height: 0.6 };
const fast = { frameIntervalMs: 30, readyHoldMs: 100, announceDelayMs: 300 };

const meta = {
  title: 'LivenessCapture/Errors',
  component: LivenessCapture,
  parameters: { layout: 'padded' },
  args: { timing: fast, stability: { stillMs: 150 }, autoStart: true },
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

const part = (canvas: HTMLElement, name: string) =>
  canvas.querySelector<HTMLElement>(`[data-part="${name}"]`);
const waitForState = (canvas: HTMLElement, state: string) =>
  waitFor(() => expect(part(canvas, 'root')).toHaveAttribute('data-state', state), { timeout: 8_000 });

export const CameraDenied: Story = {
  beforeEach: () => installCanvasCamera({ failWith: 'NotAllowedError' }),
  args: { detector: createScriptedDetector([centred]) },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'camera-error');
    await expect(part(canvasElement, 'error')).toHaveAttribute('data-error', 'CAMERA_PERMISSION_DENIED');
    await expect(part(canvasElement, 'upload')).toHaveAttribute('type', 'file');
    await expect(part(canvasElement, 'retry')).toBeVisible();
  },
};

export const CameraBusy: Story = {
  beforeEach: () => installCanvasCamera({ failWith: 'NotReadableError' }),
  args: { detector: createScriptedDetector([centred]) },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'camera-error');
    await expect(part(canvasElement, 'error')).toHaveAttribute('data-error', 'CAMERA_IN_USE');
  },
};

function failingDetector() {
  const detector = createScriptedDetector([centred]);
  detector.failLoad = true;
  return detector;
}

export const ModelError: Story = {
  beforeEach: () => installCanvasCamera(),
  args: { detector: failingDetector() },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'model-error');
    await expect(part(canvasElement, 'error')).toHaveAttribute('data-error', 'MODEL_LOAD_FAILED');
    await expect(part(canvasElement, 'retry')).toBeVisible();
  },
};

export const Uploading: Story = {
  beforeEach: () => installCanvasCamera(),
  args: { detector: createScriptedDetector([centred]), submit: () => new Promise(() => undefined) },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'uploading');
    await expect(part(canvasElement, 'progress')).toHaveAttribute('data-state', 'uploading');
    await expect(part(canvasElement, 'cancel')).toBeVisible();
  },
};

export const RateLimited: Story = {
  beforeEach: () => installCanvasCamera(),
  args: {
    detector: createScriptedDetector([centred]),
    submit: async () => {
      throw new LivenessError('RATE_LIMITED', { status: 429, retryAfterMs: 30_000 });
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'upload-error');
    await expect(part(canvasElement, 'error')).toHaveAttribute('data-error', 'RATE_LIMITED');
    await expect(part(canvasElement, 'error')).toHaveTextContent('Wait 30 seconds, then try again.');
  },
};

export const ServerErrorDark: Story = {
  beforeEach: () => installCanvasCamera(),
  args: {
    detector: createScriptedDetector([centred]),
    theme: 'dark',
    retry: { retries: 0 },
    submit: async () => {
      throw new LivenessError('SERVER', { status: 503 });
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'upload-error');
    await expect(part(canvasElement, 'error')).toHaveAttribute('data-error', 'SERVER');
    await expect(part(canvasElement, 'retry')).toBeVisible();
  },
};
