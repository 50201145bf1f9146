/** The schemas of editors' prose: pages, snippets and figure captions, with file, entry and field named. */
import { describe, expect, it } from 'vitest';
import { figureSchema } from '../../src/schemas/figure';
import { pageSchema } from '../../src/schemas/page';
import { stringify } from 'yaml';
import { describeIssues, validateEntries } from '../../src/lib/content-errors';
import { refusal } from '../support/refusal';

/** Captions as editors write them: one file per figure, content/figures/<id>.yaml, without the id. */
const asFiles = (entries: { id: string; [field: string]: unknown }[]) =>
  entries.map(({ id, ...fields }) => ({ file: `content/figures/${id}.yaml`, text: stringify(fields) }));
const timeline = {
  id: 'timeline',
  title: 'The incidents, {from}–{until}.',
  text: 'Marks. {keyIncident} {eventsOutside}',
  keyIncident: 'The rule marks {name}.',
  eventsOutside: '{count} earlier rounds.',
};

const figureMessage = (entries: { id: string; [field: string]: unknown }[]) =>
  refusal(() => validateEntries(asFiles(entries), figureSchema));

describe('figure captions', () => {
  it('accept a caption for each figure the site has', () => {
    expect(
      validateEntries(asFiles([timeline, { id: 'map', title: 'Where.', text: 'Marks.' }]), figureSchema),
    ).toHaveLength(2);
  });
  it('name the missing sentence of a figure', () => {
    const { keyIncident: _omit, ...rest } = timeline;
    expect(figureMessage([rest])).toContain(
      'content/figures/timeline.yaml, entry "timeline", field "keyIncident": is missing: say what the vertical rule marks',
    );
  });
  it('refuse a figure the site does not have, and say which it has', () => {
    expect(figureMessage([{ ...timeline, id: 'chart' }])).toContain(
      'entry "chart", field "id": must be the caption of a figure the site has: timeline or map',
    );
  });
});

describe('pages', () => {
  const page = {
    id: 'methodology',
    title: 'Methodology',
    description: 'How it is made.',
    kicker: 'Methodology',
    heading: 'How the list is made',
    standfirst: 'What counts.',
  };
  it('accept a page with its header', () => expect(pageSchema.safeParse(page).success).toBe(true));
  it('name each missing part of the header', () => {
    const { heading: _h, standfirst: _s, ...rest } = page;
    const result = pageSchema.safeParse({ ...rest, id: 'Methodology Page' });
    expect(describeIssues('content/pages/methodology.mdx', 'entry "methodology"', result.error!)).toEqual([
      'content/pages/methodology.mdx, entry "methodology", field "id": must be kebab-case (lower-case letters, digits and single hyphens), for example "yaroslav-moskalik"',
      'content/pages/methodology.mdx, entry "methodology", field "heading": is missing: give the page a heading',
      'content/pages/methodology.mdx, entry "methodology", field "standfirst": is missing: write a standfirst, the sentence under the heading',
    ]);
  });
});
