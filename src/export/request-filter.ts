// The one gate every request of every page Lectern opens passes: files of the staged output load, nothing else on disk.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'puppeteer-core';
import { isInside } from '../paths/inside.js';

/** What a page asked for and did not get. */
export interface BlockedRequest {
  url: string;
  /** `file`: a file outside the staged output; `network`: another host (recorded only when asked). */
  kind: 'file' | 'network';
}

export interface PageRequests {
  /** The requests blocked since the last call (the page's current task), and forgets them. */
  takeBlocked(): BlockedRequest[];
}

export interface FilterOptions {
  /** Also intercept web requests, to report them (`lectern check`); export only blocks them (offline mode). */
  recordNetwork?: boolean;
}

/**
 * Intercepts the page's `file:` requests (and, when asked, its web requests) before Chromium reads anything:
 * a file whose real path (symbolic links followed) lies inside `root` loads, any other is failed and recorded.
 * `data:`, `blob:` and `about:` URLs are never requests Chromium hands out, so they load as before.
 * Only these URL patterns make the round trip through Node (Chromium's Fetch domain, not Puppeteer's request
 * interception, which pauses every request and turns the page's cache off). `root` undefined: no file loads.
 *
 * Frames in other processes are not attached: with a `file:` page only a web frame gets one, which runs offline,
 * and Chromium never lets a web origin load a `file:` URL.
 */
export async function filterRequests(page: Page, root: string | undefined, options: FilterOptions = {}): Promise<PageRequests> {
  const blocked: BlockedRequest[] = [];
  const roots = root ? [...new Set([path.resolve(root), realOrResolved(root)])] : [];
  /** URL → whether it may load: a page loads the same assets deck after deck. */
  const verdicts = new Map<string, Promise<boolean>>();
  const cdp: CDPSession = await page.createCDPSession();
  cdp.on('Fetch.requestPaused', (event: { requestId: string; request: { url: string } }) => {
    const url = event.request.url;
    const file = /^file:/i.test(url);
    let verdict = verdicts.get(url);
    if (!verdict) verdicts.set(url, (verdict = file ? mayRead(url, roots) : Promise.resolve(false)));
    void verdict.then((ok) => {
      if (ok) return cdp.send('Fetch.continueRequest', { requestId: event.requestId });
      blocked.push({ url, kind: file ? 'file' : 'network' });
      return cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' });
    }).catch(() => {
      // The page went away (closed, navigated) with the request: nothing to answer.
    });
  });
  const patterns = [{ urlPattern: 'file:*' }, ...(options.recordNetwork ? ['http*', 'ws*', 'ftp*'].map((urlPattern) => ({ urlPattern })) : [])];
  await cdp.send('Fetch.enable', { patterns });
  return {
    takeBlocked: () => blocked.splice(0).filter((b, i, all) => all.findIndex((o) => o.url === b.url) === i),
  };
}

/** A `file:` URL may load when the file it names (symbolic links followed) is inside the root (as given, or real). */
async function mayRead(url: string, roots: readonly string[]): Promise<boolean> {
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    // A file URL with a host (file://server/share) or an encoded slash: not a file of the build.
    return false;
  }
  const inside = (f: string) => roots.some((root) => isInside(root, f));
  if (!inside(path.resolve(file))) return false;
  // Missing inside the staged output: Chromium answers "not found" itself.
  return inside(await fs.promises.realpath(file).catch(() => path.resolve(file)));
}

function realOrResolved(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}
