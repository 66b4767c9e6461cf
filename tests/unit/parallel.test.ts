// A bounded pool over a list, and a queue drained while it is filled.
import { describe, expect, it } from 'vitest';
import { AsyncQueue, inParallel, yieldToEventLoop } from '../../src/parallel.js';

describe('inParallel', () => {
  it('runs at most `count` workers, which take every item once, in order', async () => {
    let running = 0;
    let most = 0;
    const taken: number[] = [];
    await inParallel([1, 2, 3, 4, 5, 6, 7], 3, async (next) => {
      for (let item = next(); item !== undefined; item = next()) {
        running++;
        most = Math.max(most, running);
        taken.push(item);
        await yieldToEventLoop();
        running--;
      }
    });
    expect(most).toBe(3);
    expect(taken).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('starts one worker for an empty list and none more than there are items', async () => {
    const workers: number[] = [];
    await inParallel([], 4, async () => void workers.push(1));
    await inParallel(['a', 'b'], 8, async () => void workers.push(2));
    expect(workers).toEqual([1, 2, 2]);
  });
});

describe('AsyncQueue', () => {
  it('hands items to waiting takers first, then in order, and undefined once closed and empty', async () => {
    const queue = new AsyncQueue<string>();
    const waiting = queue.next();
    queue.push('a');
    queue.push('b');
    queue.push('c');
    expect(await waiting).toBe('a');
    queue.close();
    expect([await queue.next(), await queue.next(), await queue.next()]).toEqual(['b', 'c', undefined]);
    expect(() => queue.push('d')).toThrow('push to a closed queue');
  });
  it('wakes every waiting taker with undefined on close', async () => {
    const queue = new AsyncQueue<number>();
    const takers = [queue.next(), queue.next()];
    queue.close();
    expect(await Promise.all(takers)).toEqual([undefined, undefined]);
  });
});
