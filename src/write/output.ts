// Atomic output: everything is written to a staging folder beside dist/, and only a finished build replaces it.
import fs from 'node:fs';
import path from 'node:path';
import { lockOutput, sweepOutput, sweepProfiles, type Processes } from './leftovers.js';
import { linkOrCopy } from './link-or-copy.js';

export class Output {
  readonly staging: string;
  /** After commit or discard, late writes (a deck still finishing after Ctrl-C) are dropped. */
  private closed = false;

  private release: () => void = () => {};
  /** The replaced dist/ is deleted in the background after a commit (a build awaits this before it returns). */
  removed: Promise<void> = Promise.resolve();
  /** Copies running on libuv's threads (copyInBackground), each settled to its error or undefined. */
  private background: Promise<unknown>[] = [];
  /** Folders made in the staging folder: a build writes a hundred files into twenty folders. */
  private made = new Set<string>();

  constructor(
    readonly outDir: string,
    private readonly host: Processes,
  ) {
    const out = path.resolve(outDir);
    this.staging = `${out}.staging-${host.pid}-${Date.now().toString(36)}`;
    fs.mkdirSync(path.dirname(out), { recursive: true });
    this.release = lockOutput(out, host);
    try {
      sweepOutput(out, host);
      // Killed runs' browser profiles too, even when this run starts no browser (an HTML-only build).
      sweepProfiles(host);
      fs.mkdirSync(this.staging, { recursive: true });
    } catch (e) {
      this.release();
      throw e;
    }
  }

  /** Absolute path in the staging folder. */
  path(rel: string): string {
    const file = path.join(this.staging, rel);
    // Nothing is ever written outside the output folder, whatever a deck or class names.
    const back = path.relative(this.staging, file);
    if (back.startsWith('..') || path.isAbsolute(back)) throw new Error(`refusing to write outside the output folder: ${rel}`);
    return file;
  }

  private folderFor(file: string): void {
    const dir = path.dirname(file);
    if (this.made.has(dir)) return;
    fs.mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }

  write(rel: string, content: string | Uint8Array): void {
    if (this.closed) return;
    const file = this.path(rel);
    withPath(file, () => {
      this.folderFor(file);
      fs.writeFileSync(file, content);
    });
  }

  copy(rel: string, from: string): void {
    if (this.closed) return;
    const file = this.path(rel);
    withPath(file, () => {
      this.folderFor(file);
      fs.copyFileSync(from, file, fs.constants.COPYFILE_FICLONE);
    });
  }

  /**
   * Like copy, but the bytes move on one of libuv's threads while this thread goes on (rendering the first deck);
   * `settled()` waits for them, and reports the first that failed.
   */
  copyInBackground(rel: string, from: string): void {
    if (this.closed) return;
    const file = this.path(rel);
    withPath(file, () => this.folderFor(file));
    this.background.push(
      fs.promises.copyFile(from, file, fs.constants.COPYFILE_FICLONE).then(
        () => undefined,
        (e: NodeJS.ErrnoException) => {
          if (e.code && !e.path) e.path = file;
          return e;
        },
      ),
    );
  }

  async settled(): Promise<void> {
    const results = await Promise.all(this.background);
    this.background = [];
    const failed = results.find((r): r is Error => r instanceof Error);
    if (failed && !this.closed) throw failed;
  }

  /** Like copy, but a hard link where possible: for files that are never changed in place (the print cache's). */
  link(rel: string, from: string): void {
    if (this.closed) return;
    const file = this.path(rel);
    withPath(file, () => {
      this.folderFor(file);
      linkOrCopy(from, file);
    });
  }

  /**
   * `replace` swaps the whole folder (a full build: stale decks disappear); `merge` moves each staged file
   * over its old version and keeps the rest (a build of some decks or classes).
   */
  commit(mode: 'replace' | 'merge'): void {
    this.closed = true;
    const out = path.resolve(this.outDir);
    if (mode === 'replace' || !fs.existsSync(out)) {
      const old = `${out}.old-${this.host.pid}-${Date.now().toString(36)}`;
      const hadOld = fs.existsSync(out);
      if (hadOld) fs.renameSync(out, old);
      try {
        fs.renameSync(this.staging, out);
      } catch (e) {
        // The old dist/ goes back at once; were we killed right here, the next run restores it (sweepOutput).
        if (hadOld) fs.renameSync(old, out);
        throw e;
      }
      this.release();
      // Deleting the old tree takes as long as writing the new one did: let it overlap closing the browser.
      // Were we killed first, the next run sweeps it (its name says which process left it).
      if (hadOld) this.removed = fs.promises.rm(old, { recursive: true, force: true }).catch(() => {});
      return;
    }
    // Each deck folder (<class>/<deck>) is swapped whole, so a reader never sees half of a deck's files.
    for (const klass of fs.readdirSync(this.staging, { withFileTypes: true })) {
      if (!klass.isDirectory() || klass.name === 'assets') continue;
      for (const deck of fs.readdirSync(path.join(this.staging, klass.name), { withFileTypes: true })) {
        if (deck.isDirectory()) swapFolder(path.join(this.staging, klass.name, deck.name), path.join(out, klass.name, deck.name));
      }
    }
    for (const entry of fs.readdirSync(this.staging, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const from = path.join(entry.parentPath, entry.name);
      const to = path.join(out, path.relative(this.staging, from));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.renameSync(from, to);
    }
    this.discard();
  }

  discard(): void {
    this.closed = true;
    fs.rmSync(this.staging, { recursive: true, force: true });
    this.release();
    this.release = () => {};
  }
}

/** Moves a staged deck folder into place in one rename; files only the old folder had (its PDFs) are kept. */
function swapFolder(staged: string, target: string): void {
  if (fs.existsSync(target)) {
    for (const entry of fs.readdirSync(target, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const from = path.join(entry.parentPath, entry.name);
      const to = path.join(staged, path.relative(target, from));
      if (fs.existsSync(to)) continue;
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
    }
    const trash = `${staged}.old`;
    fs.renameSync(target, trash);
    fs.renameSync(staged, target);
    fs.rmSync(trash, { recursive: true, force: true });
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(staged, target);
  }
}

/** A write error (ENOSPC, EFBIG) names no file when it comes from write(2): name the one being written. */
function withPath(file: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err === 'object' && err.code && !err.path) err.path = file;
    throw e;
  }
}
