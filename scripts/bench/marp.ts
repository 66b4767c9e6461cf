// The shipped decks as Marp Markdown, for the Marp CLI reference: slides split at headings, notes as comments.
import fs from 'node:fs';
import path from 'node:path';

export function writeMarpDecks(root: string, out: string): string[] {
  fs.mkdirSync(out, { recursive: true });
  const decks = path.join(root, 'decks');
  const written: string[] = [];
  for (const entry of fs.readdirSync(decks, { withFileTypes: true })) {
    const file = entry.isDirectory() ? path.join(decks, entry.name, 'index.md') : path.join(decks, entry.name);
    if (!file.endsWith('.md') || !fs.existsSync(file)) continue;
    if (entry.isDirectory()) for (const f of fs.readdirSync(path.dirname(file))) if (!f.endsWith('.md')) fs.copyFileSync(path.join(decks, entry.name, f), path.join(out, f));
    const text = fs.readFileSync(file, 'utf8');
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? entry.name;
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const slides: string[] = [`# ${title}`];
    for (const line of body.split('\n')) {
      const heading = /^(#{1,3})\s+(.*?)(\s*\{[^}]*\})?\s*$/.exec(line);
      if (heading) slides.push(`${heading[1]!.length === 1 ? '#' : '##'} ${heading[2]}`);
      else if (/^Notes?:/.test(line)) slides[slides.length - 1] += `\n\n<!-- ${line.replace(/-->/g, '')} -->`;
      else if (!/^<!--/.test(line)) slides[slides.length - 1] += `\n${line.replace(/\s*\{[^}]*\}\s*$/, '')}`;
    }
    const name = path.join(out, `${entry.name.replace(/\.md$/, '')}.md`);
    fs.writeFileSync(name, `---\nmarp: true\npaginate: true\n---\n\n${slides.join('\n\n---\n\n')}\n`);
    written.push(name);
  }
  return written;
}
