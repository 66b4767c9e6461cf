// `lectern serve`: builds, serves dist/ on loopback, rebuilds what a save affects and tells open tabs to reload.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import sirv from 'sirv';
import { watch, type FSWatcher } from 'chokidar';
import { build, type BuildResult, type Format } from '../build.js';
import { fileError, sortDiagnostics, UsageError } from '../diagnostics.js';
import { cappedLines } from '../cap-diagnostics.js';
import { ruleSummaries, summariseWarnings } from '../check/summary.js';
import { deckSlug } from '../plan/plan-jobs.js';
import type { Logger } from '../log.js';
import type { Host } from '../context.js';
import { affectedDecks, type Change } from './changes.js';
import { describeFailure } from '../failure.js';
import { refuseRequest } from './guard.js';
import { LIVE_RELOAD } from './live-reload.js';
import { renderInMemory, type MemoryPages } from './quick-render.js';
import { watchForMissedSaves } from './missed-saves.js';

export interface ServeOptions {
  root: string;
  outDir: string;
  port: number;
  host: string;
  /** Only these decks (`serve --deck`); decks no class lists are served either way. */
  decks?: string[];
  classes?: string[];
  pdf: boolean;
  logger: Logger;
  /** The process builds run in (BuildContext.host; `host` is the address served on). */
  system: Host;
  /** --follow-links: see PlanOptions.followLinks. */
  followLinks?: boolean;
  /** Milliseconds to gather a burst of saves into one rebuild (editors write a file in one go or by rename,
   * so a short wait suffices; a torn write only costs one more render when its second event arrives). */
  debounceMs?: number;
  /** Milliseconds without saves before a deck shown from memory is written to dist/. */
  writeDelayMs?: number;
}

