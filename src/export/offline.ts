// Export pages load decks offline: a deck is untrusted, and a remote image, stylesheet, iframe, fetch() or
// WebSocket in it must neither reach the network (a tracker learns who printed what) nor hang the print.
import type { Page } from 'puppeteer-core';

const offline = new WeakSet<Page>();

/**
 * Every network request of the page (http, https, ws, …) fails at once; file:, data:, blob: and about: load as
 * before. Chromium's offline emulation (Network.emulateNetworkConditions), not request interception: it costs no
 * round trip through Node per request, and Puppeteer applies it to out-of-process iframes and workers too, which
 * Network.setBlockedURLs misses (it lets an <iframe src="http://…"> and WebSockets through). Once per page.
 */
export async function keepOffline(page: Page): Promise<void> {
  if (offline.has(page)) return;
  offline.add(page);
  await page.setOfflineMode(true);
}
