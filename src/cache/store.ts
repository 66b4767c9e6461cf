// .lectern-cache/prints/: finished PDFs by print key, written atomically, trimmed oldest-used first to a size limit.
import fs from 'node:fs';
import path from 'node:path';

export interface CacheEntry {
  /** Absolute paths of the cached files, by role. */
  files: Partial<Record<'pdf' | 'handout', string>>;
  pages: { pdf?: number; handout?: number };
}

interface EntryMeta {
  pages: CacheEntry['pages'];
  files: ('pdf' | 'handout')[];
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
    const files: CacheEntry['files'] = {};
    for (const role of meta.files) {
      const file = path.join(dir, `${role}.pdf`);
      if (!fs.existsSync(file)) return undefined;
      files[role] = file;
    }
    // Mark as used: trimming removes the entries used longest ago.
    const now = new Date();
    fs.utimesSync(path.join(dir, 'entry.json'), now, now);
    return { files, pages: meta.pages };
  }

  /** Copies the finished files in; a half-written entry is never visible (written beside, then renamed). */
  put(key: string, entry: CacheEntry): void {
    const dir = this.entryDir(key);
    if (fs.existsSync(dir)) return;
    const tmp = `${dir}.tmp-${process.pid}-${Date.now().toString(36)}`;
    try {
      fs.mkdirSync(tmp, { recursive: true });
      const roles = Object.keys(entry.files) as ('pdf' | 'handout')[];
      for (const role of roles) fs.copyFileSync(entry.files[role]!, path.join(tmp, `${role}.pdf`), fs.constants.COPYFILE_FICLONE);
      fs.writeFileSync(path.join(tmp, 'entry.json'), JSON.stringify({ pages: entry.pages, files: roles } satisfies EntryMeta));
      fs.renameSync(tmp, dir);
    } catch {
      // Another build stored the same key first, or the disk is full: the cache is only an optimisation.
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  /** Removes the least recently used entries until the cache fits its limit. */
  trim(): void {
    if (!fs.existsSync(this.dir)) return;
    const entries: { dir: string; used: number; bytes: number }[] = [];
    for (const shard of fs.readdirSync(this.dir)) {
      for (const key of fs.readdirSync(path.join(this.dir, shard))) {
        const dir = path.join(this.dir, shard, key);
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
  }
}
