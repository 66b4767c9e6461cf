// Launches Chromium (find-browser.ts finds it) once per run on first use, and hands out pages that are always closed.
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';
import { profileDir, removeProfile, sweepProfiles } from '../write/leftovers.js';
import { debug } from '../log.js';
import { timed } from '../profile.js';
import { isHeadlessShell, spawnChromium, type ChromiumProcess } from './chromium-process.js';
import { packageRoot } from '../paths/package-root.js';
import { BrowserNotFound, browserCandidates, type BrowserCandidate } from './find-browser.js';
import { filterRequests, type FilterOptions, type PageRequests } from './request-filter.js';
import type { Host } from '../context.js';
import { PROTOCOL_TIMEOUT_MS } from './page-deadline.js';

const log = debug('lectern:browser');

/** Every page's viewport; exports that change it (slide images, pictures for PowerPoint) set it back. */
export const DEFAULT_VIEWPORT = { width: 800, height: 600, deviceScaleFactor: 1 };

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  // The compositor (software, with --disable-gpu) runs in the browser process: one process less to start on two
  // cores. A cold build of the survey's 4 decks: 1.72 s against 1.64 s (medians of 8, alternating).
  '--in-process-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--font-render-hinting=none',
  // Decks are untrusted and print offline (export pages also run in offline mode): no name is looked up, so an
  // <iframe> or a preconnect hint cannot even open a connection to another host. The local server stays reachable.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export interface BrowserSession {
  /** Starts launching now (without waiting), so the launch overlaps other work; `pages` tabs are opened at once,
   * while Node is still importing and rendering. */
  warm(pages?: number): void;
  /** How many tabs warm() opened (0 before it is called). */
  warmed(): number;
  /** Loads Puppeteer's code, and connects if warm() was called: a build does this with its own imports, before it
   * renders decks, because both wait for many turns of the event loop, which rendering deck after deck does not give. */
  loaded(): Promise<void>;
  /** The folder pages may read files from (the staged output): until it is set, a page reads no file at all. */
  confine(root: string): void;
  /** `limitMs` bounds each wait and the whole call. Every page goes through request-filter.ts: `requests`
   * tells what it was refused. */
  withPage<T>(fn: (page: Page, requests: PageRequests) => Promise<T>, limitMs?: number, filter?: FilterOptions): Promise<T>;
  close(): Promise<void>;
  /** Browsers that did not start and were passed over for another. */
  notices(): BrowserNotice[];
}

export interface BrowserNotice {
  browser: string;
  message: string;
}

interface Running {
  browser: Browser;
  chromium: ChromiumProcess;
  userDataDir: string;
  /** Pages opened as soon as the browser answered, used before any new one is opened. */
  spare: Promise<Page>[];
}

/** How long Chromium may take to answer on its DevTools pipe. */
const START_LIMIT_MS = 30_000;

