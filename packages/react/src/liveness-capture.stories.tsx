import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { LivenessCapture } from './liveness-capture.js';
import './styles/liveness-capture.css';
import { installCanvasCamera } from './testing/canvas-camera.js';
import { createScriptedDetector, type RelativeFace } from './testing/scripted-detector.js';
import { storyBody } from './testing/story-bodies.js';

const centred: RelativeFace = { x: 0.3, y: 0.15, width: 0.4, height: 0.6 };
const small: RelativeFace = { x: 0.44, y: 0.4, width: 0.12, height: 0.16 };
const fast = { frameIntervalMs: 30, readyHoldMs: 100, announceDelayMs: 300 };

const meta = {
  title: 'LivenessCapture/States',
  component: LivenessCapture,
  parameters: { layout: 'padded' },
  beforeEach: () => installCanvasCamera(),
  args: { timing: fast, stability: { stillMs: 150 } },
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvas: HTMLElement) => canvas.querySelector<HTMLElement>('[data-part="root"]')!;
const waitForState = (canvas: HTMLElement, state: string) =>
  waitFor(() => expect(root(canvas)).toHaveAttribute('data-state', state), { timeout: 8_000 });

export const Idle: Story = {
  args: { detector: createScriptedDetector([centred]) },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'idle');
    await expect(canvasElement.querySelector('[data-part="start"]')).toBeVisible();
  },
};

export const GuidingMoveCloser: Story = {
  args: { detector: createScriptedDetector([small]), autoStart: true, autoCapture: false },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'guiding');
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-part="hint"]')).toHaveAttribute('data-hint', 'MOVE_CLOSER'),
    );
    await expect(canvasElement.querySelector('[data-part="capture"]')).toBeVisible();
  },
};

export const GuidingNoFace: Story = {
  args: { detector: createScriptedDetector([]), autoStart: true },
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(canvasElement.querySelector('[data-part="hint"]')).toHaveAttribute('data-hint', 'NO_FACE'),
      {
        timeout: 8_000,
      },
    );
  },
};

export const Approved: Story = {
  args: {
    detector: createScriptedDetector([centred]),
    autoStart: true,
    submit: async () => storyBody('Approved'),
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'result');
    await expect(canvasElement.querySelector('[data-part="result"]')).toHaveAttribute(
      'data-status',
      'Approved',
    );
    await expect(canvasElement.querySelector('[data-part="retake"]')).toBeNull();
  },
};

export const DeclinedWithPrompts: Story = {
  args: {
    detector: createScriptedDetector([centred]),
    autoStart: true,
    submit: async () => storyBody('Declined', ['LOW_FACE_LUMINANCE', 'LOW_FACE_QUALITY']),
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'result');
    await expect(canvasElement.querySelector('[data-part="result"]')).toHaveAttribute(
      'data-status',
      'Declined',
    );
    const tags = [...canvasElement.querySelectorAll('[data-part="warning"]')].map((w) =>
      w.getAttribute('data-warning'),
    );
    await expect(tags.sort()).toEqual(['LOW_FACE_LUMINANCE', 'LOW_FACE_QUALITY']);
    await expect(canvasElement.querySelector('[data-part="retake"]')).toBeVisible();
  },
};

export const DeclinedFraudNeutral: Story = {
  args: {
    detector: createScriptedDetector([centred]),
    autoStart: true,
    submit: async () => storyBody('Declined', ['LIVENESS_FACE_ATTACK']),
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'result');
    const warning = canvasElement.querySelector('[data-part="warning"]');
    await expect(warning).toHaveAttribute('data-warning', 'LIVENESS_FACE_ATTACK');
    await expect(warning?.textContent).not.toMatch(/attack|spoof|screen|print/i);
  },
};

export const InReview: Story = {
  args: {
    detector: createScriptedDetector([centred]),
    autoStart: true,
    submit: async () => storyBody('In Review', ['LOW_LIVENESS_SCORE']),
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'result');
    await expect(canvasElement.querySelector('[data-part="result"]')).toHaveAttribute(
      'data-status',
      'In Review',
    );
  },
};

export const ApprovedDark: Story = {
  args: {
    detector: createScriptedDetector([centred]),
    autoStart: true,
    theme: 'dark',
    submit: async () => storyBody('Approved'),
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'result');
    await expect(root(canvasElement)).toHaveAttribute('data-theme', 'dark');
  },
};

export const ArabicRightToLeft: Story = {
  args: { detector: createScriptedDetector([centred]), locale: 'ar' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('dir', 'rtl'));
    await expect(root(canvasElement)).toHaveAttribute('lang', 'ar');
  },
};
