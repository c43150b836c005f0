import { afterEach, describe, expect, it, vi } from 'vitest';
import { withStageTimeout } from './with-stage-timeout.js';

describe('withStageTimeout', () => {
  afterEach(() => vi.useRealTimers());

  it('passes a result or an error through when every step is in time', async () => {
    await expect(
      withStageTimeout(
        'a',
        100,
        async () => 1,
        () => new Error('late'),
      ),
    ).resolves.toBe(1);
    await expect(
      withStageTimeout(
        'a',
        100,
        () => Promise.reject(new Error('boom')),
        () => new Error('late'),
      ),
    ).rejects.toThrow('boom');
    await expect(
      withStageTimeout(
        'a',
        100,
        () => {
          throw new Error('sync boom');
        },
        () => new Error('late'),
      ),
    ).rejects.toThrow('sync boom');
  });

  it('restarts the clock at every step: three steps of 900 ms each pass a 1000 ms limit', async () => {
    vi.useFakeTimers();
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const result = withStageTimeout(
      'one',
      1000,
      async (enter) => {
        await wait(900);
        enter('two');
        await wait(900);
        enter('three');
        await wait(900);
        return 'done';
      },
      (stage) => new Error(`timed out in ${stage}`),
    );
    await vi.advanceTimersByTimeAsync(2700);
    await expect(result).resolves.toBe('done');
  });

  it('rejects naming the step that stalled, `ms` after that step began', async () => {
    vi.useFakeTimers();
    let entered = 0;
    const pending = withStageTimeout(
      'code',
      1000,
      async (enter) => {
        await new Promise((r) => setTimeout(r, 600));
        enter('models');
        entered = Date.now();
        await new Promise(() => {});
      },
      (stage) => new Error(`timed out in ${stage} at ${Date.now() - entered}`),
    );
    let rejected = false;
    pending.catch(() => (rejected = true));
    const check = expect(pending).rejects.toThrow('timed out in models at 1000');
    // 1599 ms in: the first step took 600, so the second has 1 ms left.
    await vi.advanceTimersByTimeAsync(1599);
    expect(rejected).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await check;
  });

  it('ignores steps reported after it gave up, and a late result', async () => {
    vi.useFakeTimers();
    let enter: ((stage: string) => void) | undefined;
    let finish: ((value: number) => void) | undefined;
    const onTimeout = vi.fn((stage: string) => new Error(`timed out in ${stage}`));
    const pending = withStageTimeout<number, string>(
      'a',
      100,
      (e) => {
        enter = e;
        return new Promise<number>((resolve) => (finish = resolve));
      },
      onTimeout,
    );
    const check = expect(pending).rejects.toThrow('timed out in a');
    await vi.advanceTimersByTimeAsync(100);
    await check;
    enter!('b');
    finish!(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });
});
