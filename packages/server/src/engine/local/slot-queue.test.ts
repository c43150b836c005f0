import { describe, expect, it } from 'vitest';
import { raceAbort, SlotQueue } from './slot-queue.js';

describe('SlotQueue', () => {
  it('hands out free slots, then serves waiters first come first served', async () => {
    const queue = new SlotQueue(['a', 'b']);
    expect(await queue.acquire()).toBe('a');
    expect(await queue.acquire()).toBe('b');
    const order: string[] = [];
    const first = queue.acquire().then((slot) => order.push(`1:${slot}`));
    const second = queue.acquire().then((slot) => order.push(`2:${slot}`));
    expect(queue.waiting).toBe(2);
    queue.release('b');
    queue.release('a');
    await Promise.all([first, second]);
    expect(order).toEqual(['1:b', '2:a']);
    expect(queue.waiting).toBe(0);
  });

  it('drops a waiter whose signal aborts, with ABORTED, and gives the slot to the next one', async () => {
    const queue = new SlotQueue(['only']);
    await queue.acquire();
    const controller = new AbortController();
    const aborted = queue.acquire(controller.signal);
    const next = queue.acquire();
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'LivenessError', code: 'ABORTED' });
    expect(queue.waiting).toBe(1);
    queue.release('only');
    expect(await next).toBe('only');
  });

  it('refuses an already aborted signal, and a timeout becomes TIMEOUT', async () => {
    const queue = new SlotQueue(['only']);
    await expect(queue.acquire(AbortSignal.abort())).rejects.toMatchObject({ code: 'ABORTED' });
    const timeout = AbortSignal.timeout(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(queue.acquire(timeout)).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('rejects waiters and later requests once closed', async () => {
    const queue = new SlotQueue(['only']);
    await queue.acquire();
    const waiting = queue.acquire();
    queue.close();
    await expect(waiting).rejects.toMatchObject({ name: 'LivenessError' });
    await expect(queue.acquire()).rejects.toMatchObject({ name: 'LivenessError' });
  });
});

describe('raceAbort', () => {
  it('answers ABORTED as soon as the signal aborts, and passes results through otherwise', async () => {
    const controller = new AbortController();
    const slow = new Promise<string>((resolve) => setTimeout(() => resolve('late'), 50));
    const raced = raceAbort(slow, controller.signal);
    controller.abort();
    await expect(raced).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(raceAbort(Promise.resolve('ok'), new AbortController().signal)).resolves.toBe('ok');
    await expect(raceAbort(Promise.resolve('ok'), undefined)).resolves.toBe('ok');
  });
});
