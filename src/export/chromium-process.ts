// Starts Chromium ourselves, synchronously, before Puppeteer is even imported: the browser then starts up on
// the other core while Node imports and plans the build, instead of after (puppeteer.launch needs the event
// loop, which the synchronous plan blocks). Puppeteer connects over the same DevTools pipe its launch uses.
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core';
import os from 'node:os';
import type { Host } from '../context.js';

/**
 * Puppeteer 24's own headless defaults (ChromeLauncher.defaultArgs), so that a connected browser behaves like a
 * launched one; tests/e2e/browser.test.ts compares them with puppeteer.defaultArgs() after every upgrade.
 */
export const PUPPETEER_DEFAULT_ARGS = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,TabstripComboButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
];

/** Chromium's headless shell (Debian's chromium-headless-shell, Puppeteer's chrome-headless-shell) rather than the full browser. */
export function isHeadlessShell(executablePath: string): boolean {
  return /headless[-_]shell/i.test(path.basename(executablePath));
}

/** Puppeteer's defaults for this binary: the shell is started as Puppeteer's `headless: 'shell'` starts it. */
export function defaultArgsFor(executablePath: string): string[] {
  return isHeadlessShell(executablePath) ? PUPPETEER_DEFAULT_ARGS.map((a) => (a === '--headless=new' ? '--headless' : a)) : PUPPETEER_DEFAULT_ARGS;
}

export interface ChromiumProcess {
  child: ChildProcess;
  transport: ConnectionTransport;
  /** Resolves with a reason when the process ends (or fails to start). */
  exited: Promise<string>;
  /** The end of Chromium's stderr, for a message when it does not start. */
  lastError(): string;
  /** Ends the browser and all its child processes at once. */
  kill(): void;
}

/** Spawns Chromium with the DevTools protocol on file descriptors 3 (to it) and 4 (from it). */
export function spawnChromium(executablePath: string, args: string[], userDataDir: string, host: Pick<Host, 'env' | 'killGroup'>): ChromiumProcess {
  // No start-up tab: it costs Chromium about 0.7 s of CPU (its first renderer process) before the connection
  // is made, Puppeteer's connect waits for it, and a deck cannot use it (file:// needs a process of its own).
  // The build opens its print pages once connected instead (BrowserSession.warm).
  const child = spawn(executablePath, [...defaultArgsFor(executablePath), ...args, `--user-data-dir=${userDataDir}`, '--remote-debugging-pipe', '--no-startup-window'], {
    // Its own process group: Ctrl-C in the terminal reaches Lectern, which closes the browser itself; and
    // kill() can end the renderers with it.
    detached: os.platform() !== 'win32',
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    env: { ...host.env, ...tempFolderIn(userDataDir) },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<string>((resolve) => {
    child.once('error', (e) => resolve(e.message));
    child.once('exit', (code, signal) => resolve(signal ? `killed by ${signal}` : `exited with code ${code}`));
  });
  const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
  return {
    child,
    transport,
    exited,
    lastError: () => stderr.trim().split('\n').filter((l) => !/^\s*$/.test(l)).at(-1) ?? '',
    kill() {
      if (child.pid) host.killGroup(child.pid);
      else child.kill('SIGKILL');
    },
  };
}

/**
 * Chromium's own temporary files go inside its profile, which is removed with it: its single-instance folder
 * (org.chromium.Chromium.XXXXXX, with a socket) is otherwise left in the temp folder whenever Chromium is killed
 * rather than shut down, as every build does. Where the socket's path would be too long for a Unix socket (macOS's
 * long temp folder), the temp folder stays, and the profile's SingletonSocket link says what to remove
 * (write/leftovers.ts removeProfile).
 */
function tempFolderIn(userDataDir: string): Record<string, string> {
  const socket = path.join(userDataDir, 'org.chromium.Chromium.XXXXXX', 'SingletonSocket');
  return os.platform() === 'linux' && Buffer.byteLength(socket) < 100 ? { TMPDIR: userDataDir } : {};
}

/** Messages are JSON texts ended by a NUL byte, both ways. Bytes are joined before decoding: a chunk may end inside a UTF-8 character. */
class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  private pending: Buffer[] = [];
  private closed = false;

  constructor(
    private readonly out: Writable,
    input: Readable,
  ) {
    input.on('data', (chunk: Buffer) => this.receive(chunk));
    input.on('close', () => this.onclose?.());
    // A write to a browser that has just exited fails with EPIPE; the close event reports it.
    input.on('error', () => {});
    out.on('error', () => {});
  }

  send(message: string): void {
    if (this.closed) return;
    this.out.write(message);
    this.out.write('\0');
  }

  close(): void {
    this.closed = true;
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      const message = Buffer.concat([...this.pending, chunk.subarray(start, end)]).toString('utf8');
      this.pending = [];
      start = end + 1;
      if (!this.closed) this.onmessage?.(message);
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
  }
}
