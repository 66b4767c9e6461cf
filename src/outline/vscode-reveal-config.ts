// vscode-reveal (the VS Code extension) takes a course's settings from the workspace's .vscode/settings.json
// (`"revealjs.separator"`, `"revealjs.verticalSeparator"`, `"revealjs.notesSeparator"`, `"revealjs.theme"`) over its
// own defaults (its src/Configuration.ts): `---` and, unlike reveal-md, `--` for a vertical slide, `note:` for
// notes, the black theme. A settings file with any `revealjs.` key says the course's decks are vscode-reveal's.
import fs from 'node:fs';
import type { RevealMdSettings } from './reveal-md-config.js';
import { nearestFile } from './nearest-file.js';

const MAX_BYTES = 64 * 1024;
const DEFAULTS: Required<RevealMdSettings> = {
  separator: '^\\r?\\n---\\r?\\n$',
  verticalSeparator: '^\\r?\\n--\\r?\\n$',
  notesSeparator: 'note:',
  theme: 'black',
};
// settings.json is JSON with comments, so each key is picked out by itself: a JSON string after the key.
const key = (name: string) => new RegExp(`"revealjs\\.${name}"\\s*:\\s*("(?:[^"\\\\\\n]|\\\\.)*")`);

export function vscodeRevealSettings(deckDir: string, root: string): { settings: RevealMdSettings; file?: string } {
  const file = nearestFile(deckDir, root, '.vscode/settings.json');
  if (!file) return { settings: {} };
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_BYTES) return { settings: {} };
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { settings: {} };
  }
  if (!text.includes('"revealjs.')) return { settings: {} };
  const settings: RevealMdSettings = { ...DEFAULTS };
  for (const name of Object.keys(DEFAULTS) as (keyof RevealMdSettings)[]) {
    const m = key(name).exec(text);
    if (!m) continue;
    try {
      const value = JSON.parse(m[1]!) as string;
      if (value) settings[name] = value;
    } catch {
      // Not a JSON string after all: the default stays.
    }
  }
  return { settings, file };
}
