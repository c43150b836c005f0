/**
 * Stories only: URLs of files Storybook serves. `.storybook/main.ts` serves the repository's
 * `../shared/fixtures` at `fixtures/` and the livenessKit() plugin the detector's files at
 * `liveness-kit/`, both under Vite's base: `/` in development and story tests, `./` in the static
 * build (so it also works from a sub-folder).
 */
export function baseUrl(): string {
  const env = (import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env;
  return env?.BASE_URL ?? '/';
}

/** The URL of a fixture photo, e.g. `single/man-glasses-webcam.jpg`. */
export function fixtureUrl(fixture: string): string {
  return `${baseUrl()}fixtures/${fixture}`;
}
