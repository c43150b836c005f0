/** Stories only: what every liveness story shares. */
import type { CaptureTiming } from '@liveness-kit/capture';
import { SCENES, sceneDetector } from './camera-scenes.js';
import { STORY_ENDPOINT } from './mock-endpoint.js';

/** Shorter than the defaults (made for people), so that story tests run quickly. */
export const FAST_TIMING: CaptureTiming = { frameIntervalMs: 30, readyHoldMs: 100, announceDelayMs: 300 };

/** Still for 150 ms instead of 500 before a frame is `READY`. */
export const FAST_STABILITY = { stillMs: 150 };

/**
 * `parameters.docs.story` of every liveness story file: docs pages render each story in its own
 * iframe, since each story installs its own camera and endpoint, which are page globals. (Write
 * `docs: { story: DOCS_IN_IFRAME }` literally in the meta: Storybook adds the meta's comment as
 * `docs.description` to a literal `parameters` object, which would hide a `docs` spread into it.)
 */
export const DOCS_IN_IFRAME = { inline: false, height: '640px' } as const;

/**
 * The `args` most liveness story files start from: the mocked endpoint, started at once, fast
 * timings, and a detector that sees one face fitted in the oval.
 */
export const READY_STORY_ARGS = {
  endpoint: STORY_ENDPOINT,
  autoStart: true,
  timing: FAST_TIMING,
  stability: FAST_STABILITY,
  detector: sceneDetector(SCENES.ready),
};
