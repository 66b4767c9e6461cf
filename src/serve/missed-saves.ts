// chokidar reports at most one 'change' per file in 50 ms and drops the others (FSWatcher._emit's throttle in
// chokidar 5; no option turns it off). A save that lands in that window — the fix saved right after a failed
// build, a formatter rewriting the file just after the editor — would never be shown. So every reported change is
// looked at again once the window has passed, and reported once more if the file changed meanwhile.
import fs from 'node:fs';

/** Longer than chokidar's 50 ms change throttle. */
const RECHECK_MS = 60;

export interface MissedSaves {
  /** Call with every change chokidar reports. */
  changed(file: string): void;
  close(): void;
}

/** `report` gets the changes chokidar dropped, as if it had reported them. */
export function watchForMissedSaves(report: (file: string) => void, recheckMs = RECHECK_MS): MissedSaves {
  const timers = new Map<string, NodeJS.Timeout>();
  const stamp = (file: string): string => {
    try {
      const s = fs.statSync(file);
      return `${s.mtimeMs}:${s.ctimeMs}:${s.size}:${s.ino}`;
    } catch {
      return 'gone'; // removed: chokidar reports an unlink itself
    }
  };
  const changed = (file: string) => {
    const seen = stamp(file);
    clearTimeout(timers.get(file));
    const timer = setTimeout(() => {
      timers.delete(file);
      const now = stamp(file);
      if (now === seen || now === 'gone') return;
      report(file);
      changed(file);
    }, recheckMs);
    timer.unref();
    timers.set(file, timer);
  };
  return {
    changed,
    close() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
