/** The parts of a `securitypolicyviolation` event used here. */
export interface CspViolation {
  /** The directive that refused, e.g. `connect-src` or `script-src`. */
  directive: string;
  /** What was refused: a URL, or a keyword such as `wasm-eval` or `inline`. */
  blockedURI: string;
}

/** The `securitypolicyviolation` events of this realm (the page or a worker) since `watch` started. */
export interface CspViolationLog {
  /** The `connect-src` refusal of `url` (same URL, or the same origin when the browser only reported that). */
  refusedFetch(url: string): CspViolation | undefined;
  /** A refusal whose directive is `script-src` and whose blocked URI is `wasm-eval` (WebAssembly compile). */
  refusedWasm(): CspViolation | undefined;
  stop(): void;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Starts recording `securitypolicyviolation` events where they arrive in this realm: on the page
 * they are fired at the document and bubble to `window`; in a worker, at its global scope. A fetch
 * refused by `connect-src` only rejects with a `TypeError` like any network error, so this log is
 * how a refusal is told from a server that is down. Where the event does not exist, nothing is recorded.
 */
export function watchCspViolations(target: EventTarget | undefined = globalThis): CspViolationLog {
  const seen: CspViolation[] = [];
  const onViolation = (event: Event) => {
    const e = event as Partial<SecurityPolicyViolationEvent>;
    seen.push({
      directive: e.effectiveDirective || e.violatedDirective || '',
      blockedURI: e.blockedURI ?? '',
    });
  };
  target?.addEventListener?.('securitypolicyviolation', onViolation);
  return {
    refusedFetch(url) {
      const origin = originOf(url);
      return seen.find(
        (v) =>
          v.directive.startsWith('connect-src') &&
          (v.blockedURI === url || (origin !== undefined && originOf(v.blockedURI) === origin)),
      );
    },
    refusedWasm() {
      return seen.find((v) => v.directive.startsWith('script-src') && v.blockedURI === 'wasm-eval');
    },
    stop() {
      target?.removeEventListener?.('securitypolicyviolation', onViolation);
    },
  };
}
