// The shipped lectures, as each class receives them: built to HTML and slide PDFs in a temporary copy, then read
// back slide by slide (HTML sections, PDF pages through pdftotext) to check the content a historian asked for.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../src/check-decks.js';
import { formatDiagnostic } from '../src/diagnostics.js';
import { buildProject, repoRoot, tempDir } from './helpers.js';
import { processHost } from '../src/cli/host.js';
import { parseDuration } from '../src/config/duration.js';
import { planSections } from './lecture-plan.js';
import { closeSentences, sentencesOf } from './source-similarity.js';

// The four source documents are not part of the repository (they are others' texts); the copy check reads them here.
const seeds = process.env.LECTERN_SEEDS ?? path.join(repoRoot, '..', 'shared', 'seeds');

/** Lower case, one space between words, punctuation and quotes gone (hyphens too: "U-2" reads "u 2"). */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ')
    .trim();

/**
 * Claims the source documents get wrong or state loosely, as the decks word them, and what the same slide must say
 * to correct them (facts from outside the documents). A slide that makes the claim without the correction fails.
 */
const corrections: {
  id: string;
  claim: RegExp;
  needs: RegExp[];
  /** What the slide's speaker notes must also say, and the seminar's printed Handout: text. */
  notes?: RegExp;
  handout?: RegExp;
  /** Classes that see the claim; both when not given. */
  classes?: string[];
}[] = [
  { id: 'Stalin with Roosevelt and Churchill "in 1944"', claim: /roosevelt and churchill[^|]{0,40}1944|1944[^|]{0,30}roosevelt/, needs: [/tehran/, /yalta/] },
  { id: 'the "Geneva Summit of 1961"', claim: /geneva[a-z ]{0,30}1961/, needs: [/1955/, /vienna/] },
  { id: 'the 1959 "inaugural" UN session', claim: /inaugural/, needs: [/1946/] },
  {
    id: 'West Germany in NATO "in 1954"',
    claim: /west germany (admitted to|in|enters|joins|joined) nato (in )?1954|1954 (the )?(document )?west germany (admitted|enters|joins|in nato)/,
    needs: [/may 1955/],
  },
  { id: 'the shoe at the UN "in September 1960"', claim: /shoe/, needs: [/12 october/] },
  { id: 'Berlin, 1958: "western sectors into East Germany"', claim: /western sectors/, needs: [/free city/] },
  { id: 'the U-2 "cancels a summit"', claim: /\bu 2\b[a-z0-9 ]{0,80}summit|summit[a-z0-9 ]{0,80}\bu 2\b/, needs: [/paris/] },
  { id: 'the Test Ban Treaty as "no atmospheric tests"', claim: /test ban treaty/, needs: [/space/, /under ?water/] },
  { id: 'Suez as "Israel against Egypt"', claim: /suez/, needs: [/britain/, /france/] },
  { id: 'Beria "the only notable execution"', claim: /only notable execution/, needs: [/six associates/] },
  { id: 'Nagy executed in 1956', claim: /nagy[a-z0-9 ]{0,40}execut|execut[a-z ]{0,30}nagy/, needs: [/june 1958|by 1958/] },
  { id: 'a London "summit" in a prototype airliner', claim: /london[a-z ]{0,20}summit/, needs: [/state visit/, /cruiser/] },
  // The second review (issue 26).
  { id: 'the USSR\'s 1954 note as "the one documented bid"', claim: /documented (bid|approach)|dated (soviet )?(bid|approach)/, needs: [/first/], notes: /first documented/ },
  { id: 'Soviet membership raised "now and then" at the summits', claim: /now and then|occasionally raised/, needs: [/no record/], notes: /no such discussion/, handout: /show no talk of soviet membership/ },
  { id: 'the Warsaw Pact\'s end as the end of the Cold War', claim: /warsaw pact (dissolved|s end)/, needs: [/after|reversed|cold war over/] },
  { id: 'Korean talks "two weeks" after Stalin\'s death', claim: /two weeks after/, needs: [/28 march/, /26 april/], notes: /28 March/, handout: /28 march 1953/ },
  { id: 'East German work norms raised after Moscow\'s advice', claim: /work (norms|quotas)/, needs: [/\bmay\b/, /new course/, /16 june/], notes: /14 May/, handout: /withdrawn on 16 june/ },
  { id: 'Beria "saw his chance to seize power"', claim: /(seize|grab) power/, needs: [/charge/], notes: /accusation/, handout: /the charge of the colleagues/ },
  { id: 'the secret speech calling Stalin "a pathological criminal"', claim: /pathological criminal/, needs: [/giddy despot/], notes: /giddy despot/, handout: /cult of personality/ },
  { id: 'Radio Free Europe\'s "promises" of help', claim: /radio free europe[a-z ]{0,30}promis/, needs: [/contested/], notes: /explicit promise/, handout: /disputed/, classes: ['soviet-history-seminar'] },
  { id: 'Khrushchev "took part in the 1917 revolution"', claim: /1917/, needs: [/1918/], notes: /1918/, handout: /1918/ },
  { id: '"thousands" of political prisoners freed', claim: /political prisoners/, needs: [/hundreds of thousands/], notes: /hundreds of thousands/, handout: /hundreds of thousands/ },
  { id: 'the unsourced "4,000 tanks"', claim: /\b4 ?000 tanks/, needs: [/no source/], notes: /without a source/, handout: /no source/ },
  { id: 'China going nuclear "despite Khrushchev"', claim: /went nuclear|pursues nuclear|nuclear arms (program|despite)/, needs: [/october 1957/, /june 1959/], notes: /15 October 1957/, handout: /june 1959/ },
];

