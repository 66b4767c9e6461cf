// A bounded pool: `count` workers share one queue of items; each worker may keep a resource (a page) for its items.
export async function inParallel<T>(items: readonly T[], count: number, worker: (next: () => T | undefined) => Promise<void>): Promise<void> {
  let i = 0;
  const next = () => (i < items.length ? items[i++] : undefined);
  await Promise.all(Array.from({ length: Math.max(1, Math.min(count, items.length)) }, () => worker(next)));
}
