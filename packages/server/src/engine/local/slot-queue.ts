import { LivenessError } from '@liveness-kit/core';

interface Waiter<S> {
  resolve: (slot: S) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * A first-come first-served queue for a fixed set of slots (one Human instance, or one worker
 * each): `acquire` resolves with a free slot, waiting in line while all are busy. A request whose
 * signal aborts while it waits leaves the line with an `ABORTED` error.
 */
export class SlotQueue<S> {
  private readonly free: S[];
  private readonly waiters: Array<Waiter<S>> = [];
  private closed = false;

  constructor(slots: readonly S[]) {
    this.free = [...slots];
  }

  /** Requests waiting for a slot. */
  get waiting(): number {
    return this.waiters.length;
  }

  acquire(signal?: AbortSignal): Promise<S> {
    if (this.closed) return Promise.reject(closedError());
    if (signal?.aborted) return Promise.reject(abortedError(signal));
    const slot = this.free.shift();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise<S>((resolve, reject) => {
      const waiter: Waiter<S> = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) this.waiters.splice(index, 1);
          reject(abortedError(signal));
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  release(slot: S): void {
    const waiter = this.waiters.shift();
    if (!waiter) {
      this.free.push(slot);
      return;
    }
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    waiter.resolve(slot);
  }

  /** Rejects everyone waiting; later `acquire` calls fail at once. */
  close(): void {
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) {
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.reject(closedError());
    }
  }
}

export function abortedError(signal: AbortSignal | undefined): LivenessError {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === 'TimeoutError') {
    return new LivenessError('TIMEOUT', { cause: reason });
  }
  return new LivenessError('ABORTED', reason === undefined ? {} : { cause: reason });
}

function closedError(): LivenessError {
  return new LivenessError('UNKNOWN', { detail: 'the local engine is closed' });
}

/**
 * `work`, or an `ABORTED` (or `TIMEOUT`) rejection as soon as `signal` aborts. The work itself
 * cannot be interrupted and finishes in the background.
 */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  work.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