interface Slide { title: string; kind: string; items: number; text: string; notes: string; seconds: number; quote: boolean }
interface Deck { slug: string; slides: Slide[]; pages: string[]; handout: string; seconds: number }
const classes = ['cold-war-survey', 'soviet-history-seminar'];
const built = new Map<string, Deck[]>();
let root: string;

/** Leaf slides of a built deck, in order: visible text (without notes) and the speaker notes. */
function slidesOf(html: string): Slide[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('.slides section')]
    .filter((s) => !s.querySelector('section'))
    .map((section) => {
      const notes = [...section.querySelectorAll('aside.notes')].map((a) => a.textContent ?? '').join(' ');
      for (const a of section.querySelectorAll('aside.notes, .slide-footer')) a.remove();
      // Spaces between elements, so table cells and list items do not run together.
      const text = section.innerHTML.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&[a-z]+;|&#\d+;/g, ' ');
      return {
        title: section.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
        kind: /kind-(\w+)/.exec(section.getAttribute('class') ?? '')?.[1] ?? '',
        items: section.querySelectorAll('li').length,
        text: normalise(text),
        notes,
        seconds: Number(section.getAttribute('data-timing') ?? 0),
        quote: section.querySelector('blockquote') !== null,
      };
    });
}

/**
 * The students' `Handout:` blocks of a deck's outline, normalised, from slides every class sees (a slide with
 * `only=` or `except=` is left out, since whether it is printed depends on the class).
 */
function handoutBlocks(slug: string): string[] {
  const blocks: string[] = [];
  let current: string[] | null = null;
  let everyClass = true;
  const flush = () => {
    if (current && everyClass) blocks.push(normalise(current.join(' ')));
    current = null;
  };
  for (const line of fs.readFileSync(path.join(root, 'decks', slug, 'index.md'), 'utf8').split('\n')) {
    if (/^#{1,3} /.test(line)) {
      flush();
      everyClass = !/\{[^}]*\b(only|except)=/.test(line);
    } else if (/^notes?:/i.test(line)) flush();
    else if (/^handout:/i.test(line)) current = [line.replace(/^handout:/i, '')];
    else current?.push(line);
  }
  flush();
  return blocks;
}

