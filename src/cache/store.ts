// .lectern-cache/prints/: finished PDFs by print key, written atomically, trimmed oldest-used first to a size limit.
import fs from 'node:fs';
import path from 'node:path';
import { linkOrCopy } from '../write/link-or-copy.js';
import { tempBeside } from '../paths/temp-name.js';
import type { Diagnostic } from '../diagnostics.js';

/** A cached file's role: the slide PDF, the handout, the PowerPoint file, or one slide image (`png/001.png`). */
export type FileRole = 'pdf' | 'handout' | 'pptx' | `png/${string}`;

const RE_ROLE = /^(?:pdf|handout|pptx|png\/\d{3,6}\.png)$/;

/** The file a role is stored in (the PDFs keep the names older caches wrote). */
const storedName = (role: FileRole) => (role === 'pdf' || role === 'handout' ? `${role}.pdf` : role === 'pptx' ? 'deck.pptx' : role.replace('/', '-'));

export interface CacheEntry {
  /** Absolute paths of the cached files, by role. */
  files: Partial<Record<FileRole, string>>;
  pages: { pdf?: number; handout?: number };
  /** Slides that ran off the printed page: a deck copied from the cache still reports them. */
  overflow?: string[];
  /** Warnings of the export (what PowerPoint could not carry): reported again when the files are reused. */
  warnings?: Diagnostic[];
}

interface EntryMeta {
  pages: CacheEntry['pages'];
  overflow?: string[];
  warnings?: Diagnostic[];
  files: FileRole[];
  /** Each file's size and modification time when stored: a cached file shares its inode with a dist/ file
   * (a hard link), so a dist/ file changed in place must not be reused. */
  stamps?: Record<string, [number, number]>;
}

export const DEFAULT_CACHE_BYTES = 1024 * 2 ** 20;

export class PrintStore {
  readonly dir: string;

  constructor(cacheDir: string, readonly maxBytes = DEFAULT_CACHE_BYTES) {
    this.dir = path.join(cacheDir, 'prints');
  }

  private entryDir(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key);
  }

  get(key: string): CacheEntry | undefined {
    const dir = this.entryDir(key);
    let meta: EntryMeta;
    try {
      meta = JSON.parse(fs.readFileSync(path.join(dir, 'entry.json'), 'utf8')) as EntryMeta;
    } catch {
      return undefined;
    }
    // An entry from before build reported overflow holds a slide PDF but no list of the slides that overflow:
    // reusing it would report none, so it is printed again.
    if (meta.files.includes('pdf') && !Array.isArray(meta.overflow)) return undefined;
    const files: CacheEntry['files'] = {};
    for (const role of meta.files) {
      // entry.json is a file in the project folder like any other: a role names a file in this entry, nothing else.
      if (!RE_ROLE.test(role)) return undefined;
      const file = path.join(dir, storedName(role));
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      const stamp = meta.stamps?.[role];
      if (!stat || !stamp || stat.size !== stamp[0] || stat.mtimeMs !== stamp[1]) {
        fs.rmSync(dir, { recursive: true, force: true });
        return undefined;
      }
      files[role] = file;
    }
    // Mark as used: trimming removes the entries used longest ago.
    const now = new Date();
    fs.utimesSync(path.join(dir, 'entry.json'), now, now);
    return { files, pages: meta.pages, overflow: meta.overflow, warnings: meta.warnings };
  }

  /** Links (or copies) the finished files in; a half-written entry is never visible (written beside, then renamed). */
  put(key: string, entry: CacheEntry): void {
    const dir = this.entryDir(key);
    if (fs.existsSync(dir)) return;
    const tmp = tempBeside(dir);
    try {
      fs.mkdirSync(tmp, { recursive: true });
      const roles = Object.keys(entry.files) as FileRole[];
      const stamps: Record<string, [number, number]> = {};
      let bytes = 0;
      for (const role of roles) {
        const file = path.join(tmp, storedName(role));
        linkOrCopy(entry.files[role]!, file);
        const stat = fs.statSync(file);
        stamps[role] = [stat.size, stat.mtimeMs];
        bytes += stat.size;
      }
      fs.writeFileSync(path.join(tmp, 'entry.json'), JSON.stringify({ pages: entry.pages, overflow: entry.overflow, warnings: entry.warnings, files: roles, stamps } satisfies EntryMeta));
      fs.renameSync(tmp, dir);
      this.addToTotal(bytes);
    } catch {
      // Another build stored the same key first, or the disk is full: the cache is only an optimisation.
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  /** Beside prints/, not in it: an older Lectern walking prints/ expects only entry folders there. */
  private get totalFile(): string {
    return path.join(path.dirname(this.dir), 'prints-total-bytes');
  }

  /** The cache's size as last counted plus what was stored since; undefined when never counted. */
  private readTotal(): number | undefined {
    try {
      const n = Number(fs.readFileSync(this.totalFile, 'utf8'));
      return Number.isFinite(n) ? n : undefined;
    } catch {
      return undefined;
    }
  }

  private addToTotal(bytes: number): void {
    const total = this.readTotal();
    if (total !== undefined) this.writeTotal(total + bytes);
  }

  /** Removes the least recently used entries until the cache fits its limit (walks it only when it may not fit). */
  trim(): void {
    if (!fs.existsSync(this.dir)) return;
    const known = this.readTotal();
    if (known !== undefined && known <= this.maxBytes) return;
    const entries: { dir: string; used: number; bytes: number }[] = [];
    for (const shard of fs.readdirSync(this.dir, { withFileTypes: true })) {
      if (!shard.isDirectory()) continue;
      for (const key of fs.readdirSync(path.join(this.dir, shard.name))) {
        const dir = path.join(this.dir, shard.name, key);
        let used = 0;
        let bytes = 0;
        for (const f of fs.readdirSync(dir)) {
          const stat = fs.statSync(path.join(dir, f));
          bytes += stat.size;
          if (f === 'entry.json') used = stat.mtimeMs;
        }
        entries.push({ dir, used, bytes });
      }
    }
    let total = entries.reduce((n, e) => n + e.bytes, 0);
    for (const e of entries.sort((a, b) => a.used - b.used)) {
      if (total <= this.maxBytes) break;
      fs.rmSync(e.dir, { recursive: true, force: true });
      total -= e.bytes;
    }
    this.writeTotal(total);
  }

  /** Beside, then renamed: a link planted in someone's shipped .lectern-cache is replaced, never written through. */
  private writeTotal(bytes: number): void {
    const tmp = tempBeside(this.totalFile);
    try {
      fs.writeFileSync(tmp, String(bytes), { flag: 'wx' });
      fs.renameSync(tmp, this.totalFile);
    } catch {
      fs.rmSync(tmp, { force: true });
    }
  }
}
