import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LivenessCapture } from './liveness-capture.js';
import {
  installHarness,
  renderCapture,
  root,
  screen,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';

let harness: Harness;
beforeEach(async () => {
  harness = await installHarness();
});
afterEach(() => harness.restore());

describe('<LivenessCapture> text', () => {
  it('Arabic: right-to-left layout and Arabic text everywhere', async () => {
    renderCapture(harness, { locale: 'ar-EG' });
    await screen.findByRole('button', { name: 'تشغيل الكاميرا' });
    expect(root()).toHaveAttribute('dir', 'rtl');
    expect(root()).toHaveAttribute('lang', 'ar');
    expect(root()).toHaveAccessibleName('فحص الوجه');
  });

  it('Spanish hints and errors', async () => {
    harness.media.failWith = 'NotAllowedError';
    renderCapture(harness, { locale: 'es' });
    await userEvent.click(await screen.findByRole('button', { name: 'Activar la cámara' }));
    await waitForState('camera-error');
    expect(screen.getByRole('heading', { name: 'El acceso a la cámara está bloqueado.' })).toBeVisible();
    expect(root()).toHaveAttribute('dir', 'ltr');
  });

  it('displayText overrides any key; an unknown locale falls back to English', async () => {
    renderCapture(harness, { locale: 'nl', displayText: { 'ui.start': 'Begin' } });
    expect(screen.getByRole('button', { name: 'Begin' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Take a selfie to confirm it’s you' })).toBeVisible();
    expect(root()).toHaveAttribute('lang', 'en');
  });

  it('switching the locale prop re-renders in the new language', async () => {
    const { rerender } = render(<LivenessCapture detector={harness.detector} locale="en" />);
    expect(screen.getByRole('button', { name: 'Start the camera' })).toBeVisible();
    rerender(<LivenessCapture detector={harness.detector} locale="ja" />);
    expect(await screen.findByRole('button', { name: 'カメラを起動' })).toBeVisible();
    expect(root()).toHaveAttribute('lang', 'ja');
  });
});
