import type { Page } from 'playwright-core';

/**
 * Everything a page did wrong: console errors, uncaught errors, CSP violations, requests that failed
 * or were answered 4xx/5xx (the browser's own `/favicon.ico` request aside: these apps have none).
 */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  failedRequests: string[];
}

const FAVICON = /\/favicon\.ico$/;

/**
 * Starts recording a page's problems; call before `goto`. CSP violations come from the
 * `securitypolicyviolation` event of the page and of its workers' reports in the console.
 */
export async function watchPage(page: Page): Promise<() => Promise<PageProblems>> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [] };
  page.on('console', (message) => {
    // A refused load is listed with its URL under failedRequests; the console's line has none.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.consoleErrors.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !FAVICON.test(response.url())) {
      problems.failedRequests.push(
        `${response.request().method()} ${response.url()}: HTTP ${response.status()}`,
      );
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
  );
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  return async () => {
    const csp = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    return { ...problems, cspViolations: csp };
  };
}

export const RESULT_STATUSES = ['Approved', 'Declined', 'In Review'];

/** Presses Start and waits for the result; returns the result's `data-status`. */
export async function captureToResult(page: Page, timeoutMs = 90_000): Promise<string | null> {
  await page.click('[data-part="start"]', { timeout: timeoutMs });
  await page.waitForSelector('[data-part="root"][data-state="result"]', { timeout: timeoutMs });
  return page.getAttribute('[data-part="result"]', 'data-status');
}

/** The POSTs a page made to paths matching `pattern`, with their final status. */
export function recordPosts(page: Page, pattern: RegExp): Array<{ url: string; status: number }> {
  const posts: Array<{ url: string; status: number }> = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() === 'POST' && pattern.test(new URL(request.url()).pathname)) {
      posts.push({ url: request.url(), status: response.status() });
    }
  });
  return posts;
}
