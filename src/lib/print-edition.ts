/**
 * The outline of the print edition: its parts, and its sections numbered 1, 2, 3… straight
 * through the parts, so a reader can say "see section 7" of a printed copy.
 */

export interface SectionRef {
  /** The section's public id, used as its anchor. */
  id: string;
  title: string;
}

export interface NumberedSection extends SectionRef {
  number: number;
}

export interface Part<T> {
  /** The part's label, e.g. "The incidents". */
  title: string;
  sections: readonly T[];
}

/** Numbers every section in reading order, continuing across parts. */
export function numberSections(parts: readonly Part<SectionRef>[]): Part<NumberedSection>[] {
  let n = 0;
  return parts.map(({ title, sections }) => ({ title, sections: sections.map((s) => ({ ...s, number: ++n })) }));
}

/** The number of each section, by id; an id used twice is a mistake and throws. */
export function sectionNumbers(parts: readonly Part<NumberedSection>[]): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  for (const s of parts.flatMap((p) => p.sections)) {
    if (numbers.has(s.id)) throw new Error(`The print edition has two sections with the id "${s.id}"`);
    numbers.set(s.id, s.number);
  }
  return numbers;
}
