// Stage results by content: a deck whose model, look, class and templates are unchanged is not rendered or checked
// again (the HTML's DOM pass and static checks are most of a build's planning time). In .lectern-cache/render/.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dependencyStamp, listTree } from './up-to-date.js';
import type { Memo } from '../context.js';
import { tempBeside } from '../paths/temp-name.js';

// Four entries a deck and class (model, page, checks, reading page): two thousand of those.
const KEEP = 8000;
const codeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Lectern's own code (lib/ or src/) and its libraries: a change to the renderer invalidates every memo. */
function code(): string {
  const hash = createHash('sha256').update(dependencyStamp());
  listTree(hash, path.join(codeRoot, 'lib'));
  listTree(hash, path.join(codeRoot, 'src'));
  return hash.digest('hex');
}

/** The render memo: stage results by their inputs, in .lectern-cache/render/. */
export class RenderMemo implements Memo {
  private readonly dir: string;
  private readonly templates: string;

  constructor(cacheDir: string, templatesDir: string, private readonly salt: string) {
    this.dir = path.join(cacheDir, 'render');
    const hash = createHash('sha256').update(code());
    listTree(hash, templatesDir);
    this.templates = hash.digest('hex');
  }

  /** `inputs` must hold everything the result depends on besides the code and templates (plain data). */
  private key(inputs: unknown): string {
    return createHash('sha256').update(this.salt).update(this.templates).update(JSON.stringify(inputs)).digest('hex');
  }

  recall<T>(inputs: unknown): T | undefined {
    const key = this.key(inputs);
    try {
      return JSON.parse(fs.readFileSync(path.join(this.dir, `${key}.json`), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  store(inputs: unknown, value: unknown): void {
    const key = this.key(inputs);
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const tmp = tempBeside(path.join(this.dir, key));
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
