// The one gate every request of every page Lectern opens passes: files of the staged output load, nothing else on disk.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
 * Every `file:` request of the page outside `root` fails, and is recorded; `data:`, `blob:` and `about:` URLs
 * are no requests Chromium hands out, so they load as before. `root` undefined: no file loads.
 *
 * Two gates, so that the files a deck does load never make a round trip through Node (which measured about
 * 20 ms a deck: a page's stylesheets, fonts and scripts are fetched in waves, each waiting for the one before):
 * - subresources (images, styles, fonts, scripts, media): Chromium itself refuses them, from an allow/block
 *   list (Network.setBlockedURLs with URL patterns: the staged output allowed, every other `file:` URL
 *   blocked); Lectern never writes a symbolic link there, so the folder's own URLs are its files;
 * - documents (the page, its iframes, objects and embeds, which that list does not cover) are paused (Fetch)
 *   and checked on their real path (symbolic links followed).
 * A Chromium without URL patterns in that call pauses every `file:` request instead. With `recordNetwork`, web
 * requests are paused and refused too, to be reported (`lectern check`; export runs offline instead).
 *
 * Frames in other processes are not attached: with a `file:` page only a web frame gets one, which runs offline,
 * and Chromium never lets a web origin load a `file:` URL.
 */
export async function filterRequests(page: Page, root: string | undefined, options: FilterOptions = {}): Promise<PageRequests> {
  const blocked: BlockedRequest[] = [];
  const roots = root ? [...new Set([path.resolve(root), realOrResolved(root)])] : [];
  /** URL → whether it may load: a page loads the same assets deck after deck. */
  const verdicts = new Map<string, boolean>();
  const cdp: CDPSession = await page.createCDPSession();
  cdp.on('Fetch.requestPaused', (event: { requestId: string; request: { url: string } }) => {
    const url = event.request.url;
    const file = /^file:/i.test(url);
    const ok = file && (verdicts.get(url) ?? verdicts.set(url, mayRead(url, roots)).get(url)!);
    if (!ok) blocked.push({ url, kind: file ? 'file' : 'network' });
    const answer = ok ? cdp.send('Fetch.continueRequest', { requestId: event.requestId }) : cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' });
    // The page may be gone (closed, navigated) with the request: nothing to answer then.
    answer.catch(() => {});
  });
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) => {
    if (/^file:/i.test(event.request.url)) urls.set(event.requestId, event.request.url);
  });
  cdp.on('Network.loadingFailed', (event: { requestId: string; blockedReason?: string }) => {
    const url = urls.get(event.requestId);
    if (url && event.blockedReason === 'inspector') blocked.push({ url, kind: 'file' });
  });
  await cdp.send('Network.enable');
  const inChromium = await cdp
    .send('Network.setBlockedURLs', { urls: [], urlPatterns: [...roots.map((r) => ({ urlPattern: `${escapePattern(pathToFileURL(r).href)}/*`, block: false })), { urlPattern: 'file://*', block: true }] } as never)
    .then(() => true, () => false);
  const network = options.recordNetwork ? ['http*', 'ws*', 'ftp*'].map((urlPattern) => ({ urlPattern })) : [];
  await cdp.send('Fetch.enable', { patterns: [inChromium ? { urlPattern: 'file:*', resourceType: 'Document' as const } : { urlPattern: 'file:*' }, ...network] });
  return {
    takeBlocked: () => blocked.splice(0).filter((b, i, all) => all.findIndex((o) => o.url === b.url) === i),
  };
}

/** A URL as a literal in a URL pattern: its special characters escaped. */
function escapePattern(url: string): string {
  return url.replace(/[\\:*?+(){}]/g, (c) => `\\${c}`).replace(/^file\\:/, 'file:');
}

/** A `file:` URL may load when the file it names (symbolic links followed) is inside the root (as given, or real). */
function mayRead(url: string, roots: readonly string[]): boolean {
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
  return inside(realOrResolved(file));
}

function realOrResolved(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}