beforeAll(async () => {
  root = tempDir('lectern-content-');
  for (const dir of ['decks', 'classes', 'templates']) fs.cpSync(path.join(repoRoot, dir), path.join(root, dir), { recursive: true });
  const result = await buildProject(root, ['html', 'pdf', 'handout']);
  expect(result.diagnostics.map((d) => formatDiagnostic(d, root))).toEqual([]);
  expect(result.ok).toBe(true);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'manifest.json'), 'utf8'));
  for (const c of manifest.classes) {
    built.set(
      c.id,
      c.decks.map((d: { slug: string; html: string; pdf: string; handout: string; seconds: number }) => ({
        slug: d.slug,
        seconds: d.seconds,
        slides: slidesOf(fs.readFileSync(path.join(root, 'dist', d.html), 'utf8')),
        // pdftotext separates pages with a form feed; the last one ends the file.
        pages: execFileSync('pdftotext', [path.join(root, 'dist', d.pdf), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1).map(normalise),
        // In the order it was drawn (-raw): a block set beside its slide, then under it, stays whole.
        handout: normalise(execFileSync('pdftotext', ['-raw', path.join(root, 'dist', d.handout), '-'], { encoding: 'utf8' })),
      })),
    );
  }
}, 240_000);

describe.each(classes)('class %s', (id) => {
  const decks = () => built.get(id)!;

  it('builds all four lectures, one PDF page per slide', () => {
    expect(decks().map((d) => d.slug).sort()).toEqual([
      'after-stalin-missed-opportunities',
      'did-the-ussr-seek-nato-membership',
      'khrushchev-foreign-policy',
      'ussr-asks-to-join-nato',
    ]);
    for (const d of decks()) expect(d.pages.length, d.slug).toBe(d.slides.length);
  });

  it.each(corrections)('corrects $id on the slide that makes the claim (HTML and PDF), in its notes and handout', ({ claim, needs, notes, handout, classes: seenBy }) => {
    let seen = 0;
    for (const d of decks()) {
      const texts = [...d.slides.map((s) => ['html', s.title, s.text]), ...d.pages.map((p, i) => ['pdf', `page ${i + 1}`, p])];
      for (const [kind, where, text] of texts) {
        if (!claim.test(text!)) continue;
        seen++;
        for (const need of needs) expect(text, `${d.slug} ${kind} ${where}: ${need}`).toMatch(need);
      }
      // The lecturer's notes correct it where the slide makes the claim, and the printed handout repeats it.
      for (const s of d.slides.filter((x) => claim.test(x.text) && !/reading the source critically/i.test(x.title))) if (notes) expect(s.notes, `${d.slug}: ${s.title}`).toMatch(notes);
      if (handout && id === 'soviet-history-seminar' && d.slides.some((s) => claim.test(s.text))) expect(d.handout, d.slug).toMatch(handout);
    }
    // The claim is taught in this class, so the correction has been checked somewhere.
    if (!seenBy || seenBy.includes(id)) expect(seen).toBeGreaterThan(0);
  });

  it('opens every lecture with learning goals on its second slide (HTML and PDF)', () => {
    for (const d of decks()) {
      const goals = d.slides[1]!;
      expect(goals.title, d.slug).toBe('Learning goals');
      expect(goals.text, d.slug).toContain('by the end of this lecture you will be able to');
      expect(goals.items, d.slug).toBeGreaterThanOrEqual(4);
      expect(d.pages[1], d.slug).toContain('by the end of this lecture you will be able to');
    }
  });

  it("plans each lecture for 80-100% of the class's slot, and the notes' section times agree with the plan", () => {
    const slot = parseDuration(parseYaml(fs.readFileSync(path.join(root, 'classes', `${id}.yaml`), 'utf8')).lecture as string)!;
    for (const d of decks()) {
      // What the index and manifest show is what the speaker view paces: the slides' data-timing, summed.
      expect(d.slides.reduce((n, s) => n + s.seconds, 0), d.slug).toBe(d.seconds);
      expect(d.seconds / slot, d.slug).toBeGreaterThanOrEqual(0.8);
      expect(d.seconds / slot, d.slug).toBeLessThanOrEqual(1);
      const sections = planSections(d.slides, id === 'soviet-history-seminar');
      expect(sections.length, d.slug).toBeGreaterThanOrEqual(3);
      for (const s of sections) expect(Math.abs(s.planned - s.announced * 60), `${d.slug}: ${s.at} announces ${s.announced} min, plans ${s.planned} s`).toBeLessThanOrEqual(60);
      // Discussions carry their real length, so the plan counts the class activity, not only the talking.
      const discussion = d.slides.find((s) => s.title === 'Discussion questions')!;
      expect(discussion.seconds, d.slug).toBeGreaterThanOrEqual(360);
      expect(discussion.notes, d.slug).toContain(`About ${discussion.seconds / 60} minutes`);
    }
  });

  it('every deck has discussion questions with expected answers and a time in the notes', () => {
    for (const d of decks()) {
      const i = d.slides.findIndex((s) => s.title === 'Discussion questions');
      expect(i, d.slug).toBeGreaterThan(-1);
      expect(d.slides[i]!.items, d.slug).toBeGreaterThanOrEqual(3);
      expect(d.slides[i]!.notes, d.slug).toMatch(/Expected answers: \(1\).+\(2\).+\(3\)/);
      expect(d.slides[i]!.notes, d.slug).toMatch(/About \d+ minutes/);
      expect(d.pages[i], d.slug).toContain('discussion questions');
    }
  });

  it('every deck ends with takeaways and further reading marked as outside the documents', () => {
    for (const d of decks()) {
      const take = d.slides.findIndex((s) => /takeaways/i.test(s.title));
      const read = d.slides.findIndex((s) => s.title === 'Further reading (outside the documents)');
      expect(take, d.slug).toBeGreaterThan(-1);
      expect(read, d.slug).toBeGreaterThan(take);
      expect(d.pages[take], d.slug).toMatch(/takeaways/);
      expect(d.pages[read], d.slug).toMatch(/further reading outside the documents/);
      expect(d.slides[read]!.text.match(/\b(19|20)\d\d\b/g)?.length ?? 0, d.slug).toBeGreaterThanOrEqual(3);
    }
  });

  it('every content slide has notes, and every section a time cue', () => {
    for (const d of decks()) {
      const content = d.slides.filter((s) => s.kind === 'content');
      expect(content.length, d.slug).toBeGreaterThan(10);
      for (const s of content) expect(s.notes.trim(), `${d.slug}: ${s.title}`).not.toBe('');
      expect(d.slides.filter((s) => /Time: about \d+ minutes/.test(s.notes)).length, d.slug).toBeGreaterThanOrEqual(2);
      expect(d.slides.some((s) => /Ask the room/.test(s.notes)), d.slug).toBe(true);
    }
  });

  it("prints the students' Handout: text in the handout PDF in every students' layout, and never the speaker notes", () => {
    const layout = parseYaml(fs.readFileSync(path.join(root, 'classes', `${id}.yaml`), 'utf8')).handout.layout as string;
    for (const d of decks()) {
      const blocks = handoutBlocks(d.slug);
      expect(blocks.length, d.slug).toBeGreaterThanOrEqual(6);
      const printed = blocks.filter((b) => ` ${d.handout} `.includes(` ${b} `));
      // Every students' layout prints each slide's Handout: text with it (3-up and notes beside and under the
      // slide, 6-up under it); only the lecturer's copy has the speaker notes instead.
      expect(printed, `${d.slug} (${layout})`).toEqual(layout === 'lecturer-notes' ? [] : blocks);
      // No run of eight words from the speaker notes, unless the slide itself or the Handout: text (written for the
      // students) says the same words.
      const shown = ` ${d.pages.join(' ')} ${blocks.join(' ')} `;
      const leaked: string[] = [];
      for (const s of d.slides) {
        const w = normalise(s.notes).split(' ').filter(Boolean);
        for (let i = 0; i + 8 <= w.length; i++) {
          const run = ` ${w.slice(i, i + 8).join(' ')} `;
          if (` ${d.handout} `.includes(run) && !shown.includes(run)) leaked.push(`${s.title}:${run}`);
        }
      }
      expect(leaked, d.slug).toEqual([]);
    }
  });

  it('teaches the Soviet note of 31 March 1954 as an exercise, marked as outside the documents', () => {
    const deck = decks().find((d) => d.slug === 'ussr-asks-to-join-nato')!;
    for (const texts of [deck.slides.map((s) => s.text), deck.pages]) {
      const all = texts.join(' ');
      // FRUS does not print the note: it points to the Royal Institute of International Affairs' volume.
      for (const fact of [/31 march 1954/, /7 may 1954/, /berlin conference/, /european defence community edc/, /frus 1952 1954 vol v/, /cwihp/, /documents on international affairs 1954 pp 39 43/, /26 march/])
        expect(all).toMatch(fact);
      const exercise = texts.find((t) => t.includes('sincere offer or a wedge'));
      expect(exercise).toMatch(/outside the documents/);
      expect(exercise).toContain('to examine jointly with the interested governments the question of the participation of the ussr in the north atlantic treaty');
      expect(texts.find((t) => t.includes('the note and the replies'))).toMatch(/outside the documents/);
    }
    const exercise = deck.slides.find((s) => s.text.includes('sincere offer or a wedge'))!;
    expect(exercise.quote).toBe(true);
    // The expected answers give Molotov's own reason for the note and a sceptic beside Roberts.
    expect(exercise.notes).toMatch(/memorandum of 26 March[^.]*disrupt the EDC/);
    expect(exercise.notes).toMatch(/Geoffrey Roberts[^.]*Vojtech Mastny/);
    expect(deck.handout).toContain('to examine jointly with the interested governments');
  });

  it('puts the Stalin Note and Churchill\'s summit call, and their debates, in the lecture on missed opportunities', () => {
    const deck = decks().find((d) => d.slug === 'after-stalin-missed-opportunities')!;
    const slide = deck.slides.find((s) => /stalin note/.test(s.text))!;
    for (const fact of [/march 1952/, /churchill/, /highest level/, /may 1953/, /real offer/, /chance lost/]) expect(slide.text).toMatch(fact);
    expect(slide.notes).toMatch(/Steininger[^.]*Wettig/);
    // The survey keeps the essentials in plain view: West German rearmament after Korea, the unrest of 1953, the arrests.
    const all = deck.slides.map((s) => s.text).join(' ');
    for (const fact of [/korea stretched american forces|korean war had strained/, /czechoslovakia hungary and romania/, /35 000/]) expect(all).toMatch(fact);
  });

  it('gives the Khrushchev lecture Sputnik, the missile gap, the split, the refugee exodus and the crises as a debate', () => {
    const deck = decks().find((d) => d.slug === 'khrushchev-foreign-policy')!;
    const all = deck.slides.map((s) => s.text).join(' ');
    for (const fact of [/sputnik/, /missile gap/, /world communism splits/, /about 2 7 million east germans fled west 1949 61/]) expect(all).toMatch(fact);
    const debate = deck.slides.find((s) => /debate/.test(s.title))!;
    for (const motive of [/refugee/, /ulbricht/, /castro/, /turkey/, /leverage over berlin/]) expect(debate.text).toMatch(motive);
  });

  it('answers "did the USSR seek NATO membership?" with 1954 as the first bid, then Gorbachev and Yeltsin', () => {
    const deck = decks().find((d) => d.slug === 'did-the-ussr-seek-nato-membership')!;
    const gorbachev = deck.slides.find((s) => /^Gorbachev, Yeltsin/.test(s.title))!;
    for (const fact of [/1990/, /baker/, /bush/, /sarotte/, /20 december 1991/, /yeltsin/]) expect(gorbachev.text).toMatch(fact);
    for (const s of deck.slides) expect(`${s.text} ${normalise(s.notes)}`, s.title).not.toMatch(/\b(the )?(one|only) (documented|dated)\b|one dated bid/);
  });

  it('describes FC141 from the document itself, not as a podcast', () => {
    const all = decks().flatMap((d) => d.slides.map((s) => s.text + ' ' + normalise(s.notes))).join(' ');
    expect(all).not.toMatch(/podcast/);
    expect(all).toMatch(/teaching text/);
    const khrushchev = decks().find((d) => d.slug === 'khrushchev-foreign-policy')!;
    const dating = khrushchev.slides.find((s) => s.title === 'Dating the text from the inside')!;
    // The early paragraphs look back in the past tense and know of Khrushchev's rise; the misspellings are a scanner's.
    for (const clue of [/abput/, /past tense/, /after securing his preeminent position/, /after khrushchevs rise/, /ocr/]) expect(dating.text).toMatch(clue);
    expect(dating.text).not.toMatch(/before the warsaw pact|retyped/);
  });
});

