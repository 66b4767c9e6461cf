// What a deck's own tool makes of it, stored per deck (reference.json): written by `npm run corpus:reference`
// from the real tool's output, never typed in.
import fs from 'node:fs';
import path from 'node:path';

export interface Reference {
  /** The family (tests/corpus keeps its older tool names: reveal, reveal-md, marp). */
  tool: string;
  slides: number;
  /** Slides whose speaker notes are not empty. */
  notes: number;
  /** Tool, version and how its output was read. */
  countedWith: string;
  /** Per slide, the text the tool shows (absent in references made before texts were compared). */
  texts?: string[];
  /** What had to be supplied for the tool to run (stand-ins for files the corpus does not carry, etc.). */
  remarks?: string[];
}

export function readReference(file: string): Reference | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Reference) : undefined;
}

export function writeReference(file: string, reference: Reference): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(reference, null, 2) + '\n');
}
