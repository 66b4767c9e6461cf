// Where the reference tools are installed (outside the project: they are not Lectern's dependencies) and their versions.
import fs from 'node:fs';
import path from 'node:path';
import { projectDir } from './entries.js';

/** LECTERN_REFTOOLS, else a reftools/ folder beside the project, holding node_modules with the tools. */
export const refToolsDir = process.env.LECTERN_REFTOOLS ?? path.resolve(projectDir, '..', 'reftools');

export function refTool(bin: string): string {
  return path.join(refToolsDir, 'node_modules', '.bin', bin);
}

const PACKAGES: Record<string, string> = { 'reveal-md': 'reveal-md', marp: '@marp-team/marp-cli', slidev: '@slidev/cli', 'slidev-parser': '@slidev/parser' };

export function toolVersion(tool: string): string {
  const file = path.join(refToolsDir, 'node_modules', PACKAGES[tool] ?? tool, 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}