describe('the shipped project', () => {
  it('gives the seminar historians\' positions, one more primary source and its own questions in every lecture', () => {
    for (const seminar of built.get('soviet-history-seminar')!) {
      const survey = built.get('cold-war-survey')!.find((d) => d.slug === seminar.slug)!;
      const own = seminar.slides.filter((s) => !survey.slides.some((x) => x.title === s.title && x.text === s.text));
      const positions = own.map((s) => s.text).join(' ');
      for (const school of [/orthodox/, /revisionist/, /post archival/]) expect(positions, seminar.slug).toMatch(school);
      expect(own.filter((s) => /source/i.test(s.title) && s.quote).length, seminar.slug).toBeGreaterThanOrEqual(1);
      const questions = (d: Deck) => d.slides.find((s) => s.title === 'Discussion questions')!.text;
      expect(questions(seminar), seminar.slug).not.toBe(questions(survey));
    }
  });

  it('the survey takes the 1954 NATO lecture before the Khrushchev overview', () => {
    const order = built.get('cold-war-survey')!.map((d) => d.slug);
    expect(order.indexOf('ussr-asks-to-join-nato')).toBeLessThan(order.indexOf('khrushchev-foreign-policy'));
  });

  it.skipIf(!fs.existsSync(seeds))('copies no run of eight words from the source documents (citations of their titles aside)', () => {
    const words = (text: string) => normalise(text).split(' ').filter(Boolean);
    const runs = new Set<string>();
    for (const f of fs.readdirSync(seeds)) {
      const w = words(fs.readFileSync(path.join(seeds, f), 'utf8'));
      for (let i = 0; i + 8 <= w.length; i++) runs.add(w.slice(i, i + 8).join(' '));
    }
    expect(runs.size).toBeGreaterThan(3000);
    const copied: string[] = [];
    const sources = ['decks/ussr-asks-to-join-nato/index.md', 'decks/did-the-ussr-seek-nato-membership/index.md', 'decks/after-stalin-missed-opportunities/index.md', 'decks/khrushchev-foreign-policy/index.md'];
    for (const file of sources) {
      let text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      // The front matter's source title is a citation, not copied prose.
      const cited = parseYaml(text.split(/^---$/m)[1]!).source?.title as string;
      text = text.split(cited).join(' ');
      const w = words(text);
      for (let i = 0; i + 8 <= w.length; i++) if (runs.has(w.slice(i, i + 8).join(' '))) copied.push(`${file}: ${w.slice(i, i + 8).join(' ')}`);
    }
    for (const [id, decks] of built) for (const d of decks) for (const s of d.slides) {
      const w = words(s.text);
      for (let i = 0; i + 8 <= w.length; i++) {
        const run = w.slice(i, i + 8).join(' ');
        if (runs.has(run) && s.title !== 'Source') copied.push(`${id}/${d.slug} ${s.title}: ${run}`);
      }
    }
    expect(copied).toEqual([]);
  });

  it.skipIf(!fs.existsSync(seeds))('rewords every sentence in its own words and reuses none of the documents\' headings', () => {
    const words = (text: string) => normalise(text).split(' ').filter(Boolean);
    const texts = fs.readdirSync(seeds).map((f) => fs.readFileSync(path.join(seeds, f), 'utf8'));
    const sources = texts.flatMap((t) => sentencesOf(t, words));
    // The documents' own headings: short lines without a full stop.
    const headings = new Set(texts.flatMap((t) => t.split('\n')).filter((l) => /^[A-Z][^.!?]*$/.test(l.trim()) && words(l).length >= 2 && words(l).length <= 6).map(normalise));
    expect(headings).toContain('mixed signals');
    for (const slug of fs.readdirSync(path.join(repoRoot, 'decks'))) {
      let text = fs.readFileSync(path.join(repoRoot, 'decks', slug, 'index.md'), 'utf8');
      text = text.split(parseYaml(text.split(/^---$/m)[1]!).source.title as string).join(' ');
      expect(closeSentences(sentencesOf(text, words), sources, words, 0.4), slug).toEqual([]);
      for (const h of text.split('\n').filter((l) => /^#{1,3} /.test(l))) expect(headings, `${slug}: ${h}`).not.toContain(normalise(h.replace(/^#+|\{[^}]*\}/g, '')));
    }
  });

  it('passes lectern check with no errors and no warnings', async () => {
    const found = await check(root, [], undefined, processHost());
    expect(found.map((d) => formatDiagnostic(d, root))).toEqual([]);
  }, 180_000);
});
