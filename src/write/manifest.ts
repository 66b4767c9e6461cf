// dist/manifest.json: what was built, for other tools and the tests.
export interface ManifestDeck {
  slug: string;
  title: string;
  source: Record<string, string> | null;
  slides: number;
  /** Planned speaking time (see model/timing.ts), whole minutes and seconds. */
  minutes: number;
  seconds: number;
  date: string | null;
  html: string;
  /** The students' reading page. */
  read?: string;
  /** The deck as one self-contained HTML file (`--format single`) and its size in bytes. */
  single?: { path: string; bytes: number };
  pdf?: string;
  handout?: string;
  /** The editable PowerPoint file (`--format pptx`). */
  pptx?: string;
  /** One PNG per slide (`--format png`): `<dir>/001.png` … */
  png?: { dir: string; count: number };
  pages?: { pdf?: number; handout?: number };
}

export interface ManifestClass {
  id: string;
  name: string;
  index: string;
  decks: ManifestDeck[];
}

export interface Manifest {
  generatedAt: string;
  generator: string;
  /** Only in a `build --shard` output: which part of the course it holds (`lectern merge` checks they all came). */
  shard?: { index: number; count: number };
  classes: ManifestClass[];
}

/** A partial build's manifest laid over the previous one: rebuilt classes and decks replace their old entries. */
export function mergeManifest(previous: Manifest | undefined, next: Manifest): Manifest {
  if (!previous) return next;
  const classes = previous.classes.map((old) => {
    const fresh = next.classes.find((c) => c.id === old.id);
    if (!fresh) return old;
    const decks = old.decks.map((d) => fresh.decks.find((f) => f.slug === d.slug) ?? d);
    for (const d of fresh.decks) if (!decks.some((x) => x.slug === d.slug)) decks.push(d);
    return { ...fresh, decks };
  });
  for (const c of next.classes) if (!classes.some((x) => x.id === c.id)) classes.push(c);
  // A partial build keeps the newest date of both: generatedAt dates the newest source behind the whole dist/.
  const generatedAt = previous.generatedAt > next.generatedAt ? previous.generatedAt : next.generatedAt;
  return { ...next, generatedAt, classes };
}