export interface Server {
  url: string;
  port: number;
  /** Emits 'built' ({ decks, ms }) and 'build-error' (message) after each build, 'shown' ({ decks }) when a
   * save is served from memory before dist/ is written. */
  events: EventEmitter;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<Server> {
  const events = new EventEmitter();
  const clients = new Set<http.ServerResponse>();
  let lastError: string | null = null;
  const formats = new Set<Format>(options.pdf ? ['html', 'pdf', 'handout'] : ['html']);
  // Saved decks rendered in memory and served from there until the build that writes them to dist/ is done.
  let memory: MemoryPages = new Map();

  const send = (event: string, data: unknown) => {
    for (const c of clients) c.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const onlyServed = (changed?: string[]) => (options.decks?.length ? (changed ?? options.decks).filter((d) => options.decks!.map(deckSlug).includes(deckSlug(d))) : changed);
  /** `shown`: these decks are already in open tabs from memory; the build only writes them to dist/. */
  const rebuild = async (changed?: string[], shown?: MemoryPages) => {
    const decks = onlyServed(changed);
    if (decks && !decks.length) return;
    let result: BuildResult;
    try {
      result = await build({ root: options.root, outDir: options.outDir, formats, classes: options.classes, decks, includeUnlisted: true, followLinks: options.followLinks }, { cwd: options.root, logger: options.logger, host: options.system });
    } catch (e) {
      // A deck or class named on the command line that is gone after a save: report it like a build error.
      if (!(e instanceof UsageError)) throw e;
      result = { ok: false, diagnostics: [fileError('lectern', e.message)], decks: 0, classes: 0, slides: 0, files: 0, ms: 0, exportMs: 0, reused: [], failed: [] };
    }
    // The overlay and the terminal show ten findings a file and a count of the rest (cap-diagnostics.ts).
    const lines = cappedLines(sortDiagnostics(result.diagnostics), options.root).map((l) => l.line);
    for (const { line } of cappedLines(sortDiagnostics(summariseWarnings(result.diagnostics)), options.root)) options.logger.warn(line);
    for (const l of ruleSummaries(result.diagnostics)) options.logger.warn(l);
    if (!result.manifest || !result.ok) {
      lastError = [...lines.filter((l) => l.includes(': error: ')), ...result.failed].join('\n') || 'build failed';
      options.logger.error(`build failed; still serving the last good build (fix the file and save)`);
      send('build-error', { message: lastError });
      events.emit('build-error', lastError);
      return;
    }
    lastError = null;
    options.logger.info(`rebuilt ${decks?.length ? decks.join(', ') : 'everything'}: ${result.decks} deck${result.decks === 1 ? '' : 's'} in ${Math.round(result.ms)} ms`);
    // dist/ now holds what memory held (a later save replaced `memory` and has its own write coming).
    if (shown && memory === shown) memory = new Map();
    else if (!shown) {
      // A full rebuild (a template, a class) renders every deck anew: nothing in memory is newer.
      if (!decks) memory = new Map();
      send('reload', { decks: decks ?? null });
    }
    events.emit('built', { decks: decks ?? null, ms: result.ms });
  };
  /** The fast path: show the saved decks from memory now, write dist/ once saves stop. */
  const show = (changed: string[]): boolean => {
    const decks = onlyServed(changed)!;
    if (!decks.length) return true;
    const pages = renderInMemory(options.root, options.outDir, decks, options.classes, options.system.env, options.followLinks);
    if (!pages) return false;
    memory = new Map([...memory, ...pages]);
    lastError = null;
    send('reload', { decks });
    events.emit('shown', { decks });
    return true;
  };

  const statics = sirv(options.outDir, { dev: true, extensions: ['html'] });
  const server = http.createServer((req, res) => {
    const refusal = refuseRequest(req, options.host);
    if (refusal) {
      res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(refusal.message + '\n');
      return;
    }
    // Browsers ask for a site icon on every page; decks have none, and a 404 in the console looks like a fault.
    if (req.url === '/favicon.ico' && !fs.existsSync(path.join(options.outDir, 'favicon.ico'))) {
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.url === '/__lectern/live.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(LIVE_RELOAD);
      return;
    }
    const inMemory = memory.get(pagePath(req.url ?? '/'));
    const page = inMemory === undefined ? htmlFile(options.outDir, req.url ?? '/') : undefined;
    if (page || inMemory !== undefined) {
      // dist/ stays exactly what `lectern build` writes; only the served copy gets the reload script.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end((inMemory ?? fs.readFileSync(page!, 'utf8')).replace(/<\/body>/i, '<script src="/__lectern/live.js"></script>\n</body>'));
      return;
    }
    if (req.url === '/__lectern/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': connected\n\n');
      if (lastError) res.write(`event: build-error\ndata: ${JSON.stringify({ message: lastError })}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    statics(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!DOCTYPE html><html lang="en"><title>Not built</title><body style="font:18px sans-serif;padding:2em"><h1>Nothing here yet</h1><pre>${(lastError ?? 'No such page.').replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</pre><script>new EventSource('/__lectern/events').addEventListener('reload', () => location.reload())</script></body></html>`);
    });
  });

  await rebuild();
  const port = await listen(server, options.port, options.host);
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`;

  // One rebuild at a time; saves during a rebuild are gathered into the next one.
  let pending: Change[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  // Decks shown from memory and not yet written to dist/.
  let unwritten = new Set<string>();
  let writeTimer: NodeJS.Timeout | undefined;
  const writeLater = () => {
    clearTimeout(writeTimer);
    writeTimer = setTimeout(() => {
      const decks = [...unwritten];
      unwritten = new Set();
      const shown = memory;
      running = running.then(() => rebuild(decks, shown)).catch((e: Error) => options.logger.error(describeFailure(e, 'serve', options.root)));
    }, options.writeDelayMs ?? 1000);
  };
  const schedule = (change: Change) => {
    pending.push(change);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changes = pending;
      pending = [];
      const decks = affectedDecks(options.root, changes);
      // Only saved Markdown can be shown from memory: a changed image must be copied to dist/ first.
      const markdownOnly = Boolean(decks?.length) && changes.every((c) => c.kind === 'change' && /\.(md|markdown|qmd)$/i.test(c.file));
      if (markdownOnly && show(decks!)) {
        for (const d of decks!) unwritten.add(d);
        writeLater();
        return;
      }
      running = running.then(() => rebuild(decks)).catch((e: Error) => options.logger.error(describeFailure(e, 'serve', options.root)));
    }, options.debounceMs ?? 25);
  };
  const watcher: FSWatcher = watch(['decks', 'templates', 'classes'].map((d) => path.join(options.root, d)), {
    ignoreInitial: true,
    // Hidden files (editor swap files) and node_modules by name; the output folder (and its staging and old
    // copies) by path, so decks/distant-allies.md is still watched.
    ignored: (p) => {
      const rel = path.relative(options.root, p);
      if (rel === '') return false;
      if (rel.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules')) return true;
      const out = path.resolve(options.outDir);
      const abs = path.resolve(p);
      return abs === out || abs.startsWith(out + path.sep) || abs.startsWith(out + '.');
    },
  });
  const missed = watchForMissedSaves((file) => schedule({ kind: 'change', file }));
  watcher.on('all', (kind, file) => {
    if (kind === 'change') missed.changed(file);
    schedule({ kind, file });
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    url,
    port,
    events,
    async close() {
      clearTimeout(timer);
      clearTimeout(writeTimer);
      missed.close();
      await watcher.close();
      for (const c of clients) c.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await running;
    },
  };
}

/** The page a request names, relative to dist/ (`intro/deck/index.html`). */
function pagePath(url: string): string {
  const pathname = decodeURIComponent(url.split(/[?#]/)[0]!);
  return path.posix.normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(/^\/+/, '');
}

/** The .html file a request names inside dist/, if it exists. */
function htmlFile(outDir: string, url: string): string | undefined {
  const rel = pagePath(url);
  if (!rel.endsWith('.html')) return undefined;
  const file = path.join(outDir, path.normalize(rel));
  return file.startsWith(path.resolve(outDir) + path.sep) && fs.existsSync(file) ? file : undefined;
}

/** Listens on `port`, or the next free one (up to 20 further). */
async function listen(server: http.Server, port: number, host: string): Promise<number> {
  for (let p = port; p < port + 20; p++) {
    const ok = await new Promise<boolean>((resolve, reject) => {
      const onError = (e: NodeJS.ErrnoException) => (e.code === 'EADDRINUSE' ? resolve(false) : reject(e));
      server.once('error', onError);
      server.listen(p, host, () => {
        server.off('error', onError);
        resolve(true);
      });
    });
    if (ok) return (server.address() as { port: number }).port;
  }
  throw new Error(`ports ${port}-${port + 19} are all taken; choose another with --port`);
}
