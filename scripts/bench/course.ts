// A generated course for the benchmark: `decks` lectures of `slides` slides each, in one class.
import fs from 'node:fs';
import path from 'node:path';

function lecture(n: number, slides: number, stamp = ''): string {
  const body = Array.from({ length: slides - 1 }, (_, i) =>
    i % 10 === 0
      ? `# Part ${i / 10 + 1}\n`
      : `## Lecture ${n}, point ${i}${stamp}\n\n- A claim about the period\n  - the evidence for it\n    - and its source\n- A second claim, with $x_${i % 9}$\n\nNote: What to say about point ${i}.\n`,
  ).join('\n');
  return `---\ntitle: "Lecture ${n}"\ndate: "2027-01-${String((n % 28) + 1).padStart(2, '0')}"\n---\n\n${body}`;
}

export function generateCourse(root: string, decks: number, slides: number): { root: string; edit(i: number): void } {
  fs.mkdirSync(path.join(root, 'decks'), { recursive: true });
  fs.mkdirSync(path.join(root, 'classes'), { recursive: true });
  const slugs = Array.from({ length: decks }, (_, i) => `lecture-${String(i + 1).padStart(2, '0')}`);
  slugs.forEach((slug, i) => fs.writeFileSync(path.join(root, 'decks', `${slug}.md`), lecture(i + 1, slides)));
  fs.writeFileSync(path.join(root, 'classes', 'course.yaml'), `name: A generated course\ndecks: [${slugs.join(', ')}]\n`);
  return {
    root,
    edit(i) {
      const n = (i * 7) % decks;
      fs.writeFileSync(path.join(root, 'decks', `${slugs[n]}.md`), lecture(n + 1, slides, ` (edit ${i})`));
    },
  };
}
