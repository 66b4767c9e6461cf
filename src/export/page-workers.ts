// Tasks from a queue, printed on a few browser pages at once. Each page is kept for task after task (a new page
// costs more than a navigation) and dropped after a task that failed on it (it may be left mid-navigation or
// stuck in a script): the next task gets a fresh page.
import type { Page } from 'puppeteer-core';
import type { AsyncQueue } from '../parallel.js';
import type { BrowserSession } from './browser.js';

/**
 * Runs every task of `tasks` on up to `pages` pages. `run` returns false when its task failed (it has reported
 * that itself); what it throws ends the whole run. Once `stopped()`, no task is started and errors are moot.
 */
export async function onPages<T>(session: BrowserSession, tasks: AsyncQueue<T>, pages: number, stopped: () => boolean, run: (task: T, page: Page) => Promise<boolean>): Promise<void> {
  const worker = async () => {
    let task = await tasks.next();
    try {
      // A page is opened only once there is a task for it.
      while (task && !stopped()) {
        task = await session.withPage(async (page) => {
          for (let current: T | undefined = task; current && !stopped(); current = await tasks.next()) {
            if (!(await run(current, page))) return tasks.next();
          }
          return undefined;
        });
      }
    } catch (e) {
      if (!stopped()) throw e;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, pages) }, worker));
}