/** Lazily launched browser: nothing starts until warm() or the first page is asked for. */
export function browserSession(host: Host): BrowserSession {
  let launching: Promise<Running> | undefined;
  let puppeteerLoaded: ReturnType<typeof loadPuppeteer> | undefined;
  const loadOnce = () => (puppeteerLoaded ??= timed('import Puppeteer', loadPuppeteer));
  let closing: Promise<void> | undefined;
  let warmPages = 0;
  let readable: string | undefined;
  /** The browser once connected, so that close() can kill it at once. */
  let started: Running | undefined;
  /** What the user should hear about the browser (a headless shell that did not start, and what printed instead). */
  const notices: BrowserNotice[] = [];
  // Synchronous up to the spawn, so that warm() starts the process before the caller's next (blocking) step.
  const launch = (pages = 0) => timed('chromium launch', () => start(browserCandidates(host.env), 0, pages));
  const start = async (candidates: BrowserCandidate[], index: number, pages: number): Promise<Running> => {
    const executablePath = candidates[index]!.path;
    log(`launching ${executablePath}`);
    const userDataDir = profileDir(host);
    const chromium = spawnChromium(executablePath, [...CHROMIUM_ARGS, ...(host.root || host.env.CI ? ['--no-sandbox'] : [])], userDataDir, host);
    // After the spawn: it lists the temp folder, which Chromium's start need not wait for.
    sweepProfiles(host);
    let timer: NodeJS.Timeout | undefined;
    try {
      const { default: puppeteer } = await loadOnce();
      const browser = await Promise.race([
        puppeteer.connect({ transport: chromium.transport, defaultViewport: DEFAULT_VIEWPORT, protocolTimeout: PROTOCOL_TIMEOUT_MS }),
        chromium.exited.then((reason) => Promise.reject(new Error(chromium.lastError() || reason))),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${START_LIMIT_MS / 1000} s`)), START_LIMIT_MS);
        }),
      ]);
      // Opened now, not awaited: Chromium starts their renderers while Node renders the first deck (waiting
      // for them before rendering measured no faster).
      const spare = Array.from({ length: pages }, () => browser.newPage());
      for (const page of spare) page.catch(() => {});
      return (started = { browser, chromium, userDataDir, spare });
    } catch (e) {
      chromium.kill();
      removeProfile(userDataDir);
      const reason = (e as Error).message.split('\n')[0];
      // A headless shell Lectern chose itself (a broken or half-upgraded package) must not stop the build
      // while another browser works: the next one prints the same PDFs. A full browser that fails ends the search.
      const next = candidates[index + 1];
      if (candidates[index]!.found && isHeadlessShell(executablePath) && next) {
        notices.push({ browser: executablePath, message: `did not start (${reason}); printed with ${next.path} instead (set PUPPETEER_EXECUTABLE_PATH to choose a browser)` });
        return start(candidates, index + 1, pages);
      }
      throw new BrowserNotFound([], `the browser ${executablePath} did not start (${reason}); set PUPPETEER_EXECUTABLE_PATH to a working Chrome/Chromium`);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    warm(pages) {
      if (!launching) warmPages = pages ?? 0;
      launching ??= launch(pages);
      // A failed launch is reported by the first withPage; do not let it go unhandled here.
      launching.catch(() => {});
    },
    warmed: () => warmPages,
    confine(root) {
      readable = root;
    },
    notices: () => [...notices],
    async loaded() {
      await loadOnce().catch(() => {});
      // Started already: Chromium has been starting while Node imported, so finish connecting now (a few
      // messages) rather than a message at a time between decks.
      await launching?.catch(() => {});
    },
    async withPage(fn, limitMs, filter) {
      const timeoutMs = limitMs ?? 30_000;
      launching ??= launch();
      const running = await launching;
      const page = await (running.spare.shift()?.catch(() => running.browser.newPage()) ?? running.browser.newPage());
      page.setDefaultTimeout(timeoutMs);
      page.setDefaultNavigationTimeout(timeoutMs);
      // A deck's alert()/confirm() would block the page (and every wait on it) forever.
      page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
      let timer: NodeJS.Timeout | undefined;
      try {
        const requests = await filterRequests(page, readable, filter);
        // With a limit, the whole call is bounded too (a page stuck in a script ignores Puppeteer's timeouts).
        if (limitMs === undefined) return await fn(page, requests);
        return await Promise.race([
          fn(page, requests),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(limitMs / 1000)} s`)), limitMs);
          }),
        ]);
      } finally {
        clearTimeout(timer);
        await page.close().catch(() => {});
      }
    },
    close() {
      // A second call (the build closes the browser once printing ends, and again on its way out) waits for the first.
      if (!launching) return closing ?? Promise.resolve();
      const current = launching;
      launching = undefined;
      // Every PDF is already in Node's memory: nothing in the browser is worth a graceful shutdown, which
      // costs about 0.1 s and can wait on a page stuck in a script. Killed now, not after the caller's next
      // synchronous step (the build commits dist/ meanwhile): its processes end while that runs.
      const kill = (running: Running) => {
        running.browser.disconnect().catch(() => {});
        running.chromium.kill();
      };
      const connected = started;
      started = undefined;
      if (connected) kill(connected);
      closing = (async () => {
        const running = await current.catch(() => undefined);
        if (!running) return;
        if (running !== connected) kill(running);
        await running.chromium.exited;
        removeProfile(running.userDataDir);
      })();
      return closing;
    },

  };
}

// Puppeteer's CommonJS build, bundled with V8's compiled code when the package has it (scripts/bundle.mjs),
// else from node_modules. require(), not import(): the bundled CLI's script, compiled from a code cache, keeps
// no dynamic import() callback (bin/load-bundle.cjs).
const loadPuppeteer = async () => {
  const require = createRequire(import.meta.url);
  const loader = require(path.join(packageRoot, 'bin', 'load-bundle.cjs')) as { loadBundle(file: string): { exports: unknown } | undefined };
  const bundled = loader.loadBundle(path.join(packageRoot, 'lib', 'bundle', 'puppeteer.cjs'));
  return (bundled?.exports ?? require('puppeteer-core')) as typeof import('puppeteer-core');
};
