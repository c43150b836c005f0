import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; the test command installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags every headless run needs on these machines (no network beyond loopback, root, no GPU). */
export const CHROMIUM_BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  /** A `.y4m`/`.mjpeg` file for the fake camera. With none, Chromium's synthetic pattern plays. */
  fakeCameraFile?: string;
  /** Add the fake camera device at all (default true). */
  fakeDevice?: boolean;
  /** Grant camera permission without a prompt (default true). False leaves the prompt to the test. */
  fakeUi?: boolean;
  extraArgs?: string[];
}

/** Launches Debian's Chromium through Playwright with an optional fake camera. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const { fakeCameraFile, fakeDevice = true, fakeUi = true, extraArgs = [] } = options;
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Run "npm test" (it installs it) or apt-get install chromium.`,
    );
  }
  const args = [...CHROMIUM_BASE_ARGS, ...extraArgs];
  if (fakeDevice) args.push('--use-fake-device-for-media-stream');
  if (fakeUi) args.push('--use-fake-ui-for-media-stream');
  if (fakeCameraFile) args.push(`--use-file-for-fake-video-capture=${fakeCameraFile}`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
}
