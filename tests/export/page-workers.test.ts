// Print tasks on browser pages: how many pages open, which tasks share one, and a fresh page after a failure.
// A stand-in session hands out numbered pages, so the scheduling is seen without a browser.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { AsyncQueue } from '../../src/parallel.js';
import type { BrowserSession } from '../../src/export/browser.js';
import { onPages } from '../../src/export/page-workers.js';

interface Task {
  deck: string;
  name: string;
  fails?: boolean;
}

function fakeSession() {
  let opened = 0;
  const session = {
    withPage: async <T>(fn: (page: Page) => Promise<T>) => fn({ id: ++opened } as unknown as Page),
  } as unknown as BrowserSession;
  return { session, opened: () => opened };
}

/** Runs `list` (pushed a task per tick, as a build plans them) and returns which page printed what, in order. */
async function schedule(list: Task[], pages: number, eager?: number) {
  const { session, opened } = fakeSession();
  const queue = new AsyncQueue<Task>();
  const log: string[] = [];
  void (async () => {
    for (const task of list) {
      queue.push(task);
      await new Promise((r) => setImmediate(r));
    }
    queue.close();
  })();
  await onPages(session, queue, pages, () => false, async (task, page) => {
    log.push(`${task.name}@${(page as unknown as { id: number }).id}`);
    // Long enough that the other worker asks for a task meanwhile.
    await new Promise((r) => setTimeout(r, 5));
    return !task.fails;
  }, { eager, group: (t) => t.deck });
  return { log, opened: opened() };
}

const deck = (d: string) => [{ deck: d, name: `${d}-slides` }, { deck: d, name: `${d}-sheets` }];

describe('print tasks on pages', () => {
  it('prints one deck slides, then sheets, on one page when only one page was opened ahead', async () => {
    const { log, opened } = await schedule(deck('a'), 2, 1);
    expect(opened).toBe(1);
    expect(log).toEqual(['a-slides@1', 'a-sheets@1']);
  });

  it('opens a second page for a second deck, and for the same deck when two pages were opened ahead', async () => {
    const two = await schedule([...deck('a'), ...deck('b')], 2, 1);
    expect(two.opened).toBe(2);
    expect(two.log).toHaveLength(4);
    // Each deck's slides come before its sheets, and the two decks print at once.
    expect(two.log.indexOf('a-slides@1')).toBeLessThan(two.log.findIndex((l) => l.startsWith('a-sheets')));
    expect(two.log.some((l) => l.startsWith('b-') && l.endsWith('@2'))).toBe(true);
    const ahead = await schedule(deck('a'), 2, 2);
    expect(ahead.opened).toBe(2);
    expect(ahead.log.sort()).toEqual(['a-sheets@2', 'a-slides@1']);
  });

  it('drops a page after a task failed on it and prints the next task on a fresh one', async () => {
    const { log, opened } = await schedule([{ deck: 'a', name: 'a-slides', fails: true }, { deck: 'a', name: 'a-sheets' }], 1, 1);
    expect(log).toEqual(['a-slides@1', 'a-sheets@2']);
    expect(opened).toBe(2);
  });
});
