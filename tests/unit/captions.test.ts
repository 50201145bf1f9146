/** Captions made from the editors' words and what the figure shows. */
import { describe, expect, it } from 'vitest';
import { timelineCaption } from '../../src/lib/captions';
import { refusal } from '../support/refusal';

const words = {
  id: 'timeline' as const,
  title: 'The incidents and the talks, {from}–{until}.',
  text: 'Each mark is one incident. {keyIncident} Every mark links to its entry. {eventsOutside}',
  keyIncident: 'The rule marks the killing of {name}.',
  eventsOutside: '{count} earlier rounds are on the talks page.',
};
const FILE = 'content/figures/timeline.yaml';

describe('the timeline caption', () => {
  it('gives the chart’s years, the key killing and the earlier rounds when the chart has them', () => {
    expect(
      timelineCaption(
        words,
        { fromYear: '2022', untilYear: '2025', keyName: 'Yaroslav Moskalik', eventsOutside: 3 },
        FILE,
      ),
    ).toEqual({
      title: 'The incidents and the talks, 2022–2025.',
      text: 'Each mark is one incident. The rule marks the killing of Yaroslav Moskalik. Every mark links to its entry. 3 earlier rounds are on the talks page.',
    });
  });

  it('leaves out the sentences that do not apply', () => {
    const { text } = timelineCaption(words, { fromYear: '2023', untilYear: '2025', eventsOutside: 0 }, FILE);
    expect(text).not.toContain('rule');
    expect(text).not.toContain('earlier');
    expect(text).toContain('Every mark links to its entry.');
  });

  it('refuses a name the caption cannot fill, naming the file, the figure and the field', () => {
    expect(
      refusal(() =>
        timelineCaption(
          { ...words, keyIncident: 'The rule marks {person}.' },
          { fromYear: '2022', untilYear: '2025', keyName: 'X', eventsOutside: 0 },
          FILE,
        ),
      ),
    ).toContain(
      'content/figures/timeline.yaml, entry "timeline", field "keyIncident": {person} is not a value the site fills in',
    );
  });
});
