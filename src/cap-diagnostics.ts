// A file with thousands of findings (20,000 unknown front-matter keys) prints the first few of each severity and
// one line counting the rest, not 20,000 lines.
import { formatDiagnostic, relativePath, type Diagnostic, type Severity } from './diagnostics.js';
import { showInvisible } from './paths/invisible-chars.js';

export const SHOWN_PER_FILE = 10;

/** `sorted` (file order) → the lines to print, each with its severity. */
export function cappedLines(sorted: readonly Diagnostic[], cwd: string): { severity: Severity; line: string }[] {
  const out: { severity: Severity; line: string }[] = [];
  const shown = new Map<string, number>();
  const hidden = new Map<string, { file: string; severity: Severity; count: number }>();
  for (const d of sorted) {
    const key = `${d.severity}\0${d.file}`;
    const n = shown.get(key) ?? 0;
    if (n < SHOWN_PER_FILE) {
      shown.set(key, n + 1);
      out.push({ severity: d.severity, line: formatDiagnostic(d, cwd) });
    } else {
      const h = hidden.get(key) ?? { file: d.file, severity: d.severity, count: 0 };
      h.count++;
      hidden.set(key, h);
    }
  }
  for (const { file, severity, count } of hidden.values()) {
    out.push({ severity, line: `${showInvisible(relativePath(file, cwd))}: ${severity}: … and ${count.toLocaleString('en-US')} more ${severity}${count === 1 ? '' : 's'} in this file (fix the ones above first)` });
  }
  return out;
}
