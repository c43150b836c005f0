import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { idPhotoFromFixture } from '@liveness-kit/test-utils';
import type { Page } from 'playwright-core';

/**
 * Model loading plus a check on the local engine take seconds, and far more on a loaded 2-core
 * machine: the time limit of a test that runs a capture.
 */
export const FLOW_TIMEOUT_MS = 120_000;
/** Below the test's own time limit, so a stuck capture is reported with its state. */
export const STATE_TIMEOUT_MS = 90_000;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0-2.2 A and AA, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Each failing node's selector and axe's explanation (colours and ratio for contrast). */
  nodes: { target: string; summary: string }[];
}

/** Runs axe-core on the page as it is now; returns the violations (empty when there is none). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Colours caught mid-transition (e.g. right after a theme change) are not the page's colours.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; failureSummary?: string }[];
      }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
  }, AXE_TAGS);
}

/** Waits until the component's root is in one of `states`; returns the one it reached. */
export async function waitForCaptureState(
  page: Page,
  states: readonly string[],
  timeout = STATE_TIMEOUT_MS,
): Promise<string> {
  try {
    const handle = await page.waitForFunction(
      (wanted) => {
        const state = document.querySelector('[data-part="root"]')?.getAttribute('data-state');
        return state && wanted.includes(state) ? state : false;
      },
      states,
      { timeout },
    );
    return (await handle.jsonValue()) as string;
  } catch (error) {
    // Say where it stopped instead of only "timed out".
    const where = await page
      .evaluate(() => {
        const root = document.querySelector('[data-part="root"]');
        const hint = root?.querySelector('[data-part="hint"]');
        const dev = document.querySelector('[data-dev="error"]')?.parentElement?.textContent;
        return `state ${root?.getAttribute('data-state')}, hint ${hint?.getAttribute('data-hint')}${dev ? `, error ${dev}` : ''}`;
      })
      .catch(() => 'page gone');
    throw new Error(`The capture did not reach ${states.join(' or ')} (${where})`, { cause: error });
  }
}

const idPhotos = new Map<string, Promise<string>>();

/**
 * Step 1 of the check (the face-match flow, on by default): gives the component an ID photo made
 * from `person` (the camera's fixture, so the face match is of the same person) through its
 * "choose a photo of your ID" input, and waits for step 2, the selfie.
 */
export async function passIdPhotoStep(page: Page, person: string): Promise<void> {
  let photo = idPhotos.get(person);
  if (!photo) {
    photo = idPhotoFromFixture(person);
    idPhotos.set(person, photo);
  }
  await page.locator('[data-part="root"][data-step="reference"]').waitFor({ timeout: STATE_TIMEOUT_MS });
  await page.locator('[data-part="reference-choose"]').setInputFiles(await photo);
  await page.locator('[data-part="root"][data-step="liveness"]').waitFor({ timeout: STATE_TIMEOUT_MS });
}
