// `lectern serve`: builds, serves dist/ on loopback, rebuilds what a save affects and tells open tabs to reload.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import sirv from 'sirv';
import { watch, type FSWatcher } from 'chokidar';
import { build, type BuildResult, type Format } from '../build.js';
import { fileError, formatDiagnostic, sortDiagnostics, UsageError } from '../diagnostics.js';
import { ruleSummaries, summariseWarnings } from '../check/summary.js';
import { deckSlug } from '../plan.js';
import type { Logger } from '../log.js';
import { affectedDecks, type Change } from './changes.js';
import { forgetThemes } from '../config/themes.js';
import { forgetTemplates } from '../render/templates.js';
import { describeFailure } from '../cli/errors.js';
import { refuseRequest } from './guard.js';

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
  /** Milliseconds to gather a burst of saves into one rebuild. */
  debounceMs?: number;
}

export interface Server {
  url: string;
  port: number;
  /** Emits 'built' ({ decks, ms }) and 'build-error' (message) after each build. */
  events: EventEmitter;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<Server> {
  const events = new EventEmitter();
  const clients = new Set<http.ServerResponse>();
  let lastError: string | null = null;
  const formats = new Set<Format>(options.pdf ? ['html', 'pdf', 'handout'] : ['html']);

  const send = (event: string, data: unknown) => {
    for (const c of clients) c.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const rebuild = async (changed?: string[]) => {
    const decks = options.decks?.length ? (changed ?? options.decks).filter((d) => options.decks!.map(deckSlug).includes(deckSlug(d))) : changed;
    if (decks && !decks.length) return;
    let result: BuildResult;
    try {
      result = await build({ root: options.root, outDir: options.outDir, formats, classes: options.classes, decks, includeUnlisted: true, logger: options.logger });
    } catch (e) {
      // A deck or class named on the command line that is gone after a save: report it like a build error.
      if (!(e instanceof UsageError)) throw e;
      result = { ok: false, diagnostics: [fileError('lectern', e.message)], decks: 0, classes: 0, slides: 0, files: 0, ms: 0, exportMs: 0, reused: [], failed: [] };
    }
    const lines = sortDiagnostics(result.diagnostics).map((d) => formatDiagnostic(d, options.root));
    for (const d of sortDiagnostics(summariseWarnings(result.diagnostics))) options.logger.warn(formatDiagnostic(d, options.root));
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
    send('reload', { decks: decks ?? null });
    events.emit('built', { decks: decks ?? null, ms: result.ms });
  };

  const statics = sirv(options.outDir, { dev: true, extensions: ['html'] });
  const server = http.createServer((req, res) => {
    const refusal = refuseRequest(req, options.host);
    if (refusal) {
      res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(refusal.message + '\n');
      return;
    }
    if (req.url === '/__lectern/live.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(LIVE_RELOAD);
      return;
    }
    const page = htmlFile(options.outDir, req.url ?? '/');
    if (page) {
      // dist/ stays exactly what `lectern build` writes; only the served copy gets the reload script.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(fs.readFileSync(page, 'utf8').replace(/<\/body>/i, '<script src="/__lectern/live.js"></script>\n</body>'));
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
  const schedule = (change: Change) => {
    pending.push(change);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changes = pending;
      pending = [];
      const decks = affectedDecks(options.root, changes);
      if (!decks) {
        // Templates and themes are cached per process: a full rebuild must read them again.
        forgetTemplates();
        forgetThemes();
      }
      running = running.then(() => rebuild(decks)).catch((e: Error) => options.logger.error(describeFailure(e, 'serve', options.root)));
    }, options.debounceMs ?? 80);
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
  watcher.on('all', (kind, file) => schedule({ kind, file }));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    url,
    port,
    events,
    async close() {
      clearTimeout(timer);
      await watcher.close();
      for (const c of clients) c.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await running;
    },
  };
}

/** The .html file a request names inside dist/, if it exists. */
function htmlFile(outDir: string, url: string): string | undefined {
  const pathname = decodeURIComponent(url.split(/[?#]/)[0]!);
  const rel = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  if (!rel.endsWith('.html')) return undefined;
  const file = path.join(outDir, path.normalize(rel));
  return file.startsWith(path.resolve(outDir) + path.sep) && fs.existsSync(file) ? file : undefined;
}

// In the served page: reload on rebuild (reveal.js keeps the slide in the URL hash), overlay on errors.
const LIVE_RELOAD = `(function () {
  var source = new EventSource('/__lectern/events');
  var overlay;
  var key = 'lectern-slide:' + location.pathname;
  source.addEventListener('reload', function () {
    try {
      if (window.Reveal && Reveal.getIndices) sessionStorage.setItem(key, JSON.stringify({ at: Reveal.getIndices(), id: (Reveal.getCurrentSlide() || {}).id || '' }));
    } catch (e) {}
    location.reload();
  });
  // reveal.js keeps the slide by its id in the URL; when the edit changed that id (a new heading), the
  // slide is found again by its position instead of falling back to the title slide.
  function restore() {
    var saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(key) || 'null'); sessionStorage.removeItem(key); } catch (e) {}
    if (saved && saved.at && !(saved.id && document.getElementById(saved.id))) Reveal.slide(saved.at.h, saved.at.v, saved.at.f);
  }
  if (window.Reveal && Reveal.on) { if (Reveal.isReady()) restore(); else Reveal.on('ready', restore); }
  source.addEventListener('build-error', function (e) {
    if (!overlay) {
      overlay = document.createElement('pre');
      overlay.className = 'lectern-error-overlay';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:24px;z-index:1000;background:#2b0d0d;color:#ffe3e3;padding:24px;font:18px/1.4 DejaVu Sans Mono,monospace;white-space:pre-wrap;border:4px solid #ff6b6b;border-radius:8px;overflow:auto';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'Build failed: fix the file and save\\n\\n' + JSON.parse(e.data).message;
  });
})();
`;

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
