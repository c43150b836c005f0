/**
 * Runs `run`, which says through `enter(stage)` when it moves on to its next step, and rejects with
 * `onTimeout(stage)`'s error as soon as one step (starting with `first`) lasts more than `ms`
 * milliseconds: the clock starts again at every step. The timer is cleared either way.
 */
export function withStageTimeout<T, S>(
  first: S,
  ms: number,
  run: (enter: (stage: S) => void) => Promise<T>,
  onTimeout: (stage: S) => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let stage = first;
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        settled = true;
        reject(onTimeout(stage));
      }, ms);
    };
    const settle = () => {
      settled = true;
      clearTimeout(timer);
    };
    arm();
    let promise: Promise<T>;
    try {
      promise = run((next) => {
        if (settled) return;
        stage = next;
        arm();
      });
    } catch (error) {
      settle();
      reject(error);
      return;
    }
    promise.then(
      (value) => {
        if (settled) return;
        settle();
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settle();
        reject(error);
      },
    );
  });
}
