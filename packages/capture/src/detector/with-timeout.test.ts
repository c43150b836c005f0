import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from './with-timeout.js';

describe('withTimeout', () => {
  afterEach(() => vi.useRealTimers());

  it('passes a result or an error through when it comes in time', async () => {
    await expect(withTimeout(Promise.resolve(1), 100, () => new Error('late'))).resolves.toBe(1);
    await expect(
      withTimeout(Promise.reject(new Error('boom')), 100, () => new Error('late')),
    ).rejects.toThrow('boom');
  });

  it('rejects with the timeout error when the promise never settles', async () => {
    vi.useFakeTimers();
    const pending = withTimeout(new Promise(() => {}), 1000, () => new Error('timed out'));
    const check = expect(pending).rejects.toThrow('timed out');
    await vi.advanceTimersByTimeAsync(1000);
    await check;
  });
});
