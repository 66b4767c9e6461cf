// Rendered deck pages by content: a deck whose model, look, class and templates are unchanged is not rendered
// again (the HTML's DOM pass and static checks are most of a build's planning time). In .lectern-cache/render/.
import { createHash } from 'node:crypto';
import { machineSalt } from './salt.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dependencyStamp, listTree } from './up-to-date.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Look } from '../config/look.js';
import type { Deck } from '../model/deck.js';
import { renderDeck, renderDeckPage, type ClassInfo } from '../render/deck.js';
import type { Templates } from '../render/templates.js';
import { staticChecks } from '../check/static-rules.js';
import { scriptFindings } from '../check/html-rules.js';
import { safeDecodeURI } from '../paths/inside.js';

const KEEP = 2000;
const codeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let codeDigest: string | undefined;

/** Lectern's own code (lib/ or src/) and its libraries: a change to the renderer invalidates every memo. */
function code(): string {
  if (!codeDigest) {
    const hash = createHash('sha256').update(dependencyStamp());
    listTree(hash, path.join(codeRoot, 'lib'));
    listTree(hash, path.join(codeRoot, 'src'));
    codeDigest = hash.digest('hex');
  }
  return codeDigest;
}

export class RenderMemo {
  private readonly dir: string;
  private readonly templates: string;

  constructor(cacheDir: string, templatesDir: string) {
    this.dir = path.join(cacheDir, 'render');
    const hash = createHash('sha256').update(code());
    listTree(hash, templatesDir);
    this.templates = hash.digest('hex');
  }

  /** `inputs` must hold everything the result depends on besides the code and templates (plain data). */
  key(inputs: unknown): string {
    return createHash('sha256').update(machineSalt()).update(this.templates).update(JSON.stringify(inputs)).digest('hex');
  }

  get<T>(key: string): T | undefined {
    try {
      return JSON.parse(fs.readFileSync(path.join(this.dir, `${key}.json`), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  put(key: string, value: unknown): void {
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const tmp = path.join(this.dir, `${key}.tmp-${process.pid}`);
      fs.writeFileSync(tmp, JSON.stringify(value));
      fs.renameSync(tmp, path.join(this.dir, `${key}.json`));
    } catch {
      // Only an optimisation: a full disk or a race with another build costs a render next time.
    }
  }

  /** Keeps the newest entries (each edit of a deck leaves one behind). */
  trim(): void {
    if (!fs.existsSync(this.dir)) return;
    const files = fs.readdirSync(this.dir).map((f) => ({ f, t: fs.statSync(path.join(this.dir, f)).mtimeMs }));
    if (files.length <= KEEP) return;
    for (const { f } of files.sort((a, b) => b.t - a.t).slice(KEEP)) fs.rmSync(path.join(this.dir, f), { force: true });
  }
}

/**
 * `build()`'s result from the memo when `inputs` (plain data: what it is built from) are the same: a deck's model,
 * which a rebuild after one edit of forty would otherwise build again for every deck (about 3 ms each) only to
 * find its rendered page in the memo.
 */
export function memoized<T>(memo: RenderMemo | undefined, inputs: unknown, build: () => T): T {
  if (!memo) return build();
  const key = memo.key({ memoized: inputs });
  const stored = memo.get<T>(key);
  if (stored !== undefined) return stored;
  const value = build();
  memo.put(key, value);
  return value;
}

type Rendered = ReturnType<typeof renderDeck>;

interface Checked {
  rendered: Rendered;
  /** Static checks and script warnings, before the deck's and class's rule settings. */
  found: Diagnostic[];
  /** The reading version (it depends on nothing the key does not hold: fonts come from the look, minutes from the timing). */
  reading: string;
}

/** The deck's page now; its checks and reading page when `rest` is called (once), after the page went to print. */
export interface RenderedFirst {
  rendered: Rendered;
  rest(): Pick<Checked, 'found' | 'reading'>;
}

/**
 * renderDeck, the static checks, the script scan and the reading page, or their stored result when the same deck,
 * look and class were rendered before: with one deck of forty edited, the other 39 cost a file read each.
 * The checks and the reading page wait for `rest()`, so a changed deck can be printed before they run.
 * `checks: false` (serve's in-memory render) keeps only the script scan (its network rule) and stores nothing.
 */
export function renderAndCheck(memo: RenderMemo | undefined, deck: Deck, look: Look, info: ClassInfo, options: Parameters<typeof renderDeck>[4], templates: () => Templates, reading: (templates: Templates) => string, checks = true): RenderedFirst {
  if (!checks) {
    const rendered = renderDeck(deck, look, info, templates(), options);
    return { rendered, rest: () => ({ found: scriptFindings(deck, rendered.html), reading: reading(templates()) }) };
  }
  // The broken-link rule looks for linked files on disk (and names them relative to the working folder).
  const key = memo?.key({ deck, look, info, options, cwd: process.cwd() });
  const stored = key ? memo!.get<Checked & { files: Record<string, boolean> }>(key) : undefined;
  if (stored && Object.entries(stored.files).every(([file, exists]) => fs.existsSync(file) === exists)) return { rendered: stored.rendered, rest: () => stored };
  const page = renderDeckPage(deck, look, info, templates(), options);
  const rendered = page.rendered;
  // One DOM of the page, from the render, for both kinds of check (a DOM parse is the costliest part of a render).
  let document: Document | undefined = page.document;
  let done: Pick<Checked, 'found' | 'reading'> | undefined;
  return {
    rendered,
    rest() {
      if (done) return done;
      const files = Object.fromEntries(
        rendered.links
          .filter((href) => !/^(#|[a-z][a-z0-9+.-]*:|\/\/)/i.test(href) && safeDecodeURI(href) !== undefined)
          .map((href) => path.resolve(deck.dir, decodeURI(href.split(/[?#]/)[0]!)))
          .map((file) => [file, fs.existsSync(file)]),
      );
      const result = { rendered, found: [...staticChecks(deck, rendered.html, look, document, options.projectRoot), ...scriptFindings(deck, rendered.html, document)], reading: reading(templates()), files };
      document = undefined;
      if (key) memo!.put(key, result);
      return (done = result);
    },
  };
}
