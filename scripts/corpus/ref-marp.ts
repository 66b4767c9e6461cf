// marp-cli's own output as the reference: the course's .marprc.yml settings that shape slides (html, markdown
// options, math, theme, lang) are kept, the ones naming files the corpus does not carry or other outputs are
// dropped; `marp <deck> -o out.html`, then its HTML read: one <svg data-marpit-svg> per slide, presenter notes
// in .bespoke-marp-note[data-index].
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml, stringify } from 'yaml';
import { copyCourse } from './course-copy.js';
import type { CorpusEntry } from './entries.js';
import type { Reference } from './reference-file.js';
import { refTool, toolVersion } from './ref-tools.js';

const KEPT = new Set(['html', 'options', 'math', 'theme', 'lang', 'allowLocalFiles', 'author', 'inlineSvg']);

function derivedConfig(root: string, remarks: string[]): string | undefined {
  const file = ['.marprc.yml', '.marprc.yaml', '.marprc'].map((f) => path.join(root, f)).find((f) => fs.existsSync(f));
  if (!file) return undefined;
  const config = (parseYaml(fs.readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const dropped = Object.keys(config).filter((k) => !KEPT.has(k));
  for (const k of dropped) delete config[k];
  if (dropped.length) remarks.push(`.marprc.yml keys not used (theme files not in the corpus, other outputs): ${dropped.join(', ')}`);
  const derived = path.join(root, '__marprc.yml');
  fs.writeFileSync(derived, stringify(config));
  return derived;
}

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export function readMarpHtml(html: string): Pick<Reference, 'slides' | 'notes' | 'texts'> {
  const { document } = parseHTML(html);
  const svgs = [...document.querySelectorAll('svg[data-marpit-svg]')];
  const texts = svgs.map((svg) =>
    [...svg.querySelectorAll('section')]
      .filter((s) => s.getAttribute('data-marpit-advanced-background') !== 'background')
      .map((s) => {
        s.querySelectorAll('style, script, .katex-mathml, annotation').forEach((n) => n.remove());
        return textOf(s);
      })
      .join(' '),
  );
  const withNotes = new Set(
    [...document.querySelectorAll('.bespoke-marp-note')].filter((n) => textOf(n) !== '').map((n) => n.getAttribute('data-index')),
  );
  return { slides: svgs.length, notes: withNotes.size, texts };
}

export function marpReference(entry: CorpusEntry): Reference {
  const root = copyCourse(entry, 'ref-marp');
  try {
    const remarks: string[] = [];
    const config = derivedConfig(root, remarks);
    const out = path.join(root, '__out.html');
    const args = [entry.decks[0]!, '-o', out, ...(config ? ['--config-file', config] : ['--no-config-file'])];
    execFileSync(refTool('marp'), args, { cwd: root, stdio: 'pipe', timeout: 120_000 });
    const read = readMarpHtml(fs.readFileSync(out, 'utf8'));
    return { tool: entry.family, ...read, countedWith: `marp-cli ${toolVersion('marp')} (HTML output)`, ...(remarks.length && { remarks }) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
