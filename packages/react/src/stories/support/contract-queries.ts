/**
 * Stories only: play-function helpers that read the component through its DOM contract
 * (`data-part`, `data-state`, `data-hint`, `data-error`, `data-status`, `data-warning`).
 */
import { formatText, type GuidanceCode } from '@liveness-kit/core';
import { expect, waitFor } from 'storybook/test';
import { loadLocale } from '@liveness-kit/capture';
import { resolveLocale } from '@liveness-kit/capture';
import type { LivenessText, LivenessTextKey } from '@liveness-kit/capture';
import type { CaptureState } from '@liveness-kit/capture';
import { isJpeg, type RecordedRequest } from './mock-endpoint.js';
import { storyEndpoint } from './story-mocks.js';

/** Long enough for a busy 2-core machine; a story that really is stuck still fails. */
const TIMEOUT_MS = 8_000;

/** The first element of a part, or `null`. */
export function part(canvas: HTMLElement, name: string): HTMLElement | null {
  return canvas.querySelector<HTMLElement>(`[data-part="${name}"]`);
}

/** Every element of a part. */
export function parts(canvas: HTMLElement, name: string): HTMLElement[] {
  return [...canvas.querySelectorAll<HTMLElement>(`[data-part="${name}"]`)];
}

/** The component's root (fails the story when there is none). */
export function root(canvas: HTMLElement): HTMLElement {
  const element = part(canvas, 'root');
  if (!element) throw new Error('no [data-part="root"] in the story');
  return element;
}

/** Waits until a part is there. */
export async function waitForPart(
  canvas: HTMLElement,
  name: string,
  timeout = TIMEOUT_MS,
): Promise<HTMLElement> {
  return waitFor(
    () => {
      const element = part(canvas, name);
      if (!element) throw new Error(`no [data-part="${name}"] yet`);
      return element;
    },
    { timeout },
  );
}

/** Waits until the root's `data-state` is `state`. */
export async function waitForState(
  canvas: HTMLElement,
  state: CaptureState,
  timeout = TIMEOUT_MS,
): Promise<void> {
  await waitFor(() => expect(root(canvas)).toHaveAttribute('data-state', state), { timeout });
}

/** Waits until the live hint (`data-source="camera"`) shows `code`. */
export async function waitForHint(
  canvas: HTMLElement,
  code: GuidanceCode,
  timeout = TIMEOUT_MS,
): Promise<HTMLElement> {
  return waitFor(
    () => {
      const hint = canvas.querySelector<HTMLElement>('[data-part="hint"][data-source="camera"]');
      expect(hint).toHaveAttribute('data-hint', code);
      return hint!;
    },
    { timeout },
  );
}

/** The text table of the locale the component shows (loaded like the component loads it). */
export function textTable(locale?: string): Promise<LivenessText> {
  return loadLocale(resolveLocale(locale));
}

/** `key`'s text in `locale`, with `{name}` placeholders filled from `values`. */
export async function textOf(
  key: LivenessTextKey,
  locale?: string,
  values: Record<string, string | number> = {},
): Promise<string> {
  return formatText((await textTable(locale))[key], values);
}

/** Waits until the polite live region says `text` (hints are announced once they have held). */
export async function waitForAnnouncement(
  canvas: HTMLElement,
  text: string,
  timeout = TIMEOUT_MS,
): Promise<void> {
  await waitFor(() => expect(part(canvas, 'announcer')).toHaveTextContent(text), { timeout });
}

/** The tags of the warnings the result shows, in order. */
export function warningTags(canvas: HTMLElement): string[] {
  return parts(canvas, 'warning').map((w) => w.getAttribute('data-warning') ?? '');
}

/** The requests the story's endpoint got. */
export function requests(): readonly RecordedRequest[] {
  return storyEndpoint().requests;
}

/** Waits until the story's endpoint has got `count` requests (and checks it got no more). */
export async function waitForRequests(
  count: number,
  timeout = TIMEOUT_MS,
): Promise<readonly RecordedRequest[]> {
  await waitFor(() => expect(requests().length).toBeGreaterThanOrEqual(count), { timeout });
  await expect(requests()).toHaveLength(count);
  return requests();
}

/** Checks that a request carried the photo as a real JPEG in the contract's `user_image` part. */
export async function expectPhotoSent(request: RecordedRequest | undefined): Promise<void> {
  await expect(request?.method).toBe('POST');
  await expect(request?.image?.type).toBe('image/jpeg');
  await expect(isJpeg(request?.image?.bytes ?? new Uint8Array())).toBe(true);
  // A 640x480 camera frame of a real photo; an empty or blank canvas encodes to far less.
  await expect(request?.image?.size ?? 0).toBeGreaterThan(8_000);
}

/** Lets `ms` pass (to prove something does not happen in that time). */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
