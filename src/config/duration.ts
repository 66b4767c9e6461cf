// Durations as lecturers write them ("3m", "90s", "1h30m", "2:30", 50) → seconds, and back to "48 min".
const RE_DURATION = /^\s*(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$/i;
const RE_CLOCK = /^\s*(\d+):([0-5]\d)\s*$/;

/** "3m", "90s", "1m30s", "1h", "2:30" (m:ss) or a bare number of minutes → seconds; undefined when unreadable. */
export function parseDuration(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? Math.round(text * 60) : undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(text)) return Math.round(Number(text) * 60);
  const clock = RE_CLOCK.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const m = RE_DURATION.exec(text);
  if (!m || !(m[1] || m[2] || m[3])) return undefined;
  return Math.round(Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0));
}

/** 2880 → "48 min"; under a minute, "40 s". */
export function formatMinutes(seconds: number): string {
  return seconds < 60 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} min`;
}

