/**
 * Test only: how the fuzz tests run fast-check. One fixed seed (printed, and `FUZZ_SEED` replays
 * another), a number of runs and a time limit per property; a failure throws fast-check's report,
 * which names the seed and the path that replay it. Also a recorder of unhandled rejections, which
 * fail the tests that register it.
 */
import fc from 'fast-check';

/** The seed of every fuzz property unless `FUZZ_SEED` names another. */
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 1_515_2025;

export interface FuzzBudget {
  /** Runs wanted. `FUZZ_RUNS_SCALE` (e.g. 0.1 or 10) scales them. */
  numRuns: number;
  /** Stop after this long (the runs done so far count; the test does not fail for it). */
  timeLimitMs: number;
  /** One case longer than this fails (a hang). */
  caseTimeoutMs?: number;
}

export interface FuzzOutcome {
  numRuns: number;
  interrupted: boolean;
}

/** Runs `property` by the budget with the fixed seed; throws fast-check's report on a failure. */
export async function runFuzz<T>(
  label: string,
  property: fc.IAsyncPropertyWithHooks<T>,
  budget: FuzzBudget,
): Promise<FuzzOutcome> {
  const scale = process.env.FUZZ_RUNS_SCALE ? Number(process.env.FUZZ_RUNS_SCALE) : 1;
  const numRuns = Math.max(1, Math.round(budget.numRuns * scale));
  const started = performance.now();
  const details = await fc.check(property, {
    seed: FUZZ_SEED,
    numRuns,
    interruptAfterTimeLimit: budget.timeLimitMs,
    markInterruptAsFailure: false,
    timeout: budget.caseTimeoutMs ?? 20_000,
    endOnFailure: false,
    includeErrorInReport: true,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(
    `fuzz ${label}: ${details.numRuns} of ${numRuns} runs in ${seconds} s, seed ${FUZZ_SEED}` +
      (details.interrupted ? ' (stopped by the time limit)' : '') +
      ` (replay: FUZZ_SEED=${FUZZ_SEED})`,
  );
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `fuzz ${label} failed`);
  return { numRuns: details.numRuns, interrupted: details.interrupted };
}

/** Records `unhandledRejection`s from `start()` to `stop()`; `stop()` returns them. */
export function unhandledRejectionRecorder(): { start(): void; stop(): unknown[]; seen: unknown[] } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  return {
    seen,
    start: () => void process.on('unhandledRejection', listener),
    stop: () => {
      process.off('unhandledRejection', listener);
      return seen;
    },
  };
}
