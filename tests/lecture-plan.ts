// A lecture's plan read back from what a class receives: the speaker notes' "Time: about N minutes" cues split the
// slides into sections, and each section's planned seconds (the slides' data-timing) should add up to what it announces.

export interface TimedSlide {
  title: string;
  /** Planned seconds, as the speaker view's pacing clock gets them (data-timing). */
  seconds: number;
  notes: string;
}

export interface PlanSection {
  /** Title of the slide whose notes announce the section's time. */
  at: string;
  /** Minutes the notes announce for this class. */
  announced: number;
  /** Seconds the slides of the section are planned for, up to the next cue. */
  planned: number;
}

// "Time: about 15 minutes for this section, 28 in the seminar." The seminar's figure, when given, is the advanced class's.
const RE_CUE = /Time: about (\d+) minutes?([^.]*)\./;
const RE_SEMINAR = /(\d+) in the seminar/;

/** The sections a class's notes announce, in order; slides before the first cue belong to none. */
export function planSections(slides: TimedSlide[], seminar: boolean): PlanSection[] {
  const sections: PlanSection[] = [];
  for (const slide of slides) {
    const cue = RE_CUE.exec(slide.notes);
    if (cue) {
      const forSeminar = seminar ? RE_SEMINAR.exec(cue[2]!) : null;
      sections.push({ at: slide.title, announced: Number(forSeminar?.[1] ?? cue[1]), planned: 0 });
    }
    const current = sections[sections.length - 1];
    if (current) current.planned += slide.seconds;
  }
  return sections;
}
