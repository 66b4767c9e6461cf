// Tasks from a queue, printed on a few browser pages at once. Each page is kept for task after task (a new page
// costs more than a navigation) and dropped after a task that failed on it (it may be left mid-navigation or
// stuck in a script): the next task gets a fresh page.
import type { Page } from 'puppeteer-core';
import type { AsyncQueue } from '../parallel.js';
import type { BrowserSession } from './browser.js';
import type { PageRequests } from './request-filter.js';

export interface PageOptions<T> {
  /** Pages opened for any task (the ones the session warmed). Default: all of them. */
  eager?: number;
  /** Tasks of one group (a deck's slides and its handout sheets) open no page beyond the eager ones for each other. */
  group?: (task: T) => unknown;
}

/**
 * Runs every task of `tasks` on up to `pages` pages. `run` returns false when its task failed (it has reported
 * that itself); what it throws ends the whole run. Once `stopped()`, no task is started and errors are moot.
 *
 * A page beyond the `eager` ones is opened only for a task whose group no page is printing: a single edited deck
 * prints its slides and then its sheets on one page, which measured faster than starting a second renderer
 * beside it on two cores; a second deck still gets a page of its own.
 */
export async function onPages<T>(session: BrowserSession, tasks: AsyncQueue<T>, pages: number, stopped: () => boolean, run: (task: T, page: Page, requests: PageRequests) => Promise<boolean>, options: PageOptions<T> = {}): Promise<void> {
  const eager = options.eager ?? pages;
  const group = options.group ?? ((task: T) => task);
  /** Groups taken by a worker (from the moment it took the task, before it has a page), with how many tasks. */
  const taken = new Map<unknown, number>();
  const take = (task: T | undefined) => {
    if (task !== undefined) taken.set(group(task), (taken.get(group(task)) ?? 0) + 1);
    return task;
  };
  const done = (task: T) => {
    const left = taken.get(group(task))! - 1;
    if (left) taken.set(group(task), left);
    else taken.delete(group(task));
  };
  /** Tasks a page-less worker handed back: whichever page is free next takes them first. */
  const deferred: T[] = [];
  const next = async () => take(deferred.length ? deferred.shift() : await tasks.next());
  const worker = async (index: number) => {
    let task = await tasks.next();
    while (task !== undefined && index >= eager && taken.has(group(task))) {
      deferred.push(task);
      task = await tasks.next();
    }
    take(task);
    try {
      // A page is opened only once there is a task for it.
      while (task && !stopped()) {
        task = await session.withPage(async (page, requests) => {
          for (let current: T | undefined = task; current && !stopped(); current = await next()) {
            const ok = await run(current, page, requests).finally(() => done(current!));
            if (!ok) return next();
          }
          return undefined;
        });
      }
    } catch (e) {
      if (!stopped()) throw e;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, pages) }, (_, i) => worker(i)));
}
