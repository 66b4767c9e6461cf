// A bounded pool: `count` workers share one queue of items; each worker may keep a resource (a page) for its items.
export async function inParallel<T>(items: readonly T[], count: number, worker: (next: () => T | undefined) => Promise<void>): Promise<void> {
  let i = 0;
  const next = () => (i < items.length ? items[i++] : undefined);
  await Promise.all(Array.from({ length: Math.max(1, Math.min(count, items.length)) }, () => worker(next)));
}

/** A queue filled while it is being drained: the build plans deck after deck while pages already print. */
export class AsyncQueue<T> {
  private readonly items: T[] = [];
  private readonly waiting: ((item: T | undefined) => void)[] = [];
  private closed = false;

  push(item: T): void {
    if (this.closed) throw new Error('push to a closed queue');
    const taker = this.waiting.shift();
    if (taker) taker(item);
    else this.items.push(item);
  }

  /** No more items: takers waiting (and all later ones, once the queue is empty) get undefined. */
  close(): void {
    this.closed = true;
    for (const taker of this.waiting.splice(0)) taker(undefined);
  }

  next(): Promise<T | undefined> {
    if (this.items.length) return Promise.resolve(this.items.shift());
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** Lets timers, I/O and a browser's messages run between two pieces of synchronous work. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
